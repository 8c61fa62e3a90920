"""Questions in other words: a training question with one of its ordinary words no longer the passage's.

Users ask in their own words ("two-way commerce" of a passage on "bilateral
trade"), and a reader trained only on SQuAD- and COVID-QA-style questions,
which mostly reuse the passage's words, learns that a question word its
passage lacks means "does not answer": the seed question "What was the value
of two-way commerce between Vietnam and Cambodia in 2022?" had answerability
-4.7 on the passage that answers it, "... of bilateral trade ..." +3.7. Each
training question may give a copy with one ordinary word (lower-case, not a
stopword, not a number) that its passage holds replaced by, or preceded by,
a word of another training question that none of its passages hold (only
preceded, for the word that says what is asked for: "Which network ..."). Every
passage keeps its label: the question's names, numbers and the rest of its
words still decide.
"""
from __future__ import annotations

import random
import re

_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]{2,}(?![\w-])")


def ordinary_words(question: str, stopwords: frozenset | set) -> list[re.Match]:
    """The question's lower-case words of three letters or more that are not stopwords."""
    return [m for m in _WORD.finditer(question) if m.group(0) not in stopwords]


def reworded(question: str, passages: list[str], pool: list[str], stopwords, rng: random.Random) -> str | None:
    """``question`` with one ordinary word its first passage holds replaced by a ``pool`` word none of
    ``passages`` hold, or with such a word put before it (half the time each); None when none can be."""
    held = passages[0].lower()
    words = [m for m in ordinary_words(question, stopwords) if re.search(rf"\b{re.escape(m.group(0))}\b", held)]
    if not words or not pool:
        return None
    text = " ".join(passages).lower()
    for _ in range(20):
        new = rng.choice(pool)
        if new not in text and new not in question.lower():
            break
    else:
        return None
    at = rng.choice(words)
    # the word after "which" or "what" says what is asked for ("Which network ..."): kept, a word put before it
    asks = re.search(r"\b(?:which|what|how)\s+$", question[:at.start()], re.I)
    said = new if rng.random() < 0.5 and not asks else f"{new} {at.group(0)}"
    return question[:at.start()] + said + question[at.end():]
