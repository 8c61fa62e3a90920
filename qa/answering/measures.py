"""A figure's shape in the text around it: its unit, the range it belongs to, what it counts.

Asked how far, high, deep or long (ASKS_MEASURE), a figure alone is quoted with the unit written after it
(with_unit: "170 miles", "four stories", "5–8 μm"), and a figure alone that counts the things named after it is no
measure (counts_things: "three" of "three bodies of water"). A figure that opens or closes a range is quoted with
the whole range (whole_range: "100–150 species", "50% to 60%"), but not a change "from 6.1% to 7.8%" nor years
("1479–80"). Rule-based; every span is a slice of the text it is given.
"""
from __future__ import annotations

import re

from ..asking.question import LENGTHS, Kind

# "How long ...?", "How deep ...?", "What is the maximum depth ...?": a measure asked
ASKS_MEASURE = re.compile(rf"\bhow\s+(?:long|far|tall|high|wide|deep|heavy)\b|\b(?:{LENGTHS})\b(?!\s+of\s+time\b)",
                          re.I)
# a unit of weight, length, area or volume
UNITS = (r"pounds?|lbs?|ounces?|tons?|tonnes?|kilo(?:gram)?s?|kg|grams?|kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|"
         r"feet|foot|inch(?:es)?|yards?|acres?|hectares?|lit(?:er|re)s?|gallons?|square\s+\w+|cubic\s+\w+")
# the unit a measure's figure is given in, right after it: "170 miles", "45 minutes", "four stories", "30 kb"
MEASURE_UNIT = re.compile(rf"\s+(?:{UNITS}|decades?|century|centuries|years?|months?|weeks?|days?|hours?|minutes?|"
                          r"seconds?|m|cm|mm|mi|ft|yd|nm|µm|μm|kb|bp|nt|aa|kDa|stor(?:ey|ie)s|floors|degrees?|"
                          r"(?:nucleotide|base|base\s+pair|amino\s+acid|residue)s)\b", re.I)
# a figure alone counting the things named after it ("three bodies of water", "two main airports"), no measure
_COUNTS_THINGS = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?(?!times\b)[a-z][a-z-]*s\b")
_BARE_FIGURE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[–-]\s?\d[\d,]*(?:\.\d+)?)?|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)"
                          r"(?:\s+(?:hundred|thousand|million|billion))?", re.I)  # "170", "5–8", "three"


def counts_things(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a figure alone that counts the things ``text`` names after it, in no unit of a
    measure: "three" of "three bodies of water", not "170" of "170 miles" nor "four" of "four stories high"."""
    return bool(_BARE_FIGURE.fullmatch(text, start, end) and _COUNTS_THINGS.match(text, end)
                and not MEASURE_UNIT.match(text, end))


# the rest of a range a figure opens: "–150" of "100–150 species", " to 60%" of "50% to 60%", " to 50 thousand"
_RANGE_END = re.compile(r"\s?[–-]\s?\d(?:[\d,.]*\d)?(?:\s?%)?(?![\w.,-]?\d)"
                        r"|\s+to\s+\d(?:[\d,.]*\d)?(?:\s?%)?(?:\s+(?:thousand|million|billion))?(?![\w.,-]?\d)")
_RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)  # "from 6.1% to 7.8%" is a change, no range
# the start of a range a figure closes: "5–" of "5–8 μm", "50% to " of "50% to 60%"
_RANGE_START = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?(?:\s?%)?(?:\s?[–-]\s?|\s+to\s+)$")


def whole_range(kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` with the rest of the range its figure opens or closes, for a count, a measure, a share or an amount:
    "100–150" of "100–150 species have been validated", where "100" was quoted, "5–8" of "5–8 μm", where "8" was.
    Not a range of years, nor a change "from 6.1% to 7.8%". Else None."""
    quoted = text[span[0]:span[1]]
    if kind not in (Kind.COUNT, Kind.QUANTITY, Kind.PERCENT, Kind.MONEY) or not re.search(r"\d%?$", quoted):
        return None
    opens = _RANGE_START.search(text, max(0, span[0] - 16), span[0]) if re.match(r"\d", quoted) else None
    start = opens.start() if opens else span[0]
    rest = None if opens else _RANGE_END.match(text, span[1])
    if not (opens or rest) or _RANGE_FROM.search(text, max(0, start - 12), start) or re.fullmatch(
            r"(?:1\d|20)\d\d\s?[–-]\s?(?:(?:1\d|20)?\d\d)", text[start:rest.end() if rest else span[1]]):
        return None  # "1479–80" is years
    return start, rest.end() if rest else span[1]


def with_unit(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` with the unit ``text`` writes after it, when a measure is asked and ``span`` is its figure alone:
    "170 miles" of "170 miles (270 km)" for "How far is Fresno from Los Angeles?", where "170" was quoted. Else
    None."""
    if kind is not Kind.QUANTITY or not ASKS_MEASURE.search(question) or not _BARE_FIGURE.fullmatch(text, *span):
        return None
    unit = MEASURE_UNIT.match(text, span[1])
    return (span[0], unit.end()) if unit else None


def whole_figure(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` with the rest of its range (whole_range), then with its unit (with_unit): "5–8 μm" of "8"; None when
    neither widens it. Both answer paths widen their quoted figure so."""
    ranged = whole_range(kind, text, span) or span
    return with_unit(question, kind, text, ranged) or (ranged if ranged != span else None)
