"""Index build time against torch's raw SentenceTransformer.encode of the same chunk texts, in the same run.

    python benchmarks/bench_index.py [DATA] [--collections seeds,squad,scifact,large] [--repeat 3]
        [--encoders onnx,onnx-int8,torch] [--large-dir DIR] [--json FILE]

DATA is the evaluation folder (default ../shared/eval). Collections: the five
seed articles, the 48 SQuAD articles, and the 5,183 SciFact abstracts written
out as files in a temporary folder. For each, with the embedding cache off:

- ``build``: ``qa.build_index`` from nothing (reading, chunking, encoding, FAISS, BM25, writing);
- ``raw``: torch's ``SentenceTransformer.encode`` of exactly the chunk texts that
  build stored, in one call (batch size 32, normalized): what an index built
  the old way paid at least;
- ``resync``: ``qa.build_index`` again after one file's text changed, next to
  ``raw`` encoding of that file's new chunk texts.

Each build is timed with every ``--encoders`` value (QA_ENCODER: onnx, onnx-int8,
torch); ``speed-up`` is raw / build, so above 1 the whole build beats torch's bare
encode. The models are loaded and warm before anything is timed. Build and raw alternate
``--repeat`` times (once for SciFact) and the medians are shown. ``large`` is
bench_query.py's collection of about 124,000 chunks: it is only re-synced (a
copy of its files and index, built by bench_query.py if missing), ``--repeat``
times with a different file each time, and its build column is left empty.
Nothing is asserted.
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
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["QA_CACHE_DIR"] = "off"  # time the model, not cache reads


def write_collection(name: str, data: Path, folder: Path) -> Path:
    """The documents of ``name`` as files under ``folder``; returns the folder."""
    folder.mkdir(parents=True)
    if name == "scifact":
        for line in (data / "scifact" / "corpus.jsonl").open():
            row = json.loads(line)
            (folder / f"{row['_id']}.txt").write_text(f"{row['title']}\n\n{row['text']}\n", encoding="utf-8")
    else:
        source = ROOT / "seeds" if name == "seeds" else data / "squad" / "docs"
        for path in sorted(source.iterdir()):
            if path.is_file():
                shutil.copyfile(path, folder / path.name)
    return folder


def chunk_texts(index_dir: Path, doc_id: str | None = None) -> list[str]:
    """The chunk texts the live index stores (of one document, if given)."""
    from qa.indexing.store import load_index

    return [c.text for c in load_index(index_dir).chunks if doc_id is None or c.doc_id == doc_id]


def raw_encode_seconds(model, texts: list[str]) -> float:
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    return time.perf_counter() - started


def bench_large(data: Path, large_dir: Path, encoder, raw_model, repeat: int, tmp: Path) -> dict:
    """Re-sync of bench_query.py's large collection after one file changed, ``repeat`` times."""
    import subprocess

    from qa.config import Config
    from qa.indexing.index import build_index

    from bench_query import LARGE_CHUNK_CHARS

    if not (large_dir / "index" / "CURRENT").exists():
        env = {k: v for k, v in os.environ.items() if k != "QA_CACHE_DIR"}  # the cache makes this build quick
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_query.py"), str(data), "--collections",
                        "large", "--large-dir", str(large_dir)], check=True, env=env)
    docs, index_dir = tmp / "large" / "docs", tmp / "large" / "index"
    shutil.copytree(large_dir / "docs", docs)
    shutil.copytree(large_dir / "index", index_dir)
    config = Config(chunk_chars=LARGE_CHUNK_CHARS)
    files = sorted(p for p in docs.rglob("*") if p.is_file())
    build_index(docs, index_dir, config, encoder, progress=False)  # nothing changed: only hashes are read
    resyncs, encodes = [], []
    for n in range(repeat):
        touched = files[(n + 1) * len(files) // (repeat + 1)]
        with touched.open("a", encoding="utf-8") as f:
            f.write("\nThis sentence was added to time a re-sync of one changed file.\n")
        started = time.perf_counter()
        report = build_index(docs, index_dir, config, encoder, progress=False)
        resyncs.append(time.perf_counter() - started)
        doc_id = touched.relative_to(docs).as_posix()
        encodes.append(raw_encode_seconds(raw_model, chunk_texts(index_dir, doc_id)))
    resync, encode = statistics.median(resyncs), statistics.median(encodes)
    return {"collection": "large", "encoder": encoder.runtime, "files": len(files), "chunks": report.chunks, "build_s": None,
            "raw_encode_s": None, "ratio": None, "resyncs_s": [round(r, 2) for r in resyncs],
            "resync_s": round(resync, 2), "resync_file_encode_s": round(encode, 3),
            "resync_excess_s": round(resync - encode, 2)}


def bench(name: str, data: Path, encoder, raw_model, repeat: int, tmp: Path) -> dict:
    from qa.config import Config
    from qa.indexing.index import build_index

    tmp = tmp / encoder.runtime
    docs = write_collection(name, data, tmp / name / "docs")
    builds, raws = [], []
    for n in range(repeat):
        index_dir = tmp / name / f"index-{n}"
        started = time.perf_counter()
        build_index(docs, index_dir, Config(), encoder, rebuild=True, progress=False)
        builds.append(time.perf_counter() - started)
        texts = chunk_texts(index_dir)
        raws.append(raw_encode_seconds(raw_model, texts))
    # Re-sync after one changed file of many: the middle file gets a new last sentence.
    files = sorted(p for p in docs.rglob("*") if p.is_file())
    touched = files[len(files) // 2]
    with touched.open("a", encoding="utf-8") as f:
        f.write("\nThis sentence was added to time a re-sync of one changed file.\n")
    started = time.perf_counter()
    build_index(docs, index_dir, Config(), encoder, progress=False)
    resync = time.perf_counter() - started
    doc_id = touched.relative_to(docs).as_posix()
    touched_raw = raw_encode_seconds(raw_model, chunk_texts(index_dir, doc_id))
    build, raw = statistics.median(builds), statistics.median(raws)
    return {"collection": name, "encoder": encoder.runtime, "files": len(files), "chunks": len(texts),
            "build_s": round(build, 2), "raw_encode_s": round(raw, 2), "ratio": round(raw / build, 3),
            "builds_s": [round(b, 2) for b in builds],
            "raw_encodes_s": [round(r, 2) for r in raws], "resync_s": round(resync, 2),
            "resync_file_encode_s": round(touched_raw, 3), "resync_excess_s": round(resync - touched_raw, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="evaluation folder (default ../shared/eval)")
    parser.add_argument("--collections", default="seeds,squad,scifact,large",
                        help="comma-separated: seeds,squad,scifact,large")
    parser.add_argument("--large-dir", type=Path, default=Path(tempfile.gettempdir()) / "qa-bench-large",
                        help="bench_query.py's large collection (files and index)")
    parser.add_argument("--repeat", type=int, default=3, help="build/raw alternations (SciFact: once)")
    parser.add_argument("--encoders", default="onnx,onnx-int8,torch",
                        help="QA_ENCODER values to build with, each in the same run (default onnx,onnx-int8,torch)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    from qa.models.embed import Encoder

    raw_model = Encoder(runtime="torch").model
    raw_model.encode(["warm up the model"] * 64, batch_size=32)
    encoders = [Encoder(runtime=name) for name in args.encoders.split(",") if name]
    for encoder in encoders:
        encoder.encode(["warm up the model"] * 64)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.collections.split(","):
            for encoder in encoders:
                if name == "large":
                    if encoder is encoders[0]:  # its index holds that encoder's vectors
                        rows.append(bench_large(args.data, args.large_dir, encoder, raw_model, args.repeat,
                                                Path(tmp)))
                else:
                    rows.append(bench(name, args.data, encoder, raw_model, 1 if name == "scifact" else args.repeat,
                                      Path(tmp)))
                print(f"{name} {encoder.runtime} done", file=sys.stderr)
    print(f"{'collection':<10}{'encoder':>10}{'files':>7}{'chunks':>8}{'build s':>9}{'torch raw s':>13}"
          f"{'speed-up':>10}{'re-sync s':>11}{'its raw s':>11}{'excess s':>10}")
    for r in rows:
        build = (f"{r['build_s']:>9.2f}{r['raw_encode_s']:>13.2f}{r['ratio']:>9.2f}x" if r["build_s"] is not None
                 else f"{'-':>9}{'-':>13}{'-':>10}")
        print(f"{r['collection']:<10}{r['encoder']:>10}{r['files']:>7}{r['chunks']:>8}{build}"
              f"{r['resync_s']:>11.2f}{r['resync_file_encode_s']:>11.3f}{r['resync_excess_s']:>10.2f}")
    print("build and raw: medians; speed-up = torch raw encode of the same chunk texts / build (above 1: the whole "
          "build is faster than torch's bare encode); excess = re-sync - raw encode of the changed file's chunks")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
