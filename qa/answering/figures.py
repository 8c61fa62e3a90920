"""Whether the figure quoted is the one asked: a number at all, of the sort asked, of the thing asked.

A question asking for a year, a count, a percentage, an amount or a rank (NUMBER_KINDS) is answered by a phrase
holding a number (holds_number), "How long ...?" by a measure and "How old ...?" by an age. A phrase can hold a
number and still give the wrong figure: a share where a value or a measure is asked ("accounting for 24.6 percent"
for the value of trade), an amount of money where a count or a share is ("£43 million" for how many galleries;
share_instead finds the share to quote), a ratio ("nearly three times"), no change where a growth is asked, trade
both ways where one way is, a count of another thing than the one asked ("205" of "205 projects" for how many
workers, counts_another), all of something where a part is asked (part_unsaid, unmentioned_part), another figure of
the thing the question gives (other_figure), or a figure for "Why ...?". qa.answering.misses.not_this asks these
among its other checks. What this does not do: tell a date from a count (qa.answering.times) or a goal from a figure
reached (qa.answering.goals), weigh anything, or look beyond the answer's sentences (and, for the part asked, their
document).
"""
from __future__ import annotations

import itertools
import re

from ..asking.countries import country_of, is_country_word, mentions_country
from ..asking.question import ASKS_R0, ASKS_VALUE, YEAR, Kind, names, unnamed
from ..text import MONTH, STOPWORDS, WORD, stem, words
from .enumerated import ASKS_WHY
from .qualifiers import ORDINAL
from .measures import ASKS_MEASURE, FIGURE, UNITS, counts_things
from .spans import REFERENCE, SAID_AS_YEAR, SYMBOL, TIME_AFTER, TIME_WORD, YEAR_RANGE, YEAR_SAID, asks_change

# A question asking for a year, a count, a percentage or an amount is answered with a phrase holding a number. When
# the reader's phrase holds none, the answer sentence's phrase of that kind is quoted; when the sentence holds none
# either ("In what year ...?" and a sentence saying "in recent years"), it does not answer the question.
NO_NUMBER = "The closest passage gives no {kind}."
# "How long is the corridor?", "How far ...?": a measure, which a phrase gives with a number ("for decades" will do)
_ASKS_SIZE = re.compile(r"\bhow\s+(?:far|tall|high|wide|deep|heavy|big|large)\b", re.I)
# "How large are chloroplasts ...?": the things whose size is asked, which a count of them does not give
# (its last word: "army" of "How large was the Mongol army?")
_SIZE_OF = re.compile(r"\bhow\s+(?:big|large)\s+(?:is|are|was|were|can|could|do|does|did)\s+(?:(?:the|a|an)\s+)?"
                      r"(?:[^\W\d_]+\s+){0,3}?([^\W\d_]{3,})(?=\s+(?:in|of|on|at|for|from|with|during|when|that|"
                      r"which|who|get|grow|become|be)\b|\s*[?.]?\s*$)", re.I)
# asked how long, far, deep, wide or tall, or a length, height, depth ..., a flow, volume, weight or temperature is
# no length (nor a time; a share: a_share_for_a_value)
_ASKS_DISTANCE = re.compile(r"\bhow\s+(?:long|far|deep|wide|tall)\b|\b(?:length|height|depth|width|distance|diameter|"
                            r"radius|altitude|elevation)\b(?!\s+of\s+time\b)", re.I)
_NO_LENGTH = re.compile(r"\d\s*(?:m3|m³|cu\s+ft|cubic|litres?|liters?|l/s|kg|kilograms?|tonnes?|tons?|pounds?|lb|°|"
                        r"degrees?)", re.I)
_A_LENGTH = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s?|miles?|mi\b|m\b|met(?:re|er)s?|feet|ft\b|yards?|"
                       r"(?:light[- ])?years?|days?|hours?|minutes?|weeks?|months?)", re.I)
# how much rain or snow falls is a depth, not a temperature
_ASKS_RAIN = re.compile(r"\b(?:rain\w*|precipitation|snow\w*)\b", re.I)
_TEMPERATURE = re.compile(r"°|\bdegrees?\b", re.I)
_A_DEPTH = re.compile(r"\d\s*(?:mm|cm|in\b|inch(?:es)?|millimet(?:re|er)s?|centimet(?:re|er)s?)", re.I)
# "How quickly was it identified?": a time taken, which a year alone ("2002" of "in 2002") is not
_ASKS_SPEED = re.compile(r"\bhow\s+(?:quickly|soon|rapidly)\b", re.I)
# "What basic reproduction number did they estimate?": a value, which a symbol ("R0") is not
_ASKS_VALUE_NUMBER = re.compile(rf"\b(?:what|which)\s+(?:[a-z][\w-]*\s+){{1,4}}number\b(?!\s+of\b)|{ASKS_VALUE}|{ASKS_R0}",
                                re.I)
_SPAN_WORD = re.compile(r"\b(?:decades|centuries|generations|years|months|weeks|days|hours|minutes)\b", re.I)
# "How many days ...?": a count of a unit of time, which "a decade" or "several years" gives, and a name does not
_ASKS_TIME_COUNT = re.compile(r"\bhow\s+many\s+(?:years|months|weeks|days|hours|decades|centuries)\b", re.I)
NUMBER_KINDS = {Kind.YEAR: "year", Kind.COUNT: "number", Kind.PERCENT: "percentage", Kind.MONEY: "amount",
                Kind.ORDINAL: "rank"}
# A rank said without an ordinal: "its largest trading partner", "leading ASEAN", "the top investor".
_RANK_WORD = re.compile(r"\b(?:largest|biggest|leading|top|highest|lowest|smallest|last)\b", re.I)
NUMBER_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                         r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
                         r"dozens?|half|twice|percent)\b", re.I)
# words that count only as a short answer ("both", "several", "none"): in a longer phrase they qualify something
# else ("Both countries are encouraged to develop ..."); not "many", which only says back "How many ...?" ("How
# many horses trampled the grave?" and "many horses")
_VAGUE_NUMBER = re.compile(r"\b(?:single|several|few|no(?!\.)|none|once|both)\b", re.I)  # not "no." of a number
# prepositions of place that no stopword list holds
_PLACE_PREPOSITIONS = frozenset({"along", "across", "near", "within", "throughout", "among", "beyond", "toward",
                                 "towards", "around", "behind", "beside", "upon", "outside", "inside"})
COUNTS_ANOTHER = "The closest passage counts {counted}, “{said}”, not what the question asks how many of."
# "What was the total value of Vietnam-China trade?" and "accounting for 24.6 percent of ...": a share is no value.
# Not for "What amount of the world's carbon ...?", which a share answers.
A_SHARE = "The closest passage gives a share, “{said}”, where the question asks for a value."
_ASKS_VALUE = re.compile(r"\b(?:value|worth|cost|price|turnover|revenue|budget|dollars?|money|pay|paid|spend|"
                         r"spent)\b", re.I)
_SHARE = re.compile(r"%|\bper\s?cent\b", re.I)
# "By what percent did trade grow in 2023?" and "accounting for 24.6 percent of ... turnover": a share, in
# sentences that say nothing rose or fell
NO_CHANGE = "The closest passage gives “{said}”, not by how much anything grew or fell."
_CHANGE_WORD = re.compile(r"\b(?:up|down|ris(?:e|es|en|ing)|rose|grow\w*|grew|increas\w*|decreas\w*|f[ae]ll\w*|"
                          r"drop\w*|declin\w*|jump\w*|climb\w*|surg\w*|doubl\w*|tripl\w*|higher|lower|gain\w*|"
                          r"los[st]\w*|expan\w*|shr[iu]nk\w*|boost\w*|slow\w*)\b", re.I)
# "What was the value of Vietnam's exports to Cambodia?" and "bilateral trade turnover reached US$10.57 billion":
# trade both ways is no one way's
NO_WAY = "The closest passage does not mention {way}."
_ONE_WAY = re.compile(r"\b(?<!-)(export|import)(?:s|ed|ing)?\b(?!-)", re.I)
# ... of sentences about trade: "How many destinations ... to predict imported SARS-CoV-2 cases?" asks no trade
_TRADE = re.compile(r"\b(?:trad(?:e|es|ed|ing)|turnover)\b", re.I)
NOT_A_COUNT = "The closest passage gives a ratio, “{said}”, where the question asks how many."
# "How many French soldiers were killed?" and "45,000" of "45,000 pounds of gunpowder": a weight counts no one
A_MEASURE = "The closest passage gives a measure, “{said} {unit}”, where the question asks how many."
_UNIT_AFTER = re.compile(rf"\s*({UNITS})\b", re.I)
_ASKS_IN_UNITS = re.compile(rf"\b(?:{UNITS})\b", re.I)  # "How many tons ...?" counts in a unit, as "8 tonnes" does
# "How long does a neutrophil survive?" and "50% to 60%": a share is no length of time, distance or size
SHARE_FOR_MEASURE = "The closest passage gives a share, “{said}”, where the question asks {asked}."
_ASKS_LENGTH = re.compile(r"\bhow\s+(?:long|far|old|tall|deep|wide|heavy)\b", re.I)  # "how high": maybe a rate
NOT_A_SHARE = "The closest passage gives an amount, “{said}”, where the question asks for a share."
_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b", re.I)
_SHARE_SAID = re.compile(r"%|\bper\s?cent|\b(?:half|quarter|third|fifth|tenth|fraction|proportion|share|majority|"
                         r"minority)\b|\b\d+\s+(?:in|out\s+of)\s+\d+", re.I)


def gives_share(phrase: str) -> bool:
    """Whether ``phrase`` gives a share: "98%", "half", "8 of the 11 patients", "6/8"; not "59" or "59 volunteers"."""
    return bool(_SHARE_SAID.search(phrase) or re.search(r"\b\d+\s*/\s*\d+\b|\b\d+\s+of\s+(?:the\s+|them\s+)?\d+\b", phrase))


# "How many galleries does the V&A have?" and "£43 million": an amount of money counts no galleries
AN_AMOUNT = "The closest passage gives an amount of money, “{said}”, where the question asks how many."
A_COUNT = "The closest passage gives a number of {counted}, “{said}”, where the question asks for an amount of money."
NOT_AN_AGE = "The closest passage gives a number of {counted}, “{said}”, where the question asks for an age."
AGE_OF_A_THING = "The closest passage gives the age of a {thing}, “{said}”, where the question asks someone's."
A_GIFT = "The closest passage gives a {gift}, “{said}”, where the question asks what something cost."
_SCALE_ONLY = re.compile(r"\b(?:million|billion|trillion)\b", re.I)
_MONEY = re.compile(r"[$€£¥]|\b(?:USD|US\$|dollars?|euros?|yuan|VND|riel)\b")
# "205 projects ... with a total registered capital of $2.94 billion" still counts: a number outside the money
_AMOUNT = re.compile(r"(?:US)?[$€£¥]\s?[\d.,]+(?:\s+(?:million|billion|trillion))?|[\d.,]+(?:\s+(?:million|billion|"
                     r"trillion))?\s+(?:USD|dollars?|euros?|yuan|VND|riel)\b", re.I)
_ASKS_MONEY = re.compile(r"\b(?:money|cost|costs|spend|spent|pay|paid|budget|fund|funds|funding|invest|invested|"
                         r"raise|raised|price|prices|dollars?|euros?|pounds?|yuan|currency|worth)\b", re.I)
CURRENCY = re.compile(r"[$€£¥]|\b(?:USD|US\$|dollars?|euros?|pounds?|yuan|dong|VND|kip|riel|billion|million|"
                       r"trillion)\b", re.I)
# figures and lower-case words, no name: "2014", "40 to 60 days" ("Who was the leader ...?" and "In 2014, ...")
_FIGURE_WORDS = re.compile(r"[^A-Z]*\d[^A-Z]*")
# a code of letters and digits written together: "MN975262", "NC_045512"
_CODE = re.compile(r"\b[A-Z]{1,5}_?\d{4,}(?:\.\d+)?\b")
# a citation's numbers, "[19]", "(3, 4)", which are no figure of the text's
CITED = re.compile(rf"{REFERENCE.pattern}|\(\s*\d[\d,\s–-]*\)")
# a figure's opening: its number, or a word or sign before it ("about 40", "$5", "more than 70,000")
_FIGURE_OPENING = re.compile(r"\W*(?:(?:about|around|over|under|nearly|almost|only|some|approximately|up\s+to|"
                             r"more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)?[$£€¥]?\s?\d", re.I)


def only_a_figure(phrase: str, most_words: int = 4) -> bool:
    """Whether ``phrase`` is a figure and little else (``most_words`` words at most): "40 to 60 days", "1,200",
    "about 5%"; not "several cell types [19], suggesting that orf3b is dispensable" (its only number a citation,
    and a clause), nor "critical threshold of 1" (words that a number ends)."""
    said = CITED.sub(" ", phrase.strip())
    return (bool(_FIGURE_WORDS.fullmatch(said)) and _FIGURE_OPENING.match(said) is not None
            and len(re.findall(r"[^\W\d_]{2,}", said)) <= most_words)


NO_REASON = "The closest passage gives a figure, “{said}”, not a reason."


# a share said in words or figures: "three-fourths", "half", "one in ten", "80%"
# (not "half a million" nor "one and a half million": a number)
_A_SHARE = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|(?<!and\s)a)[- ](?:half|halves|thirds?|"
                      r"quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
                      r"|(?<!and\sa\s)half(?!\s+(?:an?\s+)?(?:million|billion|thousand|hundred|dozen)\b)"
                      r"|(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|ten|\d+))\b"
                      r"|\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)", re.I)


_TIMES_AFTER = re.compile(r"\s*(?:times|fold)\b")


def _right_after(text: str, phrase: str, after: re.Pattern) -> re.Match | None:
    """``after`` matched where ``phrase`` ends in ``text`` (its first place), or None."""
    said = phrase.strip()
    at = text.find(said) if said else -1
    return after.match(text, at + len(said)) if at >= 0 else None


_NEXT_WORD = re.compile(r"\s*[^\s,;()]*")


def _times_after(text: str, phrase: str) -> bool:
    """Whether ``text`` writes "times" or "fold" right after ``phrase``: "nearly three times that for all workers"."""
    return _right_after(text, phrase, _TIMES_AFTER) is not None


def _unit_after(text: str, phrase: str) -> str | None:
    """The unit of weight, length, area or volume ``text`` writes right after ``phrase`` ("pounds"), else None."""
    unit = _right_after(text, phrase, _UNIT_AFTER)
    return unit.group(1) if unit else None


def share_instead(text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` of the share ``text`` gives nearest the amount ``phrase``, for a question asking a share
    that was quoted an amount (NOT_A_SHARE): "three-fourths" of "killed up to three-fourths of the population of
    the Iranian Plateau, possibly 10 to 15 million people" for "10 to 15 million"; else None."""
    at = max(0, text.find(phrase.strip()))
    shares = [m.span() for m in _A_SHARE.finditer(text)]
    return min(shares, key=lambda span: abs(span[0] - at), default=None)


ASKS_RANK = re.compile(r"\brank", re.I)  # "Where is Brazil ranked ...?" asks for a rank, not a place
_ASKS_AGE = re.compile(r"\bhow\s+old\b|\bwhat\s+(?:is|was)\s+(?:the\s+|his\s+|her\s+)?age\b|\bat\s+what\s+age\b"
                       r"|['’]s\s+age\b|^(?!.*\b(?:what|which|who|how|when|where|why)\b).*\bage\s*\??$", re.I)  # "X age"


# A phrase whose only numbers are years: no amount nor share, whatever its words
_ONLY_YEARS = re.compile(r"(?![^\d]*(?:[$€£¥%]|\bper\s?cent\b|\b(?:USD|dollars?|euros?|pounds?|yuan|dong|kip|riel)\b))"
                         r"[^\d]*(?:(?:1[0-9]|20)\d\d(?:\s*[-–]\s*(?:1[0-9]|20)\d\d)?[^\d]*)+", re.I)


# a number that may be a year: of three or four digits and no measure ("180-foot", "738 days"), or with an era
_A_YEAR = re.compile(r"(?<![\d.,])\d{3,4}s?\b(?!\s*-?\s*(?:days?|weeks?|months?|years?|hours?|minutes?|feet|foot|"
                     r"ft|metres?|meters?|m|km|miles?|mi|kg|tons?|tonnes?|people|%|per\s?cent)\b|\s*%)"
                     r"|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b|\bAD\s*\d{1,4}\b|\b\d0s\b", re.I)


# a name a figure opens: "2019-nCoV"
_OPENS_NAME = re.compile(r"(?<![\w.,])\d+-[a-z]*[A-Z][\w-]*")
# a number word written as part of a name, capitalized before another capitalized word that ends the phrase or the
# name: "Seven Years", "Three Gorges Dam"
_NAMED_NUMBER = re.compile(r"\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|"
                           r"Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)\s+"
                           r"(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Hundred|Thousand|Million|Billion)\b)"
                           r"[A-Z][\w'’]*+"
                           r"(?!\s+[a-z])")  # not "Six Russian princes", which counts princes


def holds_number(kind: Kind, phrase: str) -> bool:
    """Whether ``phrase`` can answer a question of ``kind``: for a year, a count, a percentage or an amount
    (NUMBER_KINDS), it holds a digit, or for all but a year a number word ("two", "half", "millions"), or is a
    short phrase with a vaguer one ("both", "several"), and for an amount or a share a number that is no year
    alone and no bare "two", for an amount with its currency or scale ("$20", "20 million"); for a rank, an
    ordinal or a word such as "largest". A rank is no count: "How many joint patrols ...?" is not answered by
    "their 74th annual joint patrol"."""
    if kind not in NUMBER_KINDS:
        return True
    phrase = REFERENCE.sub(" ", phrase)  # "the Diamond Princess [1]" counts nothing
    if kind is Kind.ORDINAL:  # "Which edition was it?": "third", "46th", "largest"
        return bool(ORDINAL.search(phrase) or _RANK_WORD.search(phrase))
    if kind is Kind.COUNT and len(YEAR.findall(phrase)) >= 2 and _ONLY_YEARS.fullmatch(phrase.strip()):
        return False  # "How many studies were included?" and "2019 and 2020"
    if kind is Kind.COUNT:  # a rank, a range of years or a year said as such ("in 2023") counts nothing, nor does
        # a symbol's number ("R 0", "H1N1", "COVID-19", "IL-6")
        phrase = SYMBOL.sub(" ", YEAR_SAID.sub(" ", YEAR_RANGE.sub(" ", ORDINAL.sub(" ", phrase))))
        phrase = _RANK_NUMBER.sub(" ", _DATE_OF_MONTH.sub(" ", phrase))  # "No. 1 in the UK", "8-10 February 2020"
        phrase = _NAMED_NUMBER.sub(" ", _OPENS_NAME.sub(" ", phrase))  # "Seven Years" of "the Seven Years' War", a
        # name, or "2019" of "2019-nCoV"
    if kind is Kind.YEAR:  # "In what year ...?" and "738 days" or "a 600-year-old tree": no year
        return bool(_A_YEAR.search(phrase))
    if kind in (Kind.MONEY, Kind.PERCENT) and (_ONLY_YEARS.fullmatch(phrase.strip())
                                               or phrase.strip().lower() in _SMALL_NUMBERS):
        return False  # "How much money ...?" and "the 2023-2030 period"; "What is the budget?" and "two"
    if kind is Kind.MONEY and not CURRENCY.search(phrase):
        return False  # "How much money did the building cost?" and "3.5 metres (11 ft)", or "100" families
    return bool(NUMBER_WORD.search(phrase) or (_VAGUE_NUMBER.search(phrase) and len(phrase.split()) <= 4))


# "How many ... are in agriculture?", "How much of it went into tourism?": the part of a whole asked for, at the end
_IN_PART = re.compile(r"\b(?:are|were|is|was|went|go|goes|gone)\s+(?:in|into|to|for)\s+(?:the\s+)?"
                      r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\??\s*$")


def unmentioned_part(question: str, kind: Kind, document: str) -> str | None:
    """The part a question asking how many or how much of something ends on ("agriculture" of "How many ...
    projects in Cambodia are in agriculture?"), when ``document`` holds none of its words; else None."""
    part = _IN_PART.search(question) if kind in NUMBER_KINDS else None
    own = [w for w in part.group(1).split() if w not in STOPWORDS] if part else []
    held = {stem(w.lower()) for w in WORD.findall(document)} if own else set()
    return part.group(1) if own and not any(stem(w) in held for w in own) else None


# "How many Cambodian workers are employed by Vietnamese projects?": the words from "how many" to the verb name
# what is counted ("Cambodian workers"; "species of Ctenophores"); without a verb, to the first preposition
_COUNT_OF = re.compile(r"\bhow\s+many\s+((?:[\w.-]+\s+){0,8}?)(?=(?:are|were|is|was|do|does|did|have|has|had|will|"
                       r"would|can|could)\b)|\bhow\s+many\s+((?:[\w-]+\s+){0,3}?)(?=(?:in|of|at|on|from|to|for|by|"
                       r"with)\b)", re.I)
# not "5th", "0m", nor the number of a name it ends ("SARS-CoV-2", "COVID-19", "IL-6") or opens ("2019-nCoV")
_FIGURE = re.compile(r"(?<![\w.,$])(?<![^\W\d_]-)\d[\d,]*(?:\.\d+)?(?![\d,.]?\d|[^\W\d_]|-[^\W\d_])")


# a place in a chart or a list: "No. 1", "number 2"
_RANK_NUMBER = re.compile(r"\b(?:No|no|Number|number|#)\.?\s?\d+\b|#\d+")
# a day of a month, or days: "February 25", "25th of March", "from 1 to 15 January"
_DAYS_OF_MONTH = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*\d{{1,2}}\b)?"
                            rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
                            rf"\s+(?:of\s+)?{MONTH}\b")
# a date of a month, with its year: "8-10 February 2020", "March 14 and 15, 2024"
_DATE_OF_MONTH = re.compile(rf"(?:{_DAYS_OF_MONTH.pattern})(?:,?\s+(?:1[0-9]|20)\d\d\b)?")


# a part of a group the text has given: "Of the 2,421 children who experienced ..." (of 6,266 evaluated)
_PART_OF = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the|these|those)\s+$")
_WHO_DID = re.compile(r"(?:\s+[\w-]+){1,2}?\s+(?:who|that|which|with)\b")


def other_figure(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question gives a figure of a thing ("400 FDI projects") that ``text`` does not
    hold, and ``text`` gives another figure of that thing ("205 projects"): the question's is not the passage's.
    Years and days of a date ("25" of "as of February 25, 2020", "1" of "from 1 to 15 January") are no figures of
    a thing."""
    dates = [m.span() for m in _DAYS_OF_MONTH.finditer(question)]
    for asked in _FIGURE.finditer(question):
        number = asked.group(0)
        if any(s <= asked.start() < e for s, e in dates):
            continue
        if YEAR.fullmatch(number) or re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text):
            continue
        things = list(itertools.takewhile(lambda w: w not in STOPWORDS, words(question[asked.end():])[:3]))
        wanted = {stem(w) for w in things}
        for given in _FIGURE.finditer(text):
            if YEAR.fullmatch(given.group(0)) or _PART_OF.search(text, 0, given.start()) and _WHO_DID.match(
                    text, given.end()):
                continue  # "Of the 2,421 children who experienced ...": a part of those the question gives
            after = re.match(r"(?:\s+[\w-]+){1,3}", text[given.end():])
            hit = next((w for w in (after.group(0).split() if after else []) if stem(w.lower()) in wanted), None)
            if hit:  # the question's figure as it writes it, up to that thing: "400 FDI projects"
                written = re.findall(r"[\w'-]+", question[asked.end():])[:4]
                upto = next((i for i, w in enumerate(written) if stem(w.lower()) == stem(hit.lower())), 0)
                return f"{given.group(0)} {hit}", " ".join([number] + written[:upto + 1])
    return None


# a sum of money as written: "$500 million", "US$2.1 billion"
_SUM = re.compile(r"(?:US)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion))?", re.I)
_COMPARED_TO = re.compile(r"\b(?:than|compared\s+(?:to|with)|from|versus|vs\.?|over)\s+$", re.I)


def other_sum(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question gives a sum of money as something known ("Who loaned Capital Cities
    the remaining $500 million ...?") that ``text`` does not write, where ``text`` writes other sums ("borrowed $2.1
    billion"): its sums are other money. Not for a sum the question compares with ("more than $5 million")."""
    for asked in _SUM.finditer(question):
        said = " ".join(asked.group(0).split())
        if said in " ".join(text.split()) or _COMPARED_TO.search(question[:asked.start()]):
            continue
        given = _SUM.search(text)
        if given:
            return " ".join(given.group(0).split()), said
    return None


def counted_of_unmentioned(question: str, kind: Kind, text: str) -> str | None:
    """The country (or people) whose things a "How many ...?" question counts ("Chinese" of "How many Chinese FDI
    projects ...?"), or the named thing it counts ("Quakers" of "How many Quakers live in Kenya?"), when ``text``
    never mentions it; else None."""
    asked = _COUNT_OF.search(question) if kind is Kind.COUNT else None
    counted = (asked.group(1) or asked.group(2) or "").split() if asked else []
    # a country's compound is that country's: "Vietnamese" of "Vietnamese-funded"
    counted = [w.split("-")[0] if "-" in w and is_country_word(w.split("-")[0]) else w for w in counted]
    # a named thing only when it is what is counted, first: not "Ctenophora" of "species of Ctenophora", the topic
    return next((w for n, w in enumerate(counted) if w[:1].isupper() and (
        not mentions_country(text, w) if is_country_word(w) else n == 0 and bool(unnamed([w], text)))), None)


def counts_another(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """What the number quoted counts, when that is another thing the question names than the one it asks how
    many of: "How many Cambodian workers are employed by Vietnamese investment projects?" is not answered by
    "205" of "Vietnam has 205 projects in Cambodia" -> "projects"; or when the number only refers to things
    already named ("two" of "the people of the two countries", asked how many events were held). Else None."""
    asked = _COUNT_OF.search(question)
    quoted = phrase.strip()
    at = text.find(quoted) if kind is Kind.COUNT and asked and quoted else -1
    if kind is Kind.COUNT and quoted.lower() in _VAGUE_COUNTS:
        return _vaguely_counted(question, text, quoted)
    # past a participle or a people's name to the thing counted: "cases" of "1,716 confirmed cases", "students" of
    # "14,000 Lao students"
    after = re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+ed\s+)?([a-z][\w-]*)", text[at + len(quoted):]) if at >= 0 \
        else None
    if not after or not (re.fullmatch(r"[\d.,]+", quoted) or quoted.lower() in _SMALL_NUMBERS) \
            or after.group(1) in STOPWORDS or re.search(r"[\w.]$", text[:at]):  # not "25" of "X.25 networks"
        return None
    counted = stem(after.group(1).lower())
    of = {stem(w.lower()) for w in (asked.group(1) or asked.group(2) or "").split() if w.lower() not in STOPWORDS}
    following = re.match(r"(?:\s+[\w-]+){1,3}", text[at + len(quoted):]).group(0).lower().split()
    if any(stem(w) in of for w in following):  # "seven independent schools" asked how many schools
        return None
    rest = [w.lower() for w in words(question[asked.end():])] + [""]
    # named as a thing of its own, not as a word before another ("costume" of "the costume collection"): before a
    # stopword or a preposition ("legions" of "in its legions along the Rhine")
    named = {stem(w) for w, following in zip(rest, rest[1:])
             if not following or following in STOPWORDS or following in _PLACE_PREPOSITIONS}
    # "the two countries" refers to them, counting nothing asked, unless it is them the question counts; "the 79
    # countries and territories" counts them
    referred = text[max(0, at - 4):at].lower() == "the " and quoted.lower() in _SMALL_NUMBERS
    # one figure of a list of three or more, each before what it counts, none of them what is asked: "378" of
    # "1,294 birds, 427 mammals, 428 amphibians, and 378 reptiles" does not count snakes
    listed = _list_holding(text, at, at + len(quoted))
    unlisted = len(listed) >= 3 and not any(counted_ in of for counted_ in listed)
    return after.group(1) if (counted in named or referred or unlisted) and counted not in of and of else None


def _vaguely_counted(question: str, text: str, quoted: str) -> str | None:
    """The things a vague count in ``text`` counts ("companies" of "several large pharmacy management
    companies"), when the words after "How many" name none of them ("How many licensed pharmacists ...?"); None
    when it counts those, or no plural follows it within four words."""
    asked = re.search(r"\bhow\s+many\s+((?:[\w-]+\s+){0,2}[\w-]+)", question, re.I)
    at = re.search(rf"\b{re.escape(quoted)}\b", text, re.I)
    after = re.match(r"(?:\s+[\w-]+){1,4}", text[at.end():]) if asked and at else None
    if not after:
        return None
    following = after.group(0).lower().split()
    of = {stem(w.lower()) for w in asked.group(1).split() if w.lower() not in STOPWORDS}
    if any(stem(w) in of for w in following):  # "several times", asked how many times
        return None
    return next((w for w in following if w.endswith("s") and w not in STOPWORDS), None)


_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
# a count said only vaguely, which answers only for the things the question counts
_VAGUE_COUNTS = frozenset("several few many numerous dozens hundreds thousands".split())
PART_UNSAID = "The closest passage gives no count of those {part}."
SHARE_UNSAID = "The closest passage gives no share of those who {part}."
# "Among 41 hospitalized patients ..., what percentage had fever at illness onset?": what the share is of, told by
# the verb after "what percentage" (and up to four words of whom)
_SHARE_ASKED = re.compile(r"\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction)\s+"
                          r"(?:of\s+(?:[\w-]+\s+){1,4}?)?(?P<part>(?:had|have|has|developed|showed|reported|"
                          r"experienced|presented\s+with|died\s+of)\s+[^?]+)", re.I)
# a share in brackets after what it is of: "fever (40, 98%)", "cough (76%)"
_SHARE_OF_TERM = re.compile(r"(?P<term>[A-Za-z][\w-]*)\s*\((?:\d[\d,.]*\s*[,;]\s*)?(?P<share>\d+(?:\.\d+)?\s?%)\)")
_HOW_MANY = re.compile(r"\bhow\s+many\s+([\w-]+)", re.I)  # the word it counts, whatever follows
# "How many of the Lao students in Vietnam are on government scholarships?": a part of what is counted, told by
# what follows the verb
_PART_ASKED = re.compile(r"\bhow\s+many\s+of\s+(?:them|these|those|the|its|their|all(?:\s+the)?)\b[^?]*?\s"
                         r"(?:are|were|is|was|have|has|had|receive|received|get|got)\s+(?P<part>[^?]+)", re.I)


# "How many of the early episodes has the BBC lost?": "has" is the auxiliary of a subject's verb, asking no part
_INVERTED = re.compile(r"\b(?:have|has|had)\s+(?:the|a|an|he|she|they|we|you|it)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:[\w-]+ed|lost|made|kept|found|built|sold|won|seen|taken|given|written|done)\s*\??$", re.I)
_REFERRED = re.compile(r"\b(?:that|this|those|these|such)\s+[\w-]+", re.I)
_PRO_FORMS = frozenset({"one", "ones"})  # "specialty ones": the things counted, no word a passage need write


# a figure counting the word after it, the range it ends included: "427 mammals", "250,000 to 500,000 deaths",
# "three to five million cases", or after its share in brackets: "8,525 (1.7%) Native American"
_COUNTED = re.compile(rf"(?<![\w.,$])(?P<figure>(?:{FIGURE}\s*(?:to|-|–)\s*)?{FIGURE})(?![\w,.]?\d)"
                      r"(?:\s*\(\d[\d.,]*\s?%\))?\s+(?P<word>[^\W\d_][\w-]*)", re.I)


def _listed_counts(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """(where, the stem of the word after it) of each figure ``text[start:end]`` writes before a word that is no
    stopword: "1,294 birds, 427 mammals" -> [((a, b), "bird"), ((c, d), "mammal")]; a range is one figure
    ("three to five million cases of severe illness, and about 250,000 to 500,000 deaths")."""
    return [(counted.span("figure"), stem(counted.group("word").lower()))
            for counted in _COUNTED.finditer(text, start, end) if counted.group("word").lower() not in STOPWORDS]


_LIST_ITEM = re.compile(r"(?<![\w.,$])(\d[\d,]*(?:\.\d+)?)\s+([a-z][\w-]*)")  # "427 mammals"
_BETWEEN_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _list_holding(text: str, start: int, end: int) -> list[str]:
    """The stems of what each figure counts in the list of "figure noun" items, one after another, that holds the
    figure ``text[start:end]``: "1,294 birds, 427 mammals, and 378 reptiles" -> ["bird", "mammal", "reptil"]; []
    when the figure is in none."""
    items = [m for m in _LIST_ITEM.finditer(text, max(0, start - 400), min(len(text), end + 400))
             if m.group(2) not in STOPWORDS]
    runs, run = [], []
    for item in items:
        if run and not _BETWEEN_ITEMS.fullmatch(text, run[-1].end(), item.start()):
            runs.append(run)
            run = []
        run.append(item)
    runs.append(run)
    holding = next((r for r in runs if any(m.start(1) == start and m.end(1) == end for m in r)), [])
    return [stem(m.group(2)) for m in holding]


def counted_figure(question: str, text: str, start: int, end: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The figure that the sentence ``text[start:end]`` writes before the thing "How many X ...?" counts (or the
    part "How many of them are X?" asks), when it lists two figures or more each before what they count and the
    quoted ``phrase`` is not that figure: "427" of "1,294 birds, 427 mammals, 428 amphibians, and 378 reptiles"
    for "How many mammals have been classified?", where the reader quoted "378". Else None."""
    part = _PART_ASKED.search(question)
    asked = None if part else _COUNT_OF.search(question) or _HOW_MANY.search(question)  # "How many deaths occur ...?"
    said = part.group("part") if part else next((g for g in asked.groups() if g), "") if asked else ""
    wanted = {stem(w) for w in words(said) if w not in STOPWORDS and w not in _PRO_FORMS}
    # every figure before a word, not only a run of them (_list_holding): the one before the word asked is quoted,
    # which needs no list ("1,600" of "1,600 miles (2,600 km)" for "How many miles ...?")
    listed = [(span, counted) for span, counted in _listed_counts(text, start, end)
              if text[slice(*span)] not in question]  # not "11 to 18" of "How many 11 to 18 schools ...?"
    written = {stem(w) for w in words(said)}  # "same-sex" of "1,388 (0.9%) same-sex married couples"
    ours = [span for span, counted in listed
            if counted in wanted or "-" in counted and {stem(w) for w in counted.split("-")} <= written]
    if not wanted or len(listed) < 2 or len(ours) != 1 or ours[0] == phrase:
        return None
    quoted = text[slice(*phrase)]
    others = [span for span, _ in listed if span != ours[0] and phrase[0] <= span[0] and span[1] <= phrase[1]]
    return ours[0] if others or not quoted.strip() else None


def share_unsaid(question: str, kind: Kind, text: str) -> str | None:
    """What a "What percentage had X?" question says the share is of ("had fever at illness onset"), when ``text``
    writes none of the words of X: its shares are of something else ("30 were men (73%)"). Else None."""
    asked = _SHARE_ASKED.search(question) if kind is Kind.PERCENT else None
    if not asked:
        return None
    part = asked.group("part").strip(" .,")
    held = {stem(w) for w in words(text)}
    wanted = [w for w in words(part.split(None, 1)[1] if " " in part else "") if w not in STOPWORDS and not w.isdigit()]
    return part if wanted and not any(h.startswith(stem(w)) for w in wanted for h in held) else None


def share_of_term(question: str, text: str, start: int, end: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The share ``text[start:end]`` gives in brackets after the one thing of a list of such that the question
    names, when the quoted ``phrase`` is not it: "98%" of "fever (40, 98%), cough (31, 76%), and fatigue or myalgia
    (18, 44%)" for "What percentage had fever?". Else None."""
    items = list(_SHARE_OF_TERM.finditer(text, start, end))
    asked = {stem(w) for w in words(question) if w not in STOPWORDS}
    ours = [m.span("share") for m in items if stem(m.group("term").lower()) in asked]
    return ours[0] if len(items) >= 2 and len(ours) == 1 and ours[0] != phrase else None


def part_unsaid(question: str, kind: Kind, text: str) -> str | None:
    """What a "How many of them ...?" question says the part it counts is ("on government scholarships"), when
    ``text`` writes more than a third of its words nowhere: it counts them all, not that part. Else None. One word
    of three may be the user's own ("absent from the BBC archive" and "97 of 253 episodes ... are not held in the
    BBC's archives")."""
    asked = _PART_ASKED.search(question) if kind is Kind.COUNT else None
    if not asked or _INVERTED.search(asked.group(0)):
        return None
    part = asked.group("part").strip(" .,")
    held = {stem(w) for w in words(text)}
    said = _REFERRED.sub(" ", part)  # "of that kind" refers to the earlier answer, which the part need not repeat
    wanted = [w for w in words(said) if w not in STOPWORDS and w not in _PRO_FORMS and not w.isdigit()
              and not country_of(w)]
    unsaid = [w for w in wanted if not any(h.startswith(stem(w)) for h in held)]
    return part if 3 * len(unsaid) > len(wanted) else None


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


# a change by a figure, and what brackets hold: "increased 21-fold (95% CI: 18-25)" is a figure
_CHANGED_BY = re.compile(r"^\s*(?:(?:have|has|had)\s+)?(?:increased|decreased|rose|risen|fell|fallen|grew|grown|"
                         r"dropped|declined|doubled|tripled|jumped|climbed)(?:\s+by)?\s+|\s*\([^()]*\)", re.I)


def no_reason(question: str, phrase: str) -> str | None:
    """NO_REASON when "Why ...?" is quoted only a figure, or a change by one ("increased 21-fold")."""
    if ASKS_WHY.match(question) and only_a_figure(_CHANGED_BY.sub(" ", phrase)):
        return NO_REASON.format(said=phrase.strip())  # "Why was her sentence upheld?" and "40 to 60 days"
    return None


NO_ITEMS = "The closest passage says only “{said}”, not which."
# a quantifier that names nothing: "they need to satisfy several important criteria"
# (not "many" or "some", which open sentences about what they count: "Many people in the city have Scottish ...")
_ONLY_SOME = re.compile(r"(?:several|various|numerous|multiple|certain|a\s+number\s+of)", re.I)


def no_items(kind: Kind, phrase: str, question: str = "") -> str | None:
    """NO_ITEMS when a question asking for things, not for how many, is quoted only a quantifier ("several"), or
    one asking why or how, a quantifier and what it counts ("Why is phage self-adjuvanting?" and "through multiple
    mechanisms", which the sentences after go on to name)."""
    said = phrase.strip()
    if kind not in NUMBER_KINDS and (_ONLY_SOME.fullmatch(said) or _WHY_OR_HOW.match(question) and re.fullmatch(
            rf"(?:(?:through|by|via|for|in)\s+)?{_ONLY_SOME.pattern}(?:\s+[a-z][\w-]*){{1,2}}", said, re.I)):
        return NO_ITEMS.format(said=said)
    return None


_WHY_OR_HOW = re.compile(r"\s*(?:why|how)\b(?!\s+(?:many|much|long|far|old|often|big|large|tall|high)\b)", re.I)


# "By what ratio ...?" asks two numbers set against each other ("20 to 1", "1.82:1", "threefold"); one figure alone
# is none
_ASKS_RATIO_OF = re.compile(r"\b(?:what|which)\s+ratio\b", re.I)
_SAYS_RATIO = re.compile(r"\b(?:to|times|per|fold)\b|[:/]|\dx\b", re.I)  # "3-fold" too


def _without_named(question: str, phrase: str) -> str:
    """``phrase`` without the words holding a digit that the question writes too ("2019-nCoV"): a name's digits."""
    named = {w.lower() for w in re.findall(r"[\w-]*\d[\w-]*", question)}
    return re.sub(r"[\w-]*\d[\w-]*", lambda m: " " if m.group(0).lower() in named else m.group(0), phrase)


def no_measure(question: str, kind: Kind, phrase: str, text: str) -> str | None:
    """No measure for "How long ...?", "How far ...?": a phrase with no number and no span of time, or a figure
    alone that counts things ("three" of "three bodies of water", measures.counts_things); nor, for a size ("How tall
    ...?"), a year the sentences ``text`` say as one ("in 2014", not "a 1000 bed hospital")."""
    if kind is Kind.QUANTITY and ASKS_MEASURE.search(question) and not ASKS_RANK.search(question) \
            and phrase.strip() and not NUMBER_WORD.search(_CODE.sub(" ", phrase)) and not _SPAN_WORD.search(phrase):
        return NO_NUMBER.format(kind="measure")  # "How long is the corridor?" and "cross-border economic zones";
        # "genome length" and "accession no. MN975262", a code's digits
    if kind is Kind.QUANTITY and _ASKS_DISTANCE.search(question) and _NO_LENGTH.search(_with_next_word(text, phrase)) \
            and not _A_LENGTH.search(phrase):
        return NO_NUMBER.format(kind="length")  # "How long is the Moselle?" and "300 m3/s" of its discharge
    if kind is Kind.QUANTITY and _ASKS_RAIN.search(question) and _TEMPERATURE.search(phrase) \
            and not _A_DEPTH.search(phrase):
        return NO_NUMBER.format(kind="amount of rain or snow")  # "How much rain does Fresno get?" and "100 °F"
    said = phrase.strip()
    if kind is Kind.PERIOD and said and _ASKS_TIME_COUNT.search(question) \
            and not NUMBER_WORD.search(REFERENCE.sub(" ", said)) and not _VAGUE_NUMBER.search(said) \
            and not TIME_WORD.search(said):
        return NO_NUMBER.format(kind="number")  # "How many days did the visit last?" and the visitor's name; an
        # ordinal will do ("57th anniversary" for how many years)
    if kind is Kind.COUNT and said and YEAR.fullmatch(said) and any(
            m.group(0).endswith(said) for m in SAID_AS_YEAR.finditer(text)):
        return NO_NUMBER.format(kind=NUMBER_KINDS[Kind.COUNT])  # "How many people lived in Khanbaliq ...?" and
        # "1264" of "... to Khanbaliq in 1264"
    times = [text[m.end():m.end() + 16] for m in re.finditer(rf"(?<![\w.,]){re.escape(said)}(?![\w.,]?\d)", text)] \
        if kind is Kind.COUNT and said else []
    if times and all(TIME_AFTER.match(after) for after in times) and not TIME_WORD.search(question):
        return NO_NUMBER.format(kind=NUMBER_KINDS[Kind.COUNT])  # "How many people lived there?" and "two" of "two
        # years later": a count of time, asked a count of something else
    if kind is Kind.QUANTITY and said and _ASKS_SPEED.search(question) and YEAR.fullmatch(said):
        return NO_NUMBER.format(kind="time taken")  # "How quickly was it identified?" and "2002"
    if kind is Kind.QUANTITY and said and _ASKS_VALUE_NUMBER.search(question) \
            and not holds_number(Kind.COUNT, _without_named(question, said)):
        return NO_NUMBER.format(kind="number")  # "What basic reproduction number ...?" and "R0", or a sentence
        # whose only numbers are dates and the question's names ("2019-nCoV ... from 1 December 2019 to ...")
    if kind is Kind.QUANTITY and _ASKS_SIZE.search(question) and YEAR.fullmatch(said) and any(
            said in m.group(0) for m in YEAR_SAID.finditer(text)):
        return NO_NUMBER.format(kind="measure")  # "How tall will the building be?" and "2014" of "built in 2014"
    if kind is Kind.QUANTITY and _ASKS_RATIO_OF.search(question) and len(re.findall(r"\d[\d.,]*", said)) == 1 \
            and not _SAYS_RATIO.search(said):
        return NO_NUMBER.format(kind="ratio")  # "By what ratio did the British outnumber the French?" and "2 million"
    sized = _SIZE_OF.search(question) if kind is Kind.QUANTITY and said else None
    if sized and re.search(rf"{re.escape(said)}\s+{re.escape(stem(sized.group(1).lower()))}", text, re.I):
        return NO_NUMBER.format(kind="measure")  # "How large are chloroplasts?" and "about 10 to 100 chloroplasts"
    at = text.find(said) if kind is Kind.QUANTITY and said and ASKS_MEASURE.search(question) else -1
    if at >= 0 and counts_things(text, at, at + len(said)):
        return NO_NUMBER.format(kind="measure")  # "What is the maximum depth of Lake Constance?" and "three" of
        # "three bodies of water"
    return None


def _with_next_word(text: str, phrase: str) -> str:
    """``phrase`` and the word ``text`` writes right after it: "2,900 m3/s" of "2,900" (its first place)."""
    after = _right_after(text, phrase, _NEXT_WORD)
    return phrase.strip() + (after.group(0) if after else "")


def no_age(question: str, text: str, phrase: str = "") -> str | None:
    """No age for "How old ...?": no number at all in ``text``, or a ``phrase`` that counts the things named after
    it ("six" of "six colonial governors")."""
    if not _ASKS_AGE.search(question):
        return None
    if not NUMBER_WORD.search(text):  # "How old is he?" and no number at all
        return NO_NUMBER.format(kind="age")
    said = phrase.strip()
    at = text.find(said) if said else -1
    if at < 0:
        return None
    end = at + len(said)
    counted = re.match(r"\s+(?:[a-z][a-z-]*\s+)?([a-z][a-z-]*s|people|men|women|children)\b", text[end:]) \
        if NUMBER_WORD.fullmatch(said) else None
    if counted and counted.group(1).lower() not in STOPWORDS and not _SPAN_WORD.fullmatch(counted.group(1)):
        return NOT_AN_AGE.format(said=said, counted=counted.group(1))  # "How old was Braddock?" and "six"
    aged = _AGED.match(text, end)
    after = aged.group(1).split() if aged else []
    if any(w in names(question) for w in after):
        return None  # "22-year-old George Washington", asked how old George Washington was
    head = next((w for w in after if w[:1].islower()), "")  # the noun: "tree" of "California Redwood tree"
    if head and head not in STOPWORDS and head not in _PEOPLE and not re.search(r"(?:er|or|ist|ian|ant|ent)s?$", head):
        return AGE_OF_A_THING.format(thing=head, said=said)  # "How old was Julia Hill?" and "600-year-old tree"
    return None


# an age said of what follows it: "a 600-year-old California Redwood tree"
_AGED = re.compile(r"\s*-?\s*(?:(?:years?|months?|weeks?|days?)\s*-\s*)?old\s+"
                   r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})")
# the people an age may be said of ("a 23-year-old woman"); words for doers end as "-er", "-ist", ... ("student")
_PEOPLE = frozenset("man men woman women boy boys girl girls child children son sons daughter daughters person people "
                    "mother father wife husband brother sister baby babies infant infants patient patients king queen "
                    "prince princess emperor heir widow monk nun priest youth adult adults citizen citizens".split())


def a_share_for_a_value(question: str, kind: Kind, phrase: str) -> str | None:
    """A_SHARE when a question asking a value is quoted a share and no currency."""
    if kind is Kind.MONEY and _ASKS_VALUE.search(question) and _SHARE.search(phrase) and not CURRENCY.search(phrase):
        return A_SHARE.format(said=phrase.strip())
    return None


def wrong_figure(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the figure quoted is of another sort than the one asked: a ratio for how many (NOT_A_COUNT), a share
    for a measure (SHARE_FOR_MEASURE), trade both ways for one way (NO_WAY), no change for by how much (NO_CHANGE),
    an amount for a share (NOT_A_SHARE) or for how many (AN_AMOUNT)."""
    # "How many workers died?" and "nearly three" of "nearly three times that for all workers" (a share may count:
    # "How many residents of Seville died?" and "half")
    if kind is Kind.COUNT and not re.search(r"\btimes\b", question, re.I) and _times_after(text, phrase):
        return NOT_A_COUNT.format(said=phrase.strip())
    unit = _unit_after(text, phrase) if kind is Kind.COUNT and not _ASKS_IN_UNITS.search(question) else None
    if unit:
        return A_MEASURE.format(said=phrase.strip(), unit=unit)
    measure = _ASKS_LENGTH.search(question) if kind is Kind.QUANTITY else None
    if measure and _SHARE.search(phrase) and not re.sub(r"\d+(?:\.\d+)?\s?(?:%|per\s?cent)", "", phrase).strip(
            " ,.-–to"):  # only shares: "50% to 60%"
        return SHARE_FOR_MEASURE.format(said=phrase.strip(), asked=measure.group(0).lower())
    way = _ONE_WAY.search(question) if kind in NUMBER_KINDS and _TRADE.search(text) else None
    if way and not re.search(r"\b(?:export|import)", text, re.I):
        return NO_WAY.format(way=way.group(1).lower() + "s")
    if kind in NUMBER_KINDS and asks_change(question) and phrase.strip() and not _CHANGE_WORD.search(text):
        return NO_CHANGE.format(said=phrase.strip())
    # by what percent it grew: the change is quoted later (change_span); "How much of that came from private work?"
    # asks a part, which an amount gives as well as a share ("$680 billion")
    if kind is Kind.PERCENT and CURRENCY.search(phrase) and not _SHARE_SAID.search(phrase) \
            and not asks_change(question) and not _HOW_MUCH_OF.search(question):
        return NOT_A_SHARE.format(said=phrase.strip())  # "What share of Cambodia's FDI ...?" and "$2.94 billion"
    if kind is Kind.COUNT and _MONEY.search(phrase) and not _ASKS_MONEY.search(question) \
            and not re.search(r"\d", _AMOUNT.sub("", phrase)):
        return AN_AMOUNT.format(said=phrase.strip())
    quoted = phrase.strip()
    at = text.find(quoted) if quoted and kind is Kind.MONEY and _ASKS_COST.search(question) else -1
    gift = _GIFT_AFTER.match(text, at + len(quoted)) if at >= 0 else None
    if gift and not _GIFT_ASKED.search(question):  # "How much did it cost to build?" and "a $35 million gift"
        return A_GIFT.format(gift=gift.group(1).lower(), said=quoted)
    counted = _counted_not_money(kind, text, phrase)
    if counted:  # "How much money did the TV movie cost?" and "9.1 million" of "with 9.1 million viewers"
        return A_COUNT.format(said=phrase.strip(), counted=counted)
    return None


# what something cost, and money given for it, which is no cost: "five years after a $35 million gift"
_ASKS_COST = re.compile(r"\bcost\w*\b|\bprice\b", re.I)
_GIFT_AFTER = re.compile(r"\s+(gift|donation|grant|pledge|bequest|endowment|prize|award)s?\b", re.I)
_GIFT_ASKED = re.compile(r"\b(?:gift|donat\w+|grant\w*|pledg\w+|bequea\w+|endow\w+|prize|award\w*|gave|give|given)\b",
                         re.I)


def _counted_not_money(kind: Kind, text: str, phrase: str) -> str | None:
    """The noun an amount asked is a count of: the word after ``phrase`` in ``text`` when the phrase's only sign of
    money is its scale ("9.1 million" before "viewers"), else None."""
    said = phrase.strip()
    at = text.find(said) if said else -1
    if kind is not Kind.MONEY or at < 0 or not _SCALE_ONLY.search(said) or CURRENCY.search(
            _SCALE_ONLY.sub("", said)):
        return None
    after = re.match(r"\s+([a-z][a-z-]*s|people)\b", text[at + len(said):])
    if after and after.group(1) not in STOPWORDS and not CURRENCY.search(after.group(1)):
        return after.group(1)
    return None


# a count written in figures: not part of a name or a decimal, not a share, an amount or a year
_A_COUNT = re.compile(r"(?<![\w.,$€£¥-])\d{1,3}(?:,\d{3})*(?![\w.,%-]|\s*(?:per\s?cent|percent)\b)")


def count_instead(question: str, text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` of another figure in ``text`` that may count what the question asks how many of, for
    ``phrase`` refused as counting another thing it names (COUNTS_ANOTHER): "170" of "14,000 Lao students studying
    across 170 educational institutions", asked how many schools have Lao students. The figure must count a thing
    the question does not name (counts_another of it is None), so a sentence counting only named things gives none."""
    for found in _A_COUNT.finditer(text):
        figure = found.group(0)
        if figure != phrase.strip() and re.match(r"\s+[A-Za-z]", text[found.end():]) \
                and counts_another(question, Kind.COUNT, text, figure) is None:
            return found.span()
    return None


def counts_other(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the number quoted counts something else: another thing the question names (COUNTS_ANOTHER), or all of
    what a "How many of them ...?" question counts a part of (PART_UNSAID), or a share of something else than what
    "What percentage had X?" asks (SHARE_UNSAID)."""
    counted = counts_another(question, kind, text, phrase)
    if counted:
        return COUNTS_ANOTHER.format(said=phrase.strip(), counted=counted)
    part = part_unsaid(question, kind, text)
    if part:  # "How many of them are hydropower projects?" and "Vietnam has 241 active projects in Laos"
        return PART_UNSAID.format(part=part)
    part = share_unsaid(question, kind, text)
    if part:  # "What percentage had fever at illness onset?" and "30 were men (73%); less than one-half had ..."
        return SHARE_UNSAID.format(part=part)
    return None
