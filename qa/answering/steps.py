"""The nth step of a numbered list: "What is the third step when reporting sick leave?".

Manuals, policies and recipes give procedures as numbered lists, and people ask for a step by its place. The
reader, trained on prose, cannot count list items, so a question that asks only for the nth (or last) step,
item or thing to do is answered from the numbered list that the question's words point to: the list whose
lines, or the line leading into it ("To report sick leave:"), the sentence scorer ranks best among the
retrieved sentences. The answer is the item's line, quoted verbatim without its number. A question asking
for the step after (or before) one it names ("What do I do after taking photographs?") is answered with the
item next to the one holding the best retrieved sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1}
_NOUNS = r"(?:step|stage|thing|instruction|item|action|point)"
_ASKED = re.compile(rf"\b(?P<word>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+{_NOUNS}\b"
                    rf"|\b{_NOUNS}\s+(?:number\s+)?(?P<number>\d{{1,2}})\b", re.I)
# "What do I do after taking photographs?", "What comes before rinsing?", "the next step after ...": the step
# next to the one the question's other words name.
_NEXT = re.compile(r"\b(?:what|which)\s+(?:step\s+)?(?:(?:do|should|must|shall|can)\s+(?:i|you|we)\s+do|comes|follows|"
                   r"is\s+done|happens)\s+(?P<way>after|before|next)\b|\b(?P<side>next|previous)\s+step\b"
                   r"|\bstep\s+(?P<then>after|before)\b", re.I)
# A numbered line: "3. Loosen the skin", "- 3) ...", "Step 3: ..."; the number, then the item's text.
_ITEM = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:step[ \t]+)?(\d{1,2})[.):][ \t]+(?=\S)", re.I | re.M)


def asked_step(question: str) -> tuple[int, str] | None:
    """The place of the step a question asks for (1 for the first, -1 for the last) and the words asking
    it, or None.

    Example: ``asked_step("What is the third step of the method?")`` -> (3, "third step")
    """
    match = _ASKED.search(question)
    if not match:
        return None
    if match.group("number"):
        return (int(match.group("number")), match.group(0)) if int(match.group("number")) else None
    word = match.group("word").lower()
    place = _ORDINALS.get(word) or int(word[:-2])
    return (place, match.group(0)) if place else None  # "the 0th step" is none


def asked_next(question: str) -> tuple[int, str] | None:
    """+1 when a question asks for the step after the one it names, -1 for the one before, with the words
    asking it; else None. Example: ``asked_next("What do I do after taking photographs?")`` -> (1, ...)"""
    match = _NEXT.search(question)
    if not match:
        return None
    way = (match.group("way") or match.group("side") or match.group("then")).lower()
    return (-1 if way in ("before", "previous") else 1), match.group(0)


@dataclass(frozen=True)
class NumberedList:
    start: int  # the line leading into the list (or its first item), [start, end) in the document
    end: int
    items: tuple[tuple[int, int], ...]  # each item's text without its number, [start, end)


def numbered_lists(text: str) -> list[NumberedList]:
    """The lists numbered 1, 2, 3, ... in ``text``, one item per line; blank lines may part the items."""
    lists, items, expected = [], [], 1
    for match in _ITEM.finditer(text):
        number, line_end = int(match.group(1)), text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        between = text[items[-1][1]:match.start()] if items else ""
        if not (number == expected and between.strip() == ""):
            _close(text, lists, items)
            items, expected = [], 1
            if number != 1:
                continue
        items.append((match.end(), line_end))
        expected = number + 1
    _close(text, lists, items)
    return lists


def _close(text: str, lists: list[NumberedList], items: list[tuple[int, int]]) -> None:
    if len(items) < 2:
        return
    first_line = text.rfind("\n", 0, items[0][0]) + 1
    before = text[:first_line].rstrip()  # up to the end of the line leading into the list
    start = before.rfind("\n") + 1 if before else first_line
    lists.append(NumberedList(start, items[-1][1], tuple(items)))
