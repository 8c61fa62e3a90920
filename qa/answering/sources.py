"""Who a figure or a claim is attributed to: "Who reported that figure?" after "What share of Vietnam's trade
does China account for?", answered "the Ministry of Industry and Trade" of the earlier answer's "... 24.6 percent
of the country's total import-export turnover by the end of September 2023, according to the Ministry of
Industry and Trade."

A follow-up that asks who reported, gave or said what qa just answered is about that answer's sentence; the
reader, reading "Who reported that figure?" without knowing what "that" is, cannot tell. The source is the name
after "according to" in the earlier answer's sentences (qa.answering.extract.Extractor._from_earlier_answer). Rule-based;
the quote is a verbatim slice of the document. What this does not do: a source written otherwise ("X said", "X
reported that ..."), where the sentence may name several people and the one who said it is not told apart.
"""
from __future__ import annotations

import re

_ASKED = re.compile(
    r"^\s*(?:who|which\s+[\w-]+|what\s+(?:ministry|agency|body|organi[sz]ation|office|department|institution|"
    r"authority|newspaper|source))\s+(?:\w+\s+)?(?:reported|gave|provided|supplied|released|published|said|stated|"
    r"announced|cited|issued|reports|gives|provides|says|states)\b"
    r"|\baccording to (?:whom|who|what|which)\b|\b(?:what|who)(?:'s|’s|\s+is|\s+was)\s+the\s+source\b"
    # "And which ministry is the source of that figure?"; not "Which river is the source of the Nile?"
    r"|^\s*(?:and\s+)?(?:which|what)\s+[\w-]+\s+(?:is|was)\s+the\s+source(?:\s+(?:of|for)\s+(?:that|this|it|these|"
    r"those|the\s+(?:figure|number|data|claim|statistic)s?)(?:\s+[\w-]+)?)?\s*\??\s*$", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<name>(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*"
                        r"(?:\s+(?:(?:of|and|for|on)(?:\s+the)?\s+)?[A-Z][\w'’-]*)*)")


def asks_source(question: str) -> bool:
    """Whether a question asks who reported or said something: "Who reported that figure?", "Which ministry
    gave that?", "According to whom?"."""
    return bool(_ASKED.search(question))


def source_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one source ``text[start:end]`` gives after "according to" ("the Ministry of Industry
    and Trade"), or None when it gives none or several."""
    found = list(_ACCORDING.finditer(text, start, end))
    return found[0].span("name") if len(found) == 1 else None
