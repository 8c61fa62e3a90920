"""The int8 encoder against fp32, in one run: speed, SciFact nDCG@10, SQuAD and COVID-QA answers right.

    python benchmarks/bench_int8.py [DATA] [--encoders onnx,onnx-int8] [--work DIR] [--json FILE]

For each QA_ENCODER value, with everything else at its default (the reader too):

- speed: chunks per second encoding SciFact abstracts (the first 1,000, cut
  at 700 characters like a chunk), calling the encoder itself (no cache);
- SciFact: nDCG@10 of the hybrid and of dense retrieval on the 300 test
  claims (benchmarks/scifact.py's code), on an index built by that encoder;
- SQuAD and COVID-QA: the share of questions answered rightly (``qa eval``'s
  answer_accuracy) on the reader's held-out test articles and papers
  (training/train_reader.py's SPLITS), never trained on.

The last column is int8 minus fp32; the issue's bar for making int8 the
default is a drop of at most 0.005 on each quality figure. Indexes are kept in
``--work`` per encoder and reused while fresh; vectors come from the
embedding cache where it has them (fp32 shares torch's). Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

BAR = 0.005  # the largest quality drop that lets int8 be the default


def speed(encoder, data: Path) -> float:
    texts = [json.loads(line)["text"][:700] for line in (data / "scifact" / "corpus.jsonl").open()][:1000]
    encoder.encode(texts[:64])
    started = time.perf_counter()
    encoder.encode(texts)
    return len(texts) / (time.perf_counter() - started)


def scifact(encoder, config, data: Path, work: Path) -> dict:
    from dataclasses import replace

    from qa.config import Retrieval
    from qa.indexing.index import build_index
    from qa.answering.retrieve import Retriever
    from qa.indexing.store import load_index
    from scifact import evaluate, read_data, run, write_corpus

    corpus, queries, qrels = read_data(data / "scifact", "test")
    docs = work / "scifact-docs"
    if not docs.is_dir():
        write_corpus(corpus, docs)
    index_dir = work / encoder.runtime / "scifact"
    build_index(docs, index_dir, config, encoder, progress=sys.stderr.isatty())
    index = load_index(index_dir)
    vectors = encoder.encode(list(queries.values()))
    out = {}
    for name, retrieval in (("hybrid", Retrieval.HYBRID), ("dense", Retrieval.DENSE)):
        scores = evaluate(qrels, run(Retriever(index, encoder, replace(config, retrieval=retrieval)), queries, vectors))
        out[f"scifact_ndcg10_{name}"] = round(scores["nDCG@10"], 4)
    return out


def answers_right(encoder, config, data: Path, work: Path, name: str) -> float:
    from dataclasses import replace

    from qa.evaluate import evaluate, read_questions
    from qa.indexing.index import build_index
    from qa.pipeline import QA
    from train_reader import split_of

    index_dir = work / encoder.runtime / name
    build_index(data / name / "docs", index_dir, config, encoder, progress=sys.stderr.isatty())
    questions = [q for q in read_questions(data / name / "questions_dev.jsonl") if split_of(name, q) == "test"]
    qa = QA(index_dir, config=replace(config, index_dir=index_dir), encoder=encoder)
    return evaluate(qa, questions, progress=False)["overall"]["answer_accuracy"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="evaluation folder (default ../shared/eval)")
    parser.add_argument("--encoders", default="onnx,onnx-int8", help="fp32 first, then the one compared to it")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "qa-bench-int8",
                        help="indexes per encoder, reused while fresh")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    from qa.config import Config, EncoderRuntime
    from qa.models.embed import Encoder

    figures = {}
    for name in args.encoders.split(","):
        config = Config.from_env(encoder=EncoderRuntime(name))
        encoder = Encoder.from_config(config)
        row = {"encode_chunks_per_s": round(speed(encoder, args.data), 1)}
        row.update(scifact(encoder, config, args.data, args.work))
        for collection in ("squad", "covidqa"):
            row[f"{collection}_right"] = round(answers_right(encoder, config, args.data, args.work, collection), 4)
        figures[name] = row
        print(f"{name} done", file=sys.stderr)
    first, second = args.encoders.split(",")[:2]
    print(f"{'figure':<28}{first:>12}{second:>12}{'difference':>12}")
    passes = True
    for key in figures[first]:
        a, b = figures[first][key], figures[second][key]
        quality = key != "encode_chunks_per_s"
        passes &= not quality or b - a >= -BAR
        print(f"{key:<28}{a:>12.4f}{b:>12.4f}{b - a:>+12.4f}" + ("" if quality else f"  ({b / a:.2f}x)"))
    print(f"{second} {'passes' if passes else 'fails'} the bar (no quality figure lower by more than {BAR})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
