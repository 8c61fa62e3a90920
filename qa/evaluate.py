"""``qa eval``: score answers, spans, citations, abstention and retrieval on a JSONL question set.

The schema is that of ../shared/eval/README.md: ``question``, optional
``history``, ``answers`` (empty: the right response is to abstain), ``docs``
(file-name prefixes of supporting documents) and ``type``. Span scores
follow the official SQuAD v1.1 script (normalize, exact match, token F1).
"""
from __future__ import annotations

import collections
import json
import re
import string
from dataclasses import dataclass
from pathlib import Path

from .errors import QAError


@dataclass
class Tally:
    n: int = 0
    answerable: int = 0
    correct: int = 0  # answerable: an expected string in text; unanswerable: abstained
    exact: float = 0.0
    f1: float = 0.0
    cited: int = 0
    abstained: int = 0
    abstained_right: int = 0
    answered_right: int = 0  # answerable questions answered with an expected string
    unanswerable: int = 0
    recall_at_5: int = 0
    reciprocal_rank: float = 0.0
    retrieval_n: int = 0

    def add(self, row: dict) -> None:
        self.n += 1
        self.correct += row["correct"]
        if row["answerable"]:
            self.answerable += 1
            self.answered_right += row["correct"]
            self.exact += row["exact"]
            self.f1 += row["f1"]
            self.cited += row["cited"]
        else:
            self.unanswerable += 1
        if row["abstained"]:
            self.abstained += 1
            self.abstained_right += not row["answerable"]
        if row["gold_rank"] is not None or row["answerable"]:
            self.retrieval_n += row["answerable"]
            rank = row["gold_rank"]
            self.recall_at_5 += bool(rank and rank <= 5)
            self.reciprocal_rank += 1.0 / rank if rank else 0.0

    def summary(self) -> dict:
        def ratio(a, b):
            return round(a / b, 4) if b else None
        return {"questions": self.n, "accuracy": ratio(self.correct, self.n),
                "answer_accuracy": ratio(self.correct - self.abstained_right, self.answerable),
                "answered": ratio(self.n - self.abstained, self.n),
                "answered_precision": ratio(self.answered_right, self.n - self.abstained),
                "span_em": ratio(self.exact, self.answerable), "span_f1": ratio(self.f1, self.answerable),
                "citation_accuracy": ratio(self.cited, self.answerable),
                "abstention_precision": ratio(self.abstained_right, self.abstained),
                "abstention_recall": ratio(self.abstained_right, self.unanswerable),
                "recall_at_5": ratio(self.recall_at_5, self.retrieval_n), "mrr": ratio(self.reciprocal_rank, self.retrieval_n)}


def read_questions(path: Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise QAError(f"no question file at {str(path)!r}; pass a JSONL file such as ../shared/eval/seeds_dev.jsonl")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise QAError(f"{path}:{n} is not valid JSON ({exc})") from None
        if "question" not in row:
            raise QAError(f"{path}:{n} has no 'question' field")
        if row.get("liked") is False and not row.get("wrong_answers"):
            continue  # a disliked "not found" (qa/app/feedback.py): the answer is unknown, so it cannot be scored
        row.setdefault("answers", [])
        row.setdefault("docs", [])
        row.setdefault("type", "unanswerable" if not row["answers"] else "factoid")
        row.setdefault("id", str(n))
        rows.append(row)
    return rows


def evaluate(qa, questions: list[dict], progress: bool = True, output: Path | None = None) -> dict:
    """Ask every question and tally the scores, overall and per type."""
    from tqdm.auto import tqdm

    overall, by_type = Tally(), collections.defaultdict(Tally)
    out = open(output, "w", encoding="utf-8") if output else None
    try:
        for q in tqdm(questions, desc="evaluating", unit="q", disable=not progress):
            row = score_one(qa, q)
            overall.add(row)
            by_type[q["type"]].add(row)
            if out:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    return {"overall": overall.summary(), "by_type": {t: v.summary() for t, v in sorted(by_type.items())}}


def score_one(qa, q: dict) -> dict:
    answer = qa.answer(q["question"], history=q.get("history"))
    answerable = bool(q["answers"])
    text = _squash(answer.text)
    contains = answer.found and any(_squash(a) in text for a in q["answers"])
    prefixes = [str(p) for p in q["docs"]]
    first = answer.citations[0].doc_id if answer.citations else ""
    gold_rank = None
    if prefixes:
        ranked_docs = list(dict.fromkeys(h.chunk.doc_id for h in qa.search(q["question"], q.get("history"), k=30)))
        gold_rank = next((i for i, d in enumerate(ranked_docs, 1) if _in_docs(d, prefixes)), None)
    span = answer.span if answer.found else ""
    return {"id": q["id"], "type": q["type"], "question": q["question"], "expected": q["answers"],
            "answerable": answerable, "found": answer.found, "abstained": not answer.found,
            "correct": int(contains if answerable else not answer.found),
            "exact": max((exact_match(span, a) for a in q["answers"]), default=0.0),
            "f1": max((token_f1(span, a) for a in q["answers"]), default=0.0),
            "cited": int(answer.found and _in_docs(first, prefixes)), "gold_rank": gold_rank,
            "confidence": round(answer.confidence, 4), "text": answer.text, "span": span, "first_doc": first}


def _in_docs(doc_id: str, prefixes: list[str]) -> bool:
    name = Path(doc_id).name
    return any(name.startswith(p) for p in prefixes)


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def normalize_answer(text: str) -> str:
    """SQuAD v1.1 normalization: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, truth: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(truth))


def token_f1(prediction: str, truth: str) -> float:
    pred, gold = normalize_answer(prediction).split(), normalize_answer(truth).split()
    common = collections.Counter(pred) & collections.Counter(gold)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)


def format_report(report: dict) -> str:
    columns = ["questions", "accuracy", "answer_accuracy", "answered", "answered_precision", "span_em", "span_f1",
               "citation_accuracy",
               "abstention_precision", "abstention_recall", "recall_at_5", "mrr"]
    heads = ["type", "n", "acc", "ans_acc", "answered", "ans_P", "EM", "F1", "cite", "abst_P", "abst_R", "R@5", "MRR"]
    rows = [("overall", report["overall"])] + list(report["by_type"].items())
    lines = ["  ".join(f"{h:>8}" for h in heads)]
    for name, s in rows:
        cells = [name[:8]] + ["-" if s[c] is None else (str(s[c]) if c == "questions" else f"{s[c]:.3f}")
                              for c in columns]
        lines.append("  ".join(f"{c:>8}" for c in cells))
    return "\n".join(lines)
