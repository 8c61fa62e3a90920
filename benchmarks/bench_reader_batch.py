"""The reader's forward passes: an answer's passages one at a time (qa's way) against one padded batch.

    python benchmarks/bench_reader_batch.py [DATA] [--collections squad,covidqa] [--questions 100] [--rounds 4]

For each collection (its documents under DATA, default ../shared/eval, indexed
in a temporary folder) qa answers --questions of its questions (bench_query.py's,
spread over the whole question file) and the reader's inputs are kept: the (question,
passage) pairs of each answer, tokenized as qa tokenizes them. Then the same
inputs go through the same ONNX session both ways, alternated --rounds times
(the order swapped each round, so neither way always runs warm): as one batch
padded to the longest pair (the baseline, how qa read before 2026-12-02) and
one pair at a time cut to its own tokens (qa.models.reader.run_each). Both give the
same logits for every real token. Nothing is asserted: it prints
milliseconds per answer's reading.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench_query import QUESTIONS, fixed_questions, percentile  # noqa: E402


def reader_inputs(qa, questions: list[str]) -> list[dict]:
    """The tokenized (question, passage) batch of each reading qa does while answering ``questions``."""
    from qa.models.reader import encode_pairs

    reader, kept = qa.reader, []
    reader.load()
    read = reader.read

    def keep(question, passages, within=None):
        kept.append(encode_pairs(reader._tokenizer, [question] * len(passages), passages)[0])
        return read(question, passages, within)

    reader.read = keep
    for q in questions:
        qa.answer(q)
    reader.read = read
    return kept


def time_both(run, inputs: list[dict], rounds: int) -> dict:
    from qa.models.reader import run_each

    ways = {"one batch": run, "one at a time": lambda x: run_each(run, x)}
    spent = {way: [] for way in ways}
    for r in range(rounds):
        for way in (list(ways) if r % 2 == 0 else list(ways)[::-1]):
            for x in inputs:
                t = time.perf_counter()
                ways[way](x)
                spent[way].append((time.perf_counter() - t) * 1000)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--collections", default="squad,covidqa")
    parser.add_argument("--questions", type=int, default=QUESTIONS, help="questions per collection")
    parser.add_argument("--rounds", type=int, default=4, help="times each way runs over the inputs")
    args = parser.parse_args()

    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.models.embed import Encoder
    from qa.pipeline import QA

    config = Config.from_env()
    encoder = Encoder.from_config(config)
    print(f"{'collection':<11}{'way':>15}{'pairs':>7}{'mean':>8}{'p50':>8}{'p95':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.collections.split(","):
            questions = [q["question"] for q in fixed_questions(args.data, name, args.questions)]
            index_dir = Path(tmp) / name
            build_index(args.data / name / "docs", index_dir, config, encoder, progress=False)
            qa = QA(index_dir, config=Config.from_env(index_dir=index_dir), encoder=encoder)
            inputs = reader_inputs(qa, questions)
            pairs = sum(len(x["input_ids"]) for x in inputs)
            for way, ms in time_both(qa.reader._run, inputs, args.rounds).items():
                print(f"{name:<11}{way:>15}{pairs:>7}{statistics.mean(ms):>8.1f}{statistics.median(ms):>8.1f}"
                      f"{percentile(ms, 95):>8.1f}")
    print("milliseconds per answer's reading; the same reader inputs both ways")
    return 0


if __name__ == "__main__":
    sys.exit(main())
