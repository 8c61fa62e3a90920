"""Whether the answer's sentences put another name where the question puts its own.

"What is the capital city of Laos?" is not answered by "... in the capital city of Phnom Penh", nor "Who is
Vietnam's Ambassador to Cambodia?" by "Chinese Ambassador to Vietnam": the words around the question's name
(two before it or two after it) are in the sentence, but around another name, and the question's name is not in
the sentence at all. A passage like that is about something else, however well its other words match, and the
reader, which reads the question's words more than its names, answers it with confidence (README, Measured).

Only names count (qa.question.names: capitalized words inside a question, not at a sentence's start), only
words that touch (no punctuation between them and the name), and only contexts with a word other than a
stopword ("city of", "Ambassador to", not "of the"). A name written another way is the same name: "Lao" of
"Laos", "UK" of "United Kingdom", "Brainbridge" typed for "Bainbridge". What this does not see: a name
written in its place by another word ("the city's"), or two names that swap places ("Vietnam's projects in
Cambodia" against "Cambodia's in Vietnam"), where the question's name is in the sentence too.
"""
from __future__ import annotations

import re

from rapidfuzz.fuzz import ratio

from .question import names
from .text import STOPWORDS, stem

_TOKEN = re.compile(r"[^\W_]+")
_JOINS = ("", "-")  # what may lie between two words that touch, besides spaces


def other_name(question: str, text: str) -> tuple[str, str] | None:
    """``(said, name)`` when ``text`` fills a slot of one of the question's names with another name: ``said`` is
    the slot as ``text`` writes it (a verbatim slice), ``name`` the question's name. None otherwise.

    Example: ``other_name("What is the capital city of Laos?", "in the capital city of Phnom Penh")``
    -> ``("capital city of Phnom Penh", "Laos")``
    """
    given = set(names(question))
    if not given:
        return None
    asked, said = _tokens(question), _tokens(text)
    held = {w.lower() for w, _, _ in said}
    theirs = _runs(text, said)
    for first, last in _runs(question, asked):
        run = asked[first:last]
        name = question[run[0][1]:run[-1][2]]
        if not any(w in given for w, _, _ in run) or len(name) < 2 or all(w.lower() in held for w, _, _ in run):
            continue
        for side in (-1, 1):  # the two words before the name, or the two after
            context = _context(question, asked, first, last, side)
            if context is None or all(w in STOPWORDS for w in context):
                continue
            for a, b in theirs:
                # a capital that starts the sentence says nothing; nor does the name, or a word of it, written otherwise
                other = text[said[a][1]:said[b - 1][2]]
                if a == 0 or _same(other, name) or any(_same(w, v) for w, _, _ in said[a:b] for v, _, _ in run):
                    continue
                if _context(text, said, a, b, side) == context:
                    lo, hi = (a - 2, b) if side < 0 else (a, b + 2)
                    return text[said[lo][1]:said[hi - 1][2]], name
    return None


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _touch(text: str, tokens: list, i: int) -> bool:
    """Whether token i and token i + 1 are one word apart: only spaces or a hyphen between them."""
    return text[tokens[i][2]:tokens[i + 1][1]].strip() in _JOINS


def _runs(text: str, tokens: list) -> list[tuple[int, int]]:
    """Token ranges [first, last) of capitalized words that touch: "Phnom Penh", not "Laos, Vietnam"."""
    runs, i = [], 0
    while i < len(tokens):
        if tokens[i][0][0].isupper():
            j = i + 1
            while j < len(tokens) and tokens[j][0][0].isupper() and _touch(text, tokens, j - 1):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _context(text: str, tokens: list, first: int, last: int, side: int) -> tuple[str, ...] | None:
    """The stems of the two words touching tokens[first:last] before it (side -1) or after it (side 1)."""
    lo, hi = (first - 2, last) if side < 0 else (first, last + 2)
    if lo < 0 or hi > len(tokens) or not all(_touch(text, tokens, i) for i in range(lo, hi - 1)):
        return None
    words = tokens[lo:first] if side < 0 else tokens[last:hi]
    return tuple(stem(w.lower()) for w, _, _ in words)


def _same(a: str, b: str) -> bool:
    """Whether two names (or words) are one written differently: a start of the other ("Lao", "Laos"), its
    initials ("UK", "United Kingdom") or a misspelling ("Brainbridge", "Bainbridge")."""
    a, b = a.lower(), b.lower()
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    if ratio(a, b) >= 80:
        return True
    initials = ("".join(w[0] for w in a.split()), "".join(w[0] for w in b.split()))
    return a.replace(" ", "") == initials[1] or b.replace(" ", "") == initials[0]
