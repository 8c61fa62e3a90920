"""The Ray engine against the local one, in one run: build time on the same files, the same index, and
a two-node cluster simulated on this machine splitting the work.

    python benchmarks/bench_ray.py [DATA] [--collection scifact|squad] [--two-node-docs 400] [--json FILE]

With the embedding cache off, the collection (default: the 5,183 SciFact
abstracts, one file each) is indexed by ``build_index`` with the local
engine, then with ``engine="ray"`` on a local one-node Ray cluster of the
machine's CPUs (the cluster's start is timed apart), and the two indexes are
compared: documents, chunks and ids, the largest difference between chunk
vectors. Then ``ray.cluster_utils.Cluster`` starts two nodes of one CPU each
in this machine, and the first ``--two-node-docs`` files are indexed on it:
the table shows how many documents each node embedded, and that the index
equals a local build of the same files. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["QA_CACHE_DIR"] = "off"  # time the model, not cache reads
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
RUNTIME_ENV = {"env_vars": {"QA_CACHE_DIR": "off", "HF_HUB_OFFLINE": "1"}}


def compare(a_dir: Path, b_dir: Path) -> dict:
    import numpy as np

    from qa.indexing.store import load_index

    a, b = load_index(a_dir), load_index(b_dir)
    same = (a.documents == b.documents and [(c.chunk_id, c.doc_id, c.start, c.end) for c in a.chunks] ==
            [(c.chunk_id, c.doc_id, c.start, c.end) for c in b.chunks])
    va = a.faiss_index.reconstruct_n(0, a.faiss_index.ntotal)  # a fresh build: ids 0..n-1
    vb = b.faiss_index.reconstruct_n(0, b.faiss_index.ntotal)
    bm25 = all(np.array_equal(a.bm25.scores[k], b.bm25.scores[k]) for k in ("data", "indices", "indptr"))
    return {"same_documents_and_chunks": same, "max_vector_difference": float(np.abs(va - vb).max()),
            "same_bm25": bm25, "chunks": len(a.chunks)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--collection", default="scifact", choices=["scifact", "squad"])
    parser.add_argument("--two-node-docs", type=int, default=400)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    import ray

    import qa.indexing.ray_engine
    from bench_index import write_collection
    from qa.config import Config
    from qa.models.embed import Encoder
    from qa.indexing.index import build_index

    encoder = Encoder()
    encoder.encode(["warm up the model"] * 32)
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = write_collection(args.collection, args.data, tmp / "docs")
        started = time.perf_counter()
        build_index(docs, tmp / "local", Config(), encoder, progress=False)
        figures["local_s"] = time.perf_counter() - started
        print(f"local build: {figures['local_s']:.1f} s", file=sys.stderr)

        started = time.perf_counter()
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False, runtime_env=RUNTIME_ENV)
        figures["ray_start_s"] = time.perf_counter() - started
        started = time.perf_counter()
        build_index(docs, tmp / "ray", Config(), encoder, progress=False, engine="ray")
        figures["ray_s"] = time.perf_counter() - started
        figures["one_node"] = compare(tmp / "local", tmp / "ray")
        ray.shutdown()
        print(f"ray build: {figures['ray_s']:.1f} s", file=sys.stderr)

        from ray.cluster_utils import Cluster

        subset = tmp / "subset"
        subset.mkdir()
        for path in sorted(docs.iterdir())[:args.two_node_docs]:
            shutil.copyfile(path, subset / path.name)
        build_index(subset, tmp / "subset-local", Config(), encoder, progress=False)
        cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
        cluster.add_node(num_cpus=1)
        ray.init(address=cluster.address, log_to_driver=False, configure_logging=False, runtime_env=RUNTIME_ENV)
        nodes = Counter()
        real = qa.indexing.ray_engine.read_and_embed

        def counted(*a, **k):
            results = real(*a, **k)
            nodes.update(r.node for r in results if r.document is not None)
            return results

        qa.indexing.ray_engine.read_and_embed = counted
        started = time.perf_counter()
        build_index(subset, tmp / "subset-ray", Config(), encoder, progress=False, engine="ray")
        figures["two_node_s"] = time.perf_counter() - started
        figures["two_node_docs_per_node"] = sorted(nodes.values(), reverse=True)
        figures["two_node"] = compare(tmp / "subset-local", tmp / "subset-ray")
        ray.shutdown()
        cluster.shutdown()
    one = figures["one_node"]
    print(f"{args.collection}: {one['chunks']:,} chunks, embedding cache off")
    print(f"{'local engine build':<44}{figures['local_s']:>9.1f} s")
    print(f"{'ray engine build, one node (cluster started)':<44}{figures['ray_s']:>9.1f} s"
          f"  ({figures['ray_s'] / figures['local_s']:.2f}x local; cluster start {figures['ray_start_s']:.1f} s)")
    print(f"{'  same documents and chunks / same BM25':<44}{str(one['same_documents_and_chunks']):>9} / "
          f"{one['same_bm25']}; largest vector difference {one['max_vector_difference']:.2e}")
    two = figures["two_node"]
    print(f"{'two simulated nodes, ' + str(args.two_node_docs) + ' files':<44}{figures['two_node_s']:>9.1f} s"
          f"  documents per node {figures['two_node_docs_per_node']}")
    print(f"{'  same documents and chunks / same BM25':<44}{str(two['same_documents_and_chunks']):>9} / "
          f"{two['same_bm25']}; largest vector difference {two['max_vector_difference']:.2e}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
