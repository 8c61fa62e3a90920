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

from ..asking.countries import country_of
from ..text import terms

_ASKED = re.compile(r"^\s*(?:besides|beyond|apart from|aside from|other than|in addition to)\s+(?P<aside>[^,?]+),",
                    re.I)
_NOT_JUST = re.compile(r"\bnot\s+(?:just|only|merely|simply|solely)\s+(?P<aside>[^.;]+?),?\s+but\s+(?:also\s+)?"
                       r"(?:about\s+|in\s+(?:areas|fields|sectors|terms)\s+(?:such\s+as|like|of)\s+|in\s+)?"
                       r"(?P<added>[^.;]+)", re.I)


def set_aside(question: str) -> str | None:
    """What a "Besides X, what ...?" question sets aside: "raising trade volumes"; None for other questions."""
    asked = _ASKED.match(question)
    return asked.group("aside") if asked else None


def _roots(text: str) -> set[str]:
    """The first five letters of each of ``text``'s stemmed terms: "economic cooperation" -> {"econo", "coope"}."""
    return {t[:5] for t in terms(text)}


def _parts_roots(aside: str) -> list[set[str]]:
    """The roots (_roots) of each thing a question sets aside (aside_parts), those of no term left out."""
    return [r for r in map(_roots, aside_parts(aside)) if r]


def added_to(text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of Y in a "not just X' but also Y" of ``text[start:end]`` whose X' shares a word with
    ``aside``, with each of its parts when it sets aside more than one ("enhancing high-level exchanges and
    promoting economic cooperation" is not said by "not just in terms of economic cooperation"), or None."""
    wanted = _parts_roots(aside)
    for found in _NOT_JUST.finditer(text, start, end):
        said = _roots(found.group("aside"))
        if wanted and all(w & said for w in wanted):
            return found.span("added")
    return None


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*")
# what may stand between two items of a list: "Ho Chi Minh, Kaysone Phomvihane and Souphanouvong", "Vietnam and
# Laos, as well as with Cambodia"
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or|as\s+well\s+as(?:\s+with)?)\s+)?")
_JOINING = re.compile(r"\b(?:and|or|as\s+well\s+as)\b")
_ASIDE_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|\bor\b|&)\s*")


def aside_parts(aside: str) -> list[str]:
    """The things a question sets aside, lower case: "Ho Chi Minh and Kaysone Phomvihane" -> ["ho chi minh",
    "kaysone phomvihane"]."""
    return [" ".join(p.lower().split()) for p in _ASIDE_PARTS.split(aside) if p.strip()]


def listed_besides(text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of the first name listed with what the question sets aside in ``text[start:end]``, itself
    not set aside, or None: "Souphanouvong" of "formed by Presidents Ho Chi Minh, Kaysone Phomvihane and
    Souphanouvong" for "Besides Ho Chi Minh and Kaysone Phomvihane, which president ...?"."""
    parts = aside_parts(aside)
    runs = [m.span() for m in _NAME_RUN.finditer(text, start, end)]

    def set_aside(run: tuple[int, int]) -> bool:
        said = " ".join(text[slice(*run)].lower().split())
        return any(p in said or said in p for p in parts)

    def listed(chain: list[tuple[int, int]]) -> tuple[int, int] | None:
        # a list joins its last item with "and", "or" or "as well as": commas alone set a title beside a name
        # ("Ms. Nguyen Thi Thanh, Chairwoman of the ... Association")
        joined = any(_JOINING.search(text[a[1]:b[0]]) for a, b in zip(chain, chain[1:]))
        return _besides_in(chain, set_aside, lambda run: text[slice(*run)]) if joined else None

    chain: list[tuple[int, int]] = []
    for run in runs:
        if chain and not _LIST_GAP.fullmatch(text[chain[-1][1]:run[0]]):
            found = listed(chain)
            if found:
                return found
            chain = []
        chain.append(run)
    return listed(chain)


_LONG_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|the)\s+)*[A-Z][\w'’-]*)*")  # "Protocol on ... Cooperation"
# "Other than X, which protocol are they implementing ...?": the thing asked for, by its noun
_WHICH_NOUN = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:is|are|was|were|do|does|did|has|have|"
                         r"had|will|would|can|could)\b", re.I)


def other_of_kind(question: str, text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of the one name in ``text[start:end]`` that holds the noun a "which ...?" question asks for
    and is not what it sets aside: "Protocol on Vietnam-Laos Training Cooperation" of "... the Vietnam-Laos
    Educational Cooperation Plan for the 2021-2030 period and the Protocol on Vietnam-Laos Training Cooperation
    ..." for "Other than the Vietnam-Laos Educational Cooperation Plan, which protocol ...?"; else None."""
    asked = _WHICH_NOUN.search(question)
    noun = asked.group(1).lower().rstrip("s") if asked else ""
    parts = aside_parts(aside)
    found = [m.span() for m in _LONG_NAME.finditer(text, start, end)
             if re.search(rf"\b{re.escape(noun)}", m.group(0), re.I) and not any(
                 p in " ".join(m.group(0).lower().split()) for p in parts)] if len(noun) >= 4 else []
    return found[0] if len(found) == 1 else None


def _besides_in(chain: list[tuple[int, int]], set_aside, text_of) -> tuple[int, int] | None:
    """The first item of a list that holds something set aside, itself not set aside; None if none."""
    aside = [run for run in chain if set_aside(run)]
    if len(chain) < 2 or not aside:
        return None
    # a country is listed with countries, anything else with its like: not "Cambodia" of "Vietnam - Laos -
    # Cambodia, President Vo Van Thuong" for "Besides Vo Van Thuong, which leaders ...?"
    country = bool(country_of(text_of(aside[0])))
    return next((run for run in chain if not set_aside(run) and bool(country_of(text_of(run))) == country), None)


def listed_but_aside(text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of the items of the list ``text[start:end]`` (split at its commas) that say none of what the
    question sets aside, when each thing set aside is said by an item, sharing half its words or more:
    "strengthening people-to-people exchanges" of "enhancing high-level exchanges and cooperation, promoting
    economic cooperation, and strengthening people-to-people exchanges" for "Besides enhancing high-level exchanges
    and promoting economic cooperation, what measure ...?"; else None."""
    items, at = [], start
    for comma in re.finditer(r"\s*,\s*(?:and\s+|or\s+)?", text[start:end]):
        items.append((at, start + comma.start()))
        at = start + comma.end()
    items.append((at, end))
    said = [_roots(text[a:b]) for a, b in items]
    parts = _parts_roots(aside)

    def says(item: set, part: set) -> bool:
        return 2 * len(item & part) >= len(part)

    if len(items) < 2 or not parts or not all(any(says(item, p) for item in said) for p in parts):
        return None
    rest = [span for span, item in zip(items, said) if not any(says(item, p) for p in parts)]
    return (rest[0][0], rest[-1][1]) if rest else None


_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+)")


_LIST_OPENS = re.compile(r"\b(?:including|such\s+as|namely)\s+", re.I)


def without_aside_items(text: str, start: int, end: int, aside: str) -> tuple[int, int] | None:
    """``[start, end)`` of the first item of the list ``text[start:end]`` that the question does not set aside,
    when another item is set aside; None otherwise: "technique" of "technique, countries of origin" for "Besides
    countries of origin and date of production, how are the textiles classified?". A list that "including", "such
    as" or "namely" opens starts after it: "the Presidency of the ASEAN Inter-Parliamentary Assembly" of "roles this
    year, including the ASEAN Chairmanship and the Presidency of ...", asked besides the ASEAN Chairmanship."""
    opens = _LIST_OPENS.search(text, start, end)
    start = opens.end() if opens else start
    parts, items, at = aside_parts(aside), [], start
    for gap in _ITEM_GAP.finditer(text, start, end):
        items.append((at, gap.start()))
        at = gap.end()
    items.append((at, end))
    said = [" ".join(text[a:b].lower().split()) for a, b in items]
    if len(items) < 2 or not any(item in parts for item in said):
        return None
    return next(((a, b) for (a, b), item in zip(items, said) if item and item not in parts), None)
