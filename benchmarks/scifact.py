"""Document retrieval on BEIR SciFact: nDCG@10 and Recall@100 of BM25, dense and hybrid, in one run.

    python benchmarks/scifact.py [--data ../shared/eval/scifact] [--queries test|train]
                                 [--index-dir DIR] [--json FILE]

The corpus is written as one file per abstract (title, blank line, text) into a
temporary folder and indexed by ``qa.indexing.index.build_index``, as ``qa index`` would;
queries go through ``qa.answering.retrieve.Retriever.documents`` with the shipped Config
(``QA_*`` environment variables override it): BM25 alone, dense alone, the
hybrid, and the hybrid with the other fusion (RRF or weighted). Scores
come from ``pytrec_eval`` (trec_eval's own measures).

``--queries train`` scores the SciFact training claims instead, judged by the
evidence abstracts listed in their ``metadata``: that is the set the fusion
settings were tuned on, so the 300 test claims stay unseen. Embeddings are
cached (qa.indexing.cache), so only the first run pays for the model.

The data is CC BY-NC: it is read from ``--data`` and never copied into the repository.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from qa.answering.retrieve import Retriever  # noqa: E402
from qa.config import Config, Fusion, Retrieval  # noqa: E402
from qa.indexing.index import build_index, load_index  # noqa: E402
from qa.models.embed import Encoder  # noqa: E402

MEASURES = {"ndcg_cut_10": "nDCG@10", "recall_100": "Recall@100"}
DEPTH = 100  # documents ranked per query


def read_data(data: Path, split: str) -> tuple[list[dict], dict[str, str], dict[str, dict[str, int]]]:
    """(corpus rows, query texts, judgments) for ``split``."""
    corpus = [json.loads(line) for line in (data / "corpus.jsonl").open(encoding="utf-8")]
    queries, evidence = {}, {}
    for line in (data / "queries.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        queries[row["_id"]] = row["text"]
        evidence[row["_id"]] = row.get("metadata") or {}
    test: dict[str, dict[str, int]] = {}
    for line in (data / "qrels" / "test.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            query_id, doc_id, score = line.split("\t")
            test.setdefault(query_id, {})[doc_id] = int(score)
    if split == "test":
        qrels = test
    else:  # training claims with evidence, never a test claim
        qrels = {q: {d: 1 for d in docs} for q, docs in evidence.items() if docs and q not in test}
    return corpus, {q: queries[q] for q in qrels}, qrels


def write_corpus(corpus: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for row in corpus:
        (folder / f"{row['_id']}.txt").write_text(f"{row['title']}\n\n{row['text']}\n", encoding="utf-8")


def run(retriever: Retriever, queries: dict[str, str], vectors) -> dict[str, dict[str, float]]:
    """TREC run: query id -> {document id: score}, the DEPTH best documents."""
    out = {}
    for (query_id, text), vector in zip(queries.items(), vectors):
        hits = retriever.documents(text, DEPTH, query_vector=vector)
        out[query_id] = {Path(h.chunk.doc_id).stem: float(h.score) for h in hits}
    return out


def variants(config: Config) -> dict[str, Config]:
    """BM25 alone, dense alone, the configured hybrid, and the hybrid with the other fusion for comparison."""
    other = next(f for f in Fusion if f is not config.fusion)
    return {"bm25": dataclasses.replace(config, retrieval=Retrieval.BM25),
            "dense": dataclasses.replace(config, retrieval=Retrieval.DENSE),
            "hybrid": dataclasses.replace(config, retrieval=Retrieval.HYBRID),
            f"hybrid, {other.value}": dataclasses.replace(config, retrieval=Retrieval.HYBRID, fusion=other)}


def evaluate(qrels, trec_run) -> dict[str, float]:
    import pytrec_eval

    per_query = pytrec_eval.RelevanceEvaluator(qrels, set(MEASURES)).evaluate(trec_run)
    # A query with no results is absent from per_query; it counts as 0, as in BEIR.
    return {name: sum(q.get(key, 0.0) for q in per_query.values()) / len(qrels) for key, name in MEASURES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "scifact",
                        help="BEIR SciFact folder (corpus.jsonl, queries.jsonl, qrels/test.tsv)")
    parser.add_argument("--queries", choices=["test", "train"], default="test",
                        help="test: the 300 judged test claims; train: training claims, judged by their evidence")
    parser.add_argument("--index-dir", type=Path, default=None,
                        help="keep the index in this folder (reused when fresh); default: a temporary folder")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    corpus, queries, qrels = read_data(args.data, args.queries)
    config = Config.from_env()
    encoder = Encoder.from_config(config)
    with tempfile.TemporaryDirectory(prefix="qa-scifact-") as tmp:
        docs_dir = Path(tmp) / "docs"
        index_dir = args.index_dir or Path(tmp) / "index"
        write_corpus(corpus, docs_dir)
        started = time.perf_counter()
        report = build_index(docs_dir, index_dir, config, encoder, progress=sys.stderr.isatty())
        index_seconds = time.perf_counter() - started
        print(f"indexed {len(corpus)} abstracts: {report.summary()}", file=sys.stderr)
        index = load_index(index_dir, encoder.model_name, encoder.dimension)

    vectors = encoder.encode(list(queries.values()))
    results = {}
    for name, settings in variants(config).items():
        started = time.perf_counter()
        scores = evaluate(qrels, run(Retriever(index, encoder, settings), queries, vectors))
        results[name] = dict(scores, seconds=round(time.perf_counter() - started, 1))

    print(f"SciFact {args.queries}: {len(queries)} queries, {len(corpus)} abstracts, {len(index.chunks)} chunks; "
          f"fusion={config.fusion.value}, dense_weight={config.dense_weight}, rrf_k={config.rrf_k}")
    print(f"{'retrieval':<16} {'nDCG@10':>8} {'Recall@100':>11}")
    for name, scores in results.items():
        print(f"{name:<16} {scores['nDCG@10']:>8.3f} {scores['Recall@100']:>11.3f}")
    if args.json:
        settings = {k: str(v) if isinstance(v, (Path, Enum)) else v for k, v in dataclasses.asdict(config).items()}
        args.json.write_text(json.dumps({"queries": args.queries, "count": len(queries), "results": results,
                                         "index_seconds": round(index_seconds, 1), "config": settings},
                                        indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
