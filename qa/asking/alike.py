"""Which phrase of an earlier question an elliptical follow-up's phrase takes the place of, judged by meaning.

"And reptiles?" after "How many bird species have been classified in the Amazon?" asks of reptiles what the
earlier question asked of "bird species", a phrase it shares no word with; "what about vietnam?" after "By what
year does Cambodia aim to become a developed nation?" swaps "Cambodia". The earlier question's noun phrases are
compared with the follow-up's phrase by their sentence embeddings, and the nearest takes its place when it is
near enough. qa.asking.question asks this only when its word rules (_most_like) find no phrase alike; this module
does not decide whether a question is a follow-up, nor which phrase of the follow-up swaps.
"""

from __future__ import annotations

import re
from typing import Callable

from ..text import STOPWORDS
from .countries import country_of
from .question import _PHRASE_WORD, _QUESTION_WORDS, _VERBS, caseless

# the cosine of a phrase's embedding with each of some phrases' (qa.pipeline.QA._likeness)
Likeness = Callable[[str, list[str]], list[float]]

# Below this the nearest phrase is no counterpart: on the follow-ups of the encyclopedia probes, the right
# phrase scored 0.41 to 0.72 ("reptiles" and "bird species", "laos" and "Cambodia"), unrelated ones under 0.3
# ("boarders" and "private school day fees" 0.01, "magna" and "class gets summa cum laude" 0.17).
NEAR = 0.35

_AUXILIARIES = _VERBS | {"being", "am"}  # the verbs qa.asking.question's word rules stop at, and two more
_ONES = re.compile(r"\s+ones?$", re.I)


def _named(word: str) -> bool:
    return word[:1].isupper() or country_of(word) is not None


def _cased(text: str) -> bool:
    """Whether ``text``'s capitals tell names from other words (qa.asking.question.caseless)."""
    return not caseless(text)


def noun_runs(body: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each run of words in ``body`` between stopwords, question words and verbs,
    split where a name begins or ends ("Cambodia" and "aim"), leaving out a participle after an auxiliary
    ("scientifically classified" of "have been scientifically classified"). Example: "How many bird species
    are there in the Amazon?" -> the places of "bird species" and "Amazon"."""
    cased = _cased(body)
    tokens = list(_PHRASE_WORD.finditer(body))
    words = [t.group(0).lower() for t in tokens]
    breaks = [w in STOPWORDS or w in _QUESTION_WORDS or w in _AUXILIARIES for w in words]
    runs, k = [], 0
    while k < len(tokens):
        if breaks[k]:
            k += 1
            continue
        first = k
        while k + 1 < len(tokens) and not breaks[k + 1] and not (
                cased and _named(tokens[k].group(0)) != _named(tokens[k + 1].group(0))):
            k += 1
        verb = first > 0 and words[first - 1] in _AUXILIARIES and words[k].endswith(("ed", "en", "ing"))
        if not verb:
            runs.append((tokens[first].start(), tokens[k].end()))
        k += 1
    return runs


def nearest_run(body: str, phrase: str, likeness: Likeness) -> tuple[tuple[int, int], str] | None:
    """Where in ``body`` the follow-up's ``phrase`` goes and what goes there: the noun run (noun_runs) whose
    embedding is nearest to it, of its kind (a name for a name, when the question's case says which), if at least
    NEAR. Of "presbyterian ones", "presbyterian" takes the place of the words before a run's last ("anglican private
    schools" becomes "presbyterian schools"). None when nothing is near."""
    said = _ONES.sub("", phrase.strip())
    if re.search(r"\d", said):  # a year or figure goes for one, by the word rules ("And 2002?"): meaning says little
        return None
    runs = noun_runs(body)
    if said != phrase.strip():  # "ones" stands for the run's last word: only the words before it swap
        runs = [(start, body.rindex(" ", start, end)) for start, end in runs if " " in body[start:end]]
    if _cased(body):  # a name for a name, a thing for a thing
        named = any(ch.isupper() for ch in said) or country_of(said) is not None
        runs = [r for r in runs if _named(body[r[0]:r[1]]) == named]
    if not said or not runs:
        return None
    scores = likeness(said, [body[start:end] for start, end in runs])
    best = max(range(len(runs)), key=lambda k: scores[k])
    return (runs[best], said) if scores[best] >= NEAR else None
