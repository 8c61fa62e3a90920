"""Whether the answer's sentences say the time a question asks: a date, a day, a year, a birth, a start, an end.

"When ...?" is not answered by sentences that hold no date and no word of time (undated), "On which day ...?" by a
month (NO_DAY), "In what month and year ...?" by a day without its year (NO_YEAR), "When did he take office?" by a
title, a body or a span of years (NO_TIME); "When was X born?", "When did X become ...?", "When did the visit
end?", "When was it founded?" and "When was it ratified?" are not answered by sentences about no birth, start, end,
founding or ratifying. A date is no count ("How many years ...?" and "August 22", only_a_date), a figure of now is
not one of a year gone (now_not_then, written_after), a figure for part of a year is not the whole year's
(part_of_year), and one dated another day or month is not the one asked "as of" a day or month (other_date).
is_period and ASKS_PERIOD tell a span of years from a time. qa.answering.misses.not_this asks these among its other
checks. What this does not do: tell a goal from a figure reached (qa.answering.goals), tell what a
figure counts (qa.answering.figures), weigh anything, or look beyond the answer's sentences and their document.
"""
from __future__ import annotations

import re

from ..asking.question import DATE_ENDS, EXACT_WORDS, YEAR, Kind, years
from ..asking.titles import is_title_word
from ..text import MONTH, WORD
from .figures import NO_NUMBER, NUMBER_KINDS, NUMBER_WORD, holds_number
from .people import A_BODY

# "How old was Hun Manet ...?" answered with the day he took office: a date counts nothing.
ONLY_A_DATE = "The closest passage gives only a date, “{said}”, where the question asks {asked}."
NO_DAY = "The closest passage gives “{said}”, no day, where the question asks which day."
NO_YEAR = "The closest passage gives “{said}”, no year, where the question asks the year too."
# "In what month and year ...?", "On what date and in which year ...?": a date without its year does not answer
_ASKS_YEAR_TOO = re.compile(r"\b(?:month|date|day)\s+and\s+(?:in\s+)?(?:what\s+|which\s+)?year\b"
                           r"|\byear\s+and\s+(?:what\s+|which\s+)?(?:month|date|day)\b", re.I)
NO_TIME = "The closest passage gives “{said}”, no time, where the question asks when."
# one or two words in lower case that say no time ("right", "officially"); not "dawn", "noon", "midnight"
_A_WORD_OF_NO_TIME = re.compile(r"(?!(?:dawn|dusk|noon|midday|midnight|sunrise|sunset|daybreak|nightfall)\b)"
                                r"[a-z]+(?:\s+[a-z]+)?")
# A question asking when or where someone was born is answered only by a passage about a birth: "When was Hun Manet
# born?" is not answered by the day he took office.
NO_BIRTH = "The closest passage does not say when or where anyone was born."
_ASKS_BIRTH = re.compile(r"^\s*(?:when|where|(?:in|on)\s+(?:what|which)\b|what\s+(?:year|date|day|city|town|place)\b)"
                         r"[^?]*\bborn\b|\b(?:birth\s*(?:day|date|place)|date\s+of\s+birth|place\s+of\s+birth)\b",
                         re.I)
_BIRTH = re.compile(r"\b(?:born|birth\w*|née|nee)\b|\(\s*(?:b\.\s*)?\d{3,4}\s*[-–]", re.I)
# Likewise when someone became something or took office: "When did Thongloun Sisoulith become President?" is not
# answered by the day an article about his State visit came out.
NO_START = "The closest passage does not say when anyone became what the question asks or took office."
NO_END = "The closest passage does not say when anything ended."
# "On what date did the visit end?", "thongloun sisoulith state visit vietnam end date": when something ended
# ("concluded" only of an event: an agreement is concluded when it is signed)
# ... not of a thing the question only describes by its end ("the treaty that ended the war")
_ASKS_END = re.compile(r"^(?=.*\b(?:when|what\s+(?:date|day|year|month)|date)\b)"
                       r".*(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:end|ends|ended|finish|finished|"
                       r"wrap\s+up|wrapped\s+up|(?:visit|trip|tour|meeting|session|summit|forum|patrol|conference|"
                       r"talks)\b[^?]*\bconclud(?:e|es|ed|ing))\b(?!\s+of\b)", re.I)
_END = re.compile(r"\b(?:end\w*|conclu\w+|finish\w*|clos\w+|wrap\w*|until|till|through|last\w*|\d{4}\s*[-–]\s*\d{2,4}|"
                  r"expir\w+|complet\w+|over|aboli\w+|dissol\w+|collaps\w+|fell|fall\w*|abandon\w*|terminat\w+|ceas\w+|"
                  r"abdicat\w+|demise|disband\w*|overthr\w+|dismantl\w+)\b", re.I)  # "the abolition of the Caliphate"
_ASKS_START = re.compile(r"^\s*(?:when|(?:in|on|by)\s+(?:what|which)\b|what\s+(?:year|date|day|month)\b)[^?]*"
                         r"\b(?:(?P<become>become|became)(?:\s+(?P<what>[\w'’-]+))?|take\s+office|took\s+office|"
                         r"assume|assumed|appointed|elected|"
                         r"sworn\s+in)\b"
                         r"|^\s*since\s+when\b", re.I)
_START = re.compile(r"\b(?:becom\w*|became|elected|appointed|took\s+office|taken\s+office|tak\w+\s+office|assum\w+|"
                    r"sworn|inaugurat\w+|incorporated|named|since|promoted|succeed\w*|founded|established)\b", re.I)
# "Since when is the Game played?" asks when anything began: "dates back to 1875"
_SINCE_WHEN = re.compile(r"\s*since\s+when\b", re.I)
_BEGAN = re.compile(r"\b(?:dat(?:e|es|ed|ing)\s+(?:back|from)|began|begun|beg[iu]n\w*|start\w*|first|origin\w*)\b",
                    re.I)
# what "become" may take that makes it a post or a status ("the", "President", "Cambodia's"), not a state ("free")
_POST_OPENING = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "prime", "vice", "deputy", "chief",
                           "acting", "foreign", "first", "pm", "vp", "fm"})
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})


def _asks_start(question: str) -> bool:
    """Whether the question asks when someone became something or took office: "When did Hun Manet become Prime
    Minister?", "When did he become president?"; not when something became so ("When did primary school become
    free?", answered by "In January 2003, the Government announced the introduction of free primary education"),
    nor a status ("When did the Rhine Gorge become a UNESCO World Heritage Site?")."""
    asked = _ASKS_START.search(question)
    if not asked or not asked["become"] or not asked["what"]:
        return bool(asked)
    what = asked["what"]
    if what.lower() in _ARTICLES:  # "become a UNESCO World Heritage Site" is no post: "become the Prime Minister" is
        return any(is_title_word(w) or w.lower() in _POST_OPENING for w in WORD.findall(question[asked.end():])[:4])
    return not what.islower() or what in _POST_OPENING or is_title_word(what) or what.endswith(("'s", "’s"))


# And when something was founded or built: "When was the Vietnam-Cambodia Friendship Association founded?" is not
# answered by the year of a conference it held.
NO_FOUNDING = "The closest passage does not say when it was founded, built or set up."
_ASKS_FOUNDED = re.compile(r"^\s*(?:when|(?:in|on)\s+(?:what|which)\s+(?:year|date|day|month|decade|century)\b|"
                           r"what\s+(?:year|date|day|month)\b)[^?]*"
                           r"\b(?:founded|established|formed|incorporated|set\s+up|built|constructed)\b"
                           r"|\b(?:founded|established|formed|built|constructed)\s+(?:in\s+)?(?:what|which)\s+(?:year|date)\b"
                           r"|^\W*(?:the\s+)?(?:year|date)\b[^?]*\b(?:founded|established|set\s+up|built|constructed)\b"
                           r"|\b(?:founding|foundation|establishment)\s+(?:year|date)\b",
                           re.I)  # or typed "radcliffe college was founded which year?", "harvard founding year"
# (not "the central cultural establishment", an institution: its establishment, the establishment of, since it)
_FOUNDED = re.compile(r"\b(?:found\w*|establish(?!ment\b)\w*|(?:its|their|his|her)\s+establishment|"
                      r"establishment\s+of|(?:since|after|before|upon|on|at)\s+(?:the\s+)?establishment|set\s+up|"
                      r"creat\w*|form\w*|built|build\w*|construct\w*|since|"
                      r"inaugurat\w*|open\w*|complet\w*|dat\w+\s+(?:from|to|back)|launch\w*|started|began|"
                      r"incorporat\w*|organi[sz]\w*|erect\w*|origin\w*|anniversar\w*)\b", re.I)
# And when something was done to an agreement or a body after it began: "When was the Treaty ratified by the Lao
# National Assembly?" is not answered by the day it was signed.
NO_DONE = "The closest passage does not say when it was {done}."
_ASKS_DONE = re.compile(r"^\s*(?:when|(?:in|on|by)\s+(?:what|which)\b|what\s+(?:year|date|day|month)\b)[^?]*\b(ratified|"
                        r"amended|revised|renewed|terminated|suspended|cancell?ed|abolished|dissolved|extended|expired|"
                        r"repealed|annulled)\b", re.I)
_DONE_STEMS = {"ratified": "ratif", "amended": "amend", "revised": "revis", "renewed": "renew", "terminated": "terminat",
               "suspended": "suspen", "canceled": "cancel", "cancelled": "cancel", "abolished": "aboli",
               "dissolved": "dissol", "extended": "exten", "expired": "expir", "repealed": "repeal", "annulled": "annul"}
# undated: what a date is, what asks for one, and what words of time a sentence answering "When ...?" holds
_DATED = re.compile(r"\d|\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# Asked for a day ("On what date ...?"), a phrase without a month, a weekday or a written date gives none: "1977-2023".
_EXACT = rf"(?:{EXACT_WORDS})"  # "On what exact day ...?" asks no more than "On what day ...?"
_ASKS_DAY = re.compile(rf"\b(what|which) (?:{_EXACT} )?(dates?|days?)\b", re.I)
_ASKS_DATE = re.compile(_ASKS_DAY.pattern + r"|\b(what|which) months?\b"
                        r"|\bwhat (?:is|was|are|were) (?:the|its|their) (?:[a-z]+ ){0,2}dates?" + DATE_ENDS, re.I)
# a weekday, a day named by its relation to today, or a date written in figures
_A_DAY_WRITTEN = (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b"
                  r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
_A_DAY = re.compile(rf"\b{MONTH}\b|{_A_DAY_WRITTEN}", re.I)
# Asked which day ("On which day in December ...?"), a month is no answer: a day of it, a weekday or a written date
# ("What is the exact date of its official opening?" too)
_ASKS_WHICH_DAY = re.compile(rf"\b(?:what|which)\s+(?:{_EXACT}\s+)?day\b|\b(?:what|which)\s+(?:(?:is|was)\s+the\s+)?"
                             rf"{_EXACT}\s+date\b", re.I)
_DAY_OF = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{_A_DAY_WRITTEN}", re.I)
# "(1977-2023)", the years a span of time runs, answers a question asking for a period, not when a thing happened
# (is_period)
_YEARS_ONLY = re.compile(r"^\(?(\d{4})\s*[-–—]\s*(\d{4})\)?$")
ASKS_PERIOD = re.compile(r"\b(?:period|periods|span|spans|spanned|years|timeframe|time\s*frame|how\s+long|duration|"
                         r"cover|covers|covered|last|lasts|lasted|from\s+when|until\s+when)\b", re.I)
# "Over the past 57 years", "for six decades": how long, not when
_HOW_LONG = re.compile(r"(?:(?:over|for|in|during|throughout)\s+)?(?:the\s+)?(?:(?:past|last|previous)\s+)?"
                       r"(?:nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+)?[\w-]+\s+"
                       r"(?:years|decades|months|weeks|centuries)",
                       re.I)
_ASKS_WHEN = re.compile(r"\s*when\b(?!.*\b(what|which|who|whom|where|why|how)\b)", re.I)
# "When did ...?", "When was ...?": the question itself, not a clause before it ("When rock folds, ..."), is not
# answered by a person ("Minister of Foreign Affairs Bui Thanh Son"); a place may stand for a time in a question's
# words (SQuAD: "When was the drainage basin believed to have split?" and "Purus Arch")
_WHEN_ASKED = re.compile(r"\s*when\s+(?:did|do|does|was|were|is|are|will|would|has|have|had|can|could)\b", re.I)
_TIME_WORD = re.compile(r"\b(today|yesterday|tomorrow|tonight|now|currently|recently|ago|century|centuries|decades?|"
                        r"years?|months?|weeks?|days?|era|ages?|period|morning|afternoon|evening|night|spring|summer|"
                        r"autumn|fall|winter|during|after|before|since|until|till|when|while|once|later|earlier|then|"
                        r"ancient|medieval|modern|times?|dynasty|reign|war|prehistoric|early|late|past|future|soon|"
                        r"previously|formerly|initially|eventually|finally|first|last|annual|annually|daily|weekly)\b",
                        re.I)
# only_a_date: a phrase that is a day of a month (qa.answering.spans.MONTH), a month and year, or both, and nothing else
_DAY = r"\d{1,2}(st|nd|rd|th)?(?!\d)"
ONLY_DATE = re.compile(rf"(on\s+)?({MONTH}\s+{_DAY}(\s*(,|and|-|–)\s*{_DAY})*(\s*,?\s*\d{{4}})?"
                       rf"|{_DAY}\s+{MONTH}(\s*,?\s*\d{{4}})?|{MONTH}\s*,?\s*\d{{4}})[.,]?", re.I)
# ONLY_DATE inside a text, in whole words: not "7 dec" of "7 decades"
_DATE_IN_TEXT = re.compile(rf"(?<!\w)(?:{ONLY_DATE.pattern})(?![^\W_])", re.I)
# a year standing alone as a date: after "in", "of", "since", ... and before no word it could count ("in 2023.",
# "at the end of 2023,"; not "a dinner attended by 2000 guests")
_YEAR = re.compile(r"(1[0-9]|20)\d\d")
_YEAR_AS_DATE = r"\b(in|of|since|until|till|during|from|early|late|mid-?)\s+{year}(?!\s*[^\W\d_])(?!\d)"
_TIME_UNIT = re.compile(r"(year|month|week|day|hour|decade|centur(y|ie)|generation|time|season)s?", re.I)
_ASKS_HOW = re.compile(r"\bhow\s+(many\s+[\w-]+|much|old|long|far|big|large|high|tall|deep|wide|often)\b", re.I)
_COUNTED = frozenset({Kind.COUNT, Kind.QUANTITY, Kind.PERIOD, Kind.MONEY, Kind.PERCENT})


# "What was Vietnam-Laos trade for the whole of 2024?" and "bilateral trade in the first five months of 2024 reached
# 779.6 million USD": a figure for part of the year is not the year's (0.45 before)
PART_OF_YEAR = "The closest passage gives a figure for “{said}”, not for the whole year."
_ASKS_WHOLE_YEAR = re.compile(r"\b(?:(?:the\s+)?(?:whole|entire)\s+(?:year\s+)?(?:of\s+)?|(?:the\s+)?full[\s-]+year\s+(?:of\s+)?"
                              r"|all\s+of\s+)(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+as\s+a\s+whole\b", re.I)
_PART_OF_YEAR = re.compile(rf"\b(?:first|last|second|third)\s+(?:(?:\w+|\d+)\s+)?(?:months?|quarters?|half|weeks?)\b"
                           rf"|\bQ[1-4]\b|\bby\s+the\s+end\s+of\s+(?!December\b)(?:{MONTH})\b", re.I)
_WHOLE_YEAR = re.compile(r"\b(?:whole|entire|full)[\s-]+year\b|\bannual\b|\ball\s+of\s+(?:19|20)\d\d\b", re.I)


def part_of_year(question: str, kind: Kind, text: str) -> str | None:
    """The part of a year ``text`` gives a figure for ("first five months"), when the question asks a figure for the
    whole year ("the whole of 2024", "full-year 2023") and ``text`` says nothing of a whole year; else None."""
    if kind not in NUMBER_KINDS and kind not in (Kind.QUANTITY, Kind.OTHER) or not _ASKS_WHOLE_YEAR.search(question) \
            or _WHOLE_YEAR.search(text):
        return None
    part = _PART_OF_YEAR.search(text)
    return part.group(0) if part else None


# "How many Lao students were studying in Vietnam in 2020?" and "There are currently over 14,000 Lao students ...",
# in an article whose years all come after 2020: the figure is of the time it was written, not of the year asked
NOW_NOT_THEN = "The closest passage gives the figure now, “{said}”, not in {year}."
_NOW = re.compile(r"\b(?:currently|presently|at\s+present|now|today|to\s+date|so\s+far)\b", re.I)


# "the 2024 anniversary piece", "the October 2023 article": a year that names a document, not the time asked
_DATED_DOCUMENT = re.compile(rf"\b(?:{MONTH}\s+)?(?:19|20)\d\d(?:\s+(?:and|or)\s+(?:the\s+)?(?:{MONTH}\s+)?"
                             r"(?:19|20)\d\d)?\s+(?:[\w-]+\s+){0,2}(?:article|piece|post|report|overview|roundup|round-up|"
                             r"story|paper|review|summary)s?\b", re.I)


def now_not_then(question: str, text: str, document: str, kind: Kind = Kind.COUNT, phrase: str = "") -> str | None:
    """The year a question asks about when the answer's sentences ``text`` give no year but say "currently" (or
    "now", "to date", ...) and the ``document`` was written after it (written_after): asked how many or how much,
    or whatever is asked when "currently" stands just before the ``phrase`` quoted ("Who served as the first
    Presiding Officer in 1999?" and "... the equivalent of the speaker (currently Tricia Marwick)"); asked anything
    else, when the document gives no year as early ("today Japanese-American businesses remain" in Chinatown may
    well say what it was in 1940). Else None."""
    asked = years(_DATED_DOCUMENT.sub(" ", question))
    if not asked or YEAR.search(text) or not _NOW.search(text) or not document:
        return None
    at = text.find(phrase.strip()) if phrase.strip() else -1
    quoted_now = at >= 0 and _NOW_BEFORE.search(text, max(0, at - 30), at) is not None
    bounds = [written_after(document)] if kind in _AMOUNT_KINDS or quoted_now else []
    if kind not in _AMOUNT_KINDS:
        bounds.append(min(map(int, YEAR.findall(document)), default=None))
    return asked[0] if any(bound and int(asked[0]) < bound for bound in bounds) else None


_AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY})
# "currently" just before the phrase quoted: "(currently Tricia Marwick)"
_NOW_BEFORE = re.compile(r"\b(?:currently|presently|now|today)\W*(?:\w+\W+)?$", re.I)


# a year a goal is set for, or that ends a span, says nothing of when a text was written: "by 2050", "2021-2030"
_LOOKS_AHEAD = re.compile(r"(?:\b(?:by|until|till|to|towards?|through)\s+|[-–]\s?)$", re.I)


def written_after(document: str) -> int | None:
    """The year a document was written in or after: that of its date (qa.indexing.ingest.date_span), else the latest year
    it gives that no goal or span looks ahead to ("the first five months of 2024", not "by 2050"); None if none."""
    from ..indexing.ingest import date_span

    dated = date_span(document)
    if dated:
        return int(dated[2][:4])
    given = [int(y.group(0)) for y in YEAR.finditer(document)
             if not _LOOKS_AHEAD.search(document[max(0, y.start() - 10):y.start()])]
    return max(given) if given else None


def undated(question: str, kind: Kind, text: str) -> bool:
    """Whether the answer's sentences ``text`` cannot say when: asked for a date ("On what date ...?"), they hold no
    digit and no month; asked "When ...?", not even a word of time ("after", "during", "century", ...). "When
    was the Trade Agreement signed?" is not answered by the heading "The signing of the Trade Agreement." A
    question that only begins with a clause ("When rock folds, what does it form?") asks something else."""
    if kind is not Kind.DATE or _DATED.search(text):
        return False
    if _ASKS_DATE.search(question):
        return True
    return bool(_ASKS_WHEN.match(question)) and not _TIME_WORD.search(text)


def is_period(phrase: str) -> bool:
    """Whether ``phrase`` is only a span of three years or more ("(1977-2023)", "2021-2025"): a period, where
    one of two years ("2002-2003", an epidemic's) may be when a thing happened."""
    years = _YEARS_ONLY.match(phrase.strip())
    return years is not None and int(years.group(2)) - int(years.group(1)) >= 2


def only_a_date(question: str, kind: Kind, phrase: str, text: str = "") -> str | None:
    """What the question asks ("how many years", "how old") when it asks how many, how much or how long and
    the phrase quoted is a date and nothing else ("August 22", "March 14 and 15, 2024"), or a year that the
    answer's sentences ``text`` write only as a date ("2023" of "held at the end of 2023."); else None. "How
    many years was Hun Sen Prime Minister?" is not answered by the day his successor took office, nor "How
    many delegates attended?" by the year of the meeting."""
    asked = _ASKS_HOW.search(question)
    if kind not in _COUNTED or not asked or re.search(r"\bhow\s+long\s+ago\b", question, re.I):
        return None  # "How long ago did Harvard admit women?" and "1977"
    phrase, counted = phrase.strip(), asked.group(1).lower().split()
    # a year can answer how long ("since 1951") or how many years ago, never how many people or how much
    counts_no_time = counted[0] == "much" or (counted[0] == "many" and not _TIME_UNIT.fullmatch(counted[-1]))
    # "How long has she held that role?" and "2023": a year says how long only as when it began ("since 1951"), or
    # asked how long since
    # or, as when it ended, "until 2006" or "until his death in 1973" (from a start said before)
    no_start = counted == ["long"] and _YEAR.fullmatch(phrase) and "since" not in question.lower() and not re.search(
        rf"\b(?:since|from)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?{phrase}\b"
        rf"|\b(?:until|till)\s+(?:[\w'’]+\s+){{0,3}}?(?:in\s+)?{phrase}\b", text, re.I)
    if (ONLY_DATE.fullmatch(phrase) or _a_day_in(phrase, text) or _in_a_date(phrase, text) or no_start
            or (counts_no_time and _YEAR.fullmatch(phrase) and _a_date_in(phrase, text))):
        return asked.group(0).lower()
    return None


def _a_day_in(phrase: str, text: str) -> bool:
    """Whether ``phrase`` is a day of the month that ``text`` writes only in dates: "22" of "On August 22, ...", "9"
    of "the 9/11 attack"."""
    if not re.fullmatch(r"\d{1,2}", phrase):
        return False
    written = [m.start() for m in re.finditer(rf"(?<![\d.,]){phrase}(?![\d.,]\d)", text)]
    dated = ({m.start(1) for m in re.finditer(rf"\b{MONTH}\s+({phrase})\b", text)}
             | {m.start(1) for m in re.finditer(rf"\b({phrase})\s+{MONTH}", text)}
             | {m.start(1) for m in re.finditer(rf"(?<![\d/])({phrase})/\d{{1,2}}\b", text)}
             | {m.start(1) for m in re.finditer(rf"\b\d{{1,2}}/({phrase})(?![\d/])", text)})
    return bool(written) and set(written) <= dated


def _in_a_date(phrase: str, text: str) -> bool:
    """Whether ``phrase`` holds a number and ``text`` writes each of its numbers only inside dates: "15, 2024" of
    "On March 14 and 15, 2024", and "15, 2024, in the historic waters" too, but not "... held between September
    and November 1946, attracting nearly a million and a half visitors", which counts in words."""
    numbers = [m.span() for m in re.finditer(r"\d+", phrase)]
    written = [m.start() for m in re.finditer(re.escape(phrase), text)]
    dates = [m.span() for m in _DATE_IN_TEXT.finditer(text)]
    if not numbers or not written or NUMBER_WORD.search(re.sub(r"\d", "", phrase)):
        return False
    return all(any(a <= at + start and at + end <= b for a, b in dates) for at in written for start, end in numbers)


def _a_date_in(year: str, text: str) -> bool:
    """Whether ``text`` writes ``year`` and every time as a date ("in 2023", "end of 2023,"), never as a count,
    and holds no other number: "In 1347 the epidemic killed 25 million" gives a count beside the year."""
    written = re.compile(rf"(?<!\d){year}(?!\d)")
    found = {m.start() for m in written.finditer(text)}
    dated = {m.end() - len(year) for m in re.finditer(_YEAR_AS_DATE.format(year=year), text, re.I)}
    return bool(found) and found <= dated and not holds_number(Kind.COUNT, written.sub(" ", text))


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


def no_date(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """No date: the answer's sentences ``text`` cannot say when (undated), or "On what day ...?" is quoted a phrase
    with no month, weekday or written date."""
    if undated(question, kind, text) or (kind is Kind.DATE and _ASKS_DAY.search(question)
                                          and phrase.strip() and not _A_DAY.search(phrase)):
        return NO_NUMBER.format(kind="date")
    return None


def no_year_or_day(question: str, kind: Kind, phrase: str) -> str | None:
    """A date quoted without the year (NO_YEAR) or the day (NO_DAY) the question asks."""
    if kind is Kind.DATE and _ASKS_YEAR_TOO.search(question) and phrase.strip() and not _YEAR.search(phrase):
        return NO_YEAR.format(said=phrase.strip())  # "In what month and year ...?" and "August 22"
    if kind is Kind.DATE and _ASKS_WHICH_DAY.search(question) and phrase.strip() and not _DAY_OF.search(phrase):
        return NO_DAY.format(said=phrase.strip())  # "On which day in December 2023 ...?" and "December 2023"
    return None


def no_time(question: str, kind: Kind, phrase: str) -> str | None:
    """NO_TIME: "When did ...?" quoted a title, a body, a word that says no time, or how long."""
    if kind is Kind.DATE and _WHEN_ASKED.match(question) and _ASKS_WHEN.match(question) and phrase.strip() \
            and not _DATED.search(phrase) and not _TIME_WORD.search(phrase) \
            and (any(is_title_word(w) for w in WORD.findall(phrase)) or A_BODY.fullmatch(phrase.strip())
                 or _A_WORD_OF_NO_TIME.fullmatch(phrase.strip())):
        # "When did he take office?" and "Minister ... Bui Thanh Son"; "When does it end?" and "ASEAN ... Assembly";
        # "When did he assume the position?" and "right" of "right after assuming the position"
        return NO_TIME.format(said=phrase.strip())
    if kind is Kind.DATE and _WHEN_ASKED.match(question) and _HOW_LONG.fullmatch(phrase.strip()):
        return NO_TIME.format(said=phrase.strip())  # "When was it built?" and "Over the past 57 years"
    return None


def no_such_time(question: str, text: str) -> str | None:
    """The answer's sentences ``text`` say nothing of the birth (NO_BIRTH), start (NO_START), end (NO_END) or act
    (NO_DONE) the question asks the time of."""
    if _ASKS_BIRTH.search(question) and not _BIRTH.search(text):  # "When was Hun Manet born?" and "became"
        return NO_BIRTH
    began = _SINCE_WHEN.match(question) and _BEGAN.search(text)  # "since when" and "dates back to 1875"
    if _asks_start(question) and not _START.search(text) and not began:
        return NO_START
    if _ASKS_END.search(question) and not _END.search(text):  # "When did the State visit end?" and a date of
        return NO_END  # publishing
    done = _ASKS_DONE.search(question)
    if done and not re.search(rf"\b{_DONE_STEMS[done.group(1).lower()]}", text, re.I):
        return NO_DONE.format(done=done.group(1).lower())  # "When was the Treaty ratified?" and its signing
    return None


def a_date_for_how_many(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """ONLY_A_DATE: the phrase quoted is only a date where the question asks how many, how much or how long
    (only_a_date)."""
    how = only_a_date(question, kind, phrase, text)
    if how:
        return ONLY_A_DATE.format(said=phrase.strip(), asked=how)
    return None


# "Harvard was a founding member of the Association of American Universities in 1900": the other's founding
_FOUNDING_OF_ANOTHER = re.compile(r"\b(?:a\s+|one\s+of\s+the\s+)?(?:founding|charter)\s+(?:members?|partners?|"
                                  r"signator(?:y|ies)|states?|nations?)\s+of\b", re.I)


def no_founding(question: str, text: str) -> str | None:
    """NO_FOUNDING: asked when something was founded or built, the answer's sentences ``text`` say nothing of it
    (a founding member of something else says nothing of its own)."""
    if _ASKS_FOUNDED.search(question) and not _FOUNDED.search(_FOUNDING_OF_ANOTHER.sub(" ", text)):
        return NO_FOUNDING
    return None


OTHER_DATE = "The closest passage gives the figure as of “{said}”, not {asked}."
# "as of 3 February 2020", "by the end of November 2009", "on 18 March": the day or month a figure is asked of
_AS_OF = re.compile(rf"\b(?:as\s+(?:of|at)|by|on|at\s+the\s+end\s+of|until|through)\s+(?:the\s+end\s+of\s+)?"
                    rf"(?P<date>\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b|{MONTH}(?=\s+\d{{4}}))", re.I)
# a day or month a sentence writes, its name in capitals ("28 January 2020", "January 28", "October 2009"), not
# "12 may" of "12 may have died"
_DATE_SAID = re.compile(rf"\b(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b|{MONTH}(?=\s+\d{{4}}))")


def other_date(question: str, kind: Kind, text: str) -> str | None:
    """OTHER_DATE: a figure asked as of a day or month ("How many cases had been reported as of 3 February 2020?")
    where the answer's sentences ``text`` date theirs otherwise ("... published by the WHO on 28 January 2020, a
    total of 2798 ...") and never write that day or month."""
    asked = _AS_OF.search(question) if kind in (Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.QUANTITY) else None
    said = list(_DATE_SAID.finditer(text)) if asked else []
    if not said:
        return None
    day, month = _day_month(asked.group("date"))
    for date in said:
        other_day, other_month = _day_month(date.group(0))
        if other_month == month and (day is None or other_day is None or other_day == day):
            return None  # the day or month asked, or one of its days
    return OTHER_DATE.format(said=said[0].group(0), asked=asked.group("date"))


def _day_month(date: str) -> tuple[int | None, str]:
    """(day or None, the month's first three letters) of "28 January", "January 28", "October"."""
    day = re.search(r"\d{1,2}", date)
    return (int(day.group(0)) if day else None), re.search(r"[A-Za-z]{3}", date).group(0).lower()


def another_time(question: str, kind: Kind, text: str, phrase: str, document: str) -> str | None:
    """The figure quoted is of now, not of the year asked (NOW_NOT_THEN, now_not_then), of part of the year where
    the whole year is asked (PART_OF_YEAR, part_of_year), or of another day or month than asked (other_date)."""
    then = now_not_then(question, text, document, kind, phrase)
    if then:
        return NOW_NOT_THEN.format(said=phrase.strip(), year=then)
    part = part_of_year(question, kind, text)
    if part:
        return PART_OF_YEAR.format(said=part)
    return other_date(question, kind, text)
