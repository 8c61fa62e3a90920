"""Random damage to a built index: does qa notice every flipped byte, or answer exactly as before?

    python benchmarks/fault_injection.py [--trials 300] [--seed 0] [--json FILE]

Builds an index of the seeds with the real (default) encoder, records the
answers to the 16 seed questions, then runs ``--trials`` trials on fresh
copies: pick a file of the live index at random (every file type in turn, so
each gets its share), flip one random byte or a run of 2-16 bytes at a random
place, then

- run ``qa check`` (qa.indexing.check.check_index) on it;
- open it with ``QA`` and ask the 16 questions, if it opens.

A trial ends in one of these ways, counted per file type:

- ``detected, refused``: check reports damage and loading refuses;
- ``detected, same answers``: check reports damage, loading works and every
  answer (text, span, citations) equals the undamaged index's;
- ``not read``: check reports nothing and the answers are the same (the byte is
  one the format never reads);
- ``MISSED``: anything else (wrong answers, or damage check does not see).

The issue's bar is no ``MISSED`` trial. Nothing is asserted: it prints.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def kind_of(path: Path) -> str:
    """A file's type: its name, with the generated part of the name left out."""
    return f"bm25/{path.name}" if path.parent.name == "bm25" else path.name


def answers(index_dir: Path, questions: list[dict], encoder) -> list:
    from qa.pipeline import QA

    qa = QA(index_dir, encoder=encoder)
    out = []
    for q in questions:
        a = qa.answer(q["question"], history=q.get("history"))
        out.append((a.text, a.span, a.found, round(a.confidence, 6),
                    [(c.doc_id, c.start, c.end, c.quote) for c in a.citations]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="evaluation folder (default ../shared/eval), for seeds_dev.jsonl")
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, help="also write the counts here")
    args = parser.parse_args()

    from qa.config import Config
    from qa.errors import QAError
    from qa.indexing.check import check_index
    from qa.indexing.index import build_index
    from qa.models.embed import Encoder

    rng = random.Random(args.seed)
    questions = [json.loads(line) for line in (args.data / "seeds_dev.jsonl").open() if line.strip()]
    encoder = Encoder.from_config(Config.from_env())
    counts: dict[str, Counter] = defaultdict(Counter)
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean"
        build_index(ROOT / "seeds", clean, Config.from_env(), encoder, progress=False)
        reference = answers(clean, questions, encoder)
        files = sorted(p.relative_to(clean) for p in clean.rglob("*") if p.is_file() and p.name != ".lock")
        by_kind = defaultdict(list)
        for f in files:
            by_kind[kind_of(clean / f)].append(f)
        kinds = sorted(by_kind)
        for trial in range(args.trials):
            kind = kinds[trial % len(kinds)]
            relative = rng.choice(by_kind[kind])
            copy = Path(tmp) / "copy"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(clean, copy)
            path = copy / relative
            data = bytearray(path.read_bytes())
            length = 1 if rng.random() < 0.5 else rng.randint(2, 16)
            start = rng.randrange(max(1, len(data) - length + 1)) if data else 0
            for i in range(start, min(start + length, len(data))):
                data[i] ^= rng.randint(1, 255)
            path.write_bytes(bytes(data))
            detected = any(p.kind == "damaged" for p in check_index(copy))
            try:
                same = answers(copy, questions, encoder) == reference
                refused = False
            except QAError:
                refused, same = True, False
            except Exception as exc:  # a traceback would reach the user: counted as missed
                refused, same = False, False
                missed.append(f"{relative} @{start}+{length}: {type(exc).__name__}: {exc}")
            if detected and refused:
                outcome = "detected, refused"
            elif detected and same:
                outcome = "detected, same answers"
            elif not detected and same:
                outcome = "not read"
            else:
                outcome = "MISSED"
                missed.append(f"{relative} @{start}+{length}: detected={detected} refused={refused} same={same}")
            counts[kind][outcome] += 1
    outcomes = ["detected, refused", "detected, same answers", "not read", "MISSED"]
    print(f"{'file':<28}{'trials':>8}" + "".join(f"{o:>24}" for o in outcomes))
    for kind in sorted(counts):
        print(f"{kind:<28}{sum(counts[kind].values()):>8}" + "".join(f"{counts[kind][o]:>24}" for o in outcomes))
    total = Counter()
    for c in counts.values():
        total.update(c)
    print(f"{'all':<28}{sum(total.values()):>8}" + "".join(f"{total[o]:>24}" for o in outcomes))
    for line in missed[:20]:
        print("missed:", line)
    if args.json:
        args.json.write_text(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
