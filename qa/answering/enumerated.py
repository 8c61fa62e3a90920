"""Lists a text numbers: "His postulates can be summarized in three points: (1) The microbe occurs in every case
...; (2) the microbe occurs in no other disease ...; and (3), after being fully isolated ..., the microbe can
induce the disease anew."

A question asking for several things ("What are the main steps for ...?", "Why are ... no longer an area of
active research?") is answered by the whole list, and one asking for the nth of them ("What is Koch's second
postulate?") by its nth item. Papers write such lists as "(1) ... (2) ...", "(i) ... (ii) ...", "(a) ... (b)
...", "1. ...; 2. ..." or "firstly, ...; secondly, ...". The reader and the sentence scorer are drawn to the
sentence that repeats the question's words, which often only announces the list ("The four most used methods
are: 1."). Rule-based; every quote is a verbatim slice of the document. These lists run inside a sentence; a
list of one item per line, as a manual gives its steps, is qa.answering.steps'.
"""
from __future__ import annotations

import re

from ..text import stem

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# a mark that opens an item: "(1)", "(ii)", "(b)" after a space or a colon, not "Article 17(1)"; "1." before a
# word; "firstly"
_MARK = re.compile(r"(?<![\w)])\((?P<paren>\d{1,2}|[ivx]{1,4}|[a-h])\)(?=[\s,])|(?<![\w.,])(?P<dot>\d{1,2})\.(?=\s+[A-Za-z])"
                   r"|\b(?P<word>" + "|".join(_WORDS) + r")ly\b", re.I)
_GAP = 800  # at most this many characters between one mark and the next
# what the question asks for: several things, the reasons for something, or the nth of some things
_ASKS_SEVERAL = re.compile(r"^\s*(?:what|which)\s+(?:are|were)\b|^\s*(?:what|which)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+"
                           r"(?:are|were|do|did|have|has|can|could|should|must|will|would)\b", re.I)
# "Why ...?", and a follow-up's "And why ...?", "So why ...?", "But why ...?" (qa.answering.figures and reading too)
ASKS_WHY = re.compile(r"\s*(?:and\s+|so\s+|but\s+)?why\b", re.I)
_NTH = re.compile(r"\b(?:the|its|their|his|her|[A-Z][\w-]*['’]s?)\s+(?P<nth>" + "|".join(_WORDS) + r")\s+"
                  r"(?P<noun>[a-z][a-z-]+)\b")
_TRAILING = " \n;,.:"


def asks_nth(question: str) -> tuple[int, str] | None:
    """``(n, noun)`` when the question asks for the nth of some things by their noun: "What is Koch's second
    postulate?" -> (2, "postulate"); None otherwise."""
    asked = _NTH.search(question)
    return (_WORDS.index(asked["nth"].lower()) + 1, asked["noun"]) if asked else None


def asks_several(question: str) -> bool:
    """Whether the question asks for several things ("What are the main steps ...?", "What techniques are used
    ...?") or why something is so, which a numbered list of reasons answers."""
    return bool(_ASKS_SEVERAL.search(question) or ASKS_WHY.match(question))


def asks_why(question: str) -> bool:
    """Whether the question asks why ("Why ...?", "And why ...?")."""
    return bool(ASKS_WHY.match(question))


def _value(mark: re.Match, scheme: str | None) -> tuple[str, int] | None:
    """The mark's scheme and its place in it: "(ii)" -> ("roman", 2), "(b)" -> ("letter", 2), "2." -> ("dot", 2).
    "(i)" is the roman one unless a list of letters is under way."""
    if mark["dot"]:
        return "dot", int(mark["dot"])
    if mark["word"]:
        return "word", _WORDS.index(mark["word"].lower()) + 1
    said = mark["paren"].lower()
    if said.isdigit():
        return "paren", int(said)
    if said in _ROMAN and not (scheme == "letter" and len(said) == 1):
        return "roman", _ROMAN.index(said) + 1
    return ("letter", ord(said) - ord("a") + 1) if len(said) == 1 else None


def _opens_item(text: str, mark: re.Match, scheme: str) -> bool:
    """Whether a numbered mark ("2.") opens an item: it follows a colon or a semicolon ("are: 1. ...; 2. ...")."""
    if scheme != "dot":
        return True
    before = re.sub(r"(?:\s+and|\s+or)?\s*$", "", text[max(0, mark.start() - 40):mark.start()])
    return before.endswith((":", ";"))


def numbered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """The first list numbered from 1 whose first mark lies in ``text[start:end]``, of two items or more: where
    its first mark starts, and ``[start, end)`` of each item, the last ending with its sentence (``spans``, the
    document's sentences). ``(-1, [])`` when there is none."""
    for first in _MARK.finditer(text, start, end):
        scheme, n = _value(first, None) or ("", 0)
        if n != 1 or not _opens_item(text, first, scheme):
            continue
        marks = [first]
        for mark in _MARK.finditer(text, first.end(), min(len(text), first.end() + _GAP * 10)):
            if mark.start() - marks[-1].end() > _GAP:
                break
            if _value(mark, scheme) == (scheme, len(marks) + 1) and _opens_item(text, mark, scheme):
                marks.append(mark)
        if len(marks) < 2:
            continue
        after = len(text) - len(text[marks[-1].end():].lstrip())
        stop = next((e for s, e in spans if s <= after < e), len(text))
        found = [_trimmed(text, mark.end(), marks[i + 1].start() if i + 1 < len(marks) else stop)
                 for i, mark in enumerate(marks)]
        if all(e > s for s, e in found):
            return first.start(), found
    return -1, []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` less its spaces and the punctuation or "and" that join it to the next item."""
    part = text[start:end]
    lead = len(part) - len(part.lstrip(_TRAILING))
    body = re.sub(r"(?:[\s;,]+(?:and|or))?[\s;,.:]*$", "", part[lead:])
    return start + lead, start + lead + len(body)


def announces(words: str, noun: str) -> bool:
    """Whether ``words``, those of its sentence before a list, name the ``noun`` asked of: "His postulates can be
    summarized in three points:" for "postulate", "for several reasons:" for "reason"."""
    return stem(noun.lower()) in {stem(w) for w in re.findall(r"[a-z]+", words.lower())}
