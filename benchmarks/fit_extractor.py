"""Fit the answerer's sentence weights and confidence on SQuAD development questions.

    python benchmarks/fit_extractor.py [--data ../shared/eval] [--index-dir DIR] [--per-split 1500]

Articles 00-11 train, 12-23 are held out; the script prints the fitted weights
(to copy into qa/answering/extract.py), top-1 sentence accuracy on the held-out articles
before and after, and how confidence separates right answers from questions
asked where their article is excluded (a stand-in for unanswerable ones).
Nothing is written to the package; the numbers are printed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from qa.answering.extract import CONFIDENCE_WEIGHTS, SENTENCE_WEIGHTS  # noqa: E402
from qa.asking.question import build_query  # noqa: E402
from qa.config import Config  # noqa: E402
from qa.indexing.index import build_index  # noqa: E402
from qa.pipeline import QA  # noqa: E402

FEATURES = list(SENTENCE_WEIGHTS)


def collect(qa: QA, questions: list[dict], exclude_gold: bool = False) -> list[dict]:
    """Per question: candidate features, labels, and the confidence inputs."""
    from qa.text import terms

    all_docs = list(qa.index.documents)
    doc_terms = {d: set(terms(doc.text)) for d, doc in qa.index.documents.items()} if exclude_gold else {}
    groups = []
    for q in questions:
        query = build_query(q["question"], q.get("history"))
        vector = qa.encoder.encode_one(query.search_text)
        doc_ids = None
        if exclude_gold:
            doc_ids = [d for d in all_docs if not any(Path(d).name.startswith(p) for p in q["docs"])]
        hits = qa.retriever.search(query.search_text, qa.config.top_k, doc_ids=doc_ids, query_vector=vector)
        weights = qa.extractor._term_weights(query)
        cands = qa.extractor._candidates(query, hits, vector, weights)
        if not cands:
            continue
        answers = [a.lower() for a in q["answers"]]
        rows, labels = [], []
        for c in cands:
            text = qa.index.documents[c.doc_id].text[c.start:c.end].lower()
            gold = any(Path(c.doc_id).name.startswith(p) for p in q["docs"])
            rows.append([c.features[f] for f in FEATURES])
            labels.append(int(gold and not exclude_gold and any(a in text for a in answers)))
        missing = qa.extractor._missing(weights)
        if exclude_gold:  # terms absent from every searchable document, as for a real unanswerable question
            searchable = set().union(*(doc_terms[d] for d in doc_ids))
            total = sum(weights[0].values()) or 1.0
            missing = sum(w for t, w in weights[0].items() if t not in searchable) / total
        groups.append({"x": np.array(rows), "y": np.array(labels), "missing": missing, "negative": exclude_gold})
    return groups


def top1(groups, w) -> float:
    right = [g["y"][int(np.argmax(g["x"] @ w))] for g in groups]
    return float(np.mean(right))


def fit_ranker(groups) -> np.ndarray:
    """Pairwise logistic regression: a right sentence should outscore each wrong one of its question."""
    from sklearn.linear_model import LogisticRegression

    diffs, ys = [], []
    rng = random.Random(0)
    for g in groups:
        pos, neg = np.flatnonzero(g["y"] == 1), np.flatnonzero(g["y"] == 0)
        if not len(pos) or not len(neg):
            continue
        for p in pos[:2]:
            for n in rng.sample(list(neg), min(8, len(neg))):
                d = g["x"][p] - g["x"][n]
                diffs += [d, -d]
                ys += [1, 0]
    model = LogisticRegression(fit_intercept=False, C=1.0, max_iter=1000).fit(np.array(diffs), np.array(ys))
    return model.coef_[0]


def confidence_rows(groups, w):
    """Inputs of the confidence model for each question's chosen sentence, and whether it was right."""
    xs, ys = [], []
    for g in groups:
        scores = g["x"] @ w
        order = np.argsort(-scores)
        best = order[0]
        margin = scores[best] - (scores[order[1]] if len(order) > 1 else scores[best] - 1.0)
        xs.append([scores[best], min(margin, 1.0), g["missing"]])
        ys.append(int(g["y"][best]))
    return np.array(xs), np.array(ys)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--index-dir", type=Path, default=Path.home() / ".cache" / "qa" / "squad-index")
    parser.add_argument("--per-split", type=int, default=1500)
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the features collected by the last run (same code, weights refit only)")
    args = parser.parse_args()

    from qa.indexing.index import status
    from qa.models.embed import Encoder

    docs = args.data / "squad" / "docs"
    if status(docs, args.index_dir, Config(), Encoder()) != "fresh":
        build_index(docs, args.index_dir, Config(), progress=True)
    qa = QA(args.index_dir)
    questions = [json.loads(line) for line in (args.data / "squad" / "questions_dev.jsonl").open()]
    rng = random.Random(13)
    rng.shuffle(questions)
    train = [q for q in questions if int(q["docs"][0]) < 12][: args.per_split]
    held = [q for q in questions if int(q["docs"][0]) >= 12][: args.per_split]
    cache = args.index_dir / "fit-groups.pkl"
    if args.reuse and cache.is_file():
        g_train, g_held, neg_train, neg_held = pickle.loads(cache.read_bytes())
    else:
        g_train, g_held = collect(qa, train), collect(qa, held)
        neg_train = collect(qa, train[:500], exclude_gold=True)
        neg_held = collect(qa, held[:500], exclude_gold=True)
        cache.write_bytes(pickle.dumps((g_train, g_held, neg_train, neg_held)))
    w0 = np.array([SENTENCE_WEIGHTS[f] for f in FEATURES])
    w = fit_ranker(g_train)
    scale = SENTENCE_WEIGHTS["dense"] / w[FEATURES.index("dense")]
    w = w * scale
    print("fitted sentence weights:", {f: round(float(v), 2) for f, v in zip(FEATURES, w)})
    print(f"held-out top-1 sentence accuracy: current {top1(g_held, w0):.3f}  fitted {top1(g_held, w):.3f}")
    print(f"train top-1: current {top1(g_train, w0):.3f}  fitted {top1(g_train, w):.3f}")

    from sklearn.linear_model import LogisticRegression

    xt, yt = confidence_rows(g_train + neg_train, w)
    xh, yh = confidence_rows(g_held + neg_held, w)
    model = LogisticRegression(C=1.0, max_iter=1000).fit(xt, yt)
    names = ["score", "margin", "missing"]
    print("fitted confidence weights:", {"bias": round(float(model.intercept_[0]), 2),
                                          **{n: round(float(c), 2) for n, c in zip(names, model.coef_[0])}})
    p = model.predict_proba(xh)[:, 1]
    for t in (0.2, 0.3, 0.35, 0.4, 0.5, 0.6):
        answered = p >= t
        print(f"threshold {t:.2f}: answered {answered.mean():.2f}, right among answered "
              f"{(yh[answered].mean() if answered.any() else math.nan):.3f}, right overall {(yh & answered).mean():.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
