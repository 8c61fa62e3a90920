"""Near-miss questions: a training question changed so that its own passage no longer answers it.

SQuAD 2.0's lesson (Rajpurkar et al. 2018): a reader trained only on passages
that answer, or on passages about something else, answers a question that its
passage nearly answers. qa's users ask those: the trade of Vietnam and Laos
where the passage gives Vietnam and Cambodia's, Vietnamese students in Laos
where it counts Lao students in Vietnam. Each training question may give one
near miss, paired with the passage that answers the original and labelled
"does not answer":

- swap: two names of the question that the passage both mentions change places
  ("students of Laos in Vietnam" -> "students of Vietnam in Laos");
- name: a name the passage mentions is replaced by a name from the same
  document (else from another) that the passage does not mention;
- year: a year the passage mentions is moved by 1 to 5 years to one it does not.

The change is made at random, seeded, among those the question allows.
"""
from __future__ import annotations

import random
import re

_YEAR = re.compile(r"(?<![\w.,])(1[5-9]\d\d|20\d\d)(?![\w.,]\d|\w)")


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _replace(question: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, question, count=1)


def near_miss(question: str, passage: str, document_names: list[str], other_names: list[str],
              rng: random.Random) -> tuple[str, str] | None:
    """(changed question, the kind of change), or None when the question allows none."""
    asked = [n for n in name_phrases(question) if _mentions(passage, n) and not n.isupper()]
    options = []
    if any(len(a.split()) == len(b.split()) for a in asked for b in asked if a != b):
        options.append("swap")
    if asked:
        options.append("name")
    if any(_mentions(passage, y) for y in _YEAR.findall(question)):
        options.append("year")
    rng.shuffle(options)
    for kind in options:
        changed = _change(kind, question, passage, asked, document_names, other_names, rng)
        if changed and changed != question:
            return changed, kind
    return None


def _change(kind: str, question: str, passage: str, asked: list[str], document_names: list[str],
            other_names: list[str], rng: random.Random) -> str | None:
    if kind == "swap":
        a, b = rng.choice([(a, b) for a in asked for b in asked if a != b and len(a.split()) == len(b.split())])
        return _replace(_replace(_replace(question, a, "\0"), b, a), "\0", b)
    if kind == "name":
        old = rng.choice(asked)
        for pool in (document_names, other_names):
            fresh = [n for n in pool if n != old and not _mentions(passage, n) and not _mentions(question, n)
                     and len(n.split()) == len(old.split()) and not set(n.split()) & set(old.split())]
            if fresh:
                return _replace(question, old, rng.choice(fresh))
        return None
    years = [y for y in _YEAR.findall(question) if _mentions(passage, y)]
    old = rng.choice(years)
    moved = [str(int(old) + d) for d in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5) if not _mentions(passage, str(int(old) + d))]
    return _replace(question, old, rng.choice(moved)) if moved else None


def name_phrases(question: str) -> list[str]:
    """The question's names (qa.asking.question.names) joined into phrases where they stand side by side: "Super
    Bowl 50" gives "Super Bowl", so a change moves or replaces a name whole."""
    from qa.asking.question import names

    found = set(names(question))
    phrases, run, end = [], [], -1
    for match in re.finditer(r"[\w'’-]+", question):
        word = match.group(0)
        if word in found and (not run or question[end:match.start()] == " "):
            run.append(word)
        else:
            if run:
                phrases.append(" ".join(run))
            run = [word] if word in found else []
        end = match.end()
    if run:
        phrases.append(" ".join(run))
    return list(dict.fromkeys(phrases))


def document_names(text: str) -> list[str]:
    """The name phrases (as name_phrases finds them in a question) of at least two of a document's sentences:
    the pool a name is replaced from."""
    from collections import Counter

    counts: Counter = Counter()
    for line in text.splitlines():
        if len(line) > 40:  # not a headline, whose capitals say nothing
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                counts.update(name_phrases(sentence))
    return [n for n, c in counts.items() if c >= 2 and len(n) > 2 and not n.isupper()]
