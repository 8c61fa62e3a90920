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

from .text import stem

_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:are|were)\s+(?:the\s+)?)?(?P<noun>[a-z]+s)\b", re.I)
_OPENS = (r"\s*(?:These|Those|Such|The|Its|Their)\s+(?:\w+\s+)?{noun}\s+"
          r"(?:include|includes|included|are|were|consist\s+of|comprise|cover)\s+")
_NOT_NOUNS = frozenset({"is", "was", "does", "has", "its", "his", "this", "thus", "as"})


def asked_things(question: str) -> str | None:
    """The plural noun a "What N ...?" question asks for: "measures"; None for other questions."""
    asked = _ASKED.match(question)
    return asked.group("noun").lower() if asked and asked.group("noun").lower() not in _NOT_NOUNS else None


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
