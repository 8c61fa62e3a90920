"""A user's guess at what they ask, which the answer need not hold.

Users say what they believe before they ask ("I think the treaty was signed in 1975 - what date was it actually
signed?"), or ask whether a guess is right and, if it is not, what is ("Was the treaty signed on July 18, 1976, or
on what date?", "Is it Hun Sen who became Prime Minister in August 2023? If not, who?"). The guessed figure, date
or name is no word of the sentence that answers: read as part of the question, it sent qa to another sentence or to
none. ``without_guesses`` drops a belief's guess; ``truth_asked`` asks a guessing question as the plain question it
stands for.
"""
from __future__ import annotations

import re

from ..text import ASKING, MONTH, QUESTION_WORD, words

# What a user believes before asking ("I think the treaty was signed in 1975 - what date was it actually signed?",
# "If I remember right, ...;", "Someone told me ..."): their guess at what they ask is no figure the answer must
# hold, but what the belief names is what "it" of the question is.
BELIEF = re.compile(rf"""^\s*(?:(?:and|but|so)\s+)?(?:
    i\s+(?:(?:really|still|kind\s+of|sort\s+of)\s+)?(?:think|thought|believe|believed|recall|remember|assume|assumed|guess|
        suppose|heard|read|was\s+told|have\s+a\s+feeling|had\s+the\s+impression|seem\s+to\s+(?:remember|recall))
    |if\s+i\s+(?:remember|recall)(?:\s+(?:right|rightly|correctly))?
    |(?:someone|somebody|a\s+friend|my\s+\w+)\s+(?:told\s+me|said|mentioned|claims|claimed)
    |my\s+memory\s+(?:says|tells\s+me)|as\s+far\s+as\s+i\s+(?:know|remember|recall)
    |i\s*(?:'m|’m|\s+am)\s+(?:pretty\s+|fairly\s+)?sure)\b
    [^;:?–—]*?(?:\s*[;:]|\s+[-–—]+\s|\s*[–—])\s*(?:(?:and|so|but|then)\b[\s,]*)?(?={ASKING})""", re.I | re.X)
_ABOUT_WORDS = r"(?:(?:in|on|at|of|by|around|about|roughly|some|nearly|almost|over|under|just|only|approximately|" \
               r"(?:more|less|fewer)\s+than|close\s+to)\s+)*"
_GUESSED_DATE = re.compile(rf"\b{_ABOUT_WORDS}(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
                           rf"(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?|"
                           rf"{MONTH}(?:\s+\d{{4}})?|(?:the\s+)?(?:19|20)\d\d(?:s\b)?|the\s+\d0s)(?![\w$%])", re.I)
_GUESSED_NUMBER = re.compile(rf"(?<![\w$]){_ABOUT_WORDS}(?:US)?\$?\s?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|"
                             rf"billion|million|thousand|bn|m|k|usd|dollars?|years?|days?|months?|st|nd|rd|th))*(?![\w$%])",
                             re.I)
_GUESSED_RANK = re.compile(r"\b(?:the\s+)?(?:(?:second|third|fourth|fifth)\s+)?(?:biggest|largest|greatest|top|leading|"
                           r"number\s+one)\b", re.I)


def without_guesses(question: str) -> str:
    """A question after a belief (BELIEF), without the belief's guess at what is asked: the dates of one asking
    when, the figures and ordinals of one asking how many or what, the ranks of one asking where something
    stands. "I think the treaty was signed in 1975 - what date was it actually signed?" -> "I think the treaty
    was signed - what date was it actually signed?"; "Someone told me trade hit $1 billion in 2022 - what was
    the trade turnover that year?" keeps 2022, which "that year" is. Any other question as it is."""
    from .question import expected_kind

    belief = BELIEF.match(question)
    if not belief:
        return question
    said, rest = question[:belief.end()], question[belief.end():]
    for guess in _guesses_of(expected_kind(rest[:1].upper() + rest[1:]), rest):
        said = guess.sub("", said)
    return re.sub(r"\s+(?=[;:,])", "", " ".join(said.split())) + " " + rest


def _guesses_of(kind, asked: str) -> list[re.Pattern]:
    """The patterns of what may be a guess at a question's answer of ``kind`` (a qa.asking.question.Kind): dates for
    one asking when, figures and ordinals for one asking how many or what, ranks for one asking where something
    stands (``asked``, the question's words, names a rank or position)."""
    from .question import Kind

    guesses = {Kind.DATE: [_GUESSED_DATE], Kind.YEAR: [_GUESSED_DATE], Kind.PERIOD: [_GUESSED_NUMBER, _GUESSED_DATE],
               Kind.ORDINAL: [_GUESSED_NUMBER, _GUESSED_RANK], Kind.PERSON: [], Kind.PLACE: [], Kind.NAME: []}.get(
        kind, [_GUESSED_NUMBER])
    if re.search(r"\b(?:rank|position|stand|place)\b", asked, re.I):
        guesses = [*guesses, _GUESSED_RANK]
    return guesses


# A question that guesses and asks for the truth if the guess is wrong: a yes-or-no question, then what to give
# instead ("Was the treaty signed on July 18, 1976, or on what date?", "Is it Hun Sen who became Prime Minister?
# If not, who?", "Did trade reach 700 million USD, or what was the real figure?", "Was the joint patrol the 70th?
# Which one was it?"). What is asked for instead is a question word and its noun ("on what date", "which outlet",
# "at whose invitation") and, at most, the words that point back to the guess ("was it", "does it hold", "wrote
# it", "is the correct number", "is sought").
_AUX = r"(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)"
_PREPOSITION = (r"(?:in|on|at|by|from|to|through|for|with|under|since|of|during|into|via|across|among|between|after|"
                r"before|along|around|over|within|toward|towards|against|about|near|throughout)")
_POINTER = r"(?:it|he|she|they|this|that|there|its|his|her|their)"
_NOT_A_NOUN = rf"(?!(?:{_AUX}|{_POINTER})\b)"
_INSTEAD = rf"""(?P<instead>(?P<asked>(?:{_PREPOSITION}\s+)?
    (?:what|which|who|whom|whose|when|where|how\s+(?:many|much|long|far|old))\b(?:\s+{_NOT_A_NOUN}[\w'’-]+){{0,3}}?)
    (?:\s+{_AUX}(?:\s+{_POINTER})?(?:\s+the\s+(?:(?:real|correct|actual|true|right|exact)\s+)?[\w-]+)?
        (?:\s+(?:then|instead|exactly|actually|really|now))*(?:\s+[a-z]+(?:\s+{_PREPOSITION})?)?
      |\s+[a-z]+\s+(?:it|him|her|them))?
    (?:\s+(?:then|instead|exactly|actually|really))?)"""
_CONFIRM = re.compile(rf"""^\s*(?P<lead>(?:according\s+to|in\s+the\s+(?:view|words)\s+of)\s+[^,?]+,\s*)?
    (?:(?:and|so|but|also)\s+)?(?P<aux>{_AUX})\s+(?P<body>[^?]+?)
    (?:,?\s+or\s+|\s*\?\s*(?:(?:(?:and\s+)?if\s+not|if\s+(?:that's|that’s|that\s+is)\s+(?:wrong|not\s+\w+)|or|
        otherwise)\b[\s,]*)?|\s+[-–—]+\s+(?:or\s+)?)
    {_INSTEAD}\s*\?*\s*$""", re.I | re.X)
# a question, then a guess at its answer after a dash: "What share did it account for - about 20 percent?",
# "Whose state visit did it coincide with - Prime Minister Sonexay Siphandone's? If not, whose?"; not a dash
# between two names ("Who chairs the Laos - Vietnam Cooperation Committee?")
_GUESS_AFTER = re.compile(rf"""^(?P<question>\s*(?:(?:and|so|but)\s+)?(?:{_PREPOSITION}\s+)?
    (?:what|which|who|whom|whose|when|where|how)\b[^?]*?)\s+[-–—]+\s+
    (?P<guess>(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)[^?]+?)\?
    (?:\s*(?:(?:and\s+)?if\s+not|or|otherwise)\b[^?]*\??)?\s*$""", re.I | re.X)
_CLEFT = re.compile(r"^it\s+(?P<guess>.+?)\s+(?:who|that|which)\s+(?P<rest>[a-z][\w-]*\b.*)$")
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|these|those|his|her|its|their)\b", re.I)
_LAST_NAME_RUN = re.compile(r"(?<=[a-z,]\s)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*(?:['’]s)?\s*$")
# a range guessed: "the 2021-2025 period", "5-10%", "March 4 and 5, 2024"
_GUESSED_RANGE = re.compile(r"(?<![\w$])\d[\d,.]*\s*(?:[-–]|to)\s*\d[\d,.]*\s*(?:%|percent|per\s+cent)?(?![\w$%])",
                            re.I)
_GUESSED_DAYS = re.compile(rf"\b(?:on\s+)?{MONTH}\s+\d{{1,2}}\s*(?:[-–]|to|and)\s*\d{{1,2}}(?:,?\s+\d{{4}})?\b", re.I)
_GUESSED_YEARS = re.compile(r"\b(?:from\s+|between\s+)?(?:19|20)\d\d\s*(?:[-–]|to|and)\s*(?:(?:19|20)?\d\d)\b", re.I)
# the words a counted guess counts: "around 300 active projects there", "60 countries and territories in total"
_COUNTED = re.compile(r"^\s*((?:(?!(?:in|on|at|of|for|to|from|with|by|there|here|now|then|so|far|total|all|overall|"
                      r"currently|today|are|is|were|was)\b)[a-z][\w-]*(?:\s+and\s+(?=[a-z]))?\s*){1,4})", re.I)
_A_COUNT = re.compile(r"^(?:(?:around|about|roughly|some|nearly|almost|over|under|just|only|approximately|"
                      r"(?:more|less|fewer)\s+than|close\s+to)\s+)*\d[\d,]*$", re.I)


def _guess_in(body: str, kind, instead: str) -> tuple[int, int] | None:
    """Where in ``body`` the guess at a question's answer of ``kind`` is: the last date, figure or rank that
    answers such a question (the longest of those ending last: "2021-2025", not "2025"), else for a person, place
    or name the name that ends it ("... quoted in the article Wang Yi")."""
    from .question import Kind

    patterns = _guesses_of(kind, instead)
    patterns += [_GUESSED_YEARS] if kind is Kind.PERIOD else [_GUESSED_DAYS] if kind is Kind.DATE else \
        [_GUESSED_RANGE] if _GUESSED_NUMBER in patterns else []
    found = [m for p in patterns for m in p.finditer(body)]
    if found:
        last = max(found, key=lambda m: (m.end(), -m.start()))
        start = last.start()
        if last.re is _GUESSED_NUMBER:  # "invest in around 60 countries": "in" is the verb's
            start += len(re.match(r"(?:(?:in|on|at|of|by)\s+)*", body[start:], re.I).group(0))
        return start, last.end()
    if kind in (Kind.PERSON, Kind.PLACE, Kind.NAME):
        name = _LAST_NAME_RUN.search(body)
        return (name.start(), name.end()) if name else None
    return None


def truth_asked(question: str) -> str:
    """A question that guesses and asks for the truth (_CONFIRM, _GUESS_AFTER), asked without the guess: "Was the
    Treaty signed on July 18, 1976, or on what date?" -> "On what date was the Treaty signed?"; "Is it Hun Sen
    who became Prime Minister? If not, who?" -> "Who became Prime Minister?"; "And does it have around 300
    active projects there, or how many?" -> "How many active projects does it have there?"; "What share did it
    account for - about 20 percent?" -> "What share did it account for?". Any other question as it is, and this
    one when its guess is not found."""
    from .question import expected_kind

    after = _GUESS_AFTER.match(question)
    joined = after and after.group("question").split()[-1][:1].isupper() and after.group("guess")[:1].isupper()
    if after and not joined and len(after.group("question").split()) >= 3 and len(after.group("guess").split()) <= 6:
        return after.group("question").strip() + "?"
    confirm = _CONFIRM.match(question)
    if not confirm:
        return question
    lead, aux, body = confirm.group("lead") or "", confirm.group("aux").lower(), confirm.group("body").strip(" ,")
    asked, instead = confirm.group("asked"), confirm.group("instead")
    cleft = _CLEFT.match(body)
    if cleft and not _ARTICLE.match(cleft.group("rest")):  # "Was it the Pathet Lao Daily that ran ...?"
        asked = asked[:1].upper() + asked[1:] if not lead else asked[:1].lower() + asked[1:]
        return f"{lead}{asked} {cleft.group('rest')}?"
    kind = expected_kind(f"{asked} {aux} {body}?" if instead == asked else instead[:1].upper() + instead[1:] + "?")
    where = _guess_in(body, kind, instead)
    ranked = _RANK_ASKED.match(instead)
    if ranked and where and _GUESSED_RANK.fullmatch(body[where[0]:where[1]]):
        return _rank_asked(lead, body, ranked, where) or question
    preposition = re.match(rf"({_PREPOSITION})\s", asked, re.I)
    if not where and preposition:  # "through rail links to China" for "through what"
        tail = list(re.finditer(rf"\b{preposition.group(1)}\s", body, re.I))
        where = (tail[-1].start(), len(body)) if tail and len(body[tail[-1].start():].split()) <= 6 else None
    return _asked_for(lead, aux, body, asked, where) if where else question


# where a guessed rank stands, asked after it: "Is Vietnam one of the biggest investors in Laos? Where does it rank?"
_RANK_ASKED = re.compile(r"where\s+(?P<aux>does|did|do)\s+(?:it|he|she|they|this|that)\s+(?P<verb>rank|stand|place|come)"
                         r"(?:\s+(?:then|instead|exactly|actually|really))?$", re.I)


def _rank_asked(lead: str, body: str, ranked: re.Match, where: tuple[int, int]) -> str | None:
    """ "Where does Vietnam rank among sources of foreign capital in Laos?" of a yes-or-no question's ``body``
    ("Vietnam one of the biggest sources of foreign capital in Laos") with its guessed rank at ``where``; None
    when the body does not name what ranks before the rank and what it ranks among after it."""
    before = body[:where[0]].strip()
    subject = re.sub(r"\s*\b(?:one\s+of|among|amongst)\s*$", "", before).strip(" ,")
    among = body[where[1]:].strip(" ,")
    if not subject or not among:
        return None
    if subject == before:  # "the largest investor in Laos": among investors
        head = re.search(r"^[^,]*?([a-z]+)(?=\s+(?:of|in|to|for|with|from|among|within)\b|$)", among)
        if head and not head.group(1).endswith("s"):
            word = head.group(1)
            plural = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + (
                "es" if re.search(r"(?:x|ch|sh)$", word) else "s")
            among = among[:head.start(1)] + plural + among[head.end(1):]
    asked = f"where {ranked.group('aux').lower()}"
    asked = asked[:1].upper() + asked[1:] if not lead else asked
    return f"{lead}{asked} {subject} {ranked.group('verb').lower()} among {among}?"


def _asked_for(lead: str, aux: str, body: str, asked: str, where: tuple[int, int]) -> str:
    """The question ``asked`` ("on what date") of a yes-or-no question (``aux`` and ``body``: "was", "the treaty
    signed on July 18, 1976") with its guess, at ``where`` in ``body``, taken out, and what the question word
    stands for with it: its preposition ("at the invitation of"), its noun ("anniversary" of "which
    anniversary"), what a count counts ("300 active projects" -> "How many active projects")."""
    asked = asked[:1].upper() + asked[1:] if not lead else asked[:1].lower() + asked[1:]
    start, end = where
    before = body[:start]
    preposition = re.match(rf"({_PREPOSITION})\s", asked, re.I)
    if preposition:  # "at whose invitation" for "at the invitation of Premier Li Qiang"
        led = re.search(rf"\b{preposition.group(1)}\s+(?:(?:the|a|an|[\w-]+|of)\s+){{0,3}}$", before, re.I)
        start = led.start() if led and not body[start:].lower().startswith(preposition.group(1).lower()) else start
    elif re.match(r"(?:where|when)\b", asked, re.I):  # "held in Vientiane" for "where"
        start -= len(re.search(rf"(?:\b{_PREPOSITION}\s+)?$", before, re.I).group(0))
    asked_words = {w.lower() for w in re.findall(r"[\w-]+", asked)}
    noun = re.match(r"\s*([\w-]+)", body[end:])
    while noun and noun.group(1).lower() in asked_words:  # "the 55th anniversary" for "which anniversary"
        end += noun.end()
        noun = re.match(r"\s*([\w-]+)", body[end:])
    counted = _COUNTED.match(body[end:])
    guesses = re.split(r",?\s+or\s+", body[start:where[1]].strip())  # "over 14,000 or over 4,000"
    if counted and all(_A_COUNT.match(g) or re.fullmatch(_COUNT_WORD, g, re.I) for g in guesses) \
            and asked.lower() in ("what", "how many"):
        # what the subject counts is one word: "four or six ships take part", not "ships take part"
        things = counted.group(1).split()[:1] if start == 0 else counted.group(1).split()
        counted = re.match(r"\s*" + r"\s+".join(map(re.escape, things)), body[end:])
        asked, end = f"{'H' if not lead else 'h'}ow many {' '.join(things)}", end + counted.end()
    rest = re.sub(r"\b(?:the|a|an|his|her|its|their)\s*$", "", body[:start]).strip(" ,") + " " + body[end:].strip(" ,")
    return f"{lead}{asked} {aux} {' '.join(rest.split())}?"


# A question offering a choice of answers: the options after the question ("Who heads the Association, Nguyen Thi
# Thanh or Nguyen Ba Hung?", "... from January through May 2024: 779.6 million USD or 5.5 billion USD?"), or in a
# yes-or-no question ("Does Vietnam have 241 or 205 active projects in Laos?", "Was that their 64th or 74th
# patrol?"). Read with the options, the question matched a sentence that gives one of them as well as one that
# gives the other, and qa refused it ("... says 241 active, not 205 active"); asked without them, the sentence
# that answers gives the right one.
_OPTIONS_AFTER = re.compile(rf"""^(?P<question>\s*(?:[^,?:;]{{1,60}},\s*)?(?:(?:and|so|but)\s+)?
    (?:(?:{_PREPOSITION}\s+)?(?:what|which|who|whom|whose|when|where|how)\b[^?]*?
      |(?:what|how)\s+about\s+[^,?:;]{{1,40}}|and\s+[^,?:;]{{1,40}}))\s*(?:[,:;]|\s[-–—])\s*
    (?:(?:is|was|are|were)\s+(?:it|that|he|she|they)\s+)?(?:either\s+)?
    (?P<options>(?:[^,?:;]+?,\s*)*[^,?:;]+?,?\s+or\s+(?!not\b)[^?,:;]+?)\s*\?*\s*$""", re.I | re.X)
# "Which came first, the treaty or the agreement?", "Which is larger, ...?": the options are what is asked about
_COMPARES = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:which|what|who)\s+(?:one\s+|of\s+(?:them|these|the\s+two)\s+)?"
                       r"(?:is|was|are|were|came|comes|happened|did|does|do|has|had)\s+(?:the\s+)?(?:first|last|earlier|"
                       r"later|more|less|most|least|[a-z]+er|[a-z]+est)\b", re.I)
# or with words between ("Which river is longer, ...?", "Which offer for the network was larger, ...?"), or ending
# in when ("Who became chair of the IPCC first, Robert Watson or ...?")
# (not "the largest", of all: "Which country is the largest investor, China or Thailand?" may be neither)
_COMPARATIVE = (r"first|last|earlier|later|more|less|longer|larger|bigger|smaller|shorter|older|younger|newer|higher|"
                r"lower|greater|fewer|wider|taller|heavier|lighter|faster|slower|richer|poorer|closer|farther|further|"
                r"better|worse|deeper|cheaper")
_COMPARES_NAMED = re.compile(rf"^\s*(?:(?:and|so|but)\s+)?(?:which|what|who)\s+(?:[\w'’&.-]+\s+){{1,6}}?(?:is|was|are|"
                             rf"were|came|comes|became|grew|rose|did|does|has|had)\s+(?:the\s+)?(?:{_COMPARATIVE})\b"
                             rf"|^\s*(?:which|what|who)\b[^,:?]*\b(?:first|last|earlier|later|sooner|"
                             rf"more\s+recently)\s*[,:]", re.I)
# an option is a thing, not a clause: not "then they must be older" of "When ..., then they must be older or younger?"
_A_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|must|can|could|will|would|should|do|does|did|has|have|had|they|it|"
                       r"he|she|we|you|then)\b", re.I)
_DAYS = rf"{MONTH}\s+\d{{1,2}}(?:\s*(?:and|-|–)\s*\d{{1,2}})?(?:,?\s+\d{{4}})?"
_AMOUNT = (r"(?:(?:over|about|around|nearly|almost|more\s+than|less\s+than|some)\s+)?(?:US)?\$?\d[\d,.]*"
           r"(?:\s*(?:%|percent|per\s+cent|million|billion|thousand|trillion|USD|dollars?))*")
# each kind of option, and what asks for it
_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)"
_OPTION_KINDS = [(_DAYS, "on what date"), (r"\d+(?:st|nd|rd|th)", "which"), (r"(?:19|20)\d\d(?![\d,.])", "in what year"),
                 (rf"{MONTH}(?:\s+(?:19|20)\d\d)?", "in what month"),
                 (rf"(?:\d[\d,.]*|{_COUNT_WORD})\s+(?:years?|months?|days?|decades?)", "how long"), (_AMOUNT, None),
                 (_COUNT_WORD, "how many"),
                 # a place after "in" or "at": "held in Hanoi or in Vientiane"
                 (r"(?:(?<=\bin\s)|(?<=\bat\s))[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", "where")]
_MARKS = r"(?:(?:on|in|at|by|since|from|until|before|after|the|his|her|its|their|over|about|around)\s+)*"


# the options of a multiple-choice question, lettered or numbered: "? A) Wang Yi B) Xiong Bo C) Hun Sen", ": 1. over
# 4,000 2. over 14,000", "(a) 1975 (b) 1977"
_MARK = r"(?:\(?[A-Da-d]\)|\(?[1-5]\)|[A-Da-d]\.|[1-5]\.)"
_LETTERED = re.compile(rf"(?:(?<=\?)|\s*:|\s+[-–—])?\s+{_MARK}\s+\S.*?(?:\s+{_MARK}\s+\S.*?)+\s*[.?]?\s*$")


# "Which river is longer, the Rhine or the Danube?", "Who became chair first, Robert Watson or Rajendra K.
# Pachauri?": a question that offers the answers to choose from, after its last comma
_OFFERED = re.compile(r"^\s*(?:which|who|whom|what)\b[^?]*,\s*(?=\S)(?!(?:and|or|but|that|which|who|where|when|while|"
                      r"as|if|since|because|including|such)\b)(?P<first>[^,?()]+?)\s+or\s+"
                      r"(?P<second>[^,?()]+?)\s*\?\s*$", re.I)


def offered(question: str) -> tuple[str, str] | None:
    """The two answers a question offers to choose from after its last comma: "Which river is longer, the Rhine or
    the Danube?" -> ("the Rhine", "the Danube"); else None. Of the questions qa reads, only those comparing the two
    still offer them (choice_asked drops a guess's options)."""
    choice = _OFFERED.match(question)
    if not choice or any(len(o.split()) > 8 for o in choice.groups()):
        return None
    return choice.group("first").strip(), choice.group("second").strip()


def choice_asked(question: str) -> str:
    """A question offering a choice of answers, asked without the choice: "Who heads the Association, Nguyen Thi
    Thanh or Nguyen Ba Hung?" -> "Who heads the Association?"; "Does Vietnam have 241 or 205 active projects in
    Laos?" -> "How many active projects does Vietnam have in Laos?" (as truth_asked reads "Does Vietnam have 241
    active projects in Laos, or how many?"); "Who is the Chinese Ambassador? A) Wang Yi B) Xiong Bo" -> "Who is
    the Chinese Ambassador?". Any other question as it is: "Which came first, the treaty or the agreement?" asks
    which of the two."""
    lettered = _LETTERED.search(question)
    if lettered and len(question[:lettered.start()].split()) >= 3:
        return question[:lettered.start()].rstrip(" ?:") + "?"
    after = _OPTIONS_AFTER.match(question)
    if after and not _COMPARES.match(question) and not _COMPARES_NAMED.match(question) \
            and len(after.group("question").split()) >= 2:
        options = re.split(r"\s*,\s*|\s+or\s+", after.group("options"))
        if all(0 < len(o.split()) <= 6 and not QUESTION_WORD.search(o) and not _A_CLAUSE.search(o) for o in options if o):
            return after.group("question").strip() + "?"
    asking = re.match(rf"^\s*(?:(?:and|so|but)\s+)?({_AUX})\s+", question, re.I)
    if not asking:
        return question
    aux, body = asking.group(1).lower(), question[asking.end():].rstrip(" ?")
    for option, asked in _OPTION_KINDS:
        flags = 0 if asked == "where" else re.I  # a place is a name
        choice = re.search(rf"(?<![\w$])({option})\s*,?\s+or\s+{_MARKS}(?:either\s+)?({option})(?![\w%$])", body, flags)
        if not choice:
            continue
        if asked is None:  # an amount: a count of what follows it, or what a share or sum is
            counted = not re.search(r"%|percent|cent|million|billion|thousand|USD|dollar|\$", choice.group(0), re.I)
            asked = "how many" if counted else "what"
        elif asked == "which":  # "their 64th or 74th annual joint patrol": which annual joint patrol
            noun = _COUNTED.match(body[choice.end():])
            asked = f"which {noun.group(1).strip()}" if noun else asked
        elif asked.startswith("in what"):  # "since 2019 or since 2021": since what year
            led = re.search(r"\b(on|in|since|by|from|until|before|after)\s+$", body[:choice.start()], re.I)
            asked = f"{led.group(1).lower()} {asked[3:]}" if led else asked
        return _asked_for("", aux, body, asked, (choice.start(), choice.end()))
    return question


# A statement typed with a question mark, as a user checks a fact: "The Paxaxon article came out on September 15,
# 2024?", "And it has 300 active projects there?", "Vietnam is Cambodia's second largest trading partner in
# ASEAN?". Its guess, read as part of the question, sent qa to no sentence or refused the one that answers ("says
# 241 active, not 300 active"); asked where the guess stands, as a blank is (qa.asking.phrasing.blank_asked), it is
# answered: "The Paxaxon article came out on what date?".
_STATEMENT = re.compile(rf"^\s*(?:(?:and|so|but|ok|okay|then|also)\b[\s,]*)?(?!(?:{_AUX}|can|could|should|"
                        r"would|will|may|might|must|shall|what|which|who|whom|whose|when|where|why|how)\b)[^?]+\?\s*$",
                        re.I)
_GUESSED_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:number\s+(?:one|two|three)|(?:the\s+)?(?:first|second|"
                              r"third|fourth|fifth)(?=\s+(?:largest|biggest|top|leading|among|place|in)\b))", re.I)


_ORDINAL_GUESS = re.compile(r"\d+(?:st|nd|rd|th)|number\s+(?:one|two|three)|(?:the\s+)?(?:first|second|third|fourth|fifth)",
                            re.I)
_SPELLED_SPAN = re.compile(rf"\b{_COUNT_WORD}\s+(?:years?|months?|days?|weeks?|decades?)\b", re.I)


# a day of a month, either way round: "September 15", "13th September", "15 of September"
_DAY_OF_MONTH = re.compile(rf"{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}", re.I)


def _wh_for(guess: str) -> str:
    """What asks for what ``guess`` gives: "what date" for "September 15, 2024", "how much" for "$3.5 billion",
    "how many years" for "60 years", "what period" for "2021-2030", "what" for "45th"."""
    if _DAY_OF_MONTH.search(guess):
        return "what date"
    if re.search(MONTH, guess, re.I):
        return "what month"
    if re.fullmatch(r"(?:the\s+)?(?:19|20)\d\d\s*(?:[-–]|to)\s*(?:19|20)?\d\d", guess.strip(), re.I):
        return "what period"
    if re.fullmatch(r"(?:the\s+)?(?:19|20)\d\d", guess.strip(), re.I):
        return "what year"
    unit = re.search(r"\b(years?|months?|days?|decades?|weeks?)\s*$", guess, re.I)
    if unit:
        return f"how many {unit.group(1).lower().rstrip('s')}s"
    if re.search(r"%|percent|per\s+cent", guess, re.I):
        return "what percent"
    if re.search(r"[$€£]|\b(?:USD|dollars?|million|billion|trillion|bn)\b", guess, re.I):
        return "how much"
    return "what" if _ORDINAL_GUESS.fullmatch(guess.strip()) else "how many"


def _weight(match: re.Match) -> tuple[int, int, int]:
    """A statement's guess to ask about, of several: a figure, a rank or a day over a month or year, which mostly
    only say when ("reached US$10.57 billion in 2022?"); of equals, the last."""
    said = match.group(0)
    timed = re.search(MONTH, said, re.I) and not _DAY_OF_MONTH.search(said) \
        or re.fullmatch(r"\s*(?:(?:in|on|at|of|by|from|to|since|until)\s+)*(?:the\s+)?(?:19|20)\d\d\s*", said, re.I)
    return (0 if timed else 1, match.end(), -match.start())


# a statement's verb: a form of "be", "have" or "do", a past in -ed or a common irregular one, or a pronoun that can
# only be a subject ("it has", "that was"); keywords ("Vietnam-China trade value 2022?") have none
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|[a-z]{2,}ed|came|took|went|made|got|gave|met|began|ran|"
                     r"rose|fell|grew|held|led|paid|said|saw|sent|set|spent|stood|won|wrote|became|brought|built|chose|"
                     r"found|kept|knew|left|lost|put|sold|spoke|told|it|he|she|they|that|this)\b", re.I)
_TIME_FRAME = re.compile(r"\b(?:late|early|mid|end\s+of|start\s+of|beginning\s+of|close\s+of|middle\s+of)\s*$", re.I)
# the words of an elliptical follow-up before what it swaps in: "And in 2023?", "What about for Laos in 2022?"
_ELLIPSIS = frozenset("and so but then also ok okay what how about in on at for of by from to the a an with".split())


def statement_asked(question: str) -> str:
    """A statement typed with a question mark (_STATEMENT), asked where its guess stands: "The Paxaxon article came
    out on September 15, 2024?" -> "The Paxaxon article came out on what date?"; "And it has 300 active projects
    there?" -> "And it has how many active projects there?". Any other question as it is, and a statement with no
    date, figure or rank to guess."""
    if not _STATEMENT.match(question) or QUESTION_WORD.search(question) or not _A_VERB.search(question):
        return question  # no statement: "Vietnam-Cambodia trade 2022?" is keywords
    body = question.rstrip(" ?")
    patterns = [_GUESSED_DAYS, _GUESSED_YEARS, _GUESSED_RANGE, _GUESSED_DATE, _GUESSED_NUMBER, _GUESSED_ORDINAL,
                _SPELLED_SPAN]
    found = [m for p in patterns for m in p.finditer(body) if m.group(0).strip()]
    found = [m for m in found if not _TIME_FRAME.search(body[:m.start()])  # "late 2023": when, no guess
             and not re.match(r"(?:(?:in|on|by)\s+)?(?:the\s+)?(?:early|late|mid)\b", m.group(0).strip(), re.I)]
    if not found:
        return question
    guess = max(found, key=_weight)
    said = re.sub(r"^\s*(?:(?:in|on|at|of|by|from|to)\s+)*", "", guess.group(0), flags=re.I)
    if len([w for w in words(body[:guess.start()]) if w not in _ELLIPSIS]) < 2:
        return question  # "And in 2023?": a follow-up that swaps a phrase (qa.asking.question), no statement
    wh = _wh_for(said)
    kept = r"(?:in|on|at|of|by|from|to)" if wh.startswith("how many") else r"(?:in|on|at|of|by|over|from|to)"
    start = guess.start() + len(re.match(rf"\s*(?:{kept}\s+)*", body[guess.start():], re.I).group(0))
    return f"{body[:start]}{wh}{body[guess.end():]}?"
