"""A figure's shape in the text around it: its unit, the range it belongs to, its bound, what it counts.

Asked how far, high, deep or long (ASKS_MEASURE), a figure alone is quoted with the unit written after it
(with_unit: "170 miles", "four stories", "5–8 μm"), and a figure alone that counts the things named after it is no
measure (counts_things: "three" of "three bodies of water"). A figure that opens or closes a range is quoted with
the whole range (whole_range: "100–150 species", "50% to 60%"), but not a change "from 6.1% to 7.8%" nor years
("1479–80"). A bound or sign before a figure is part of it (with_bound: "over 2,000", "∼80%"), and a quoted count
or sum that runs on to a second clause's figure is cut before it (one_figure: "40,000 people" of "40,000 people,
and killed more than 1,000"); asked a date, a quote holding one day's date among other words is cut to it
(one_date), and of years apart, to the one written after a word of the question's (year_asked); asked an odds
ratio, relative risk or hazard ratio, to the one ratio it labels (labelled_ratio: "OR=14.28"). Rule-based; every
span is a slice of the text it is given.
"""
from __future__ import annotations

import re

from ..asking.question import LENGTHS, Kind
from ..text import MONTH, STOPWORDS, YEAR_DIGITS, stem

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
# a figure in words or digits, with its scale: "three", "5", "250,000", "1.2 million"
FIGURE = (r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
          r"thousands|millions)(?:\s+(?:hundred|thousand|million|billion))?")
_BARE_FIGURE = re.compile(rf"{FIGURE}(?:\s?[–-]\s?{FIGURE})?", re.I)  # "170", "5–8", "three"


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


# a bound or sign written before a figure, which the figure alone would misquote: "over 2,000", "at least 9,776",
# "∼80%", ">96%"; not "about" nor "up to", which a quote may leave
_BOUND = re.compile(r"(?:(?<![\w-])(?:over|more\s+than|greater\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
                    r"nearly|almost)\s+|[∼~≈>≥<≤]\s?)$", re.I)
_BARE_NUMBER = re.compile(r"[$£€¥]?\d[\d,]*(?:\.\d+)?\s?%?(?:\s+(?:thousand|million|billion))?")
# the question sets the bound itself: "Annual tuition exceeds what amount?"
_ASKS_BOUND = re.compile(r"\b(?:exceeds?|exceeded|more\s+than|over|at\s+least|at\s+most|less\s+than|fewer\s+than|"
                         r"greater\s+than|under|below|above|nearly|almost|minimum|maximum)\b", re.I)


def with_bound(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` with the bound or sign ``text`` writes right before its figure, for a count, a measure, a share or
    an amount, or a number alone asked otherwise ("What figure ...?"): "over 2,000" of "over 2,000 buildings", where
    "2,000" was quoted; "∼80%". Not when the question sets the bound itself ("... exceeds what amount?"). Else
    None."""
    quoted = text[span[0]:span[1]]
    if not re.match(r"[$£€¥]?\d", quoted) or kind not in (Kind.COUNT, Kind.QUANTITY, Kind.PERCENT, Kind.MONEY) and not (
            kind is Kind.OTHER and _BARE_NUMBER.fullmatch(quoted)):  # "What figure ...?" and "400"
        return None
    if _ASKS_BOUND.search(question):
        return None
    bound = _BOUND.search(text, max(0, span[0] - 14), span[0])
    return (bound.start(), span[1]) if bound else None


# where a second clause or thing follows a quoted count or sum: "40,000 people| , and killed more than 1,000",
# "£779| and his library of some 400", "8,098 cases| , with a fatality rate of 9.6%"
_NEXT_PART = re.compile(r",?\s+(?:and|with|while|whereas)\s+|;\s+")
_OPENS_FIGURE = re.compile(r"(?:(?:about|around|over|nearly|almost|approximately|some|more\s+than|at\s+least)\s+)?"
                           r"[$£€¥∼~≈>≥<≤]?\s?\d", re.I)


def one_figure(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` cut before the second figure it runs on to, asked one count or sum: "40,000 people" of "40,000
    people, and killed more than 1,000" for "How many people were affected ...?". Not a pair of figures ("21 and
    25 million", "about 8800 Å long and about 65 Å in diameter"), nor when the question asks two things ("How long
    and how wide ...?"). Else None."""
    if kind not in (Kind.COUNT, Kind.MONEY) or re.search(r"\band\s+(?:how|what)\b", question, re.I):
        return None
    quoted = text[span[0]:span[1]]
    for part in _NEXT_PART.finditer(quoted):
        rest = quoted[part.end():]
        if re.search(r"\d", quoted[:part.start()]) and re.search(r"\d", rest) and not _OPENS_FIGURE.match(rest):
            cut = quoted[:part.start()]  # "6 of 57 patients" of "(6 of 57 patients) and the anal swabs (11 of 28"
            return span[0], span[0] + len(cut.rstrip(")") if cut.count(")") > cut.count("(") else cut)
    return None


# a unit cut at its stroke: "2000mg" of "2000mg/L", "5 km" of "5 km/h"
_UNIT_CUT = re.compile(r"\d\s?[^\W\d_]{1,4}$")
_PER_UNIT = re.compile(r"/[^\W\d_]{1,4}\b")
_CURRENCY_LETTERS = re.compile(r"(?<![\w$])[A-Z]{1,3}$")  # "US" of "US$100,000"
_FOLD = re.compile(r"(?<=\d)-?fold\b")  # "-fold" of "increased 21-fold"


def whole_unit(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` with the rest of a unit it ends or starts inside: "2000mg/L" of "2000mg/L chlorine-containing
    disinfectant", where "2000mg" was quoted; "US$100,000", where "$100,000" was; "21-fold", where "21" was. Else
    None."""
    rest = _PER_UNIT.match(text, span[1]) if _UNIT_CUT.search(text, span[0], span[1]) else _FOLD.match(text, span[1])
    letters = _CURRENCY_LETTERS.search(text, max(0, span[0] - 4), span[0]) if text.startswith("$", span[0]) else None
    if not (rest or letters):
        return None
    return letters.start() if letters else span[0], rest.end() if rest else span[1]


# a day's date: "23 November 1963", "November 23, 1963", "August 22"
_FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?\b|\b{MONTH}\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?")
_DATES_GO_ON = re.compile(r"\s*(?:and|or|to|until|through|[-–])\s*\d")  # "March 14 and 15"
_MONTH_WORD = re.compile(rf"\b{MONTH}(?!\w)")
_DATES_END = re.compile(r"(?:\bto|\band|\bor|\buntil|\bthrough|[-–])\s*$")  # "from 2 to 4 February 2020"


def one_date(kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The one day's date ``span`` holds among other words, asked a date: "23 November 1963" of "17:16:20 GMT,
    eighty seconds after the scheduled programme time, 5:15 pm, on Saturday, 23 November 1963"; "August 22" of "On
    August 22, General Hun Manet officially became ...". Not the end or start of a span of dates ("from 2 to 4
    February 2020", "March 14 and 15"), nor one of two months. Else None."""
    if kind is not Kind.DATE:
        return None
    dates = list(_FULL_DATE.finditer(text, *span))
    if len(dates) != 1 or len(_MONTH_WORD.findall(text, *span)) != 1 or dates[0].span() == span:
        return None
    if _DATES_END.search(text, max(0, dates[0].start() - 8), dates[0].start()) or _DATES_GO_ON.match(text,
                                                                                                       dates[0].end()):
        return None
    return dates[0].span()


_A_YEAR = re.compile(rf"(?<![\d–-]){YEAR_DIGITS}(?![\w–-])")


def year_asked(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Of the years a quote holds apart from each other, the one after which the text writes a word of the question that
    it writes before no other year nor before the quote, else the first: "1986" of "1962, and first sequenced in 1986"
    for "When was chloroplast DNA first sequenced?"; "1941" of "1941 and remained its leader until 1972" for "In which
    year did Maududi found the Jamaat-e-Islami party?". Not a pair or span of years ("1835 and 1842"), nor dates with
    months. Else None."""
    if kind not in (Kind.YEAR, Kind.DATE) or _MONTH_WORD.search(text, *span):
        return None
    years = list(_A_YEAR.finditer(text, *span))
    if len({y.group(0) for y in years}) < 2 or any(len(re.findall(r"\w+", text[a.end():b.start()])) < 3
                                                   for a, b in zip(years, years[1:])):
        return None
    opens = max(text.rfind(". ", max(0, span[0] - 300), span[0]) + 1, span[0] - 300, 0)
    said = {stem(w) for w in re.findall(r"[a-z]+", text[opens:span[0]].lower())}  # the sentence before the quote
    asked = {stem(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in STOPWORDS} - said
    own = [{stem(w) for w in re.findall(r"[a-z]+", text[a.end():b.start()].lower())} & asked
           for a, b in zip(years, years[1:])]  # the words before each later year, since the one before it
    ours = [years[k + 1] for k, words in enumerate(own) if words - set().union(*own[:k], *own[k + 1:])]
    return ours[0].span() if len(ours) == 1 else years[0].span() if not any(own) else None


# a ratio a study reports, by its name and its label: "odds ratio" and "OR=14.28", "relative risk" and "RR 1.4"
_RATIOS = {"OR": r"odds\s+ratios?", "RR": r"relative\s+risks?|risk\s+ratios?", "HR": r"hazard\s+ratios?"}


def labelled_ratio(question: str, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Asked an odds ratio, relative risk or hazard ratio (by name, or by its label "OR", "RR", "HR"), the one such
    ratio a longer quote labels: "OR=14.28" of "the history of smoking was a risk factor of disease progression
    (OR=14.28; 95% CI: 1.58–25.00; p= 0.018)". None when the quote labels none of it, or more than one."""
    for label, name in _RATIOS.items():
        if re.search(rf"\b{label}s?\b", question) or re.search(rf"\b(?:{name})\b", question, re.I):
            said = list(re.compile(rf"\ba?{label}\s*[=:]?\s*\d+(?:\.\d+)?(?![\d.]?\d)").finditer(text, *span))
            if len(said) == 1 and said[0].span() != span:
                return said[0].span()
    return None


def whole_figure(question: str, kind: Kind, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` cut to one ratio (labelled_ratio), figure (one_figure), date (one_date) or year (year_asked), with the
    rest of its range (whole_range), its unit (with_unit, whole_unit) and the bound before it (with_bound): "5–8 μm" of
    "8", "over 2,000" of "2,000", "2000mg/L" of "2000mg"; None when none changes it. Both answer paths shape their
    quoted figure so."""
    ranged = labelled_ratio(question, text, span) or one_figure(question, kind, text, span) or \
        one_date(kind, text, span) or year_asked(question, kind, text, span) or span
    ranged = whole_range(kind, text, ranged) or ranged
    ranged = with_unit(question, kind, text, ranged) or ranged
    ranged = with_bound(question, kind, text, ranged) or ranged
    ranged = whole_unit(text, ranged) or ranged
    return ranged if ranged != span else None
