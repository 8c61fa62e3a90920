"""Likes and dislikes from the chat, kept as JSON lines that ``qa eval`` reads back as questions.

One line per rated answer, in ``feedback.jsonl`` inside the index folder (the
index's builds never touch it). Each line has the evaluation fields of
../shared/eval/README.md, so ``qa eval index/feedback.jsonl`` asks the rated
questions again:

- a liked answer: ``answers`` = [its phrase, else its sentence], ``docs`` = [its
  first cited file], type ``liked``: it must stay right;
- a liked "not found": ``answers`` = [], type ``unanswerable``: it must keep abstaining;
- a dislike: ``answers`` = [], type ``disliked``, with ``wrong_answers`` = [the
  disliked sentence]; eval scores it as a question to abstain on. A disliked
  "not found" has no known answer, so ``qa eval`` leaves it out.

Besides those: ``liked``, ``doc_ids`` (the documents the question was restricted
to), ``answer`` (the full ``Answer.to_dict()``, citations included) and ``time``.
Rating the same answer again replaces its line; withdrawing the rating removes it.
This module does not decide what to show the user; qa.app.ui does.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

FEEDBACK_FILE = "feedback.jsonl"


def feedback_path(index_dir: str | Path) -> Path:
    return Path(index_dir) / FEEDBACK_FILE


def feedback_row(turn: dict, liked: bool) -> dict:
    """The line for one rated answer. ``turn`` holds ``id``, ``question``, ``history``, ``doc_ids``, ``answer``."""
    answer = turn["answer"]
    citations = answer.get("citations") or []
    if liked and answer["found"]:
        kind, answers = "liked", [answer.get("span") or answer["text"]]
        docs = [Path(citations[0]["doc_id"]).name] if citations else []
    else:
        kind, answers, docs = ("unanswerable" if liked else "disliked"), [], []
    row = {"id": turn["id"], "question": turn["question"], "history": list(turn.get("history") or []),
           "answers": answers, "docs": docs, "type": kind, "liked": bool(liked),
           "doc_ids": turn.get("doc_ids") or None, "answer": answer,
           "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if not liked and answer["found"]:
        row["wrong_answers"] = [answer["text"]]
    return row


def save_feedback(path: str | Path, row: dict) -> None:
    """Write ``row``, replacing an earlier line with the same id."""
    _rewrite(Path(path), row["id"], row)


def withdraw_feedback(path: str | Path, row_id: str) -> None:
    """Remove the line of ``row_id``, if there is one."""
    _rewrite(Path(path), row_id, None)


def _rewrite(path: Path, row_id: str, row: dict | None) -> None:
    """Rewrite the file without ``row_id`` (plus ``row``), under a lock, switching atomically."""
    from filelock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=10):
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [line for line in lines if line.strip() and _row_id(line) != row_id]
        if row is not None:
            kept.append(json.dumps(row, ensure_ascii=False))
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        os.replace(tmp, path)


def _row_id(line: str) -> str | None:
    try:
        return json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None  # a damaged line is kept as it is, never dropped silently
