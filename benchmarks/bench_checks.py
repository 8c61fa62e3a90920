"""What the index's integrity checks cost: load time with and without checksum verification, and a
one-file re-sync with and without the folder fsyncs, in the same run.

    python benchmarks/bench_checks.py INDEX_DIR DOCS_DIR [--repeat 5] [--chunk-chars N] [--json FILE]

INDEX_DIR is a built index of DOCS_DIR (bench_query.py's large collection is
``/tmp/qa-bench-large/index`` and ``docs``). Loads alternate with and without
the checksum verification of every file (qa.indexing.checksums.verify made a no-op), and
the medians are shown. For the re-sync, a copy of the index and the documents
is made, one file gets a new sentence, and ``build_index`` runs with the real
``fsync_dir`` and with a no-op one, alternately. ``qa check`` of the whole
index is timed once. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("docs_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chunk-chars", type=int, default=None, help="the chunk_chars the index was built with")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    import qa.indexing.segments
    import qa.indexing.store
    from qa.config import Config
    from qa.indexing.check import check_index
    from qa.indexing.index import build_index
    from qa.indexing.store import load_index
    from qa.models.embed import Encoder

    real = (qa.indexing.store.verify, qa.indexing.segments.verify, qa.indexing.store.fsync_dir, qa.indexing.segments.fsync_dir)

    def checks(on: bool) -> None:
        none = (lambda *a, **k: None,) * 2
        qa.indexing.store.verify, qa.indexing.segments.verify = real[:2] if on else none

    def fsyncs(on: bool) -> None:
        none = (lambda *a, **k: None,) * 2
        qa.indexing.store.fsync_dir, qa.indexing.segments.fsync_dir = real[2:] if on else none

    chunks = len(load_index(args.index_dir).chunks)  # warm the page cache
    loads = {True: [], False: []}
    for _ in range(args.repeat):
        for on in (True, False):
            checks(on)
            loads[on].append(timed(lambda: load_index(args.index_dir)))
    checks(True)
    check_seconds = timed(lambda: check_index(args.index_dir))

    config = Config.from_env(**({"chunk_chars": args.chunk_chars} if args.chunk_chars else {}))
    encoder = Encoder.from_config(config)
    resyncs = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        docs, index_dir = Path(tmp) / "docs", Path(tmp) / "index"
        shutil.copytree(args.docs_dir, docs)
        shutil.copytree(args.index_dir, index_dir)
        files = sorted(p for p in docs.rglob("*") if p.is_file())
        for n in range(args.repeat):
            for on in (True, False):
                fsyncs(on)
                touched = files[(2 * n + on + 1) * len(files) // (2 * args.repeat + 2)]
                with touched.open("a", encoding="utf-8") as f:
                    f.write("\nThis sentence was added to time a re-sync of one changed file.\n")
                resyncs[on].append(timed(lambda: build_index(docs, index_dir, config, encoder, progress=False)))
    fsyncs(True)

    figures = {"chunks": chunks, "load_checked_s": statistics.median(loads[True]),
               "load_unchecked_s": statistics.median(loads[False]), "qa_check_s": check_seconds,
               "resync_fsync_s": statistics.median(resyncs[True]), "resync_no_fsync_s": statistics.median(resyncs[False])}
    print(f"index of {chunks:,} chunks; medians of {args.repeat}")
    print(f"{'load_index, every file verified':<44}{figures['load_checked_s']:>8.3f} s")
    print(f"{'load_index, verification off (baseline)':<44}{figures['load_unchecked_s']:>8.3f} s")
    print(f"{'  cost':<44}{figures['load_checked_s'] / figures['load_unchecked_s'] - 1:>+8.1%}")
    print(f"{'qa check, whole index':<44}{figures['qa_check_s']:>8.3f} s")
    print(f"{'one-file re-sync, folders fsynced':<44}{figures['resync_fsync_s']:>8.3f} s")
    print(f"{'one-file re-sync, no folder fsync (baseline)':<44}{figures['resync_no_fsync_s']:>8.3f} s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
