"""Typed phrases inside a sentence: numbers, money, dates, names, places, ordinals, quotes.

``find_spans(text, start, end, kind)`` lists candidate ``[start, end)`` phrases
of the expected kind; ``best_span`` picks the one nearest the words the
question and the sentence share. Rule-based and fast; it does not choose the
sentence.
"""
from __future__ import annotations

import re

from ..asking.countries import is_country_word
from ..asking.question import ASKS_R0, YEAR as YEAR_IN_QUESTION, Kind, is_yes_no, names
from ..text import MONTH, STOPWORDS, WORD, YEAR_DIGITS as _YEAR, stem, words
from .enumerated import ASKS_WHY
from .measures import ASKS_MEASURE, counts_things
from .people import BODY_WORDS
from .qualifiers import ORDINAL

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?"
_WORD_NUMBER = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred|dozens?|hundreds|thousands|millions)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|"
                r"hundred|thousand|million|billion))*\b")
_AFTER_MONTH = re.compile(rf"\b{MONTH}\s(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,\s?|\s(?:and|or)\s|\s?[-–]\s?))*$")  # "March 14 and "
_RANK_END = re.compile(r"(?:st|nd|rd|th)\b")
_ONE_OF = re.compile(r"one\s+of\b", re.I)
YEAR_RANGE = re.compile(rf"\b{_YEAR}\s*[-–]\s*(?:1[5-9]|20)?\d\d\b")  # "2023-2027", "1977-2023"
# "in 2023", not "by 2000 guests"
YEAR_SAID = re.compile(rf"\b(?:in|since|until|period|year)\s+{_YEAR}(?:(?:\s*,\s*|\s+(?:and|or)\s+){_YEAR})*"
                       r"\b(?![\s-]+[a-z]+s\b)", re.I)  # and "in 2019 and 2020"
# any year said as one, before or since 1500 ("in 1264,", "in 1347 the plague"), not a count ("in 1500 patients")
SAID_AS_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil)\s+(?:1\d|20)\d\d\b"
                          r"(?![.,]?\d|\s+(?:[a-z-]+\s+)?(?:people|men|women|children|[a-z]+s)\b)")
# a unit of time, and one after a figure: "two years later" counts years, not what "How many people ...?" counts
TIME_WORD = re.compile(r"\b(?:decades?|century|centuries|generations?|years?|months?|weeks?|days?|hours?|minutes?)\b",
                       re.I)
TIME_AFTER = re.compile(rf"\s+{TIME_WORD.pattern}", re.I)
# a citation's numbers, "[19]", "[3, 4]", which are no figure of the text's
REFERENCE = re.compile(r"\[\s*\d[\d,\s–-]*\]")
# a name of capitals with a number in it: "R 0" (R0 with its subscript lost), "H1N1", "COVID-19", "IL-6"
SYMBOL = re.compile(r"\b[A-Z]{1,5}(?:-|\s)?\d{1,3}(?:[A-Z]+\d*)*\b(?!\s?(?:%|[.,]\d))")
_CURRENCY = r"(?:US\$|USD|\$|€|£|¥|VND|EUR|GBP)"
_ORDINAL_WORDS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  r"last|largest|biggest|top|leading|highest|lowest)")

PATTERNS: dict[str, re.Pattern] = {name: re.compile(p, re.I if name not in ("name", "date") else 0) for name, p in {
    "money": rf"{_CURRENCY}\s?{_NUM}{_SCALE}|{_NUM}{_SCALE}\s?(?:{_CURRENCY}|dollars|euros|pounds|yuan|dong)\b",
    # "24.6 percent", "six to nine percent", "10-15%", "50% to 60%"
    "percent": (rf"(?:(?:{_NUM}|{_WORD_NUMBER})\s?%?\s?(?:to|-|–)\s?)?(?:{_NUM}|{_WORD_NUMBER})\s?"
                r"(?:%|per ?cent\b|percentage points?\b)"
                # a share said as a ratio or a fraction: "one out of every six", "two-thirds"
                rf"|(?:{_NUM}|{_WORD_NUMBER})\s(?:out\sof\s(?:every\s)?|in\severy\s|of\severy\s)"
                rf"(?:{_NUM}|{_WORD_NUMBER})"
                rf"|{_WORD_NUMBER}[- ](?:halves|thirds?|quarters|fourths?|fifths?|sixths?|tenths?)\b"),
    "date": (rf"\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH},?\s\d{{4}}\b"
             rf"|\b{MONTH}\s\d{{4}}\b|\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:1[0-9]|20)\d{{2}}s?\b"
             rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}\b"),  # "on 7 February", as papers write it
    "year": r"\b(?:1[0-9]|20)\d{2}s?\b",
    "period": (r"\b(?:1[0-9]|20)\d{2}\s?[-–—]\s?(?:(?:1[0-9]|20)\d{2}|\d{2})\b|\bfrom\s(?:1[0-9]|20)\d{2}\sto\s(?:1[0-9]|20)\d{2}\b"
               rf"|\b(?:(?:more than|over|nearly|almost|about|some)\s)?(?:{_NUM}|{_WORD_NUMBER})\s(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?)\b"),
    "number": rf"\b{_NUM}{_SCALE}|{_WORD_NUMBER}",
    "ordinal": rf"\b\d+(?:st|nd|rd|th)\b|\b(?:the\s)?{_ORDINAL_WORDS}(?:[- ](?:largest|biggest|most|highest|lowest|place))?\b",
    "quote": r"[\"“][^\"”]{3,200}[\"”]",
    # A run of capitalized words, allowing lower-case joiners inside ("Ho Chi Minh", "Bank of England").
    "name": r"\b[A-Z][\w'’.-]*(?:\s(?:(?:of|de|da|van|von|the|and|bin|al)\s)?[A-Z][\w'’.-]*)*",
}.items()}

# after a share, the interval it is the level of: "95% CI", "95% confidence interval"
_INTERVAL_AFTER = re.compile(r"\s*(?:CI|CrI|C\.I\.|(?:confidence|credible|uncertainty)\s+(?:intervals?|limits?|levels?))\b",
                             re.I)
_ASKS_R0 = re.compile(ASKS_R0, re.I)
_UNIT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b|(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|"
                         r"[mµμnk]?[gLlm]|mmol|°C?)\b)", re.I)
_KIND_PATTERNS: dict[Kind, tuple[str, ...]] = {
    Kind.COUNT: ("number",),
    Kind.MONEY: ("money", "number"),
    Kind.PERCENT: ("percent",),
    Kind.QUANTITY: ("money", "percent", "period", "number"),
    Kind.DATE: ("date",),
    Kind.YEAR: ("year",),
    Kind.PERIOD: ("period", "date"),
    Kind.PERSON: ("name",),
    Kind.PLACE: ("name",),
    Kind.ORDINAL: ("ordinal",),
    Kind.NAME: ("quote", "name"),
    Kind.OTHER: (),
}

# Capitalized words that start names of things rather than people, and words never a name alone.
_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "this", "that", "these", "those", "it", "he", "she", "they",
              "we", "i", "by", "for", "with", "as", "but", "and", "or", "since", "after", "before", "during",
              "according", "however", "although", "when", "while", "if", "mr", "ms", "mrs", "dr", "president",
              "minister", "general", "prime", "secretary", "chairman", "chairwoman", "head", "vice"}
_COMMON_WORDS = set("""state party government national assembly ministry department committee council
people republic central union forum agreement treaty plan year today article news photo chairman president
minister ambassador general secretary north south east west southern northern eastern western january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday sunday""".split())
# words that name a body or a thing, not a person, in a capitalized run: "Board of Trade", "Archives Collection"
_BODY_WORD = re.compile(rf"\b(?:{BODY_WORDS}|Board|Museum|University|College|School|Society|Trade|Office|Institute|"
                        r"Institution|Church|Bank|Union|Court|Parliament|Government|Gallery|Library|Collection|"
                        r"Archives?|Foundation|Hospital|Centre|Center|Group|Network|Station|Theatre|Theater|Hall|Street|"
                        r"Road|Avenue)\b")
_PERSON_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|General|Secretary|Chairman|"
                            r"Chairwoman|Ambassador|King|Queen|Pope|Sir|Lord|Saint|St)\.?\s)+")


def find_spans(text: str, start: int, end: int, kind: Kind) -> list[tuple[int, int]]:
    """Candidate phrases of ``kind`` in ``text[start:end]``, as offsets into ``text``."""
    return [(s, e) for s, e, _ in _typed_spans(text, start, end, kind)]


def _typed_spans(text: str, start: int, end: int, kind: Kind, bare_value: bool = False
                 ) -> list[tuple[int, int, int]]:
    """(start, end, priority) triples; priority is the pattern's place in the kind's list. With ``bare_value``
    (a reproduction number asked), numbers only, with no unit after them and none of a symbol's."""
    found: list[tuple[int, int, int]] = []
    for priority, name in enumerate(("number",) if bare_value else _KIND_PATTERNS[kind]):
        for m in PATTERNS[name].finditer(text, start, end):
            s, e = m.start(), m.end()
            if name == "percent" and _INTERVAL_AFTER.match(text, e):
                continue  # "95%" of "95% CI" is the interval's level, not a share found
            if text[s].isdigit() and any(r.start() <= s and e <= r.end()
                                         for r in REFERENCE.finditer(text, max(0, s - 12), e + 12)):
                continue  # "1" of "the Diamond Princess [1]" is a citation
            if name == "name":
                s, e = _trim_name(text, s, e, kind)
                if e <= s:
                    continue
            if name == "quote":
                s, e = s + 1, e - 1
            if kind is Kind.COUNT and (_AFTER_MONTH.search(text, max(0, s - 60), s) or _RANK_END.match(text, e)
                                       or _a_year(text, s, e) or _ONE_OF.match(text, s, min(len(text), e + 8))):
                continue  # a rank ("74th"), a day or year of a date ("March 14 and 15, 2024") counts nothing, nor
                # "one of the worst disasters"
            if bare_value and _UNIT_AFTER.match(text, e):
                continue  # a bare value is no "7.5 days" of a serial interval
            counted = kind is Kind.COUNT or bare_value
            symbols = SYMBOL.finditer(text, max(0, s - 7), min(len(text), e + 4)) if counted else ()
            if counted and (text[s].isdigit() and re.match(r"-[a-z]*[A-Z]", text[e:e + 12])
                            or any(m.start() < s and e <= m.end() for m in symbols)):
                continue  # nor does a symbol's number ("0" of "R 0") or the one a name opens ("2019" of "2019-nCoV")
            if not any(s < fe and fs < e for fs, fe, _ in found):  # first pattern to claim a region wins
                found.append((s, e, priority))
    return sorted(found)


def _a_year(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a year of a range ("2027" of "2023-2027") or said as one ("2023" of "in 2023")."""
    lo, hi = max(0, s - 40), min(len(text), e + 8)
    return any(m.start() <= s and e <= m.end() for pattern in (YEAR_RANGE, YEAR_SAID, SAID_AS_YEAR)
               for m in pattern.finditer(text, lo, hi))


def _trim_name(text: str, s: int, e: int, kind: Kind) -> tuple[int, int]:
    phrase = text[s:e]
    if kind is Kind.PERSON:
        title = _PERSON_TITLES.match(phrase)
        if title and title.end() < len(phrase):
            s += title.end()
            phrase = text[s:e]
    head = phrase.split(" ", 1)[0].rstrip(".,'’").lower()
    while head in _NOT_NAMES and " " in phrase:
        cut = phrase.index(" ") + 1
        s += cut
        phrase = text[s:e]
        head = phrase.split(" ", 1)[0].rstrip(".,'’").lower()
    if head in _NOT_NAMES:
        return s, s
    while e > s and text[e - 1] in ".,'’":
        e -= 1
    return s, e


def best_span(text: str, start: int, end: int, kind: Kind, question: str) -> tuple[int, int] | None:
    """The typed phrase in the sentence that best answers ``question``, or None.

    Phrases made only of question words are skipped ("Vietnam" does not answer
    "Who leads Vietnam?"). Among the rest, the one closest to where the
    question's words occur in the sentence wins.
    """
    # a reproduction number is a bare value: not "7.5 days" of a serial interval, nor "0" of "R 0"
    candidates = _typed_spans(text, start, end, kind, bare_value=_ASKS_R0.search(question) is not None)
    if not candidates:
        return None
    question_stems = {stem(w) for w in words(question)}
    anchors = [m.start() for m in re.finditer(r"[^\W_]+", text[start:end])
               if stem(m.group(0).lower()) in question_stems]
    anchors = [a + start for a in anchors]
    best, best_cost = None, None
    counts_time = kind is Kind.COUNT and TIME_WORD.search(question) is None  # "505 million years" counts no species
    measured = kind is Kind.QUANTITY and ASKS_MEASURE.search(question) is not None
    for s, e, priority in candidates:
        span_words = [stem(w) for w in words(text[s:e])]
        novel = [w for w in span_words if w not in question_stems]
        if not novel or kind is Kind.PERSON and (_BODY_WORD.search(text[s:e]) or len(span_words) == 1 and (
                len(text[s:e].strip()) <= 2 or is_country_word(text[s:e].strip()) or re.fullmatch(MONTH, text[s:e])
                or re.fullmatch(_WORD_NUMBER, text[s:e].strip(), re.I))):
            continue  # no one is named "V" (of "V&A"), "British", "January", "One" or "Board of Trade"
        distance = min((abs(a - s) for a in anchors), default=0)
        cost = distance + 40 * (len(span_words) - len(novel)) + 60 * priority
        if counts_time and TIME_AFTER.match(text, e):
            cost += 200  # "505 million years ago", asked how many species: "Three" of the same sentence
        if measured and counts_things(text, s, e):
            cost += 200  # "two main airports", asked how far: "6" of "6 miles" in the same sentence
        if kind in (Kind.PERSON, Kind.PLACE) and len(span_words) == 1 and text[s:e].lower() in _COMMON_WORDS:
            cost += 200  # "State", "Party": a capitalized common word is rarely the name asked for
        elif kind is Kind.PERSON and len(span_words) == 1:
            cost += 30  # a person is usually named with two or more words
        if best_cost is None or cost < best_cost:
            best, best_cost = (s, e), cost
    return best


# "By how much did it grow?", "How much did trade rise?": the question asks for a change, not a level.
_ASKS_CHANGE = re.compile(r"\b(?:how much|(?:what|which) (?:percentage|percent|rate|share))\b.*\b(?:grow|grew|grown|rise|rose|risen|increase|increased|fall|fell|fallen|"
                          r"drop|dropped|decline|declined|decrease|decreased|climb|climbed|jump|jumped|shrink|shrank|"
                          r"higher|lower|exceed|exceeded|surpass|surpassed|(?:go|goes|went|gone)\s+(?:up|down))\b"
                          r"|\b(?:grow|grew|rise|rose|increase|increased|fall|fell|drop|dropped|decline|declined)"
                          r"\s+by\s+how much\b"
                          r"|\bby\s+how\s+much\s+(?:was|is|were|are)\b[^?]*\b(?:up|down)\b"  # "By how much was it up?"
                          # "What was the growth?", "What was the year-on-year increase?"
                          r"|\bwhat\s+(?:was|is|were|has\s+been)\s+the\s+(?:(?:annual|yearly|year-on-year|percentage)\s+)?"
                          r"(?:growth|increase|rise|decrease|decline|drop|fall|jump)\b"
                          # "What was the growth rate ...?", "trade growth rate year on year"
                          r"|\b(?:growth|increase)\s+rates?\b|\brates?\s+of\s+(?:growth|increase)\b", re.I)
# "up 11%", "an increase of nearly 11 percent", "rose by US$2 billion", "a 5% drop": the change a sentence gives.
_CHANGE = re.compile(
    rf"\b(?:up|down|rose|grew|increased|decreased|fell|dropped|declined|jumped|climbed|(?:an?\s+)?(?:increase|rise|"
    rf"growth|decrease|drop|decline|fall|jump)\s+of)(?:\s+by)?\s+(?P<amount>(?:(?:nearly|almost|about|around|over|"
    rf"more than|less than|roughly|some)\s+)?(?:{_NUM}\s?(?:%|per ?cent\b|percentage points?\b)|"
    rf"{_CURRENCY}\s?{_NUM}{_SCALE}|{_NUM}{_SCALE}\s?{_CURRENCY}|{_NUM}\s?times\b|{_NUM}{_SCALE}))", re.I)


_RANGE = re.compile(r"\b(?:1[0-9]|20)\d{2}\s?[-–—]\s?(?:(?:1[0-9]|20)\d{2}|\d{2})\b")  # "2021-2025", "1496–97"


def one_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one range of years ``text[start:end]`` gives ("2021-2025"), or None when it gives
    none or several."""
    found = list(_RANGE.finditer(text, start, end))
    return found[0].span() if len(found) == 1 else None


# "Out of how many?", "Among how many?": a follow-up asking how many a rank qa just answered is among
_ASKS_OUT_OF = re.compile(r"^\s*(?:and\s+)?(?:out\s+of|among|of)\s+how\s+many\b(?:\s+\w+)?\s*\??\s*$", re.I)
# a rank and the count it is among: "ranks second among the 79 countries and territories", "5th of 12 teams"
_RANK_AMONG = re.compile(ORDINAL.pattern + r"[^.;]{0,60}?\b(?:among|out\s+of|of)\s+(?:the\s+|all\s+)?"
                         r"(?P<total>\d[\d,.]*(?:\s+(?:and\s+)?"
                         r"(?!(?:in|of|the|a|an|to|for|on|at|by|with|from|that|which|who|receiving)\b)[a-z]+){0,2})",
                         re.I)


def asks_out_of(question: str) -> bool:
    """Whether a follow-up asks only how many a rank is among: "Out of how many?", "Among how many countries?"."""
    return _ASKS_OUT_OF.match(question) is not None


def ranked_among(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the count the one rank of ``text[start:end]`` is among ("79 countries and territories"
    of "ranks second among the 79 countries and territories receiving ..."), or None."""
    found = list(_RANK_AMONG.finditer(text, start, end))
    return found[0].span("total") if len(found) == 1 else None


# "Which ones especially?", "Such as?", "Like what?", "For example?": a follow-up asking which of what qa just answered
_ASKS_EXAMPLES = re.compile(
    r"^\s*(?:and\s+)?(?:which\s+ones?(?:\s+(?:especially|in\s+particular|exactly|specifically|mainly|above\s+all))?"
    r"|which\s+(?:especially|in\s+particular)|such\s+as(?:\s+what)?|like\s+what|for\s+(?:example|instance)"
    r"|(?:can\s+you\s+)?give\s+(?:me\s+)?(?:an\s+)?examples?)\s*\??\s*$", re.I)
# what a sentence names after "especially", "including", "such as", up to its end or a dash, bracket or semicolon
_EXAMPLE_WORD = r"\b(?:especially|particularly|notably|including|such\s+as|in\s+particular)\s+"
_EXAMPLES = re.compile(_EXAMPLE_WORD + r"(?:(?:within|in|at|on|among|with)\s+)?(?:the\s+)?"
                       r"(?P<named>[^.;:()–—]+?)\s*(?=[.;:()–—]|$)", re.I)


def asks_examples(question: str) -> bool:
    """Whether a follow-up asks only which of the things just answered: "Which ones especially?", "Such as?"."""
    return _ASKS_EXAMPLES.match(question) is not None


def one_listing(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of what the one "especially", "including" or "such as" of ``text[start:end]`` names
    ("ASEAN, the United Nations and sub-regional mechanisms" of "... at regional and international forums,
    especially within ASEAN, the United Nations and sub-regional mechanisms."), or None when none or several."""
    if len(re.findall(_EXAMPLE_WORD, text[start:end], re.I)) != 1:
        return None
    found = _EXAMPLES.search(text, start, end)
    return found.span("named") if found else None


# "On which dates exactly?", "When was that?": a follow-up asking only when, of what qa just answered
_ASKS_WHEN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:(?:roughly|about|approximately)\s+)?"
                        r"(?:(?:(?:on|in)\s+)?(?:what|which)\s+(?:dates?|days?|years?)|when)"
                        r"(?:\s+(?:was|were|is|did|does)\s+(?:it|that|this|they)(?:\s+(?:happen|take\s+place|held))?)?"
                        r"(?:\s+exactly|\s+precisely)?\s*\??\s*$", re.I)
# a date of a month, with the days listed and its year: "March 14 and 15, 2024", "13th September 2023", "July 2023"
_FULL_DATE = re.compile(rf"\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:(?:,\s?|\s(?:and|or|to)\s|\s?[-–]\s?)\d{{1,2}}"
                        rf"(?:st|nd|rd|th)?\b)*(?:,?\s\d{{4}}\b)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH},?\s\d{{4}}\b"
                        rf"|\b{MONTH}\s\d{{4}}\b")
# a year, with its era ("1954", "300 BC"), not a number of a count or an amount ("1,500", "$2000")
_A_YEAR = re.compile(r"(?<![\w.,$£€¥])(?:(?:1[0-9]|20)\d\d(?:\s?(?:BC|BCE|AD|CE)\b)?|\d{1,4}\s?(?:BC|BCE)\b)"
                     r"(?![\w.,]\d|\w)")


def asks_when(question: str) -> bool:
    """Whether a follow-up asks only when: "On which dates exactly?", "When was that?", "When?"."""
    return _ASKS_WHEN.match(question) is not None


def one_date(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one date of a month ``text[start:end]`` gives ("March 14 and 15, 2024"), or, giving
    none, of its one year ("1954", "300 BC"); None when it gives none or several."""
    found = list(_FULL_DATE.finditer(text, start, end)) or list(_A_YEAR.finditer(text, start, end))
    return found[0].span() if len(found) == 1 else None


# "What was the title of that article?", "What was it called?": asked of what qa just answered
_ASKS_TITLE = re.compile(r"^\s*what\s+(?:was|is|were|are)\s+(?:(?:the|its|their)\s+)?(?:title|headline|name)s?"
                         r"(?:\s+of\s+(?:it|(?:that|this|the|its|their)\s+(?:article|story|piece|post|report|paper|"
                         r"editorial|book|song|film|speech)))?\s*\??\s*$"
                         r"|^\s*what\s+(?:was|is)\s+(?:it|that|this\s+\w+|that\s+\w+|the\s+\w+)\s+"
                         r"(?:called|titled|entitled|named)\s*\??\s*$",
                         re.I)
_QUOTED = re.compile(r"“([^”]{3,200})”|\"([^\"]{3,200})\"")


# "What is the relationship between X and Y?", "What is the difference between evolution and synthetic constructs?"
_ASKS_RELATION = re.compile(r"\s*(?:and\s+)?what\s+(?:is|are|was|were)\s+the\s+(?:\w+\s+)?(?:relationships?|relations?|"
                            r"associations?|connections?|differences?|links?|correlations?)\s+between\b", re.I)


def asks_relation(question: str) -> bool:
    """Whether the question asks how two things relate, which the sentence saying it answers whole (no phrase of it
    does: "natural animal reservoir" of "Chickens (Gallus gallus) are a natural animal reservoir for Salmonella,
    which makes them ...", asked the connection between chicken and Salmonella)."""
    return _ASKS_RELATION.match(question) is not None


def answered_whole(question: str) -> bool:
    """Whether the sentence, not a phrase of it, is the answer: it settles a yes-or-no question
    (qa.asking.question.is_yes_no) or says how two things relate (asks_relation)."""
    return is_yes_no(question) or asks_relation(question)


def asks_title(question: str) -> bool:
    """Whether a follow-up asks the title of what qa answered: "What was the title of that article?"."""
    return _ASKS_TITLE.search(question) is not None


def one_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one quoted phrase in ``text[start:end]``, inside its quotation marks, or None when it
    quotes none or several."""
    found = list(_QUOTED.finditer(text, start, end))
    if len(found) != 1:
        return None
    group = 1 if found[0].group(1) is not None else 2
    a, b = found[0].span(group)
    return a, b - 1 if text[b - 1] in ".," else b


def asks_change(question: str) -> bool:
    """Whether the question asks by how much something changed: "By how much did that go up?", "By what
    percentage did it grow?", "What was the growth?"."""
    return _ASKS_CHANGE.search(question) is not None


# "... compared with the year before", "... vs the same time last year": what a change is measured against, which
# a question asking by how much something grew says twice; left in, its words weigh against the sentence that
# answers ("up 11% from the same period last year")
_AGAINST_LAST_YEAR = re.compile(
    r"[\s,]*\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|over|from|on)\s+(?:the\s+)?"
    r"(?:same\s+(?:period|time|months?)\s+(?:(?:of|in)\s+)?(?:the\s+)?)?"
    r"(?:year\s+before|previous\s+year|prior\s+year|preceding\s+year|last\s+year|a\s+year\s+(?:earlier|before|ago))"
    r"(?=\s*[?.!]*\s*$)", re.I)


def without_last_year(question: str) -> str:
    """A question asking by how much something changed, without what it is measured against when that is the
    year before: "How much did trade grow in 2022 compared with the year before?" -> "How much did trade grow in
    2022?". Other questions as they are."""
    return _AGAINST_LAST_YEAR.sub("", question) if asks_change(question) else question


def change_span(question: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """For a question asking by how much something changed, the one change ``text[start:end]`` gives ("nearly
    11 percent" of "reached US$10.57 billion, an increase of nearly 11 percent"), else None: the level reached
    is not what was asked."""
    if not asks_change(question):
        return None
    found = list(_CHANGE.finditer(text, start, end))
    return found[0].span("amount") if len(found) == 1 else None


# "Between 1991 and 2000, the total area ... rose from 415,000 to 587,000 square kilometres", "from 6.1% in 1992 to
# 7.8% in 2008": a figure at the start of a span of years and one at its end
_YEARS = re.compile(rf"\b(?:between|from)\s+(?P<first>{_YEAR})\s+(?:and|to)\s+(?P<last>{_YEAR})\b", re.I)
_LEVEL = r"(?:US)?\$?\d(?:[\d,.]*\d)?(?:\s*(?:%|percent|per\s+cent))?"
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{_LEVEL})(?:\s+in\s+(?P<first>{_YEAR}))?\s+to\s+(?P<b>{_LEVEL})(?!\d)"
                      rf"(?:\s+in\s+(?P<last>{_YEAR}))?", re.I)


def level_in_year(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """The figure that a change from one figure to another in ``text[start:end]`` gives for the one year the
    question writes, when that year starts or ends the change and the quoted ``phrase`` is not that figure: "7.8%"
    of "between 1992 and 2008 the percent of pupils in such schools in Germany increased from 6.1% to 7.8%" for
    "What percentage of German pupils attended private schools in 2008?". Not for a question asking the change
    itself, or over a span of years. Else None."""
    asked = YEAR_IN_QUESTION.findall(question)
    if len(asked) != 1 or asks_change(question) or _YEARS.search(question):
        return None
    spans = _YEARS.search(text, start, end)
    change = _FROM_TO.search(text, spans.end() if spans else start, end)  # the first change, after the years
    if not change:
        return None
    first = change.group("first") or (spans.group("first") if spans else None)
    last = change.group("last") or (spans.group("last") if spans else None)
    level = change.span("a") if asked[0] == first else change.span("b") if asked[0] == last else None
    return level if level and level != phrase else None


# "Vietnam by 2045", "Laos at 5 percent": a name with the figure a sentence gives it, in a list of such pairs
_FIGURE = r"(?:US)?\$?\d(?:[\d,.]*\d)?(?:\s*(?:%|percent|billion|million))?"
_PAIRED = re.compile(rf"\b(?P<name>[A-Z][\w-]*)\s+(?:by|in|at|with|of|to)\s+(?P<value>{_FIGURE})(?![\w$%])")


# "89% nucleotide identity with bat SARS-like-CoVZXC21 and 82% with that of human SARS-CoV", "549 cases were
# diagnosed in Hubei, 26 in Beijing": a figure, then the name it is given with
_PAIRED_AFTER = re.compile(rf"(?<![\w.,$])(?P<value>{_FIGURE})(?![\w$%])(?:\s+[a-z][\w-]*){{0,3}}?\s+"
                           r"(?:with|to|than|in)\s+(?:that\s+of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)?"
                           r"(?P<name>[A-Z][\w-]*[\w])")
# "2.30 from reservoir to person and 3.58 from person to person": a figure and the two ends of what it measures
_FROM_END_TO_END = re.compile(rf"(?<![\w.,$])(?P<value>{_FIGURE})(?![\w$%])\s+from\s+(?P<ends>[a-z][\w-]*\s+to\s+"
                              r"[a-z][\w-]*)\b")
Span = tuple[int, int]


def paired_value(question: str, text: str, start: int, end: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The figure the sentence ``text[start:end]`` pairs with the one name of a list of pairs that the question
    names, when the quoted ``phrase`` is another figure of the list: "2045" of "Cambodia becoming a developed
    nation by 2050 and Vietnam by 2045" for "By what year does Vietnam aim to become a developed nation?", where
    the reader quoted "2050"; "82%" of "89% nucleotide identity with bat SARS-like-CoVZXC21 and 82% with that of
    human SARS-CoV", asked of SARS-CoV (_value_before_name). Else None."""
    return _value_after_name(question, text, start, end, phrase) or _value_before_name(
        question, text, start, end, phrase) or _value_from_to(question, text, start, end, phrase)


# "SPG4, KATNB1 and KATNAL2 are associated with hereditary spastic paraplegia, cerebral malformations and autism,
# respectively": two lists of as many items, paired in order
_RESPECTIVELY = re.compile(r"\s*,?\s*\(?\s*respectively\b", re.I)
_LAST_AND = re.compile(r",?\s+and\s+")


def _listed_before(text: str, start: int, end: int) -> list[Span]:
    """The items of the list "a, b and c" that ends at ``end``, the first cut to as many words as the longest of
    the others ("children" of "... of exacerbations in children and adults"); [] when there is none."""
    ands = list(_LAST_AND.finditer(text, start, end))
    if not ands or not 0 < len(text[ands[-1].end():end].split()) <= 5 or "," in text[ands[-1].end():end]:
        return []
    items, cut = [(ands[-1].end(), end)], ands[-1].start()
    while (comma := text.rfind(", ", start, cut)) >= 0:
        item = text[comma + 2:cut]
        if " and " in item or len(item.split()) > 5 or re.search(r"[;:()]", item):
            break
        items.insert(0, (comma + 2, cut))
        cut = comma
    longest = max(len(text[a:b].split()) for a, b in items)
    first = list(re.finditer(r"\S+", text[start:cut]))[-longest:]
    return [(start + first[0].start(), cut)] + items if first else []


# one word of a list, a figure's thousands separators and all ("$150,000"); the last item stops at a semicolon too
_ITEM = r"(?:[^\s,]|,(?=\d{3}(?!\d)))"
_LAST_ITEM = r"(?:[^\s,;]|,(?=\d{3}(?!\d)))"


def _tokens(n: int) -> str:
    """A pattern for a list of ``n`` single-word items: "SPG4, KATNB1 and KATNAL2", "121, 191, and 84", "$150,000 and
    $250,000"."""
    return rf"({_ITEM}+)" + rf",\s+({_ITEM}+)" * (n - 2) + rf",?\s+and\s+({_LAST_ITEM}+?)"


def _paired_after(question: str, text: str, start: int, end: int, said: re.Match) -> Span | None:
    """respective for the list paired after "respectively": "121" of "a lifespan of approximately 121, 191, and 84
    hours, respectively, for Vero, RoNi/7.1, and PaKiT01 cell lines", asked of Vero."""
    for n in range(6, 1, -1):
        values = re.search(_tokens(n) + r"(?:\s+[a-z]+)?\s*$", text[start:said.start()])
        items = re.match(r"\s*,?\s*(?:for|in|of|among|to)\s+(?:the\s+)?" + _tokens(n) + r"(?=[\s.,;:])",
                         text[said.end():end])
        if not values or not items:
            continue
        named = [g for g in range(1, n + 1) if re.search(rf"(?<![\w/.-]){re.escape(items.group(g))}(?![\w/-])",
                                                        question, re.I)]
        return (start + values.start(named[0]), start + values.end(named[0])) if len(named) == 1 else None
    return None


def respective(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """The item of a list that a sentence ``text[start:end]`` pairs, by "respectively", with the one item of a
    second list that the question names, when the quoted ``phrase`` is not that item: "KATNAL2" for "What genetic
    mutation is associated with autism?", "80-90%" of "accounting for up to 80-90% and 45-80% of exacerbations in
    children and adults respectively" for children, "191" of "121, 191, and 84 hours, respectively, for Vero,
    RoNi/7.1, and PaKiT01 cell lines" for RoNi/7.1. The list of values is of single words or figures. Else None."""
    asked = {stem(w) for w in words(question)}
    for said in _RESPECTIVELY.finditer(text, start, end):
        after = _paired_after(question, text, start, end, said)
        if after:
            return after if after != phrase else None
        paired = _listed_before(text, start, said.start())
        n = len(paired)
        if n < 2:
            continue
        item_terms = [{stem(w) for w in words(text[a:b]) if w not in STOPWORDS} for a, b in paired]
        shared = set.intersection(*item_terms)
        named = [i for i, t in enumerate(item_terms) if (t - shared) & asked]
        if len(named) != 1:
            continue
        lists = list(re.finditer(_tokens(n) + r"[.,;:]?(?=\s)", text[start:paired[0][0]] + " "))
        if not lists:
            continue
        chosen = lists[-1].span(named[0] + 1)
        chosen = (start + chosen[0], start + chosen[1])
        if any({stem(w) for w in words(text[start + a:start + b])} & asked
               for a, b in (lists[-1].span(g) for g in range(1, n + 1))):
            return None  # the question names one of the first list's items too: it asks the other way round
        return chosen if chosen != phrase else None
    return None


def _value_before_name(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """The figure of a list of "figure ... with Name" pairs in ``text[start:end]`` whose name the question writes
    (as written, hyphens and all, in any case), when only one's does and the quoted ``phrase`` holds another's
    figure (and perhaps its own too: "89% ... with bat SARS-like-CoVZXC21 and 82%"), or, of a share, another share
    the sentence pairs with no name ("∼80% identity with SARS-CoV, but ... the highest being >96% identity")."""
    pairs = list(_PAIRED_AFTER.finditer(text, start, end))
    ours = [m for m in pairs if re.search(rf"(?<![\w-]){re.escape(m.group('name'))}(?![\w-])", question, re.I)]
    if len(ours) != 1:
        return None
    value = ours[0].span("value")
    others = [m.span("value") for m in pairs if m is not ours[0]]
    if len(pairs) == 1 and text[slice(*value)].endswith("%"):  # "∼80% identity with SARS-CoV, but ... >96% identity":
        others = [m.span() for m in re.finditer(r"\d[\d.,]*%", text[start:end])]  # another share, paired with no name
        others = [(start + a, start + b) for a, b in others if start + b != value[1]]
    return value if others and any(phrase[0] <= a and b <= phrase[1] for a, b in others) else None


def _value_from_to(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """paired_value for "figure from A to B" pairs, the question writing one pair's "A to B" (or "A-to-B"): "3.58" of
    "R 0 was estimated of 2.30 from reservoir to person and 3.58 from person to person", asked the person-to-person
    R0, where the reader quoted "2.30" or both."""
    asked = " ".join(re.sub(r"(?<=\w)-(?=\w)", " ", question).lower().split())
    pairs = list(_FROM_END_TO_END.finditer(text, start, end))
    ours = [m for m in pairs if re.search(rf"\b{re.escape(' '.join(m.group('ends').lower().split()))}\b", asked)]
    if len(pairs) < 2 or len(ours) != 1:
        return None
    others = [m.span("value") for m in pairs if m is not ours[0]]
    return ours[0].span("value") if any(phrase[0] <= a and b <= phrase[1] for a, b in others) else None


def _value_after_name(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """paired_value for "Name by figure" pairs."""
    quoted = text[slice(*phrase)].strip()
    asked = set(names(question))
    pairs = list(_PAIRED.finditer(text, start, end))
    ours = [m for m in pairs if m.group("name") in asked]
    named = [n for n in asked if re.search(rf"\b{re.escape(n)}\b", text[start:end])]
    if len(ours) != 1 or len(named) != 1 or ours[0].group("value") == quoted:
        return None
    value = ours[0].span("value")
    if phrase[0] <= value[0] and value[1] <= phrase[1]:  # "2050 and Vietnam by 2045": ours and another figure
        return value if len(re.findall(_FIGURE, quoted)) >= 2 else None
    if not re.fullmatch(_FIGURE, quoted) or not re.search(
            rf"\b(?:by|in|at|with|of|to)\s+{re.escape(quoted)}(?:\s*%)?(?![\w$%])", text[start:end]):
        return None  # the quoted figure is not one of the list's
    return value


# asked why, the cause a sentence states after its opening words, to its clause's end (a semicolon, a full stop or a
# citation's bracket: "... must be discounted because of significant divergence ... (>5,000 nucleotides)")
_CAUSE = re.compile(r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+order\s+to)\b", re.I)
_CLAUSE_END = re.compile(r";|\.(?=\s|$)|\s\[\d")
_CUT_SHORT = re.compile(r"(?!\s+of\b)(?:\s+[\w'’-]+){1,3}\s*")  # "because" and three words at most, not "because of"


def reason_clause(question: str, text: str, start: int, end: int, phrase: Span) -> Span | None:
    """Asked why, the cause the sentence ``text[start:end]`` states ("because ...", "due to ...", "in order to ..."),
    when the quoted ``phrase`` misses it ("discounted" of "this claim ... must be discounted because of significant
    divergence ...") or begins before its word ("human cells or patients due to the mouse adaptation" is "due to the
    mouse adaptation") or is its word alone ("because") or with a few words after it, cut short ("because the network").
    None when the phrase already lies in the cause, or the sentence opens with it ("Because of their soft, gelatinous
    bodies, ctenophores are ...": the reader quotes it)."""
    if not ASKS_WHY.match(question):
        return None
    s, e = phrase
    for cause in _CAUSE.finditer(text, start, end):
        if not text[start:cause.start()].strip(" \"'“(").strip():
            continue  # the sentence opens with its cause
        stop = _CLAUSE_END.search(text, cause.end(), end)
        clause_end = stop.start() if stop else end
        if s <= cause.start() and (e <= cause.end() or _CUT_SHORT.fullmatch(text, cause.end(), e)) and e < clause_end:
            return cause.start(), clause_end  # "because" alone, or "because the network" of "because the network
            # did not have the technical and financial resources ..."
        if s < cause.start() < e:
            return cause.start(), min(e, clause_end)
        return (cause.start(), clause_end) if e <= cause.start() or s >= clause_end else None
    return None


# "Which meeting of the Vietnam-Laos Intergovernmental Committee ...?": a thing asked of another the question names
_WHICH_OF = re.compile(r"\s*(?:which|what)\s+[\w-]+\s+of\s+", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def without_asked_of(question: str, text: str, phrase: Span) -> Span | None:
    """Asked "Which N of X ...?", the quoted ``phrase`` cut before an "of" that two words or more of the question's own
    run follow: "46th meeting" of "46th meeting of the Vietnam-Laos Intergovernmental Committee for Bilateral
    Cooperation and the high-level meeting ...", asked "Which session of the Vietnam-Laos Intergovernmental Committee
    for Bilateral Cooperation was held ...?". What the question names is no part of what it asks. None when the words
    before that "of" are all the question's, or no such "of" is quoted."""
    if not _WHICH_OF.match(question):
        return None
    asked = f" {' '.join(_plain(question))} "
    start, end = phrase
    for of in _OF.finditer(text, start, end):
        after, run = _plain(text[of.end():end]), 0
        while run < len(after) and f" {' '.join(after[:run + 1])} " in asked:
            run += 1
        before = [w for w in _plain(text[start:of.start()]) if w not in STOPWORDS and f" {w} " not in asked]
        if before and sum(w not in STOPWORDS for w in after[:run]) >= 2:
            return start, of.start()
    return None


# "Which genes were targeted ...?", "Which law models ...?", "In which region tribe were ...": the noun naming what is
# asked, two words at most after "which", and the verb after it
_WHICH_NOUN = re.compile(r"\s*(?:[\w,]+\s+){0,3}?(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+"
                         r"(?:did|does|do|were|was|is|are|has|have|had|can|could|will|would|models?)\b", re.I)
_TIME_NOUNS = frozenset("period periods time times date dates day days year years decade decades century centuries "
                        "month months week weeks".split())
# a comma or semicolon running a phrase on, not to the examples it names
_RUNS_ON = re.compile(r"\s*[,;](?!\s*(?:e\.g|i\.e|including|such\s+as|namely|like|especially|particularly)\b)"
                      r"\s*\S+\s+\S", re.I)
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([\w-]+)")


def at_asked_noun(question: str, text: str, phrase: Span) -> Span | None:
    """Asked "Which N ...?", the quoted ``phrase`` ended at the noun N: cut there where a comma or semicolon runs it
    on ("E and RdRp genes" of "E and RdRp genes, without the need for virus material; the assays were validated
    ...", asked "Which genes did the assay target?"), not before the examples it names ("Domestic and wild animals,
    e.g., goats, boars ..."); carried on to it where the text writes it just after ("Hooke's law" of "Hooke", asked
    "Which law models the forces in springs?"; "local currencies" of "local"). A time's noun is left ("2021-2030",
    not "2021-2030 period"). Else None."""
    asked = _WHICH_NOUN.match(question)
    if not asked or asked.group("noun").lower() in _TIME_NOUNS:
        return None
    noun, (start, end) = stem(asked.group("noun").lower()), phrase
    for word in WORD.finditer(text, start, end):
        if word.start() > start and stem(word.group(0).lower()) == noun and _RUNS_ON.match(text, word.end(), end):
            return start, word.end()
    after = _NEXT_WORD.match(text, end)
    if after and stem(after.group(1).lower()) == noun and text[start:end].strip():
        return start, after.end()
    return None


def word_start(text: str, span: Span) -> Span | None:
    """``span`` begun at the start of the word it begins inside, after a hyphen or full stop that joins it to what
    comes before: "SARS-like-CoVZXC21" of "CoVZXC21", "PER.C6" of "C6"; None when it begins a word."""
    start, end = span
    if start < 2 or text[start - 1] not in ".-" or not text[start - 2].isalnum() or not text[start:start + 1].isalnum():
        return None
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([\"“'‘":
        start -= 1
    return start, end


def _plain(text: str) -> list[str]:
    """The words of ``text`` in lower case, with the one apostrophe."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def labelled_share(question: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Of two shares or more that the sentences ``text[start:end]`` give, not the question's own, the one whose
    label is a word of the question, when only one's is: "50.4%" of "participants reported symptoms of depression
    (634 [50.4%]), anxiety (560 [44.6%]) ..." for "What proportion of healthcare workers reported symptoms of
    depression?"; "35%" of "35% in children and 10% in adults" asked of children. Else None. The label is
    share_label's."""
    shares = list(PATTERNS["percent"].finditer(text, start, end))
    if len(shares) < 2:
        return None
    asked = {stem(w) for w in words(question) if w not in STOPWORDS}
    labelled, after = [], start
    for share in shares:
        label = share_label(text, after, share.start(), share.end(), end)
        if label and stem(label) in asked and share.group(0) not in question:
            labelled.append(share)
        after = share.end()
    return labelled[0].span() if len(labelled) == 1 else None


def share_label(text: str, after: int, start: int, end: int, stop: int) -> str | None:
    """The word a share ``text[start:end]`` is of: the one after it ("2.7% Asian"), after its preposition ("35% in
    children", "40% of global assets"), or, when punctuation follows, the last word before it since ``after`` but
    for numbers and stopwords ("depression (634 [50.4%])"). None when there is none."""
    rest = text[end:stop]
    of = re.match(r"\s+(?:of|in|among|for)\s+(?:the\s+|all\s+)?([^\W\d_][\w-]*)", rest) or re.match(
        r"\s+([^\W\d_][\w-]*)", rest)
    if of and of.group(1).lower() not in STOPWORDS:
        return of.group(1).lower()
    before = [w for w in words(text[after:start]) if w not in STOPWORDS and not re.match(r"\d", w)]
    return before[-1] if before else None


_PERIOD_WORDS = frozenset({"period", "periods", "year", "years", "span", "spans", "cover", "covers", "run", "runs"})
_YEAR_RANGE = re.compile(r"\b(?:1[0-9]|20)\d{2}\s?[-–—]\s?(?:1[0-9]|20)\d{2}\b")


def one_period(question: str, text: str, start: int, end: int, opening: int) -> tuple[int, int] | None:
    """Of two spans of years or more that the phrase ``text[start:end]`` holds, the one whose own words (from the
    one before it, or from the sentence's ``opening``) share most with the question's, else None: "2022-2027" of
    "2021-2030 period and the Protocol on Vietnam-Laos Training Cooperation for the 2022-2027" for "What period
    does the training protocol cover?"; of one, that one, where the phrase runs on past it ("2020-2024" of "2020-2024
    period and the Annual Plan for National Defense ...")."""
    found = list(_YEAR_RANGE.finditer(text, start, end))
    if len(found) == 1 and len(text[start:end].split()) > len(found[0].group(0).split()) + 2:
        return found[0].span()
    if len(found) < 2:
        return None
    asked = {stem(w) for w in words(question) if w not in STOPWORDS and w not in _PERIOD_WORDS}
    shared, after = [], opening
    for match in found:
        shared.append(len({stem(w) for w in words(text[after:match.start()])} & asked))
        after = match.end()
    best = max(shared)
    if shared.count(best) > 1:
        return None
    return found[shared.index(best)].span()


# "Is Rotavirus single or double-stranded?", "Is it easier or harder to change EU law ...?": which of two words
_EITHER_OR = re.compile(r"^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b[^?,]*?"
                        r"\b([\w'-]+)\s+or\s+([\w'-]+)", re.I)


def which_of(question: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Asked which of two words ("... single or double-stranded?"), the place in ``text[start:end]`` of the one its
    sentences write when they write only one of the two ("a double-stranded ribonucleic acid"); else None."""
    asked = _EITHER_OR.match(question)
    if not asked or any(w.lower() in STOPWORDS for w in asked.groups()):
        return None
    found = [[m for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text[start:end], re.I)]
             for w in asked.groups()]
    if bool(found[0]) == bool(found[1]):
        return None
    first = (found[0] or found[1])[0]
    return start + first.start(), start + first.end()
