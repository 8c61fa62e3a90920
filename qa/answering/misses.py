"""Why a passage that matches the question's words does not answer it, in words a user can check.

The reader and the sentence scorer both weigh how well a passage matches the question; a passage can match
well and still not answer. Each check here looks at the answer's sentences and the phrase quoted, and names
what is missing: no number for "How many ...?" (holds_number), no date for "When ...?" (undated), no place for
"Where ...?" (unplaced), a country for "Which city ...?", only a date for "How many ...?" (only_a_date), a goal
for what was reached (only_a_target), no birth for "When was X born?", or another name, rank or year than the
question's (qa.answering.slots); or the answer's document never mentions a country the question names. not_this
also asks the checks of agreements (qa.answering.agreements), people (qa.answering.people), offices
(qa.answering.offices) and events (qa.answering.events). Both choosers (qa.answering.reading,
qa.answering.extract) call not_this and abstain with its reason. What this does not do: weigh anything, or look
beyond the answer's own sentences, the one before them and (for countries) their document.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..asking.acronyms import name_before
from ..asking.countries import (COUNTRIES, COUNTRY_LIST, NOT_ONLY_COUNTRIES, country_of, is_country_word,
                                long_country_names, mentions_country, only_a_country)
from ..asking.question import EXACT_WORDS, HONORIFICS, KEYWORDS_ONLY, YEAR, Kind, is_yes_no, names, unnamed, years
from ..asking.titles import NAME, after_title, is_title_word, name_in, title_of
from ..text import MONTH, STOPWORDS, WORD, stem, words
from .agreements import (holds_agreement_word, in_agreement_name, mentions_agreement, names_agreement, no_agreement,
                         other_agreement)
from .events import unreported_event
from .offices import asked_office, other_office
from .people import (BODY_WORD, BODY_WORDS, OWN_NAME, OWN_TITLE, in_a_title, names_someone, namesake, only_a_title,
                     other_person, own_title, persons, whole_name)
from .slots import (ORDINAL, about_another, body_of_country, other_countries, other_modifier, other_name,
                    other_ordinal, other_pair, pair_elsewhere)
from .spans import YEAR_RANGE, YEAR_SAID, asks_change, find_spans

# A question asking for a year, a count, a percentage or an amount is answered with a phrase holding a number. When
# the reader's phrase holds none, the answer sentence's phrase of that kind is quoted; when the sentence holds none
# either ("In what year ...?" and a sentence saying "in recent years"), it does not answer the question.
NO_NUMBER = "The closest passage gives no {kind}."
NO_POST = NO_NUMBER.format(kind="post")
# "How long is the corridor?", "How far ...?": a measure, which a phrase gives with a number ("for decades" will do)
_ASKS_MEASURE = re.compile(r"\bhow\s+(?:long|far|tall|high|wide|deep|heavy)\b", re.I)
_SPAN_WORD = re.compile(r"\b(?:decades|centuries|generations|years|months|weeks|days|hours|minutes)\b", re.I)
NUMBER_KINDS = {Kind.YEAR: "year", Kind.COUNT: "number", Kind.PERCENT: "percentage", Kind.MONEY: "amount",
                Kind.ORDINAL: "rank"}
# A rank said without an ordinal: "its largest trading partner", "leading ASEAN", "the top investor".
_RANK_WORD = re.compile(r"\b(?:largest|biggest|leading|top|highest|lowest|smallest|last)\b", re.I)
_NUMBER_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
                          r"dozens?|half|twice|percent)\b", re.I)
# words that count only as a short answer ("both", "several", "none"): in a longer phrase they qualify something
# else ("Both countries are encouraged to develop ...")
_VAGUE_NUMBER = re.compile(r"\b(?:single|several|few|many|no|none|once|both)\b", re.I)
# The answer's sentences put another name where the question puts its own ("What is the capital city of Laos?"
# and "... the capital city of Phnom Penh"), or its phrase gives another year: they are about something else
# (qa.answering.slots).
OTHER_NAME = "The closest passage says “{said}”, not {name}."
# "How old was Hun Manet ...?" answered with the day he took office: a date counts nothing.
ONLY_A_DATE = "The closest passage gives only a date, “{said}”, where the question asks {asked}."
WHEN_AGREED = "The closest passage gives when the goal was agreed, “{said}”, not by when it is to be met."
NO_DAY = "The closest passage gives “{said}”, no day, where the question asks which day."
NO_YEAR = "The closest passage gives “{said}”, no year, where the question asks the year too."
# "On what date did Hun Manet arrive for his December 2023 visit?" and "in December 2023": the question's own; "What
# was Vietnam-Laos trade in 2022, compared with US$10.57 billion for Vietnam-Cambodia?" and "US$10.57 billion"
ALREADY_SAID = "The closest passage gives only “{said}”, which the question already says."
SET_ASIDE = "The closest passage says “{said}”, which the question sets aside."
# "In what month and year ...?", "On what date and in which year ...?": a date without its year does not answer
_ASKS_YEAR_TOO = re.compile(r"\b(?:month|date|day)\s+and\s+(?:in\s+)?(?:what\s+|which\s+)?year\b"
                           r"|\byear\s+and\s+(?:what\s+|which\s+)?(?:month|date|day)\b", re.I)
NO_TIME = "The closest passage gives “{said}”, no time, where the question asks when."
# one or two words in lower case that say no time ("right", "officially"); not "dawn", "noon", "midnight"
_A_WORD_OF_NO_TIME = re.compile(r"(?!(?:dawn|dusk|noon|midday|midnight|sunrise|sunset|daybreak|nightfall)\b)"
                                r"[a-z]+(?:\s+[a-z]+)?")
COUNTS_ANOTHER = "The closest passage counts {counted}, “{said}”, not what the question asks how many of."
ONLY_A_TARGET = "The closest passage gives “{said}” as a goal, not as a figure reached."
ONLY_REACHED = "The closest passage gives “{said}” as a figure reached, not as a goal or forecast."
A_COUNTRY = "The closest passage names {countries}, “{said}”, where the question asks for a {asked}."
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
# "Which country ...?", "In what nation ...?", "Which other countries ...?"; not "which country's"
_ASKS_COUNTRY = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:country|countries|nation|nations)\b(?!['’])", re.I)


def a_body_not_a_country(phrase: str) -> bool:
    """Whether ``phrase`` names a body and no country: an acronym of five letters or more ("ASEAN") or a name
    of a body ("the Vietnam-Cambodia Friendship Association" names countries, and is not one); not "Europe", a
    place a country may be asked of."""
    said = [w[:-2] if w.endswith(("'s", "’s")) else w for w in re.findall(r"[\w'’-]+", phrase)]
    return not any(country_of(w) for w in said) and not long_country_names(phrase) and bool(
        re.fullmatch(r"(?:the\s+)?[A-Z]{5,}", phrase.strip()) or _A_BODY.fullmatch(phrase.strip()))


# "What was the name of the tax collector who arrested him?" and "higher political office": no name
NO_PERSON_NAME = "The closest passage gives “{said}”, not a name."
NOT_A_COUNT = "The closest passage gives a ratio, “{said}”, where the question asks how many."
_ASKS_NAME = re.compile(r"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:\w+\s+)?names?\s+of\b", re.I)
# "How long does a neutrophil survive?" and "50% to 60%": a share is no length of time, distance or size
SHARE_FOR_MEASURE = "The closest passage gives a share, “{said}”, where the question asks {asked}."
_ASKS_LENGTH = re.compile(r"\bhow\s+(?:long|far|old|tall|deep|wide|heavy)\b", re.I)  # "how high": maybe a rate
NOT_A_SHARE = "The closest passage gives an amount, “{said}”, where the question asks for a share."
_SHARE_SAID = re.compile(r"%|\bper\s?cent|\b(?:half|quarter|third|fifth|tenth|fraction|proportion|share|majority|"
                         r"minority)\b|\b\d+\s+(?:in|out\s+of)\s+\d+", re.I)
# "How many galleries does the V&A have?" and "£43 million": an amount of money counts no galleries
AN_AMOUNT = "The closest passage gives an amount of money, “{said}”, where the question asks how many."
_MONEY = re.compile(r"[$€£¥]|\b(?:USD|US\$|dollars?|euros?|yuan|VND|riel)\b")
# "205 projects ... with a total registered capital of $2.94 billion" still counts: a number outside the money
_AMOUNT = re.compile(r"(?:US)?[$€£¥]\s?[\d.,]+(?:\s+(?:million|billion|trillion))?|[\d.,]+(?:\s+(?:million|billion|"
                     r"trillion))?\s+(?:USD|dollars?|euros?|yuan|VND|riel)\b", re.I)
_ASKS_MONEY = re.compile(r"\b(?:money|cost|costs|spend|spent|pay|paid|budget|fund|funds|funding|invest|invested|"
                         r"raise|raised|price|prices|dollars?|euros?|pounds?|yuan|currency|worth)\b", re.I)
CURRENCY = re.compile(r"[$€£¥]|\b(?:USD|US\$|dollars?|euros?|pounds?|yuan|dong|VND|kip|riel|billion|million|"
                       r"trillion)\b", re.I)
# "Who signed it?" and "Treaty of Friendship and Cooperation": the phrase names an agreement, not who made it.
NO_ONE = "The closest passage names “{said}”, not a person."
# a place or a building, which no person's name ends with: "Who was the architect of the tower?" and "Barnett Center"
_A_PLACE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Center|Centre|Tower|Building|Street|Avenue|Road|"
                      r"Bridge|Station|Airport|Stadium|Cathedral|Temple|Palace|Castle|River|Mountains|Islands?|Bay|"
                      r"Ocean|Square|Arena|Valley|Desert)$")
# one person asked by a word for one: "Which scientist ...?", "Who was the director ...?", not "Who ...?" ("Who won?"
# and "British") nor "What did researchers think ...?"
_ONE_PERSON = (r"(?:scientists?|researchers?|scholars?|inventors?|artists?|architects?|engineers?|physicians?|doctors?|"
               r"explorers?|kings?|queens?|emperors?|rulers?|actors?|actress|players?|authors?|writers?|persons?|man|"
               r"woman|individual|directors?|founders?|journalists?|painters?|sculptors?|composers?|poets?|"
               r"philosophers?|mathematicians?|physicists?|chemists?|biologists?|historians?|economists?|bishops?|"
               r"popes?|mayors?|governors?|designers?|editors?|producers?|presenters?|hosts?|singers?|musicians?|"
               r"priests?|theologians?|professors?|astronomers?|employees?|judges?)")
_WHICH_PERSON = re.compile(rf"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|number|the|an?)\b)"
                           rf"[^\W\d_]+\s+)?{_ONE_PERSON}\b|\bwho\s+(?:is|was|are|were)\s+the\s+(?:[^\W\d_]+\s+)?"
                           rf"{_ONE_PERSON}\b|\bnames?\s+of\s+(?:the|a|this|that)\s+(?:[^\W\d_]+\s+)?{_ONE_PERSON}\b",
                           re.I)
# a phrase that ends with a word for a person: "the municipal building inspector", "a German chemist", "his son"
_AGENT = re.compile(rf"(?:\w(?:er|or|ist|ian|ant|ent|ee)s?|\b{_ONE_PERSON}|\b(?:sons?|daughters?|wife|husband|"
                    r"brothers?|sisters?|father|mother|family|people|men|women|children|staff|team|crew))\W*$", re.I)
# a phrase that opens with a figure: "at least 30% of the delegates", "$20 million"
_A_FIGURE = re.compile(r"(?:(?:at\s+least|about|around|over|nearly|almost|some|more\s+than|less\s+than)\s+)?"
                       r"[\d$€£¥]", re.I)
# figures and lower-case words, no name: "2014", "40 to 60 days" ("Who was the leader ...?" and "In 2014, ...")
_A_FIGURE_ONLY = re.compile(r"[^A-Z]*\d[^A-Z]*")
NO_REASON = "The closest passage gives a figure, “{said}”, not a reason."
_ASKS_WHO = re.compile(r"\s*(?:and\s+|so\s+|but\s+)?(?:who|whom)\b", re.I)  # not "the age of people who ..."
_ASKS_WHY = re.compile(r"\s*(?:and\s+|so\s+|but\s+)?why\b", re.I)
# a body or a building named, which no person is: "Royal Institute of British Architects", "Apple Inc", "Theatre Museum"
_AN_INSTITUTION = re.compile(r"\b(?:Institute|Institution|University|College|School|Society|Museum|Library|Church|"
                             r"Academy|Inc|Ltd|Company|Corporation|Association|Council|Committee|Foundation|Gallery|"
                             r"Hospital|Board|Trust|Centre|Center|Ministry|Department|Agency|Party|Commission|"
                             r"Parliament|Government|Office|Studios?|Front|Movement|Brotherhood|League|Union|Alliance|"
                             r"Federation|Coalition|Army|Organi[sz]ation)\b")
NO_SECOND = "The closest passage names no {word}."  # a deputy is a vice (qa.answering.offices): either will do
OTHER_SIDE = "The closest passage gives {name} as {title}, the other side's, not {asked}'s."
# "Who chaired the meeting?", "Who is Cambodia's Minister of Interior?", "Which minister signed it?" ask for a
# person, whom a body is not: not "Communist Party of Vietnam and the Lao People's Revolutionary Party", "the
# Ministry of Public Security". Who did other things may be a body ("Who reported that figure?": "the Ministry of
# Industry and Trade"). A phrase that goes on to name a person ("Pham Minh Chinh meets with Minister Hout Hak, who
# led ... the Ministry") is no body.
# "Who led the Vietnamese side at the meeting?" and "46th meeting of the ... Committee": an event is no one
_AN_EVENT = re.compile(r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?!of\b|by\b|for\b)[\w'’-]+\s+){0,3}?(?:meetings?|"
                       r"conferences?|forums?|summits?|sessions?|visits?|talks|ceremon(?:y|ies)|celebrations?|"
                       r"anniversar(?:y|ies)|patrols?|exchanges?|signings?)\b(?!\s+(?:chair|head|leader))", re.I)
# "Who signed it on behalf of the Ministry of Culture?" asks for a person, not the ministry
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.I)
_WHOSE = re.compile(r"\bwhose\b", re.I)  # "Whose State visit ...?" and "State visit of ... Thongloun Sisoulith"
_PERSON_ROLE = re.compile(r"\bwho\b.*\b(?:co-?)?(?:chair|chairs|chaired|head|heads|headed|presides?|presided|lead|"
                          r"leads|led|command|commands|commanded|chairing|heading|leading|presiding|commanding)\b"
                          r"|\b(?:which|what)\s+(?:[^\W\d_]+\s+){0,2}(?:minister|leader|official|president|premier|"
                          r"ambassador|envoy|diplomat|chairman|chairwoman|chairperson|secretary|general|person|man|"
                          r"woman|officer|commander|politician|journalist|reporter|translator)\b", re.I)
_SIDES = r"(?:the\s+)?(?:two|both)\s+(?:sides|countries|nations|parties|governments)"  # "the two sides" held it
_A_BODY = re.compile(rf"(?:[^,]*,\s*)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{BODY_WORDS}|Ministries|Parties|"
                     r"Government|Office|Bureau|Assembly|Parliament|Navy|Navies|Army|Armies|Forces|Police)s?\b"
                     rf"|(?i:{_SIDES})\b")  # no one
_BOTH_SIDES = re.compile(_SIDES, re.I)
# who holds a post in a body: a person answers, no country or body ("Who heads Cambodia's Ministry of Interior?")
_HEADS_BODY = re.compile(r"\bwho\s+(?:(?:is|was|are|were)\s+)?(?:co-?)?(?:chairs?|chaired|heads?|headed|leads?|led|"
                         r"presides?\s+over|presided\s+over|chairing|heading|leading|presiding\s+over)"
                         r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Ministry|Committee|Department|Association|Commission|"
                         r"Agency|Council|[Dd]elegation)\b", re.I)
_ASKS_SECOND = re.compile(r"\b(deputy|vice)[\s-]", re.I)  # "Who was the deputy head of the delegation?"
# "his book's title?" asks the name of a work, not a post
_WORK_TITLE = re.compile(r"\b(?:book|article|film|movie|song|album|paper|novel|poem|report|play|show|series|essay|"
                         r"story|piece|work|painting|opera|thesis|episode)s?(?:['’]s?)?\s+title\b", re.I)
# "What official position does Nguyen Ba Hung hold?"
_ASKS_POST = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:position|post|office|job|title)s?\s+(?:does|did|do|has|"
                        r"had)\b[^?]*\b(?:hold|held|have|occupy|occupied|use|give|gave)\b"
                        r"|\bwhat(?:\s+is|\s+was|['’]s)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:position|post|title|job)\b"
                        rf"|{KEYWORDS_ONLY}.*\b(?:position|post|title|job)\s*\??\s*$", re.I)  # "nguyen ba hung position"


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+")  # "Mr. " of "Mr. Nguyen Ba Hung"


def post_instead(text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` of the title ``text`` gives the person ``phrase`` names, for a question asking a post that
    was quoted the name (NO_POST): "General Secretary and President of Laos" for "Thongloun Sisoulith"; else None."""
    return title_of(text, _HONORIFIC.sub("", phrase.strip()))


# a share said in words or figures: "three-fourths", "half", "one in ten", "80%"
# (not "half a million" nor "one and a half million": a number)
_A_SHARE = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|(?<!and\s)a)[- ](?:half|halves|thirds?|"
                      r"quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
                      r"|(?<!and\sa\s)half(?!\s+(?:an?\s+)?(?:million|billion|thousand|hundred|dozen)\b)"
                      r"|(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|ten|\d+))\b"
                      r"|\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)", re.I)


def _no_one(question: str, text: str, phrase: str) -> bool:
    """Whether ``phrase``, asked who, is a place or a building ("Barnett Center"; "Whose ...?" may be a place's), or
    a people asked by a word for one person ("Which scientist ...?" and "Japanese"), and ``text`` names no one
    else who might be the one asked for; or, asked for one person by a word for one or for who led or chaired,
    no name at all ("Which architect designed it?" and "Royal Institute of British Architects")."""
    a_place = _A_PLACE.search(phrase.strip()) and not _WHOSE.search(question)
    one = _WHICH_PERSON.search(question)
    a_people = one and re.fullmatch(r"[\w-]+", phrase.strip()) and is_country_word(
        phrase.strip()) and not only_a_country(phrase)
    return bool(a_place or a_people) and not _someone_else(question, text, phrase) or bool(
        (one or _PERSON_ROLE.search(question)) and _no_name(phrase))


def _no_name(phrase: str) -> bool:
    """Whether ``phrase`` names no person: it is in lower case and ends in no word for one ("the heavens", "40 to
    60 days"; not "the municipal building inspector"), opens with a figure and names only bodies ("at least 30% of
    the delegates at the 2012 General Conference", not "over 330 drawings by Andrea Palladio"), or is short and
    names a body or a building ("Apple Inc", "Royal Institute of British Architects"); a whole sentence may name
    both."""
    said = phrase.strip()
    runs = re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*", said)  # capitalized names
    bodies = all(_AN_INSTITUTION.search(run) or BODY_WORD.search(run) for run in runs)
    lower = not runs and not _AGENT.search(said)
    return bool(said) and (lower or bool(_A_FIGURE.match(said)) and bodies or len(said.split()) <= 8
                           and bool(_AN_INSTITUTION.search(said)))


def _someone_else(question: str, text: str, phrase: str) -> bool:
    """Whether ``text`` names someone besides ``phrase``: a name that is no place, no people and not the
    question's own ("Norman Foster" beside "BALTIC Centre"), who may be the person asked for."""
    asked = {w.lower() for w in WORD.findall(question)}
    for start, end in find_spans(text, 0, len(text), Kind.PERSON):
        name = text[start:end]
        if name == phrase.strip() or start == 0 and " " not in name or _A_PLACE.search(name):
            continue
        if any(re.sub(r"['’]s$", "", w.lower()) in asked or country_of(w) for w in WORD.findall(name)):
            continue  # "Downtown Jacksonville's" of a question on Jacksonville
        return True
    return False


def _times_after(text: str, phrase: str) -> bool:
    """Whether ``text`` writes "times" or "fold" right after ``phrase``: "nearly three times that for all workers"."""
    at = text.find(phrase.strip()) if phrase.strip() else -1
    return at >= 0 and bool(re.match(r"\s*(?:times|fold)\b", text[at + len(phrase.strip()):]))


def share_instead(text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` of the share ``text`` gives nearest the amount ``phrase``, for a question asking a share
    that was quoted an amount (NOT_A_SHARE): "three-fourths" of "killed up to three-fourths of the population of
    the Iranian Plateau, possibly 10 to 15 million people" for "10 to 15 million"; else None."""
    at = max(0, text.find(phrase.strip()))
    shares = [m.span() for m in _A_SHARE.finditer(text)]
    return min(shares, key=lambda span: abs(span[0] - at), default=None)


def quote_instead(reason: str | None, text: str, phrase: str) -> tuple[int, int] | None:
    """What the answer's sentences ``text`` give in place of ``phrase`` when ``reason`` refused it for being a name
    where a post is asked (post_instead) or an amount where a share is (share_instead); else None."""
    if reason == NO_POST:
        return post_instead(text, phrase)
    return share_instead(text, phrase) if reason and reason.startswith(NOT_A_SHARE.split("“")[0]) else None


def not_a_post(phrase: str) -> bool:
    """Whether ``phrase`` is no post: an honorific alone ("Mr"), a name alone ("Nguyen Ba Hung"), or no title word
    and what someone said ("Mr. Nguyen Ba Hung said, “We have every reason ..."); "Honorary freemen" may be one."""
    said = phrase.strip().lower()
    if (said[:-1] if said.endswith(".") else said) in HONORIFICS:  # "Mr" of "Mr. Nguyen Ba Hung"
        return True
    untitled = not any(is_title_word(w) for w in phrase.split())
    if untitled and NAME.fullmatch(_HONORIFIC.sub("", phrase.strip())):
        return True  # "Nguyen Ba Hung": who holds it, not the post
    return untitled and bool(
        re.search(r"[\"“”]|\b(?:said|says|told|stated|added|noted|stressed|emphasi[sz]ed)\b", phrase))


# "Which Cambodian leader ...?", "What minister ...?": a person asked by a word for one
_ASKS_LEADER = re.compile(r"\b(?:which|what)\s+(?:[A-Z][\w-]*\s+)?(?:leaders?|presidents?|ministers?|officials?|"
                          r"ambassadors?|envoys?|diplomats?|premiers?|chairm[ae]n|chairwom[ae]n|heads?\s+of\s+state)\b",
                          re.I)


def _names_other_than_countries(phrase: str) -> bool:
    """Whether ``phrase`` has a capitalized word that is no country's name or adjective: "Hun Sen", not "Vietnam
    and Cambodia issued a joint statement"."""
    return any(w[0].isupper() and not country_of(w) for w in WORD.findall(phrase))


# "Who is her counterpart?", "Who is Cambodia's Minister of ...?" (qa.answering.offices.asked_office) ask who holds a role, which
# a title alone does not say; "Who did the North declare for?" may be answered "the King"
_WHOSE_ROLE = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+(?:his|her|their|its)\b", re.I)
# "Which city ...?", "In which Chinese city ...?"
_ASKS_TOWN = re.compile(r"\b(?:what|which)\s+(?:[^\W\d_]+\s+)?(city|town|village|capital)\b", re.I)
# "Which Lao provinces ...?" asks for places by name (unplaced)
_ASKS_NAMED_PLACE = re.compile(r"\b(?:what|which)\s+(?:[^\W\d_]+\s+)?(?:cities|towns|villages|provinces?|districts?)\b",
                               re.I)

# The closest passage's document never names something the question names: "Who is the Prime Minister of Laos?"
# answered from the article about Cambodia's new Prime Minister. For a country (or its people), qa abstains.
NOT_NAMED = "The closest passage is from a document that does not mention {names}."
ABOUT_PAIR = "The closest passage is from an article about {pair}, not {name}."
OTHER_EDITION = "The closest passage is from an article about the “{said}”, not the {name}."
# how the reasons open that say a passage is about other names or countries than the question's (OTHER_NAME,
# NOT_NAMED, ABOUT_PAIR)
ABOUT_ANOTHER = (OTHER_NAME.split("“")[0], NOT_NAMED.split("{")[0], ABOUT_PAIR.split("{")[0])
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
_ASKS_END = re.compile(r"^(?=.*\b(?:when|what\s+(?:date|day|year|month)|date)\b).*\b(?:end|ends|ended|finish|finished|"
                       r"wrap\s+up|wrapped\s+up|(?:visit|trip|tour|meeting|session|summit|forum|patrol|conference|"
                       r"talks)\b[^?]*\bconclud(?:e|es|ed|ing))\b(?!\s+of\b)", re.I)
_END = re.compile(r"\b(?:end\w*|conclu\w+|finish\w*|clos\w+|wrap\w*|until|till|through|last\w*|\d{4}\s*[-–]\s*\d{2,4}|"
                  r"expir\w+|complet\w+|over)\b", re.I)
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


# "Which Lao ministry signed the Trade Agreement?" asks for a body: not answered by "signing of the Vietnam-Laos
# Trade Agreement", a country ("Vietnam" for "Which Vietnamese port authority ...?") or a person with a title
NOT_A_BODY = "The closest passage gives “{said}”, not the name of {thing}."
_BODY_NOUN = (r"ministry|ministries|agency|agencies|committee|department|newspaper|authority|association|"
              r"organi[sz]ation|council|bureau|institution|outlet|publisher|broadcaster|company|firm|bank")
_ASKS_BODY = re.compile(rf"^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:is|are|was|were|the|a|an|do|does|did|has|have|had|can|"
                        rf"could|will|would)\b)[\w-]+\s+){{0,2}}?(?P<thing>{_BODY_NOUN})\b", re.I)  # not "What is the association"
# what a body's name holds, in lower case too: "the ministry", "the central bank", "the Party's committee"
_A_BODY_WORD = re.compile(rf"\b(?:{_BODY_NOUN}|government|board|court|church|parliament|congress|senate|assembly|union|"
                          r"league|office|party|army|navy|police|university|college|school|group|team|press|service|"
                          r"corporation|foundation|fund|institute|center|centre|commission|cabinet|secretariat|forum|"
                          r"network|station|channel|radio|television|paper)s?\b", re.I)


def not_a_body(question: str, phrase: str) -> str | None:
    """Why ``phrase`` does not answer a question asking which body (ministry, agency, newspaper, ...) did
    something (NOT_A_BODY), or None: a phrase names a body when it holds a word for one, or a capitalized word
    that is not a country's, a people's or a title's, of no agreement."""
    asked = _ASKS_BODY.match(question)
    said = phrase.strip()
    if not asked or not said or _A_BODY_WORD.search(said):
        return None
    named = [w for w in WORD.findall(said) if w[:1].isupper() and w.lower() not in STOPWORDS]
    if named and not mentions_agreement(said) and not any(is_title_word(w) for w in named) and any(
            not is_country_word(part) for w in named for part in w.split("-")):
        return None
    thing = asked["thing"].lower()
    return NOT_A_BODY.format(said=said, thing=f"{'an' if thing[0] in 'aeiou' else 'a'} {thing}")


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*)*")


def body_named(question: str, text: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (the answer's sentences) of the one name there of the body a question asks
    for ("Which ministry's delegation was he leading?" and "Cambodian Ministry of Inspection"; "which ministry is
    he minister of?" and "Planning and Investment of Laos" of "Minister of Planning and Investment of Laos"),
    when the question does not give it; None when there is none, or more than one."""
    asked = _ASKS_BODY.match(question)
    if not asked:
        return None
    noun = asked["thing"].lower()
    noun = {"ministries": "ministry", "agencies": "agency"}.get(noun, noun)
    found = {}
    for run in _NAME_RUN.finditer(text):  # "the Ministry of A and the Ministry of B" are two
        cuts = [0, *(m.start() for m in re.finditer(rf"\s+(?:and|&)\s+(?:the\s+)?(?=(?:[A-Z][\w'’-]*\s+)?{noun}\b)",
                                                     run.group(0), re.I)), len(run.group(0))]
        for a, b in zip(cuts, cuts[1:]):
            piece = re.sub(r"^\s+(?:and|&)\s+(?:the\s+)?", "", run.group(0)[a:b], flags=re.I)
            at = run.start() + b - len(piece)
            if re.search(rf"\b{noun}\b", piece, re.I) and piece.lower() not in question.lower():
                found.setdefault(piece, (at, at + len(piece)))
    if not found and noun == "ministry":  # a minister of X heads the ministry of X
        for run in re.finditer(r"\bMinister\s+of\s+(" + _NAME_RUN.pattern + ")", text):
            found.setdefault(run.group(1), run.span(1))
    return next(iter(found.values())) if len(found) == 1 else None


_NOT_A_BODY_TAIL = NOT_A_BODY.split("”")[1].split("{")[0]  # "”, not the name of " only not_a_body's reasons hold


def not_a_body_reason(reason: str | None) -> bool:
    """Whether ``reason`` is not_a_body's."""
    return bool(reason) and _NOT_A_BODY_TAIL in reason


def body_instead(question: str, text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (the answer's sentences) of the body a "Which ... ministry ...?" question asks
    for, when the quoted ``phrase`` is refused as none (not_a_body): the one of the country asked
    (qa.answering.slots.body_of_country), else the one body of the noun asked (body_named); None when neither is there."""
    return body_of_country(question, text, phrase) or body_named(question, text)


# And when something was founded or built: "When was the Vietnam-Cambodia Friendship Association founded?" is not
# answered by the year of a conference it held.
NO_FOUNDING = "The closest passage does not say when it was founded, built or set up."
_ASKS_FOUNDED = re.compile(r"^\s*(?:when|(?:in|on)\s+(?:what|which)\b|what\s+(?:year|date|day|month)\b)[^?]*"
                           r"\b(?:founded|established|set\s+up|built|constructed)\b"
                           r"|\b(?:founded|established|built|constructed)\s+(?:in\s+)?(?:what|which)\s+(?:year|date)\b",
                           re.I)  # or typed "radcliffe college was founded which year?"
_FOUNDED = re.compile(r"\b(?:found\w*|establish\w*|set\s+up|creat\w*|form\w*|built|build\w*|construct\w*|since|"
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
_ASKS_DATE = re.compile(_ASKS_DAY.pattern + r"|\b(what|which) months?\b", re.I)
# a weekday, a day named by its relation to today, or a date written in figures
_A_DAY_WRITTEN = (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b"
                  r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
_A_DAY = re.compile(rf"\b{MONTH}\b|{_A_DAY_WRITTEN}", re.I)
# Asked which day ("On which day in December ...?"), a month is no answer: a day of it, a weekday or a written date
_ASKS_WHICH_DAY = re.compile(rf"\b(?:what|which)\s+(?:{_EXACT}\s+)?day\b|\b(?:what|which)\s+{_EXACT}\s+date\b", re.I)
_DAY_OF = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{_A_DAY_WRITTEN}", re.I)
# "(1977-2023)", the years a span of time runs, answers a question asking for a period, not when a thing happened
# (is_period)
_YEARS_ONLY = re.compile(r"^\(?(\d{4})\s*[-–—]\s*(\d{4})\)?$")
ASKS_PERIOD = re.compile(r"\b(?:period|periods|span|spans|spanned|years|timeframe|time\s*frame|how\s+long|duration|"
                         r"cover|covers|covered|last|lasts|lasted|from\s+when|until\s+when)\b", re.I)
OTHER_ORDINAL = "The closest passage gives “{said}” of {thing}, not of what the question asks."
# "Which Vietnamese seaports will Laos use?" and "access through Vietnamese seaports": the phrase, or what follows
# its last preposition, is only the question's own words, ending with the thing asked for (repeats_asked)
NOT_WHICH = "The closest passage mentions “{said}” but does not say which."
_ASKS_WHICH = re.compile(r"^\s*which\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:is|are|was|were|do|does|did|has|have|"
                         r"had|can|could|will|would|should|may|might)\b", re.I)
# and put as "What are the X through which ...?" (qa.asking.question.asked_as_question of "Name the X through which ...")
_ASKS_WHAT_THE = re.compile(r"^\s*what\s+(?:is|are)\s+the\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:that|which|who|"
                            r"through|in|on|at|to|by|for|with|from|via)\b", re.I)
_LAST_PREPOSITION = re.compile(r"^.*\b(?:through|of|to|in|at|from|by|via|with|for|into|on)\s+", re.I)
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
# unplaced: words that say where ("in", "near", "city", "north", ...); "held" and "took place" do not
_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "within", "across", "throughout", "around", "from", "to", "into",
                 "onto", "on")
_PLACE_WORD = re.compile(rf"\b({'|'.join(_PREPOSITIONS)}|where|"
                         r"located|based|situated|city|cities|province|country|region|capital|town|village|state|"
                         r"nation|north|south|east|west|northern|southern|eastern|western|headquarters|site)\b", re.I)
_ASKS_RANK = re.compile(r"\brank", re.I)  # "Where is Brazil ranked ...?" asks for a rank, not a place
# a name holding one of these names a body or an event, not a place: "Committee for Bilateral Cooperation"
_PLACED = re.compile(r"\b(?:in|at|near)\s+[A-Z]")
# only_a_date: a phrase that is a day of a month (qa.answering.spans.MONTH), a month and year, or both, and nothing else
_DAY = r"\d{1,2}(st|nd|rd|th)?(?!\d)"
_ONLY_DATE = re.compile(rf"(on\s+)?({MONTH}\s+{_DAY}(\s*(,|and|-|–)\s*{_DAY})*(\s*,?\s*\d{{4}})?"
                        rf"|{_DAY}\s+{MONTH}(\s*,?\s*\d{{4}})?|{MONTH}\s*,?\s*\d{{4}})[.,]?", re.I)
# _ONLY_DATE inside a text, in whole words: not "7 dec" of "7 decades"
_DATE_IN_TEXT = re.compile(rf"(?<!\w)(?:{_ONLY_DATE.pattern})(?![^\W_])", re.I)
# a year standing alone as a date: after "in", "of", "since", ... and before no word it could count ("in 2023.",
# "at the end of 2023,"; not "a dinner attended by 2000 guests")
_YEAR = re.compile(r"(1[0-9]|20)\d\d")
_YEAR_AS_DATE = r"\b(in|of|since|until|till|during|from|early|late|mid-?)\s+{year}(?!\s*[^\W\d_])(?!\d)"
_TIME_UNIT = re.compile(r"(year|month|week|day|hour|decade|centur(y|ie)|generation|time|season)s?", re.I)
_ASKS_AGE = re.compile(r"\bhow\s+old\b|\bwhat\s+(?:is|was)\s+(?:the\s+|his\s+|her\s+)?age\b|\bat\s+what\s+age\b"
                       r"|['’]s\s+age\b|^(?!.*\b(?:what|which|who|how|when|where|why)\b).*\bage\s*\??$", re.I)  # "X age"
_ASKS_HOW = re.compile(r"\bhow\s+(many\s+[\w-]+|much|old|long|far|big|large|high|tall|deep|wide|often)\b", re.I)
_COUNTED = frozenset({Kind.COUNT, Kind.QUANTITY, Kind.PERIOD, Kind.MONEY, Kind.PERCENT})


# "What did Xi Jinping say about Vietnam?": a named person's words, which sentences that report or quote no one's
# words do not give (a follow-up's "What did he say?" may lean on a sentence before them, and a document's "say"
# on what it reports: neither is held to this)
NOT_SAID = "The closest passage does not report what {name} said."
# ... or how they described something: "How did Xiong Bo describe Vietnam's relations with Laos?", "What did Vice
# President of Laos Bounthong Chitmany call the partnership?", "What adjectives did President Vo Van Thuong use for
# ...?" ("use" only after a word for words: "What did Laos use its seaports for?" asks no one's words)
_ASKS_SAID = re.compile(r"^\s*(?i:(?:and\s+)?(?:what|how|in\s+what\s+(?:terms|words|way)|what\s+(?P<words>words?|"
                        r"terms?|adjectives?|phrases?|expressions?|labels?|names?))\s+"
                        r"(?:did|does|do|has|have|had|will|would))\s+"
                        r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|the)\s+){0,2}){1,7})(?:(?:himself|herself|themselves)\s+)?"
                        r"(?P<verb>say|tell|state|stress|emphasi[sz]e|note|affirm|remark|declare|claim|write|argue|"
                        r"announce|(?i:call|describe|characteri[sz]e|term|label|portray|speak|use))(?:d|s)?\b")
_DESCRIBING = ("call", "describ", "characteri", "term", "label", "portray", "speak", "use")
# what someone is asked to have said something about: "... say about Vietnam's relationship with Cambodia?"
_SAID_ABOUT = re.compile(r"\b(?:about|on|regarding|concerning)\s+([^?]+)")
# a word of saying ("state" in lower case only: "State" of "the State visit" says nothing)
_SAYING = re.compile(r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|(?-i:stat(?:e|es|ed|ing))|stress\w*|emphasi[sz]\w*|"
                     r"not(?:e|es|ed|ing)|affirm\w*|remark\w*|declar\w*|claim\w*|wr(?:ite|ites|ote|itten)|argu\w*|"
                     r"announc\w*|according|express\w*|highlight\w*|call\w*|urg\w*|assert\w*|reiterat\w*|pledg\w*|"
                     r"promis\w*|insist\w*|suggest\w*|believ\w*|describ\w*|recall\w*|confirm\w*|underscor\w*|"
                     r"speech|words|quot\w*|view\w*|opinion|remind\w*|warn\w*|asked|answer\w*|repl\w*)\b|[\"“”:]",
                     re.I)


def not_this(question: str, kind: Kind, text: str, phrase: str, before: str = "", document: str = "",
             known: Callable[[str], bool] | None = None, earlier: str = "") -> str | None:
    """Why the answer's sentences ``text``, quoting ``phrase``, do not answer the question, however well they
    match it: they cannot say when (undated) or where (unplaced), they quote only a date for how many
    (only_a_date), or they are about another name, rank or year (qa.answering.slots). Sentences that name none of the
    question's names take them from the sentence ``before`` them, which is checked for another name in the
    question's slot: "In 2022, bilateral trade turnover reached US$10.57 billion" after "... relations between
    Vietnam and Cambodia have developed strongly" does not answer for Vietnam and Laos. Asked who holds an
    office of a country, a person the sentences give another title, or the title of another country, by the
    title or by the country the ``document`` names most, does not answer (qa.answering.offices); nor does a ``document``
    that never mentions a country the question names, or a passage about no birth for when or where someone
    was born, or about no start for when someone became something. A follow-up's ``earlier`` question (its
    topic) is held to the last two: "On what date were they established?" after a question on Vietnam and China
    is not answered by a sentence on Vietnam and Cambodia. None if none of these."""
    unsigned = no_agreement(question, text)  # "Which agreements did they sign?" and a caption of their meeting
    if unsigned:
        return unsigned
    said_by = _ASKS_SAID.match(question)
    if said_by and said_by["verb"].lower().startswith("use") and not said_by["words"]:
        said_by = None
    asked_words = {w.lower() for w in WORD.findall(question)}  # "speech" of "in her speech" reports nothing said
    if said_by and not any(m.group(0).lower() not in asked_words for m in _SAYING.finditer(text)):
        return NOT_SAID.format(name=said_by.group(2).strip())  # "What did Pham Minh Chinh tell Hout Hak?" and a
        # photo's caption; "What did Nguyen Thi Thanh say in her speech?" and "... delivers a speech at ..."
    about = _SAID_ABOUT.search(question) if said_by else None
    about = question[said_by.end():] if said_by and said_by["verb"].lower().startswith(_DESCRIBING) else \
        about.group(1) if about else ""  # what "How did Xiong Bo describe Vietnam's relations with Laos?" asks of
    event = unreported_event(question, text)  # "When did he resign?" and a sentence on his visit
    if event:
        return event
    if _ASKS_WHY.match(question) and _A_FIGURE_ONLY.fullmatch(phrase.strip()):
        return NO_REASON.format(said=phrase.strip())  # "Why was her sentence upheld?" and "40 to 60 days"
    followed = followed_another(question, text)  # "Who succeeded Kublai Khan?" and "Möngke Khan succeeded Güyük"
    if followed:
        return OTHER_NAME.format(said=followed[0], name=followed[1])
    unsaid = unmentioned_countries(names(about), text) if about else []
    if unsaid:  # "What did Bui Thanh Son say about Vietnam's relationship with Cambodia?" and his words on Laos
        return NOT_IN_PASSAGE.format(names=" or ".join(unsaid))
    if undated(question, kind, text) or (kind is Kind.DATE and _ASKS_DAY.search(question)
                                          and phrase.strip() and not _A_DAY.search(phrase)):
        return NO_NUMBER.format(kind="date")
    if kind is Kind.QUANTITY and _ASKS_MEASURE.search(question) and not _ASKS_RANK.search(question) \
            and phrase.strip() and not _NUMBER_WORD.search(phrase) and not _SPAN_WORD.search(phrase):
        return NO_NUMBER.format(kind="measure")  # "How long is the corridor?" and "cross-border economic zones"
    if kind is Kind.DATE and _ASKS_YEAR_TOO.search(question) and phrase.strip() and not _YEAR.search(phrase):
        return NO_YEAR.format(said=phrase.strip())  # "In what month and year ...?" and "August 22"
    if kind is Kind.DATE and _ASKS_WHICH_DAY.search(question) and phrase.strip() and not _DAY_OF.search(phrase):
        return NO_DAY.format(said=phrase.strip())  # "On which day in December 2023 ...?" and "December 2023"
    if (kind in NUMBER_KINDS or kind is Kind.DATE) and _in_question(phrase, question):
        return ALREADY_SAID.format(said=phrase.strip())
    if kind is Kind.DATE and _WHEN_ASKED.match(question) and _ASKS_WHEN.match(question) and phrase.strip() \
            and not _DATED.search(phrase) and not _TIME_WORD.search(phrase) \
            and (any(is_title_word(w) for w in WORD.findall(phrase)) or _A_BODY.fullmatch(phrase.strip())
                 or _A_WORD_OF_NO_TIME.fullmatch(phrase.strip())):
        # "When did he take office?" and "Minister ... Bui Thanh Son"; "When does it end?" and "ASEAN ... Assembly";
        # "When did he assume the position?" and "right" of "right after assuming the position"
        return NO_TIME.format(said=phrase.strip())
    if kind is Kind.DATE and _WHEN_ASKED.match(question) and _HOW_LONG.fullmatch(phrase.strip()):
        return NO_TIME.format(said=phrase.strip())  # "When was it built?" and "Over the past 57 years"
    outlet = _ASKS_OUTLET.search(question)
    if outlet and phrase.strip() in persons(text):  # "Which Lao newspaper wrote about his visit?" and his name
        return A_PERSON.format(said=phrase.strip(), asked=outlet.group(1).lower())
    short = acronym_of_asked(question, text, phrase) if kind is Kind.PERSON else None
    if short:  # "Who wrote the Lao News Agency article ...?" and "KPL" of "the Lao News Agency (KPL) posted ..."
        return ALREADY_SAID.format(said=short)
    repeated = repeats_asked(question, phrase) or named_only_as_asked(question, text)
    if repeated:
        return NOT_WHICH.format(said=repeated)
    ranked = ordinal_of_another(question, phrase, text) if kind is Kind.ORDINAL else None
    if ranked:  # "Which edition of the forum ...?" and "the 13th Party Congress", "13th September 2023"
        return OTHER_ORDINAL.format(said=phrase.strip(), thing=ranked)
    if unplaced(question, kind, text, phrase):
        return NO_NUMBER.format(kind="place")
    if _ASKS_AGE.search(question) and not _NUMBER_WORD.search(text):  # "How old is he?" and no number at all
        return NO_NUMBER.format(kind="age")
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
    if _ASKS_COUNTRY.search(question) and a_body_not_a_country(phrase):
        return NO_NUMBER.format(kind="country")  # "Which other countries are ... investors?" and "ASEAN"
    town = _ASKS_TOWN.search(question)
    # "China, on the occasion of the meeting ...": the place a phrase gives is what comes before its first comma
    place = phrase.strip() if only_a_country(phrase) else phrase.split(",")[0].strip()
    # "In which city was the forum held?" and "held in China"; "In which city did he hold talks?" and "Cambodian"
    if town and (only_a_country(place) or re.fullmatch(r"[\w-]+", place) and is_country_word(place)):
        countries = "countries" if len(COUNTRY_LIST.split(place)) > 1 else "a country"
        return A_COUNTRY.format(countries=countries, said=place, asked=town.group(1).lower())
    post = asked_office(question) if kind is Kind.PERSON else None  # "Who is Cambodia's Minister of ...?"
    if kind is Kind.PERSON and (names_agreement(phrase.strip()) or _ONLY_DATE.fullmatch(phrase.strip())
                                or _A_FIGURE_ONLY.fullmatch(phrase.strip()) and _ASKS_WHO.match(question)
                                or in_agreement_name(phrase.strip(), text)
                                or _AN_EVENT.match(phrase.strip()) and not _WHOSE.search(question)
                                or _A_BODY.match(phrase.strip()) and (
            _PERSON_ROLE.search(question) or post or _ON_BEHALF.search(question))):
        sides = _BOTH_SIDES.match(phrase.strip())  # "the two sides held the 46th meeting ...": "the two sides"
        return NO_ONE.format(said=sides.group(0) if sides else phrase.strip())
    if kind is Kind.PERSON and (_HEADS_BODY.search(question) or post) and not names_someone(phrase):  # "Who heads Cambodia's Ministry of Interior?" and "Vietnam"; "Who is
        return NO_ONE.format(said=phrase.strip())  # Vietnam's Minister of ...?" and "China maintains its position"
    second = _ASKS_SECOND.search(question) if kind is Kind.PERSON else None
    if second and not re.search(r"\b(?:deputy|vice)\b", text, re.I):  # "Who served as deputy head ...?"; a
        return NO_SECOND.format(word=second.group(1).lower())
    # "Who was the architect of the tower?" and "Barnett Center" ("Whose capital ...?" may be a city's); "Which
    # scientist ...?" and "Japanese"; unless the sentence names someone else, who may be the one asked for
    if (kind is Kind.PERSON or _WHICH_PERSON.search(question)) and _no_one(question, text, phrase):
        return NO_ONE.format(said=phrase.strip())
    if kind is Kind.PERSON and in_a_title(text, phrase):  # "New Heights." of an article titled "... to New Heights."
        return NO_ONE.format(said=phrase.strip())
    if kind is Kind.PERSON and _BOTH_SIDES.fullmatch(phrase.strip()):
        return NO_ONE.format(said=phrase.strip())  # "Who signed the 1998 agreement?" and "the two nations"
    if kind is Kind.PERSON and _ASKS_LEADER.search(question) and not _names_other_than_countries(phrase) and not (
            phrase.islower() and _AGENT.search(phrase)):  # an official by post: "the municipal building inspector"
        return NO_ONE.format(said=phrase.strip())  # "Which Cambodian leader signed it?" and "Vietnam and Cambodia"
    # "What position does he hold?" and what he said, his name, or an article's title in quotes; typed as keywords
    # ("nguyen ba hung position"), only a title word says a post
    if _ASKS_POST.search(question) and not _WORK_TITLE.search(question) and (
            not_a_post(phrase) or re.match(KEYWORDS_ONLY, question, re.I)
            and not any(is_title_word(w) for w in phrase.split()) or f"“{phrase.strip()}" in text):
        return NO_POST
    if kind is Kind.PERSON and only_a_title(phrase) and (_WHOSE_ROLE.match(question) or post):
        return NO_ONE.format(said=phrase.strip())  # "Who is her Cambodian counterpart?" and "Chairwoman"
    other_side = _other_side(question, kind, text, phrase)
    if other_side:
        return other_side
    own = own_title(question, kind, text, phrase)
    if own:
        return (OWN_NAME if own in whole_name(text, phrase) else OWN_TITLE).format(name=own)
    if kind is Kind.MONEY and _ASKS_VALUE.search(question) and _SHARE.search(phrase) and not CURRENCY.search(phrase):
        return A_SHARE.format(said=phrase.strip())
    # "What was the name of the tax collector ...?" and "higher political office"; of a thing, a clause ("What was
    # the name of his horse?" and "fell from his horse while hunting"), not a word ("an enzyme called rubisco")
    if _ASKS_NAME.search(question) and not re.search(r"[A-Z\d\"“']", phrase) and (
            kind is Kind.PERSON or kind in (Kind.NAME, Kind.OTHER) and len(phrase.split()) > 4):
        return NO_PERSON_NAME.format(said=phrase.strip())
    # "How many workers died?" and "nearly three" of "nearly three times that for all workers" (a share may count:
    # "How many residents of Seville died?" and "half")
    if kind is Kind.COUNT and not re.search(r"\btimes\b", question, re.I) and _times_after(text, phrase):
        return NOT_A_COUNT.format(said=phrase.strip())
    measure = _ASKS_LENGTH.search(question) if kind is Kind.QUANTITY else None
    if measure and _SHARE.search(phrase) and not re.sub(r"\d+(?:\.\d+)?\s?(?:%|per\s?cent)", "", phrase).strip(
            " ,.-–to"):  # only shares: "50% to 60%"
        return SHARE_FOR_MEASURE.format(said=phrase.strip(), asked=measure.group(0).lower())
    way = _ONE_WAY.search(question) if kind in NUMBER_KINDS else None
    if way and not re.search(r"\b(?:export|import)", text, re.I):
        return NO_WAY.format(way=way.group(1).lower() + "s")
    if kind in NUMBER_KINDS and asks_change(question) and phrase.strip() and not _CHANGE_WORD.search(text):
        return NO_CHANGE.format(said=phrase.strip())
    if kind is Kind.PERCENT and CURRENCY.search(phrase) and not _SHARE_SAID.search(phrase) \
            and not asks_change(question):  # by what percent it grew: the change is quoted later (change_span)
        return NOT_A_SHARE.format(said=phrase.strip())  # "What share of Cambodia's FDI ...?" and "$2.94 billion"
    if kind is Kind.COUNT and _MONEY.search(phrase) and not _ASKS_MONEY.search(question) \
            and not re.search(r"\d", _AMOUNT.sub("", phrase)):
        return AN_AMOUNT.format(said=phrase.strip())
    how = only_a_date(question, kind, phrase, text)
    if how:
        return ONLY_A_DATE.format(said=phrase.strip(), asked=how)
    whose = counted_of_unmentioned(question, kind, before + " " + text)
    if whose:  # "How many Chinese FDI projects ...?" and "Vietnam currently has more than 400 FDI projects in Laos"
        return NOT_IN_PASSAGE.format(names=whose)
    counted = counts_another(question, kind, text, phrase)
    if counted:
        return COUNTS_ANOTHER.format(said=phrase.strip(), counted=counted)
    part = part_unsaid(question, kind, text)
    if part:  # "How many of them are hydropower projects?" and "Vietnam has 241 active projects in Laos"
        return PART_UNSAID.format(part=part)
    if only_a_target(question, phrase, text):
        return ONLY_A_TARGET.format(said=phrase.strip())
    if only_reached(question, kind, phrase, text):
        return ONLY_REACHED.format(said=phrase.strip())
    if when_agreed(question, kind, phrase, text):
        return WHEN_AGREED.format(said=phrase.strip())
    office = other_office(question, text, phrase, document, known)
    if office:
        return office
    agreed = other_agreement(question, text, known)
    if agreed:  # "the Protocol on Cooperation in National Defense" and "the Protocol on ... Training Cooperation"
        return OTHER_NAME.format(said=agreed[0], name=agreed[1])
    figure = other_figure(question, text)
    if figure:  # "... Vietnam's more than 400 FDI projects in Cambodia?" and "Vietnam has 205 projects in Cambodia"
        return OTHER_NAME.format(said=figure[0], name=figure[1])
    opposite = other_modifier(question, text)
    if opposite:  # "in developing countries" and "of developed countries"
        return OTHER_NAME.format(said=opposite[0], name=opposite[1])
    given = names(question)
    named_none = bool(given) and len(unnamed(given, text)) == len(given)
    other = about_another(question, kind, text, phrase) or (
        (other_name(question, before) or other_pair(question, before)) if before and named_none
        and not is_yes_no(question) else None)
    if not other and before and _BACK.match(text):  # "On this occasion, ..." after "... the 46th anniversary"
        other = other_ordinal(question, before)
    edition = _edition_elsewhere(question, text, document) if not other and document else None
    if edition:  # "the second Belt and Road Forum" and "the Belt and Road Forum" of a document that writes only
        return OTHER_EDITION.format(said=edition[0], name=edition[1])  # "the third Belt and Road Forum"
    if not other and named_none and _THE_TWO.search(text) and document and not is_yes_no(question):
        other = other_pair(question, paragraph_of(document, text))  # "the two nations" are the paragraph's pair
    if other:
        return OTHER_NAME.format(said=other[0], name=other[1])
    elsewhere = pair_elsewhere(question, document) if named_none and document and not is_yes_no(question) and (
        not before or len(unnamed(given, before)) == len(given)) else None
    if elsewhere:  # "What growth rate have Vietnam and Cambodia set?" and "... rates of 10-15%" on Vietnam and Laos
        return ABOUT_PAIR.format(pair=elsewhere[0], name=elsewhere[1])
    # a follow-up naming countries of its own asks of them, not of the earlier question's ("And which anniversary
    # did Vietnam and Laos celebrate?" after one on Vietnam and Cambodia)
    before_this = "" if any(is_country_word(n) for n in given) else earlier
    for asked, paired in ((given, None), (names(before_this), other_pair(before_this, text)) if before_this
                          else ((), None)):
        if paired:
            return OTHER_NAME.format(said=paired[0], name=paired[1])
        foreign = unmentioned_countries(asked, document) if document else []
        if foreign:  # "By what year does Laos aim to ...?" and an article about Vietnam and Cambodia only
            return NOT_NAMED.format(names=" or ".join(foreign))
    countries = other_countries(question, text, before) if not is_yes_no(question) else None
    if countries:  # "the average life expectancy in Finland" and a sentence on Americans and Greeks
        return OTHER_NAME.format(said=countries[0], name=countries[1])
    # "How many ... projects in Cambodia are in agriculture?" of an article that never says agriculture; "How many of
    # Vietnam's projects in Laos are in energy?", a part of a whole, of sentences that do not (they are of the
    # document: what they hold, it holds)
    of_whole = bool(_PART_OF.search(question))
    scope = text if of_whole else document
    part = unmentioned_part(question, kind, scope) if scope else None
    if part:
        return (NOT_IN_PASSAGE if of_whole else NOT_NAMED).format(names=part)
    if _ASKS_FOUNDED.search(question) and not _FOUNDED.search(text):
        return NO_FOUNDING
    body = not_a_body(question, phrase)
    if body:
        return body
    then = now_not_then(question, text, document, kind)
    if then:
        return NOW_NOT_THEN.format(said=phrase.strip(), year=then)
    part = part_of_year(question, kind, text)
    if part:
        return PART_OF_YEAR.format(said=part)
    someone = other_person(question, text, earlier) or namesake(question, text)
    if someone:
        return OTHER_NAME.format(said=someone[0], name=someone[1])
    successor = held_before(question, text)
    if successor:  # "Who was Prime Minister of Cambodia before Hun Sen?" and "Hun Manet became the new Prime Minister"
        return NOT_BEFORE.format(name=successor)
    return None


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


def now_not_then(question: str, text: str, document: str, kind: Kind = Kind.COUNT) -> str | None:
    """The year a question asks about when the answer's sentences ``text`` give no year but say "currently" (or
    "now", "to date", ...) and the ``document`` was written after it (written_after): asked how many or how much;
    asked anything else, when the document gives no year as early ("today Japanese-American businesses remain" in
    Chinatown may well say what it was in 1940). Else None."""
    asked = years(_DATED_DOCUMENT.sub(" ", question))
    if not asked or YEAR.search(text) or not _NOW.search(text) or not document:
        return None
    written = written_after(document) if kind in _AMOUNT_KINDS else min(map(int, YEAR.findall(document)), default=None)
    return asked[0] if written and int(asked[0]) < written else None


_AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY})


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




# "Who chairs the Cambodia-Vietnam Friendship Association?" and "Ms. Nguyen Thi Thanh, Chairwoman of the Vietnam-
# Cambodia Friendship Association, ... the Cambodia-Vietnam Friendship Association": the pair the other way round is
# the other side's body
_PAIR = re.compile(r"\b([A-Z][a-z]+)\s?[-–]\s?([A-Z][a-z]+)\b")


def _other_side(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the person ``phrase`` names does not hold the post a "Who ...?" question asks about ("Who chairs the
    Cambodia-Vietnam ...?"): the title ``text`` gives them names the question's pair of countries the other way
    round; else None."""
    if kind is not Kind.PERSON or not _PAIR.search(question):
        return None
    person = name_in(phrase.strip())
    span = title_of(text, person) if person else None
    if span is None:
        return None
    title = text[slice(*span)].strip(" ,")
    for first, second in _PAIR.findall(question):
        if not (country_of(first) and country_of(second)):
            continue
        given = [tuple(p) for p in _PAIR.findall(title)]
        if (second, first) in given and (first, second) not in given:
            return OTHER_SIDE.format(name=person, title=title, asked=f"{first}-{second}")
    return None


# a sentence about what the one before it names: "On this occasion, the Lao News Agency posted ..."
_BACK = re.compile(r"\s*(?:(?:On|At|For)\s+(?:this|that|the)\s+(?:occasion|day|event|anniversary)|This|These|That|"
                   r"Those|Such)\b")
# "In terms of economics, the two nations signed an economic-trade agreement in 1998. Since then, trade between
# Vietnam and Cambodia ...": which two, the paragraph says; so too of "bilateral trade"
_THE_TWO = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:nations|countries|sides|neighbou?rs|states)\b"
                      r"|\b(?:bilateral|two-way)\b", re.I)


def paragraph_of(document: str, text: str) -> str:
    """The paragraph of ``document`` (lines apart) that holds ``text``, or ``text`` when it is not found."""
    at = document.find(text)
    if at < 0:
        return text
    start = document.rfind("\n", 0, at) + 1
    end = document.find("\n", at + len(text))
    return document[start:end if end >= 0 else len(document)]


def _in_question(phrase: str, question: str) -> bool:
    """Whether ``phrase`` holds a figure and the question already says all of it ("December 2023")."""
    said = " ".join(words(phrase)).strip()
    said = re.sub(r"^(?:(?:in|on|at|by|of|the|since|from|during)\s+)+", "", said)  # "in December 2023"
    return bool(re.search(r"\d", said)) and f" {said} " in f" {' '.join(words(question))} "


NOT_BEFORE = "The closest passage does not say who came before {name}."
# "Who was Cambodia's Prime Minister before Hun Sen?": someone who held it before a person the question names
# (typed without capitals too: "who was cambodia pm before hun sen"; not "before 2020", "before him", "before leaving")
_NAME_WORD = rf"(?!{MONTH}\b|(?:{'|'.join(sorted(STOPWORDS))})\b|\w+ing\b)[^\W\d][\w'’.-]*"
_BEFORE_SOMEONE = re.compile(rf"^\s*who\b[^?]*\b(?:before|prior\s+to|preceding)\s+"
                             rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*\??\s*$", re.I)
_SAYS_BEFORE = re.compile(r"\b(?:before|prior|preced\w*|predecessors?|former|formerly|previous(?:ly)?|earlier|until|"
                          r"succeeded\s+by|replaced\s+by|took\s+over\s+from|handed\s+over)\b", re.I)


def held_before(question: str, text: str) -> str | None:
    """The person a "Who was X before Y?" question names (Y), when the answer's sentences ``text`` say nothing of
    anyone before anyone, nor that Y is new ("Hun Manet became the new Prime Minister" says who came after Hun
    Sen); else None."""
    asked = _BEFORE_SOMEONE.match(question)
    if not asked or _SAYS_BEFORE.search(text):
        return None
    name = asked.group("name")  # "... of Prime Minister Hun Sen, under the new Prime Minister Hun Manet": before him
    return None if re.search(r"\bnew\b", text, re.I) and name.lower() in text.lower() else name


def acronym_of_asked(question: str, text: str, phrase: str) -> str | None:
    """ "Lao News Agency (KPL)" when the quoted ``phrase`` is only an acronym that ``text`` writes after a name the
    question gives itself: the question already says it. Else None."""
    quoted = phrase.strip()
    if not re.fullmatch(r"[A-Z][A-Z&.-]{1,7}", quoted):
        return None
    where = name_before(text, quoted)
    name = text[slice(*where)] if where else ""
    asked = set(words(question))
    return f"{name} ({quoted})" if name and all(w in asked for w in words(name) if w not in STOPWORDS) else None


def repeats_asked(question: str, phrase: str) -> str | None:
    """The part of ``phrase`` that only repeats what a "Which ...?" question asks for, or None: "Vietnamese
    seaports" of "access through Vietnamese seaports" for "Which Vietnamese seaports will Laos use?". Not "white
    blood cells" for "Which cells ...?", nor "the port of Haiphong" for "Which port ...?": they name one."""
    asked = _ASKS_WHICH.match(question)
    if not asked:
        return None
    tail = _LAST_PREPOSITION.sub("", phrase.strip().rstrip(".,;:"))
    said = [stem(w) for w in words(tail) if w not in STOPWORDS]
    head = words(asked.group(1))[-1:]
    own = {stem(w) for w in words(question)}
    if len(said) == 1 and is_country_word(tail) and tail.lower() in words(asked.group(1))[:-1]:
        return tail  # "Which Japanese universities ...?" and "Japanese": what the question says of them itself
    if not said or not head or said[-1] != stem(head[0]) or any(w not in own for w in said):
        return None
    return tail


_HEDGE_WORDS = frozenset({"specific", "particular", "exact", "exactly", "individual", "actual"})


def named_only_as_asked(question: str, text: str) -> str | None:
    """What a "Which ...?" question asks for, as the answer's sentences ``text`` write it, when they name it only
    so and name nothing the question does not: "Vietnamese seaports" of "Vietnam will support Laos ... by
    providing access through Vietnamese seaports." for "Which Vietnamese seaports will Laos be given access
    to?". Only for a thing of two words or more, none of them a stopword (a bare "river" is named by "The Seine is
    the river ..."), written so at the end of a sentence ("All uses of sculpture are represented, from tomb ...")."""
    asked = _ASKS_WHICH.match(question) or _ASKS_WHAT_THE.match(question)
    wanted = [w for w in words(asked.group(1)) if w not in _HEDGE_WORDS] if asked else []
    if len(wanted) < 2 or any(w in STOPWORDS for w in wanted):
        return None  # "uses of sculpture": the thing is "uses", which the sentence may list after it
    # written so at the end of a sentence: "... by providing access through Vietnamese seaports."
    # "Which Vietnamese seaport ...?" and "... through Vietnamese seaports."; "Which Vietnamese port ...?" too
    # a country for its people's word: "Which Vietnam seaport ...?" and "Vietnamese seaports"
    before_last = [re.escape(w) + (r"[a-z]*" if country_of(w) else "") for w in wanted[:-1]]
    found = re.search(r"(?<![\w-])" + r"\s+".join([*before_last, r"[a-z]*" + re.escape(wanted[-1])])
                      + r"(?:e?s)?(?=[.!;]?\s*$|[.!;]\s)", text, re.I)
    named = {stem(wanted[-1]), stem(found.group(0).split()[-1].lower())} if found else set()
    if not found or sum(stem(w) in named for w in words(text)) != 1:
        return None  # not written so, or the thing is named again elsewhere in them
    before = words(text[:found.start()])[-1:]
    if not before or before[0] not in STOPWORDS:
        return None  # "White blood cells" for "Which blood cells ...?": a word of its own names one
    own = {w.lower() for w in WORD.findall(question)}
    countries = {country_of(w) for w in own} - {None}
    for n, token in enumerate(WORD.finditer(text)):
        word = token.group(0)
        if n and (word[0].isupper() or word[0].isdigit()) and word.lower() not in own \
                and country_of(word) not in countries:
            return None  # the sentences name something of their own: it may be the one asked for
    return found.group(0)


def unmentioned_countries(asked: list[str], document: str) -> list[str]:
    """The countries (or peoples) of ``asked`` that ``document`` never mentions."""
    return [n for n in asked if is_country_word(n) and n.lower() not in NOT_ONLY_COUNTRIES
            and not mentions_country(document, n)]


# A phrase whose only numbers are years: no amount nor share, whatever its words
_ONLY_YEARS = re.compile(r"(?![^\d]*(?:[$€£¥%]|\bper\s?cent\b|\b(?:USD|dollars?|euros?|pounds?|yuan|dong|kip|riel)\b))"
                         r"[^\d]*(?:(?:1[0-9]|20)\d\d(?:\s*[-–]\s*(?:1[0-9]|20)\d\d)?[^\d]*)+", re.I)


# a number that may be a year: of three or four digits and no measure ("180-foot", "738 days"), or with an era
_A_YEAR = re.compile(r"(?<![\d.,])\d{3,4}s?\b(?!\s*-?\s*(?:days?|weeks?|months?|years?|hours?|minutes?|feet|foot|"
                     r"ft|metres?|meters?|m|km|miles?|mi|kg|tons?|tonnes?|people|%|per\s?cent)\b|\s*%)"
                     r"|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b|\bAD\s*\d{1,4}\b|\b\d0s\b", re.I)


def holds_number(kind: Kind, phrase: str) -> bool:
    """Whether ``phrase`` can answer a question of ``kind``: for a year, a count, a percentage or an amount
    (NUMBER_KINDS), it holds a digit, or for all but a year a number word ("two", "half", "millions"), or is a
    short phrase with a vaguer one ("both", "several"), and for an amount or a share a number that is no year
    alone and no bare "two"; for a rank, an ordinal or a word such as "largest". A rank is no count: "How many
    joint patrols ...?" is not answered by "their 74th annual joint patrol"."""
    if kind not in NUMBER_KINDS:
        return True
    if kind is Kind.ORDINAL:  # "Which edition was it?": "third", "46th", "largest"
        return bool(ORDINAL.search(phrase) or _RANK_WORD.search(phrase))
    if kind is Kind.COUNT:  # a rank, a range of years or a year said as such ("in 2023") counts nothing
        phrase = YEAR_SAID.sub(" ", YEAR_RANGE.sub(" ", ORDINAL.sub(" ", phrase)))
    if kind is Kind.YEAR:  # "In what year ...?" and "738 days" or "a 600-year-old tree": no year
        return bool(_A_YEAR.search(phrase))
    if kind in (Kind.MONEY, Kind.PERCENT) and (_ONLY_YEARS.fullmatch(phrase.strip())
                                               or phrase.strip().lower() in _SMALL_NUMBERS):
        return False  # "How much money ...?" and "the 2023-2030 period"; "What is the budget?" and "two"
    return bool(_NUMBER_WORD.search(phrase) or (_VAGUE_NUMBER.search(phrase) and len(phrase.split()) <= 4))


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




# "How many ... are in agriculture?", "How much of it went into tourism?": the part of a whole asked for, at the end
_IN_PART = re.compile(r"\b(?:are|were|is|was|went|go|goes|gone)\s+(?:in|into|to|for)\s+(?:the\s+)?"
                      r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\??\s*$")


_PART_OF = re.compile(r"\bhow\s+(?:many|much)\s+of\b", re.I)


def unmentioned_part(question: str, kind: Kind, document: str) -> str | None:
    """The part a question asking how many or how much of something ends on ("agriculture" of "How many ...
    projects in Cambodia are in agriculture?"), when ``document`` holds none of its words; else None."""
    part = _IN_PART.search(question) if kind in NUMBER_KINDS else None
    own = [w for w in part.group(1).split() if w not in STOPWORDS] if part else []
    held = {stem(w.lower()) for w in WORD.findall(document)} if own else set()
    return part.group(1) if own and not any(stem(w) in held for w in own) else None






# "Where is the kilopond still used?" asks for what, as well as where: "expressing aircraft weight, jet thrust"; "where
# does the word imperialism come from?" asks for the word it comes from: "the Latin word imperium"
_ASKS_USE = re.compile(r"\bwhere\b[^?]*\b(?:used|applied|employed)\b|\bwhere\b[^?]*\b(?:word|name|term|phrase)\b"
                       r"[^?]*\b(?:come|comes|came|derive[sd]?|originate[sd]?|stem(?:s|med)?)\b", re.I)


def unplaced(question: str, kind: Kind, text: str, phrase: str) -> bool:
    """Whether the answer's sentences ``text`` cannot say where: asked where ("Where ...?", "In which city
    ...?"), they hold no word of place ("in", "at", "near", "city", "north", ...), and the phrase quoted is
    not the name of a place (a name can stand alone for one: "The Victoria and Albert Museum, London, ...";
    "Committee for Bilateral Cooperation" names a body). "Where was the 46th meeting held?" is not answered
    by "... successfully held the 46th meeting of the Committee and the high-level meeting between the two
    Parties." A body's name is no place even where the sentences say where: "Where was the joint conference
    held?" is not answered by "Central Committees" of "a speech at the joint conference between the Central
    Committees of ..."."""
    if kind is not Kind.PLACE or _ASKS_RANK.search(question) or _ASKS_USE.search(question):
        return False
    words = [w for w in WORD.findall(phrase) if w.lower() not in STOPWORDS]
    named = bool(words) and all(w[0].isupper() for w in words)
    if named and BODY_WORD.search(phrase):  # "at the joint conference between the Central Committees": no place
        return True
    if not named and _ASKS_NAMED_PLACE.search(question):  # "Which Lao provinces ...?" and "Both countries"
        return True
    if named and after_title(phrase) and not _PLACE_WORD.search(phrase) and not any(
            w.lower() in COUNTRIES for w in words):  # not "Former Prime Minister of Thailand Abhisit Vejjajiva"
        return True  # "Cambodian Prime Minister Samdech Thipadei Hun" of "... Hun Manet's visit to Vietnam": a person
    if holds_agreement_word(phrase) and not _PLACED.search(phrase):  # "Where was it signed?" and "... Treaty of ..."
        return True
    return not named and not _places(question, f"{text} {phrase}")


# what follows a preposition that says when, not where: "at the end of 2023", "in November 2000", "on March 14"
_WHEN_AFTER = re.compile(rf"\s+(?:the\s+)?(?:(?:end|beginning|start|middle|close|turn|course|time)\b|{MONTH}\b|\d{{4}}\b"
                         r"|(?:early|late|mid)[\s-]\d{4}\b|(?:recent|past|coming|next|last|first)\s+(?:\w+\s+)?"
                         r"(?:years?|months?|weeks?|days?|decades?)\b)", re.I)


def _places(question: str, text: str) -> bool:
    """Whether ``text`` holds a word of place (_PLACE_WORD) other than a preposition saying when ("at the end of
    2023") or leading to two of the question's own words: "Where was the joint conference held?" is not answered
    by "... delivers a speech at the joint conference ... held at the end of 2023". One word is not enough: "at
    depth" says where for "Rocks that are at a depth where ... are often what?"."""
    own = {stem(w.lower()) for w in words(question)} - {stem(w) for w in STOPWORDS}
    for m in _PLACE_WORD.finditer(text):
        after = text[m.end():]
        if _WHEN_AFTER.match(after):
            continue
        following = [w for w in words(after)[:4] if w.lower() not in STOPWORDS][:2]
        if m.group(1).lower() in _PREPOSITIONS and len(following) == 2 and all(stem(w.lower()) in own
                                                                              for w in following):
            continue
        return True
    return False


_NAMED_AFTER = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for|on|&)\s+)*[A-Z][\w'’-]*){0,7})")


def _edition_elsewhere(question: str, text: str, document: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question names a thing by an ordinal ("the second Belt and Road Forum"), the
    sentences ``text`` name the thing without one ("attend the Belt and Road Forum") and their ``document`` gives
    it another ordinal only ("the third Belt and Road Forum", qa.answering.slots.other_ordinal): the document is about
    another edition of it. None otherwise."""
    other = other_ordinal(question, document)
    thing = other[1].split()[-1] if other else ""
    return other if other and re.search(rf"\b{re.escape(thing)}", text, re.I) else None


def ordinal_of_another(question: str, phrase: str, text: str) -> str | None:
    """What a bare ordinal ("13th", "third") ranks in ``text`` when that is a name the question does not give: the
    capitalized words after it ("Party Congress" of "the 13th Party Congress", "September" of "13th September
    2023"), or the month before it ("September 13th"); None when the question gives one of them, or when
    ``text`` writes the ordinal otherwise too."""
    said = phrase.strip()
    if not ORDINAL.fullmatch(said):
        return None
    asked = {stem(w.lower()) for w in WORD.findall(question)}
    named = []
    for found in re.finditer(rf"(?<![\w-]){re.escape(said)}(?![\w-])", text):
        after = _NAMED_AFTER.match(text, found.end())
        before = re.search(rf"\b({MONTH})\s+$", text[:found.start()])
        thing = (after.group(1).strip() if after else before.group(1) if before else "")
        if not thing or any(stem(w.lower()) in asked for w in thing.split()):
            return None
        named.append(thing)
    return named[0] if named else None


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
    no_start = counted == ["long"] and _YEAR.fullmatch(phrase) and "since" not in question.lower() and not re.search(
        rf"\b(?:since|from)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?{phrase}\b", text, re.I)
    if (_ONLY_DATE.fullmatch(phrase) or _a_day_in(phrase, text) or _in_a_date(phrase, text) or no_start
            or (counts_no_time and _YEAR.fullmatch(phrase) and _a_date_in(phrase, text))):
        return asked.group(0).lower()
    return None


# "How many Cambodian workers are employed by Vietnamese projects?": the words from "how many" to the verb name
# what is counted ("Cambodian workers"; "species of Ctenophores"); without a verb, to the first preposition
_COUNT_OF = re.compile(r"\bhow\s+many\s+((?:[\w.-]+\s+){0,8}?)(?=(?:are|were|is|was|do|does|did|have|has|had|will|"
                       r"would|can|could)\b)|\bhow\s+many\s+((?:[\w-]+\s+){0,3}?)(?=(?:in|of|at|on|from|to|for|by|"
                       r"with)\b)", re.I)


NOT_IN_PASSAGE = "The closest passage does not mention {names}."
# who came after or before someone, and a sentence on who came after or before another
_FOLLOWED_VERB = r"(?:succeeded|replaced|preceded|followed|took\s+over\s+from)"
_ASKS_FOLLOWED = re.compile(rf"^\s*[Ww]ho\s+{_FOLLOWED_VERB}\s+"
                            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_FOLLOWED = re.compile(rf"\b{_FOLLOWED_VERB}\s+(?:the\s+)?(?P<name>(?-i:[^\W\da-z_])[\w'’.-]*)")


def followed_another(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question asks who came after (or before) someone and ``text`` says who came
    after another: "who succeeded Kublai Khan?" and "Möngke Khan succeeded Ögedei's son, Güyük, as Great Khan"
    -> ("succeeded Ögedei's", "Kublai Khan"). The name there runs to its first preposition, so that "succeeded
    Ögedei's son, Güyük" is Güyük's successor. None else."""
    asked = _ASKS_FOLLOWED.match(question)
    said = _FOLLOWED.search(text) if asked else None
    if not said:
        return None
    who = re.split(r"\s(?:as|in|on|at|for|by|with|from|to|and)\s", text[said.start("name"):said.end() + 40])[0]
    return None if set(words(who)) & set(words(asked["name"])) else (said.group(0), asked["name"])
_FIGURE = re.compile(r"(?<![\w.,$])\d[\d,]*(?:\.\d+)?(?![\d,.]?\d|[^\W\d_])")  # not "5th", "0m"


def other_figure(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question gives a figure of a thing ("400 FDI projects") that ``text`` does not
    hold, and ``text`` gives another figure of that thing ("205 projects"): the question's is not the passage's.
    Years are no figures of a thing."""
    for asked in _FIGURE.finditer(question):
        number = asked.group(0)
        if YEAR.fullmatch(number) or re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text):
            continue
        things = list(itertools.takewhile(lambda w: w not in STOPWORDS, words(question[asked.end():])[:3]))
        wanted = {stem(w) for w in things}
        for given in _FIGURE.finditer(text):
            if YEAR.fullmatch(given.group(0)):
                continue
            after = re.match(r"(?:\s+[\w-]+){1,3}", text[given.end():])
            hit = next((w for w in (after.group(0).split() if after else []) if stem(w.lower()) in wanted), None)
            if hit:  # the question's figure as it writes it, up to that thing: "400 FDI projects"
                written = re.findall(r"[\w'-]+", question[asked.end():])[:4]
                upto = next((i for i, w in enumerate(written) if stem(w.lower()) == stem(hit.lower())), 0)
                return f"{given.group(0)} {hit}", " ".join([number] + written[:upto + 1])
    return None


def counted_of_unmentioned(question: str, kind: Kind, text: str) -> str | None:
    """The country (or people) whose things a "How many ...?" question counts ("Chinese" of "How many Chinese FDI
    projects ...?"), when ``text`` never mentions it; else None."""
    asked = _COUNT_OF.search(question) if kind is Kind.COUNT else None
    counted = (asked.group(1) or asked.group(2) or "").split() if asked else []
    return next((w for w in counted if is_country_word(w) and w[:1].isupper() and not mentions_country(text, w)),
                None)


def counts_another(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """What the number quoted counts, when that is another thing the question names than the one it asks how
    many of: "How many Cambodian workers are employed by Vietnamese investment projects?" is not answered by
    "205" of "Vietnam has 205 projects in Cambodia" -> "projects"; or when the number only refers to things
    already named ("two" of "the people of the two countries", asked how many events were held). Else None."""
    asked = _COUNT_OF.search(question)
    quoted = phrase.strip()
    at = text.find(quoted) if kind is Kind.COUNT and asked and quoted else -1
    after = re.match(r"\s+([a-z][\w-]*)", text[at + len(quoted):]) if at >= 0 else None
    if not after or not (re.fullmatch(r"[\d.,]+", quoted) or quoted.lower() in _SMALL_NUMBERS) \
            or after.group(1) in STOPWORDS or re.search(r"[\w.]$", text[:at]):  # not "25" of "X.25 networks"
        return None
    counted = stem(after.group(1).lower())
    of = {stem(w.lower()) for w in (asked.group(1) or asked.group(2) or "").split()}
    following = re.match(r"(?:\s+[\w-]+){1,3}", text[at + len(quoted):]).group(0).lower().split()
    if any(stem(w) in of for w in following):  # "seven independent schools" asked how many schools
        return None
    rest = [w.lower() for w in words(question[asked.end():])] + [""]
    # named as a thing of its own, not as a word before another ("costume" of "the costume collection")
    named = {stem(w) for w, following in zip(rest, rest[1:]) if not following or following in STOPWORDS}
    # "the two countries" refers to them, counting nothing asked, unless it is them the question counts; "the 79
    # countries and territories" counts them
    referred = text[max(0, at - 4):at].lower() == "the " and quoted.lower() in _SMALL_NUMBERS
    return after.group(1) if (counted in named or referred) and counted not in of and of else None


_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
PART_UNSAID = "The closest passage gives no count of those {part}."
A_PERSON = "The closest passage names a person, “{said}”, where the question asks for a {asked}."
_ASKS_OUTLET = re.compile(r"\b(?:which|what)\s+(?:[A-Z][\w-]*\s+)?(?:state(?:-run)?\s+)?(newspaper|outlet|agency|"
                          r"publication|paper|website|magazine|broadcaster|news\s+agency)\b", re.I)
# "How many of the Lao students in Vietnam are on government scholarships?": a part of what is counted, told by
# what follows the verb
_PART_ASKED = re.compile(r"\bhow\s+many\s+of\s+(?:them|these|those|the|its|their|all(?:\s+the)?)\b[^?]*?\s"
                         r"(?:are|were|is|was|have|has|had|receive|received|get|got)\s+(?P<part>[^?]+)", re.I)


_REFERRED = re.compile(r"\b(?:that|this|those|these|such)\s+[\w-]+", re.I)


def part_unsaid(question: str, kind: Kind, text: str) -> str | None:
    """What a "How many of them ...?" question says the part it counts is ("on government scholarships"), when
    ``text`` writes some of its words nowhere: it counts them all, not that part. Else None."""
    asked = _PART_ASKED.search(question) if kind is Kind.COUNT else None
    if not asked:
        return None
    part = asked.group("part").strip(" .,")
    held = {stem(w) for w in words(text)}
    said = _REFERRED.sub(" ", part)  # "of that kind" refers to the earlier answer, which the part need not repeat
    wanted = [w for w in words(said) if w not in STOPWORDS and not w.isdigit() and not country_of(w)]
    unsaid = [w for w in wanted if not any(h.startswith(stem(w)) for h in held)]
    return part if unsaid else None


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
    if not numbers or not written or _NUMBER_WORD.search(re.sub(r"\d", "", phrase)):
        return False
    return all(any(a <= at + start and at + end <= b for a, b in dates) for at in written for start, end in numbers)


# only_a_target: the words that make the figure after them a goal ("agreed to aim for trade to reach US$20
# billion"), in lower case ("the Educational Cooperation Plan for the 2021-2030 period" names a plan)
_TARGETED = re.compile(r"\b(?:aim(?:s|ed|ing)?\s+(?:for|to|at)|targets?(?:\s+of)?|targeted|goals?\s+of|"
                       r"(?:plan|plans|planned|expected|hopes?|strives?|set|forecast|projected|seeks?|intends?)\s+to|"
                       r"(?:will|would)\s+(?:reach|hit|exceed|top|rise\s+to|grow\s+to|increase\s+to))\b[^.;]{0,60}$")
# "growth rates of 10-15% were highlighted as a key goal": a goal said after the figure
_A_GOAL_AFTER = re.compile(r"[^.;]{0,60}?\bas\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?"
                           r"(?:goal|target|objective|aim)s?\b")
# a question about a goal itself: "What is the target ...?", "How much do they want trade to reach?"
_ASKS_TARGET = re.compile(r"\b(aim(s|ed|ing)?|try|tries|trying|maintain|sustain|keep\s+up|goals?|target(s|ed|ing)?|"
                          r"plan(s|ned|ning)?|hop(e|es|ed|ing)|"
                          r"want(s|ed|ing)?|expect(s|ed|ing|ations?)?|seek(s|ing)?|sought|set|intend(s|ed|ing)?|"
                          r"striv(e|es|ing)|aspir(e|es|ing|ations?)|forecasts?|projected|projections?|will|would|"
                          r"should|could|eventually|future|predict(s|ed|ions?)?|estimat(e|es|ed|ions?)|objectives?|"
                          r"ambitions?|meant|supposed|keep|keeps|continue|continues)\b", re.I)

# "What did trade actually reach in 2023, the year they set a new target?" asks the figure reached, target or not
_ASKS_ACTUAL = re.compile(r"\b(?:actual(?:ly)?|really|in\s+(?:fact|reality))\b", re.I)


def only_a_target(question: str, phrase: str, text: str) -> bool:
    """Whether the figure quoted is one the answer's sentences ``text`` give as a goal ("agreed to aim for bilateral
    trade turnover to reach US$20 billion"), where the question asks what a figure is or was, not what anyone aims
    for: "What was the bilateral trade turnover in 2023?" is not answered by the target set at the end of 2023."""
    at = text.find(phrase.strip())
    if at < 0 or not re.search(r"\d", phrase) or _ASKS_TARGET.search(question) and not _ASKS_ACTUAL.search(question):
        return False
    end = at + len(phrase.strip())
    return bool(_TARGETED.search(text, max(0, at - 80), at) or _A_GOAL_AFTER.match(text, end))


# a question asking for a goal or forecast and nothing else: "What is the forecast for 2024 trade?", "What is the
# target for ...?"; and the words that make a figure one ("will", "aim", "expected", "by 2030", ...)
_FIGURES = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY, Kind.OTHER})  # "What is the forecast?"
_ASKS_GOAL = re.compile(r"\b(?:targets?|goals?|forecasts?|projections?|objectives?)\b", re.I)
_ASKS_FORECAST = re.compile(r"\b(?:forecasts?|projections?|projected)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|would|shall|aims?|aimed|aiming|targets?|targeted|goals?|objectives?|plans?|planned|"
                    r"expects?|expected|forecasts?|projected|projections?|hopes?|strives?|seeks?|intends?|set\s+to|"
                    r"by\s+(?:the\s+end\s+of\s+)?\d{4}|coming)\b", re.I)


def only_reached(question: str, kind: Kind, phrase: str, text: str) -> bool:
    """Whether the figure quoted is one the answer's sentences ``text`` give as reached, where the question asks
    for a goal or forecast: "What is the forecast for full-year 2024 trade?" is not answered by "bilateral trade in
    the first five months of 2024 reached 779.6 million USD", which says nothing of what is to come."""
    figure = re.search(r"\d", re.sub(r"\b(?:1[89]|20)\d\d\b", "", phrase))  # a figure, not only a year
    # asked what, a forecast or projection only: "What was the goal of his bequest?" asks a purpose
    asked = (_ASKS_FORECAST if kind is Kind.OTHER else _ASKS_GOAL).search(question)
    return (kind in _FIGURES and bool(figure) and bool(asked)
            and not _ASKS_ACTUAL.search(question) and not _AHEAD.search(text))


_AGREED = re.compile(r"\b(?:agreed|decided|pledged|committed|resolved|promised|vowed)\b", re.I)
_ASKS_AGREED = re.compile(r"\b(?:agree|agreed|decide|decided|pledge|pledged|commit|committed|resolve|resolved|"
                          r"promise|promised|vow|vowed|set|adopt|adopted|settle|settled|agreement)\b", re.I)


def when_agreed(question: str, kind: Kind, phrase: str, text: str) -> bool:
    """Whether, asked by when a goal is to be met ("By what year do they aim to reach US$20 billion?"), the year
    quoted is when the goal was agreed: "By the end of 2023, the leaders agreed to aim for trade to reach US$20
    billion in the coming time" sets no year for it. The year comes before "agreed" (or "decided", "pledged",
    ...), which comes before the goal, and no year follows the goal."""
    at = text.find(phrase.strip()) if phrase.strip() else -1
    if kind not in (Kind.YEAR, Kind.DATE) or at < 0 or not _ASKS_TARGET.search(question) or _ASKS_AGREED.search(
            question):  # "When did they agree on the goal?" asks just that
        return False
    agreed = _AGREED.search(text, at + len(phrase.strip()))
    goal = _TARGETED.pattern[:-len("[^.;]{0,60}$")]
    aimed = re.search(goal, text[agreed.end():]) if agreed else None
    return bool(aimed) and not re.search(r"\b(?:1[0-9]|20)\d\d\b", text[agreed.end() + aimed.start():])


def _a_date_in(year: str, text: str) -> bool:
    """Whether ``text`` writes ``year`` and every time as a date ("in 2023", "end of 2023,"), never as a count,
    and holds no other number: "In 1347 the epidemic killed 25 million" gives a count beside the year."""
    written = re.compile(rf"(?<!\d){year}(?!\d)")
    found = {m.start() for m in written.finditer(text)}
    dated = {m.end() - len(year) for m in re.finditer(_YEAR_AS_DATE.format(year=year), text, re.I)}
    return bool(found) and found <= dated and not holds_number(Kind.COUNT, written.sub(" ", text))
