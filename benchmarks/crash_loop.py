"""Crash loop: `qa index` killed with SIGKILL at random moments, round after round; the index must survive.

    python benchmarks/crash_loop.py [--rounds 20] [--seed 1] [--json FILE]

Over a copy of seeds/ indexed once, each round changes one file (appends a
sentence, or adds or deletes an extra file), starts ``qa index`` and kills it
at a random moment between its start and the time an unkilled sync takes
(measured first; half of the moments fall in its last fifth, where files are
written and ``CURRENT`` switched). The embedding cache is off, so every sync
loads the model and encodes what changed. After every kill the index must load (load_index checks
every file and that vectors, chunks and documents agree) and hold either the
folder as it was before the round or as it is now, never a mix. A final
unkilled ``qa index`` must complete and match the folder exactly: same
documents, each document's text equal to its file, no duplicate chunk, and
``qa index`` reporting it up to date. Prints one table row per round.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# No embedding cache: every sync of a changed file loads the model and encodes, as a first run does,
# so the kills land across loading, encoding and writing rather than in a one-second cached sync.
ENV = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false",
           QA_CACHE_DIR="off")


def qa_index(docs: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa.cli", "index", str(docs), "--index-dir", str(index_dir),
                             "--quiet"], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def folder_state(docs: Path) -> dict[str, str]:
    """doc_id -> text of every indexable file (what a finished sync would hold)."""
    from qa.indexing.ingest import find_files, read_document

    return {s.doc_id: d.text for s in find_files(docs) if (d := read_document(s)) is not None}


def index_state(index_dir: Path) -> tuple[dict[str, str], dict]:
    from qa.indexing.index import load_index

    index = load_index(index_dir)
    spans = [(c.doc_id, c.start, c.end) for c in index.chunks]
    facts = {"chunks": len(index.chunks), "vectors": index.faiss_index.ntotal,
             "duplicate_chunks": len(spans) - len(set(spans)) + len(index.chunks) - len({c.chunk_id for c in index.chunks})}
    return {d: doc.text for d, doc in index.documents.items()}, facts


def change(docs: Path, rng: random.Random, round_no: int) -> str:
    """Change the folder a little; returns what was done."""
    extra = sorted(docs.glob("extra-*.txt"))
    kind = rng.choice(["append", "append", "add", "delete" if extra else "add"])
    if kind == "append":
        target = rng.choice(sorted(p for p in docs.glob("*.txt") if not p.name.startswith("extra-")))
        with open(target, "a", encoding="utf-8") as f:
            f.write(f"\nRound {round_no} added this sentence about {rng.randrange(10**6)} rice farmers.\n")
        return f"append {target.name[:12]}"
    if kind == "add":
        target = docs / f"extra-{round_no:02d}.txt"
        target.write_text(f"Extra note {round_no}\n\nThe ferry carried {rng.randrange(10**4)} people. " * 5,
                          encoding="utf-8")
        return f"add {target.name}"
    target = rng.choice(extra)
    target.unlink()
    return f"delete {target.name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1, help="random seed for the changes and kill moments")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    os.environ.update(ENV)
    rng = random.Random(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="qa-crash-"))
    docs, index_dir = workdir / "docs", workdir / "index"
    shutil.copytree(ROOT / "seeds", docs)
    try:
        started = time.monotonic()
        first = qa_index(docs, index_dir)
        out, err = first.communicate()
        if first.returncode != 0:
            raise SystemExit(f"the first qa index failed: {err[-500:]}")
        change(docs, random.Random(0), 0)
        timed = qa_index(docs, index_dir)
        t0 = time.monotonic()
        timed.communicate()
        sync_seconds = time.monotonic() - t0
        print(f"first index {t0 - started:.1f} s; an unkilled sync of one changed file takes {sync_seconds:.1f} s; "
              f"kills land in [0.1, {1.05 * sync_seconds:.1f}] s", file=sys.stderr)

        rows = []
        header = f"{'round':>5}  {'change':<22} {'kill at':>7}  {'finished':<8} {'loads':<5} {'holds':<6} " \
                 f"{'docs':>4} {'chunks':>6} {'dup':>3} {'leftover':>8}"
        print(header)
        print("-" * len(header))
        for round_no in range(1, args.rounds + 1):
            before = index_state(index_dir)[0]
            what = change(docs, rng, round_no)
            after = folder_state(docs)
            # Half the kills anywhere in the sync, half near its end, where the new generation is
            # written and CURRENT switched (a kill after the end finds the sync finished).
            delay = rng.choice([rng.uniform(0.1, sync_seconds), rng.uniform(0.8 * sync_seconds, 1.05 * sync_seconds)])
            process = qa_index(docs, index_dir)
            time.sleep(delay)
            finished = process.poll() is not None
            if not finished:
                process.send_signal(signal.SIGKILL)
            process.communicate()
            try:
                held, facts = index_state(index_dir)
                loads = "yes"
                holds = "old" if held == before else "new" if held == after else "MIX"
            except Exception as exc:
                loads, holds, facts = f"NO: {type(exc).__name__}: {exc}", "-", {}
            leftover = sum(1 for p in index_dir.iterdir() if p.name.endswith(".tmp"))
            row = {"round": round_no, "change": what, "kill_at_s": round(delay, 2), "finished": finished,
                   "loads": loads, "holds": holds, "documents": len(held) if facts else None, **facts,
                   "leftover_tmp": leftover}
            rows.append(row)
            print(f"{round_no:>5}  {what:<22} {delay:>6.2f}s  {'yes' if finished else 'killed':<8} "
                  f"{loads[:5]:<5} {holds:<6} {row['documents'] or '-':>4} {facts.get('chunks', '-'):>6} "
                  f"{facts.get('duplicate_chunks', '-'):>3} {leftover:>8}", flush=True)
            if loads != "yes":
                print(f"       {loads}")

        final = qa_index(docs, index_dir)
        out, err = final.communicate()
        held, facts = index_state(index_dir)
        again = qa_index(docs, index_dir)
        again_out, _ = again.communicate()
        folder = folder_state(docs)
        result = {
            "rounds": args.rounds,
            "killed": sum(1 for r in rows if not r["finished"]),
            "always_loaded": all(r["loads"] == "yes" for r in rows),
            "never_mixed": all(r["holds"] in ("old", "new") for r in rows),
            "final_sync_exit": final.returncode,
            "final_matches_folder": held == folder,
            "final_documents": len(held), "final_chunks": facts["chunks"],
            "final_duplicate_chunks": facts["duplicate_chunks"],
            "final_vectors_match": facts["vectors"] == facts["chunks"],
            "leftover_tmp_after_final": sum(1 for p in index_dir.iterdir() if p.name.endswith(".tmp")),
            "up_to_date_after_final": "up to date" in again_out,
        }
        print(json.dumps(result, indent=1))
        if args.json:
            args.json.write_text(json.dumps({"rows": rows, "result": result}, indent=1), encoding="utf-8")
        ok = result["always_loaded"] and result["never_mixed"] and result["final_matches_folder"] \
            and result["final_sync_exit"] == 0 and result["up_to_date_after_final"]
        return 0 if ok else 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
