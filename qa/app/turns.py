"""What the chat remembers about each reply: the Answer behind it, for its sources, its rating and its copy.

A reply is the answer message and one message per numbered source (qa.app.render).
Its record (``turn_record``) is kept in the user's browser beside the saved
conversations, under a key made of the question and the answer message
(``reply_key``), so a reply finds its record again after a page reload, in
a reopened conversation, or after the chat was cleared and redone: the key
depends on what the chat shows, never on a message's position.
"""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from ..types import Answer, Citation
from .feedback import feedback_row, save_feedback, withdraw_feedback

MAX_TURNS = 200  # records kept per browser; the oldest go first


def message_text(message: dict) -> str:
    """A chat message's content as text; Gradio 6 may give it as a list of parts like {"type": "text", ...}."""
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, list):
        content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


def user_questions(history: list[dict]) -> list[str]:
    """The user's earlier questions in a messages-format history, oldest first."""
    questions = (message_text(m).strip() for m in history or [] if isinstance(m, dict) and m.get("role") == "user")
    return [q for q in questions if q]


def reply_key(question: str, head: str) -> str:
    """The key of the reply whose answer message is ``head``, to ``question``."""
    return hashlib.sha256(f"{question.strip()}\x00{head}".encode("utf-8")).hexdigest()[:24]


def turn_record(answer: Answer, history: list[str], doc_ids: list[str] | None) -> dict:
    """What is kept about one reply, for its sources and its rating."""
    return {"id": f"chat-{uuid.uuid4().hex[:12]}", "question": answer.question, "history": list(history),
            "doc_ids": list(doc_ids) if doc_ids else None, "answer": answer.to_dict()}


def remember(turns: dict, question: str, messages: list[dict], answer: Answer | None, history: list[dict],
             doc_ids: list[str] | None) -> dict:
    """``turns`` with the reply ``messages`` to ``question`` (asked after ``history``) recorded; at most MAX_TURNS."""
    if answer is None or not messages:
        return turns or {}
    kept = dict(turns or {})
    key = reply_key(question, message_text(messages[0]))
    kept.pop(key, None)  # asked again: the newest record goes last
    kept[key] = turn_record(answer, user_questions(history), doc_ids)
    return dict(list(kept.items())[-MAX_TURNS:])


def turn_at(turns: dict, chat: list[dict], index: int) -> tuple[dict, int] | tuple[None, None]:
    """The record of the reply that chat message ``index`` belongs to, and that message's place in the reply
    (0: the answer message, n: source n). None for a question, a prompt, or a reply not recorded here."""
    if not isinstance(index, int) or not 0 <= index < len(chat or []) or chat[index].get("role") != "assistant":
        return None, None
    first = index
    while first > 0 and chat[first - 1].get("role") == "assistant":
        first -= 1
    question = message_text(chat[first - 1]) if first > 0 else ""
    turn = (turns or {}).get(reply_key(question, message_text(chat[first])))
    if turn is None or index - first > len(turn["answer"]["citations"]):
        return None, None
    return turn, index - first


def citation_at(turns: dict, chat: list[dict], index: int) -> Citation | None:
    """The source that chat message ``index`` shows; the answer message opens its first source."""
    turn, place = turn_at(turns, chat, index)
    if turn is None or not turn["answer"]["citations"]:
        return None
    return Citation(**turn["answer"]["citations"][max(0, place - 1)])


def rate(path: Path, turns: dict, chat: list[dict], index: int, liked) -> str:
    """Save (or, when ``liked`` is neither True nor False, withdraw) the rating of the reply at ``index``."""
    turn, _ = turn_at(turns, chat, index)
    if turn is None:
        return "Only answers can be rated."
    try:
        if liked is True or liked is False:
            save_feedback(path, feedback_row(turn, liked))
            return "Thanks: your rating was saved."
        withdraw_feedback(path, turn["id"])
        return "Your rating was withdrawn."
    except OSError as exc:  # a read-only or full disk: say so, the chat goes on
        return f"Your rating could not be saved ({exc.strerror or exc})."
