"""What things a text lists after naming them: "What measures are needed to deepen the relationship?" of "...
Vietnam and Laos need to continue their efforts and implement effective measures. These measures include
enhancing high-level exchanges and cooperation, promoting economic cooperation, and strengthening people-to-people
exchanges."

A question asking "What (or which) N ...?" for a plural noun N is answered by the sentence after the one that
names N, when that sentence opens "These N include ..." ("are", "consist of", "comprise", "cover"): the phrase
is what follows the verb. The sentence scorer and the reader are drawn to the sentence that repeats the
question's words, which only names the things. Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re

from ..text import stem

_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:are|were)\s+(?:the\s+)?)?(?P<noun>[a-z]+s)\b", re.I)
_OPENS = (r"\s*(?:These|Those|Such|The|Its|Their)\s+(?:\w+\s+)?{noun}\s+"
          r"(?:include|includes|included|are|were|consist\s+of|comprise|cover)\s+")
_NOT_NOUNS = frozenset({"is", "was", "does", "has", "its", "his", "this", "thus", "as"})


# "Besides enhancing high-level exchanges, what measure does ... propose?": one more of the things listed
_BESIDES = r"(?:besides|beyond|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to)\s+[^,?]+,\s*"
_ASKED_ONE = re.compile(rf"^\s*(?P<besides>{_BESIDES})?(?:what|which)\s+(?:other\s+)?(?P<noun>[a-z]+)\b", re.I)


def asked_things(question: str, besides: bool = False) -> str | None:
    """The plural noun a "What N ...?" question asks for: "measures"; or, of one more thing asked besides others
    ("Besides X, what measure ...?", or ``besides`` when the question's "Besides X," was set apart), its noun made
    plural; None for other questions."""
    asked = _ASKED.match(question)
    if asked and asked.group("noun").lower() not in _NOT_NOUNS:
        return asked.group("noun").lower()
    one = _ASKED_ONE.match(question)
    noun = one.group("noun").lower() if one and (besides or one.group("besides")) else ""
    if len(noun) < 4 or noun in _NOT_NOUNS:
        return None
    return noun if noun.endswith("s") else noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


def listed_after(text: str, named: tuple[int, int], following: tuple[int, int], noun: str) -> tuple[int, int] | None:
    """``[start, end)`` of the things the sentence ``following`` lists after "These <noun> include", when the
    sentence ``named`` before it names the noun; None otherwise. The phrase ends at the sentence's full stop."""
    if stem(noun) not in {stem(w) for w in re.findall(r"[a-z]+", text[slice(*named)].lower())}:
        return None
    opens = re.compile(_OPENS.format(noun=re.escape(noun)), re.I).match(text, following[0], following[1])
    if opens is None:
        return None
    end = following[1]
    while end > opens.end() and text[end - 1] in ".!?;: \n":
        end -= 1
    return (opens.end(), end) if end > opens.end() else None


# "the first of those", "the second one", "the last of them", "the first of the three": one thing of a list qa gave
_NTH = re.compile(r"\bthe\s+(?P<nth>first|second|third|fourth|fifth|last|final)(?:\s+one\b|\s+of\s+(?:those|them|these|"
                  r"the\s+(?:two|three|four|five)(?:\s+[a-z]+s)?)\b)", re.I)
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}
# what parts a list: "A, B, and C", "A, B and C", "A and B"
_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)")


# a follow-up asking only which thing of the list comes at a place: "Which one is listed second?", "And which one is
# mentioned first?", "What is the last one on that list?", "Which comes last?"
_NTH_ONLY = re.compile(r"^\s*(?:and\s+)?(?:(?:which|what)(?:\s+one)?\s+(?:is|was|comes|came)\s+(?:(?:listed|mentioned|named|"
                       r"given|put)\s+)?|what(?:['’]s|\s+is|\s+was)\s+the\s+)(?P<nth>first|second|third|fourth|fifth|last|"
                       r"final)(?:\s+(?:one|item|thing)(?:\s+(?:on|of|in)\s+(?:that|the|this)\s+list|\s+of\s+them)?)?"
                       r"\s*\??\s*$", re.I)


def asks_nth(question: str) -> bool:
    """Whether a question asks only which thing of a list comes at a place ("Which one is mentioned first?"): it
    asks of a list given before."""
    return _NTH_ONLY.match(question) is not None


def nth_item(question: str, said: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``said``, the list qa answered before, of the thing a follow-up asks for by its place
    alone: "Which one is listed second?" -> "promoting economic cooperation" of "enhancing ..., promoting economic
    cooperation, and strengthening ..."; None for any other question or a list with fewer things."""
    asked = _NTH_ONLY.match(question)
    return _nth(said, asked.group("nth")) if asked else None


def _nth(said: str, nth: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``said`` of its ``nth`` ("first", "last") thing, when it lists two or more (it has
    commas) and that many; the list's closing full stop is no part of its last thing."""
    if "," not in said:
        return None
    items, at, end = [], 0, len(said.rstrip().rstrip("."))
    for part in _ITEMS.split(said[:end]):
        at = said.index(part, at) if part else at
        if part.strip():
            items.append((at + len(part) - len(part.lstrip()), at + len(part.rstrip())))
        at += len(part)
    place = _PLACES[nth.lower()]
    return items[place] if len(items) >= 2 and place < len(items) else None


def nth_listed(question: str, said: str) -> str | None:
    """The question with its "the first of those" read as the first thing of the list qa answered before
    (``said``): "Why is the first of those important?" after "enhancing high-level exchanges and cooperation,
    promoting economic cooperation, and strengthening people-to-people exchanges" -> "Why is enhancing high-level
    exchanges and cooperation important?". None when the question points at no place in a list, or ``said``
    lists fewer things than that (a list has commas: "Vietnam and Laos" is one thing)."""
    asked = _NTH.search(question)
    if not asked or asks_nth(question):  # "What is the last one?" asks for the thing itself (nth_item)
        return None
    item = _nth(said, asked.group("nth"))
    return question[:asked.start()] + said[slice(*item)] + question[asked.end():] if item else None
