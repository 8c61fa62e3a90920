"""Fit how qa chooses between the passages its reader read, and its confidence, on held-out questions.

    python training/fit_reader.py [--data ../shared/eval] [--work /tmp/qa-reader-work] [--read 6] [--use 4]
        [--int8] [--reuse] [--negatives document[,answer]]

Uses the shipped reader (qa/models/reader.safetensors) over qa's own indexes
of the SQuAD and COVID-QA corpora (built by training/train_reader.py into
--work). For the questions of the tune and test splits (train_reader.SPLITS:
never trained on) it records what qa.answering.reading sees when it reads --read
passages, saved in --work for --reuse. On the tune split, for the first --use
passages, it then fits:

- the choice weights (qa.answering.reading.CHOICE_WEIGHTS), by a conditional logit: which
  read passage's answer sentences hold an answer string;
- the confidence weights (qa.answering.reading.CONFIDENCE_WEIGHTS), by logistic
  regression: whether the chosen answer is right. Each question is also
  asked with its own document left out of the search, where the right
  response is to abstain, so confidence learns what an unanswered question
  looks like. Each is asked a third time with the passages holding its answer
  left out (the topic there, the fact not): the tables say how often qa then
  abstains, and --negatives document,answer fits on those too (no gain at the
  same share answered: docs/reader.md).

It prints both, to copy into qa/answering/reading.py, and how precision and coverage
move with min_confidence on the tune and test splits. It also writes each
split's questions as JSONL into --work, for `qa eval`. Nothing in the package
is written.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from train_reader import scored_sentences, split_of  # noqa: E402

from qa.config import Config  # noqa: E402
from qa.evaluate import read_questions  # noqa: E402
from qa.pipeline import QA  # noqa: E402
from qa.answering import reading  # noqa: E402
from qa.asking.question import names, unnamed  # noqa: E402


def observe(qa: QA, q: dict, left_out: str, read: int) -> dict | None:
    """What qa.answering.reading sees for one question: per read passage its features, span and answer text.

    ``left_out`` is "" (the question as asked), "document" (its own document left out of the search) or
    "answer" (every candidate whose passage holds an answer string left out: the topic is there, the fact is
    not, as in a question about a detail its article never gives). Left out, the right response is to abstain.
    """
    doc_ids = None
    if left_out == "document":
        doc_ids = [d for d in qa.index.documents if not any(Path(d).name.startswith(p) for p in q["docs"])]
    query, weights, candidates = scored_sentences(qa, q, doc_ids)
    answers = [" ".join(a.lower().split()) for a in q["answers"]]
    if left_out == "answer":
        candidates = [c for c in candidates if not _holds(qa, c, answers)]
    if not candidates:
        return None
    exclude_gold = bool(left_out)
    asked = names(query.question)
    rows = []
    for r in reading.read_passages(qa.extractor, query, candidates, read):
        text = qa.index.documents[r.doc_id].text
        spans = qa.index.sentences[r.doc_id]
        first, last = reading.answer_sentences(spans, r.span_start, r.span_end)
        answer_text = " ".join(text[spans[first][0]:spans[last][1]].lower().split())
        rows.append({"features": r.features, "order": round(1 / r.features["rank"]) - 1,
                     "span_text": text[r.span_start:r.span_end], "doc": r.doc_id,
                     "right": (not exclude_gold) and any(a in answer_text for a in answers),
                     "unnamed": len(unnamed(asked, text)) / max(1, len(asked))})
    return {"rows": rows, "missing": qa.extractor._missing(weights), "excluded": exclude_gold, "left_out": left_out}


def _holds(qa: QA, candidate, answers: list[str]) -> bool:
    """Whether the passage qa would read around ``candidate`` holds one of ``answers`` (lower-cased)."""
    from qa.answering.extract import passage_around

    text = qa.index.documents[candidate.doc_id].text
    start, end = passage_around(text, qa.index.sentences[candidate.doc_id], candidate.sentence)
    passage = " ".join(text[start:end].lower().split())
    return any(a in passage for a in answers)


def fit_choice(observations: list[dict], l2: float = 1e-2, steps: int = 400, rate: float = 0.1) -> dict:
    """Weights of a conditional logit (a softmax over each question's passages) for the passage that is right."""
    names = list(reading.CHOICE_WEIGHTS)
    groups = []
    for o in observations:
        right = np.array([float(r["right"]) for r in o["rows"]])
        if right.sum():
            groups.append((np.array([[r["features"][k] for k in names] for r in o["rows"]]), right / right.sum()))
    w = np.zeros(len(names))
    for _ in range(steps):
        grad = np.zeros(len(names))
        for x, target in groups:
            s = x @ w
            p = np.exp(s - s.max())
            grad += x.T @ (target - p / p.sum())
        w += rate * (grad / len(groups) - l2 * w)
    return {k: round(float(v), 4) for k, v in zip(names, w)}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> np.ndarray:
    """Weights [bias, w...] of an L2-regularized logistic regression, by Newton's method."""
    x = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * np.r_[0, w[1:]]
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def choose(obs: dict) -> tuple[dict, float, bool]:
    """The chosen row under the current CHOICE_WEIGHTS, its margin and whether another row agrees."""
    rows = sorted(obs["rows"], key=lambda r: -reading.choice_score(r["features"]))
    margin, agreeing = reading.lead_and_agreement(
        [(r["order"], reading.choice_score(r["features"]), r["span_text"]) for r in rows])
    return rows[0], margin, bool(agreeing)


LEFT_OUT = ("", "document", "answer")  # observe's ways of asking each question
CONFIDENCE_INPUTS = list(reading.CHOICE_WEIGHTS) + ["margin", "agree", "unnamed"]  # confidence_features' order


def confidence_features(obs: dict) -> list[float]:
    best, margin, agree = choose(obs)
    return [best["features"][k] for k in reading.CHOICE_WEIGHTS] + [min(margin, reading.MAX_MARGIN), float(agree),
                                                                    best["unnamed"]]


def confidence_of(obs: dict) -> float:
    best, margin, agree = choose(obs)
    return reading.confidence(best["features"], margin, agree, best["unnamed"])


def table(observations: list[dict]) -> str:
    lines = ["min_conf  right  right_among_answered  answered  abstain:document_left_out  answer_left_out"]
    # (confidence, right) per question, worked out once for every threshold
    real = [(confidence_of(o), choose(o)[0]["right"])
            for o in observations if not o["excluded"]]
    out = {kind: [confidence_of(o) for o in observations if o["excluded"] and _left_out(o) == kind]
           for kind in LEFT_OUT[1:]}
    for threshold in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        answered = sum(sure >= threshold for sure, _ in real)
        right = sum(ok for sure, ok in real if sure >= threshold)
        abstained = [sum(sure < threshold for sure in sures) / max(1, len(sures)) for sures in out.values()]
        lines.append(f"{threshold:8.1f}  {right / max(1, len(real)):.3f}  {right / max(1, answered):20.3f}  "
                     f"{answered / max(1, len(real)):8.3f}  {abstained[0]:25.3f}  {abstained[1]:15.3f}")
    return "\n".join(lines)


def _left_out(obs: dict) -> str:
    return obs.get("left_out", "document" if obs["excluded"] else "")  # observations saved before "answer"


def fits_on(card: dict) -> str | None:
    """None when the reader of ``card`` never saw the tune split's questions, else why it cannot be fitted there."""
    if "tune" in card.get("data", {}).get("trained_on", ["train"]):
        return ("the shipped reader was trained on the tune split too (its card's trained_on), so its choice and "
                "confidence cannot be fitted on that split; train it with --train-on train to fit them")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--work", type=Path, default=Path("/tmp/qa-reader-work"))
    parser.add_argument("--sets", default="squad,covidqa")
    parser.add_argument("--per-set", type=int, default=600, help="questions of each set and split to observe")
    parser.add_argument("--read", type=int, default=6, help="passages read per question; fewer are also scored")
    parser.add_argument("--use", type=int, default=Config().read_passages, help="passages qa reads (the fit's)")
    parser.add_argument("--reuse", action="store_true", help="reuse the observations of an earlier run in --work")
    parser.add_argument("--int8", action="store_true", help="observe the int8 reader (QA_READER_INT8=on)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--negatives", default="document",
                        help="which left-out questions confidence learns to abstain on: document, answer or both "
                             "(comma-separated)")
    args = parser.parse_args(argv)
    from tqdm.auto import tqdm

    from qa.models.reader import WEIGHTS, card_path

    unseen = fits_on(json.loads(card_path(WEIGHTS).read_text(encoding="utf-8")))
    if unseen is not None:
        parser.error(unseen)

    rng = random.Random(args.seed)
    observed = {"tune": [], "test": []}
    saved = args.work / f"observed-{args.read}{'-int8' if args.int8 else ''}.json"
    if args.reuse and saved.is_file():
        observed = json.loads(saved.read_text(encoding="utf-8"))
    for name in [s for s in args.sets.split(",") if s and not (args.reuse and saved.is_file())]:
        qa = QA(args.work / name / "index", config=Config(index_dir=args.work / name / "index", reader_int8=args.int8))
        questions = read_questions(args.data / name / "questions_dev.jsonl")
        for split in observed:
            mine = [q for q in questions if split_of(name, q) == split]
            with open(args.work / f"{name}_{split}.jsonl", "w", encoding="utf-8") as f:
                f.writelines(json.dumps(q) + "\n" for q in mine)
            rng.shuffle(mine)
            for q in tqdm(mine[:args.per_set], desc=f"{name} {split}", unit="q"):
                for left_out in LEFT_OUT:
                    obs = observe(qa, q, left_out, args.read)
                    if obs:
                        observed[split].append(obs)

    saved.write_text(json.dumps(observed), encoding="utf-8")
    full = json.loads(json.dumps(observed))
    for obs in observed.values():  # fit and report for the passages qa reads (Config.read_passages)
        for o in obs:
            o["rows"] = [r for r in o["rows"] if r["order"] < args.use] or o["rows"][:1]
    tune = observed["tune"]
    reading.CHOICE_WEIGHTS.update(fit_choice([o for o in tune if not o["excluded"]]))
    negatives = set(args.negatives.split(","))
    fitted = [o for o in tune if not o["excluded"] or _left_out(o) in negatives]
    x = np.array([confidence_features(o) for o in fitted])
    y = np.array([float((not o["excluded"]) and choose(o)[0]["right"]) for o in fitted])
    w = fit_logistic(x, y)
    reading.CONFIDENCE_WEIGHTS.clear()
    reading.CONFIDENCE_WEIGHTS.update({k: round(float(v), 4) for k, v in zip(["bias"] + CONFIDENCE_INPUTS, w)})
    print("CHOICE_WEIGHTS =", json.dumps(reading.CHOICE_WEIGHTS))
    print("CONFIDENCE_WEIGHTS =", json.dumps(reading.CONFIDENCE_WEIGHTS))
    for split, obs in full.items():
        real = [o for o in obs if not o["excluded"]]
        for limit in (2, 3, 4, 6, 8):
            if limit <= args.read:
                right = sum(choose({**o, "rows": [r for r in o["rows"] if r["order"] < limit] or o["rows"][:1]})[0]
                            ["right"] for o in real)
                print(f"{split}: reading {limit} passages, answering everything: right {right / max(1, len(real)):.3f}")
    for split, obs in observed.items():
        print(f"\n{split} ({sum(not o['excluded'] for o in obs)} questions, each also asked with its document, "
              "then its answer, left out)")
        print(table(obs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
