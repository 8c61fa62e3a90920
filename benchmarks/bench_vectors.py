"""Recall and speed of the approximate vector indexes (ivf, hnsw, and ivfpq) against exact flat search, one run.

    python benchmarks/bench_vectors.py INDEX_DIR [DATA] [--queries 500] [--k 10] [--json FILE]

INDEX_DIR is any built qa index (for example the 100k-chunk collection of
benchmarks/bench_query.py, or ``qa index ../shared/eval/squad/docs``). Its
chunk vectors are taken out of the index and put, under the same ids, into
each kind of qa.indexing.vectors index with the settings qa would use. Queries are
SQuAD development questions and SciFact claims from DATA (default
../shared/eval), encoded with the bundled model. Recall@k is the share of
the exact flat top k that each approximate index also returns; time is the
mean single-query search, next to flat's in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def queries(data: Path, n: int) -> list[str]:
    squad = [json.loads(line)["question"] for line in (data / "squad" / "questions_dev.jsonl").open() if line.strip()]
    claims = [json.loads(line)["text"] for line in (data / "scifact" / "queries.jsonl").open() if line.strip()]
    half = n // 2
    return squad[:: max(1, len(squad) // half)][:half] + claims[:: max(1, len(claims) // (n - half))][: n - half]


def search_all(index, vectors: np.ndarray, k: int, params) -> tuple[np.ndarray, float]:
    """Ids of the top k for each query, searched one at a time as answer() does; mean ms per query."""
    from qa.indexing.vectors import search_one

    found = np.zeros((len(vectors), k), dtype=np.int64)
    started = time.perf_counter()
    for i, v in enumerate(vectors):
        _, ids = search_one(index, v, k, params)
        found[i] = ids[0]
    return found, (time.perf_counter() - started) * 1000 / len(vectors)


def recall(exact: np.ndarray, approximate: np.ndarray) -> float:
    return float(np.mean([len(set(e) & set(a)) / len(e) for e, a in zip(exact, approximate)]))


def ivf_pq_rows(vectors: np.ndarray, ids: np.ndarray, query_vectors: np.ndarray, exact: np.ndarray, k: int,
                lists: int = 1024, bytes_per_vector: int = 48) -> list[dict]:
    """IVF-PQ, the kind that fits 10 million chunks in memory (48 bytes a vector against 1,536 for flat).

    Not a kind qa builds yet: measured here with FAISS directly, for the plan past one machine (docs/performance.md).
    """
    import faiss

    started = time.perf_counter()
    index = faiss.index_factory(vectors.shape[1], f"IVF{lists},PQ{bytes_per_vector}", faiss.METRIC_INNER_PRODUCT)
    index.train(vectors)
    index.add_with_ids(vectors, ids)
    build = time.perf_counter() - started
    rows = []
    for nprobe in (32, 64, 128):
        index.nprobe = nprobe
        found, started = [], time.perf_counter()
        for vector in query_vectors:
            found.append(index.search(vector[None, :], k)[1][0])
        ms = (time.perf_counter() - started) * 1000 / len(query_vectors)
        rows.append({"kind": "ivfpq", "setting": f"nprobe={nprobe}", "build_s": build,
                     "recall": recall(exact, np.array(found)), "ms": ms})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("data", type=Path, nargs="?", default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args()

    from qa.config import Config
    from qa.indexing.store import load_index
    from qa.indexing.vectors import FLAT, HNSW, IVF, new_index, search_params
    from qa.models.embed import Encoder

    index = load_index(args.index_dir)
    ids = index.row_ids
    vectors = index.faiss_index.reconstruct_batch(ids)
    texts = queries(args.data, args.queries)
    query_vectors = Encoder().encode(texts).astype(np.float32)
    print(f"{len(ids):,} chunk vectors from {args.index_dir}; {len(texts)} queries; recall@{args.k}")

    rows = []
    exact_index = new_index(FLAT, vectors.shape[1], vectors, ids)
    exact, flat_ms = search_all(exact_index, query_vectors, args.k, None)
    rows.append({"kind": "flat", "setting": "exact", "build_s": 0.0, "recall": 1.0, "ms": flat_ms})
    for kind, name, values in ((IVF, "nprobe", (8, 16, 32, 64)), (HNSW, "ef_search", (64, 128, 256))):
        started = time.perf_counter()
        approximate = new_index(kind, vectors.shape[1], vectors, ids)
        build = time.perf_counter() - started
        for value in values:
            config = Config(**{name: value, "candidate_depth": 1})
            found, ms = search_all(approximate, query_vectors, args.k, search_params(approximate, None, config))
            rows.append({"kind": kind, "setting": f"{name}={value}", "build_s": build,
                         "recall": recall(exact, found), "ms": ms})
    rows += ivf_pq_rows(vectors, ids, query_vectors, exact, args.k)
    print(f"{'index':6} {'setting':14} {'build s':>8} {'recall':>7} {'ms/query':>9} {'vs flat':>8}")
    for r in rows:
        print(f"{r['kind']:6} {r['setting']:14} {r['build_s']:8.1f} {r['recall']:7.3f} {r['ms']:9.2f} "
              f"{r['ms'] / flat_ms:7.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"chunks": len(ids), "queries": len(texts), "k": args.k, "rows": rows},
                                        indent=1))


if __name__ == "__main__":
    main()
