"""Warm answer() latency on the seeds, next to the raw floor measured in the same run.

    python benchmarks/bench_query.py [--data ../shared/eval] [--questions 50] [--json FILE]

The floor is one SentenceTransformer.encode of the question plus one FAISS
search: what any dense retriever must pay. Questions: the seed development
questions, then SQuAD questions (which the seeds do not answer, so the
abstention path is timed too), up to --questions.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["QA_CACHE_DIR"] = "off"  # time a cold index build, not a cache read


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    from qa.config import Config
    from qa.embed import Encoder
    from qa.index import build_index
    from qa.pipeline import QA

    encoder = Encoder()
    encoder.encode(["warm up the model"])
    questions = [json.loads(line) for line in (args.data / "seeds_dev.jsonl").open()]
    questions += [json.loads(line) for line in (args.data / "squad" / "questions_dev.jsonl").open()]
    questions = questions[: args.questions]

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_index(ROOT / "seeds", Path(tmp) / "index", Config(), encoder, progress=False)
        index_seconds = time.perf_counter() - started
        qa = QA(Path(tmp) / "index", encoder=encoder)
        qa.answer(questions[0]["question"])  # warm
        answer_ms, floor_ms = [], []
        for q in questions:
            t0 = time.perf_counter()
            vector = encoder.model.encode([q["question"]], normalize_embeddings=True)
            qa.index.faiss_index.search(vector, qa.config.top_k)
            t1 = time.perf_counter()
            qa.answer(q["question"], history=q.get("history"))
            t2 = time.perf_counter()
            floor_ms.append((t1 - t0) * 1000)
            answer_ms.append((t2 - t1) * 1000)
    figures = {"index_seeds_seconds": round(index_seconds, 2), "questions": len(questions),
               "answer_p50_ms": round(statistics.median(answer_ms), 1),
               "answer_p95_ms": round(percentile(answer_ms, 95), 1),
               "floor_p50_ms": round(statistics.median(floor_ms), 1),
               "ratio_p50": round(statistics.median(answer_ms) / statistics.median(floor_ms), 2)}
    print(f"index the seeds (cold cache, model loaded): {figures['index_seeds_seconds']} s")
    print(f"{'':24}{'p50 ms':>10}{'p95 ms':>10}")
    print(f"{'answer()':24}{figures['answer_p50_ms']:>10}{figures['answer_p95_ms']:>10}")
    print(f"{'floor: encode + FAISS':24}{figures['floor_p50_ms']:>10}{round(percentile(floor_ms, 95), 1):>10}")
    print(f"answer / floor (p50): {figures['ratio_p50']}x over {len(questions)} questions")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
