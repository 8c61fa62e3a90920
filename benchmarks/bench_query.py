"""Warm answer() latency on three collections, next to the raw floor measured in the same run.

    python benchmarks/bench_query.py [DATA] [--collections seeds,squad,covidqa,large] [--readers on,scorer,off]
        [--questions 100] [--json FILE] [--large-dir DIR] [--large-chunk-chars 100]

DATA is the evaluation folder (default ../shared/eval). Collections:

- ``seeds``: the five seed articles (default settings);
- ``squad``: the 48 SQuAD articles (default settings);
- ``covidqa``: the 98 COVID-QA papers (default settings);
- ``large``: the 5,183 SciFact abstracts and the 48 SQuAD articles written as
  files, chunked in windows of ``--large-chunk-chars`` 100 characters: longer
  sentences are cut at white space, about 124,000 chunks from 62,321 sentences
  (no text is duplicated). Built once into ``--large-dir`` and reused
  while its files are unchanged; the embedding cache makes a rebuild quick.

Questions: a fixed list per collection (the 16 seed development questions;
``--questions`` 100 SQuAD and 100 COVID-QA ones, evenly spaced; for ``large``,
16 seed, 40 SQuAD and 24 SciFact ones), each asked once after a warm-up question, so query
encoding is always paid. Each collection is timed with the trained reader on
(the default: it chooses among ``read_passages`` passages and finds the phrase), with the
sentence scorer choosing and the reader finding the phrase (``scorer``, QA_READER_RERANK=off),
and off (``--readers``), in the same run. The breakdown times the stages
inside the same answer() calls: query encoding, dense search (FAISS), BM25,
fusion (the rest of the retriever), the reader, and the rest of extraction. The floor is one
encode of the question by the same encoder plus one FAISS search of the
same index on one OpenMP thread (its fastest for a single query), timed just
before each answer. ``QA_*`` variables apply (QA_ENCODER=torch for the torch
runtime, QA_READER_INT8=off for the float32 reader). Nothing is asserted: it prints.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

STAGES = ("encode", "dense", "bm25", "fusion", "read", "extract")
LARGE_CHUNK_CHARS = 100  # windows of the large collection: about 124,000 chunks
QUESTIONS = 100  # per SQuAD / COVID-QA collection: with 40, p95 was the second-slowest answer and moved 40 ms


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def fixed_questions(data: Path, collection: str, count: int = QUESTIONS) -> list[dict]:
    """Seeds: the 16 seed questions. squad / covidqa: ``count`` of their questions, evenly spaced through the
    file. large: the 16 seed questions, every 140th SQuAD question (40) and every 46th SciFact claim (24)."""
    def read(path):
        return [json.loads(line) for line in path.open() if line.strip()]

    def spaced(rows: list[dict]) -> list[dict]:
        return rows[::max(1, len(rows) // count)][:count]

    seeds = read(data / "seeds_dev.jsonl")
    squad = read(data / "squad" / "questions_dev.jsonl")
    if collection == "covidqa":
        rows = spaced(read(data / "covidqa" / "questions_dev.jsonl"))
    elif collection == "large":
        claims = read(data / "scifact" / "queries.jsonl")[::46][:24]
        rows = seeds + squad[::140][:40] + [{"question": c["text"]} for c in claims]
    else:
        rows = seeds if collection == "seeds" else spaced(squad)
    return [{"question": r["question"], "history": r.get("history")} for r in rows]


def write_large_collection(data: Path, folder: Path) -> None:
    """SciFact abstracts (title, blank line, text) and SQuAD articles as files; unchanged files are left alone."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for line in (data / "scifact" / "corpus.jsonl").open():
        row = json.loads(line)
        _write_if_changed(folder / "scifact" / f"{row['_id']}.txt", f"{row['title']}\n\n{row['text']}\n")
    (folder / "squad").mkdir(exist_ok=True)
    for path in sorted((data / "squad" / "docs").iterdir()):
        target = folder / "squad" / path.name
        if not target.exists() or target.read_bytes() != path.read_bytes():
            shutil.copyfile(path, target)


def _write_if_changed(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def time_collection(name: str, qa, questions: list[dict]) -> dict:
    """p50/p95 of answer(), of its stages, and of the floor, over ``questions``."""
    spent = {stage: 0.0 for stage in STAGES}
    _instrument(qa, spent)
    qa.warm_up()  # as qa serve does: the models, and the documents' words for misspelt questions
    qa.answer("What is this collection about, in one sentence?")  # warm: caches, first BM25 call
    from qa.indexing.vectors import search_one

    encoder, faiss_index, top_k = qa.encoder, qa.index.faiss_index, qa.config.top_k
    answer_ms, floor_ms, stage_ms = [], [], {stage: [] for stage in STAGES}
    for q in questions:
        t0 = time.perf_counter()
        vector = encoder.encode([q["question"]])
        search_one(faiss_index, vector, top_k)
        t1 = time.perf_counter()
        for stage in STAGES:
            spent[stage] = 0.0
        qa.answer(q["question"], history=q["history"])
        t2 = time.perf_counter()
        floor_ms.append((t1 - t0) * 1000)
        answer_ms.append((t2 - t1) * 1000)
        for stage in STAGES:
            stage_ms[stage].append(spent[stage] * 1000)
    figures = {"collection": name, "documents": len(qa.index.documents), "chunks": len(qa.index.chunks),
               "questions": len(questions)}
    for label, values in [("answer", answer_ms), ("floor", floor_ms)] + [(s, stage_ms[s]) for s in STAGES]:
        figures[f"{label}_p50_ms"] = round(statistics.median(values), 2)
        figures[f"{label}_p95_ms"] = round(percentile(values, 95), 2)
    figures["ratio_p50"] = round(figures["answer_p50_ms"] / figures["floor_p50_ms"], 2)
    figures["ratio_p95"] = round(figures["answer_p95_ms"] / figures["floor_p95_ms"], 2)
    return figures


def _instrument(qa, spent: dict) -> None:
    """Wrap the stage methods of this QA's own objects so each call adds its time to ``spent``.

    Fusion is the retriever's search minus the dense and BM25 calls inside it.
    """
    def timed(obj, method: str, stage: str, minus: tuple = ()):
        original = getattr(obj, method)

        def wrapper(*args, **kwargs):
            before = {s: spent[s] for s in minus}
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                inner = sum(spent[s] - before[s] for s in minus)
                spent[stage] += time.perf_counter() - t0 - inner
        setattr(obj, method, wrapper)

    timed(qa.encoder, "encode", "encode")
    timed(qa.retriever, "dense", "dense")
    timed(qa.retriever, "bm25_scores", "bm25")
    timed(qa.retriever, "search", "fusion", minus=("dense", "bm25", "encode"))
    if qa.reader is not None:
        timed(qa.reader, "read", "read")
    timed(qa.extractor, "extract", "extract", minus=("read",))


def print_table(rows: list[dict]) -> None:
    head = f"{'collection':<11}{'reader':>7}{'chunks':>8}{'answer p50':>11}{'p95':>8}{'floor p50':>10}{'p95':>8}{'x floor':>8}"
    head += "".join(f"{s + ' p50/p95':>17}" for s in STAGES)
    print(head)
    for r in rows:
        line = (f"{r['collection']:<11}{r['reader']:>7}{r['chunks']:>8}{r['answer_p50_ms']:>11.1f}{r['answer_p95_ms']:>8.1f}"
                f"{r['floor_p50_ms']:>10.1f}{r['floor_p95_ms']:>8.1f}{r['ratio_p50']:>7.2f}x")
        line += "".join(f"{r[s + '_p50_ms']:>10.1f}/{r[s + '_p95_ms']:<6.1f}" for s in STAGES)
        print(line)
    print("milliseconds; x floor = answer p50 / floor p50 (p95 ratios in the JSON)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="evaluation folder (default ../shared/eval)")
    parser.add_argument("--collections", default="seeds,squad,covidqa,large",
                        help="comma-separated: seeds,squad,covidqa,large")
    parser.add_argument("--readers", default="on,scorer,off",
                        help="time with the reader on (the default), scorer (it finds the phrase only), off")
    parser.add_argument("--large-dir", type=Path, default=Path(tempfile.gettempdir()) / "qa-bench-large",
                        help="where the large collection's files and index are kept between runs")
    parser.add_argument("--large-chunk-chars", type=int, default=LARGE_CHUNK_CHARS,
                        help="chunk_chars of the large collection (100: about 124,000 chunks)")
    parser.add_argument("--questions", type=int, default=QUESTIONS,
                        help=f"questions timed on squad and covidqa, evenly spaced (default {QUESTIONS})")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.models.embed import Encoder
    from qa.pipeline import QA

    encoder = Encoder.from_config(Config.from_env())
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.collections.split(","):
            if name == "large":
                write_large_collection(args.data, args.large_dir / "docs")
                docs, index_dir = args.large_dir / "docs", args.large_dir / "index"
                config = Config.from_env(chunk_chars=args.large_chunk_chars, index_dir=index_dir)
            else:
                docs = ROOT / "seeds" if name == "seeds" else args.data / name / "docs"
                index_dir = Path(tmp) / name
                config = Config.from_env(index_dir=index_dir)
            started = time.perf_counter()
            build_index(docs, index_dir, config, encoder, progress=name == "large")
            print(f"{name}: index ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            for reader in args.readers.split(","):
                qa = QA(index_dir, config=replace(config, reader=reader != "off", reader_rerank=reader == "on"),
                        encoder=encoder)
                questions = fixed_questions(args.data, name, args.questions)
                rows.append({**time_collection(name, qa, questions), "reader": reader})
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
