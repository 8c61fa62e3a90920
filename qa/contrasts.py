"""What else, besides what the question sets aside: "Beyond raising trade volumes, what do Vietnam and Laos
swap?" of "This economic cooperation is not just about increasing trade volumes, but also about sharing
experiences and best practices ...".

A question that opens with "Besides X", "Beyond X", "Apart from X", "Aside from X", "Other than X" or "In
addition to X" asks for what a text adds to X, and text says so with "not just (only, merely) X' but also Y"
where X' says X in its own words. Such a sentence among the best retrieved ones, whose X' shares a word with
X, answers with Y. The trained reader, which reads the question's words, is drawn to the sentences that repeat
X instead. Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re

from .text import terms

_ASKED = re.compile(r"^\s*(?:besides|beyond|apart from|aside from|other than|in addition to)\s+(?P<aside>[^,?]+),",
                    re.I)
_NOT_JUST = re.compile(r"\bnot\s+(?:just|only|merely|simply|solely)\s+(?P<aside>[^.;]+?),?\s+but\s+(?:also\s+)?"
                       r"(?:about\s+|in\s+(?:areas|fields|sectors|terms)\s+(?:such\s+as|like|of)\s+|in\s+)?"
                       r"(?P<added>[^.;]+)", re.I)


def set_aside(question: str) -> str | None:
    """What a "Besides X, what ...?" question sets aside: "raising trade volumes"; None for other questions."""
    asked = _ASKED.match(question)
    return asked.group("aside") if asked else None


def added_to(text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of Y in a "not just X' but also Y" of ``text[start:end]`` whose X' shares a word with
    ``aside``, or None."""
    wanted = {t[:5] for t in terms(aside)}
    for found in _NOT_JUST.finditer(text, start, end):
        if wanted & {t[:5] for t in terms(found.group("aside"))}:
            return found.span("added")
    return None
