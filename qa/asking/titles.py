"""A person's title as a document writes it beside the name: "Chinese Ambassador to Vietnam" of "Mr. Xiong Bo,
Chinese Ambassador to Vietnam, said ...", "Cambodian Minister of Inspection" of "meets with Cambodian Minister of
Inspection Hout Hak".

A question that asks only what title, post, position, job or office a named person holds ("What position does
Nguyen Ba Hung hold?", "What is Xiong Bo's title?", "Who is Xiong Bo?", or "What post does he hold?" after qa
answered who), or which department, ministry or committee the person heads or chairs, is answered with the title
a retrieved document writes in apposition just after the name, or else just before it. News text introduces
people so; the trained reader, which learnt from encyclopaedia questions, seldom says such a phrase answers.
Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..text import STOPWORDS
from .countries import is_country_word, mentions_country
from .wording import as_written

_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:[^\W\d_]+\s+){0,2}(?:titles?|posts?|positions?|offices?|portfolio|rank|roles?|jobs?)\s+"
    r"(?:does|did|do)\s+(?P<who>.+?)\s+(?:hold|have|occupy)"
    r"(?:\s+in\s+(?P<where>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,6}))?"
    r"(?:,?\s+according\s+to\s+[^?]+)?\s*\??\s*$"
    r"|^\s*who\s+(?:is|was)\s+(?P<named>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s*\??\s*$"
    r"|^\s*what(?:\s+(?:is|was|are|were)|['’]s)\s+(?P<owner>.+?)['’]s?\s+(?:[^\W\d_]+\s+)?"
    r"(?:titles?|posts?|positions?|offices?|portfolio|rank|roles?|jobs?)\s*\??\s*$"
    # typed as keywords: "thongsavanh phomvihane position", "Xiong Bo's title", "... position in the lao party"
    r"|^\s*(?P<terse>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)(?:['’]s)?\s+(?:titles?|posts?|positions?|"
    r"offices?|roles?|jobs?)(?:\s+in\s+(?P<inside>[\w'’-]+(?:\s+[\w'’-]+){0,6}))?\s*\??\s*$", re.I)
# "Which department does he head?", "Which committee does Khamjane Vongphosy chair?": the part of the title naming it
_ASKED_PART = re.compile(
    r"^\s*(?:what|which)\s+(?P<part>department|ministry|committee|commission|council|agency|organi[sz]ation|party|"
    r"association|board|institute|union|federation)\s+(?:does|did)\s+(?P<who>.+?)\s+(?:head|lead|chair|run|direct)"
    r"\s*\??\s*$", re.I)
NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s){0,4}[A-Z][\w'’.-]*")
# Words a title is made of: one of them must be in it ("President", "Minister", "Head", "Ambassador").
_TITLE_WORDS = frozenset("""president minister premier ambassador envoy consul secretary chairman chairwoman chairperson
chair head director governor mayor deputy chief general commander spokesman spokeswoman spokesperson leader founder
editor professor king queen chancellor senator representative counsellor counselor adviser advisor officer manager ceo
president-elect vice-president""".split())
# Words that name what a minister or a ministry is of, or where an envoy is sent: "of Foreign Affairs", "of Laos"
_PORTFOLIO = frozenset("""foreign home national public affairs defence defense security trade industry finance health
education justice culture sports sport tourism investment planning inspection agriculture rural development transport
interior labour labor information communications environment natural resources energy science technology construction
fine arts state internal external economy commerce""".split()) | frozenset(c.lower() for c in """Vietnam Laos Cambodia
China Thailand Japan Korea India Russia France Germany Britain America Australia Singapore Malaysia Indonesia
Philippines Myanmar""".split())
JOINERS = frozenset("of and the for to on - –".split())
_HONORIFICS = re.compile(r"(?:Mr|Mrs|Ms|Dr|Madam|Sir)\.?\s$")
_WORD = re.compile(r"\S+")


def asked_title(question: str) -> tuple[str, str, str] | None:
    """The name of the person whose title a question asks and nothing else, the part of the title asked for
    ("" for all of it) and the country or body it is asked in ("" for any; title_in checks it): "What post does Xiong
    Bo hold?" -> ("Xiong Bo", "", ""), "Which committee does Khamjane Vongphosy chair?" -> ("Khamjane Vongphosy",
    "committee", ""), "What two top posts does Thongloun Sisoulith hold in Laos?" -> ("Thongloun Sisoulith", "",
    "Laos"); None otherwise (no one named, a title of a work)."""
    match = _ASKED.match(question) or _ASKED_PART.match(question)
    if not match:
        return None
    asked = match.groupdict()
    who = (asked.get("who") or asked.get("owner") or asked.get("named") or asked.get("terse")).strip()
    if (asked.get("named") or asked.get("terse")) and any(is_title_word(w) for w in who.split()):
        return None  # "Who is Vice President?" asks who holds a title; "Who is President X?" is answered as asked
    if asked.get("terse"):  # a person's name of two words or more, typed in lower case or not; no other words
        who = re.sub(r"['’]s$", "", who)
        if any(w.lower() in STOPWORDS or is_country_word(w) for w in who.split()):
            return None
        who = who.title() if who.islower() else who
    where = re.sub(r"^the\s+", "", asked.get("where") or asked.get("inside") or "", flags=re.I)
    return (who, (asked.get("part") or "").lower(), where) if NAME.fullmatch(who) else None


def title_in(text: str, span: tuple[int, int], where: str) -> tuple[int, int] | None:
    """The title ``text[span]`` held in ``where``: a country ("Laos": the title mentions it) or a body ("the Lao
    People's Revolutionary Party", "the lao party": the title writes its words, and is quoted without the "of" phrase
    naming it from its first word: "Head of the Central Committee’s Foreign Affairs Department"); None when it is held
    elsewhere, or the title does not say where ("the association")."""
    title = text[span[0]:span[1]]
    if not where:
        return span
    if len(where.split()) == 1 and is_country_word(where):
        return span if mentions_country(title, where) else None
    asked = _body_words(where)
    if not asked <= _body_words(title):
        return None
    for of in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", title))):
        tail = title[of.end():]
        if "," not in tail and asked <= _body_words(tail) and _body_words(tail.split()[0]) <= asked:
            return span[0], span[0] + of.start()  # the body named from its first word on
    return span


def _body_words(text: str) -> set[str]:
    """The words naming a body, in lower case, without "the", "of" or a possessive's "'s"."""
    return {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w'’-]+", text)} - JOINERS


def name_in(phrase: str) -> str:
    """The person a who-answer names, to stand for a follow-up's "he" or "she": the name of a phrase that is a
    name and titles between commas ("Thongloun Sisoulith" of "General Secretary and President of Laos,
    Thongloun Sisoulith"), or the name after the title a phrase opens with ("Hun Sen" of "Prime Minister Hun
    Sen"); else a phrase of at most six words as it is; else ""."""
    parts = [part.strip() for part in phrase.split(",")]
    names = [part for part in parts if NAME.fullmatch(part) and not _titled(part, 0, len(part))]
    if len(parts) > 1 and len(names) == 1 and all(_titled(part, 0, len(part)) for part in parts if part != names[0]):
        return names[0]
    return after_title(phrase) or (phrase if len(phrase.split()) <= 6 else "")


def names_after_titles(text: str, also: frozenset = frozenset(), single: bool = False) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each run of capitalized words in ``text`` that is two to four words once the title
    words, the words of a portfolio (and those of ``also``) it opens with are set aside: "Bui Thanh Son" of
    "Minister of Foreign Affairs Bui Thanh Son" (a run "Foreign Affairs Bui Thanh Son"); with ``single``, also one
    word after a title word ("Amherst" of "General Amherst")."""
    for run in NAME.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        titled = False
        while words and (is_title_word(words[0].group(0)) or words[0].group(0).lower() in _PORTFOLIO | also):
            titled = is_title_word(words.pop(0).group(0)) or titled
        if 2 <= len(words) <= 4 or single and titled and len(words) == 1:
            yield run.start() + words[0].start(), run.start() + words[-1].end()


def titled_person(question: str, text: str) -> str:
    """The person a question names whom ``text`` gives a title, or "": "Khamjane Vongphosy" of "How many FDI
    projects does Vietnam have in Laos according to Khamjane Vongphosy?" and "According to Mr. Khamjane Vongphosy,
    Minister of Planning and Investment of Laos, ...": the "he" of a follow-up to a question that named him."""
    named = (question[slice(*at)] for at in names_after_titles(question, JOINERS))
    return next((name for name in named if title_of(text, name)), "")


def after_title(phrase: str) -> str:
    """The name after the title a phrase opens with, or "": "Hun Sen" of "Prime Minister Hun Sen", "Bui Thanh Son"
    of "Minister of Foreign Affairs Bui Thanh Son", "Hout Hak" of "Cambodian Minister of Inspection Hout Hak"."""
    words = phrase.split()
    last = max((i for i, w in enumerate(words[:6]) if is_title_word(w)), default=None)
    if last is None:
        return ""
    rest = words[last + 1:]
    if rest and rest[0] in ("of", "to"):  # the title's portfolio or place: "of Foreign Affairs", "to Vietnam"
        rest = rest[1:]
        while len(rest) > 1 and (rest[0].lower() in _PORTFOLIO or rest[0].lower() in JOINERS):
            rest = rest[1:]
    name = " ".join(rest)
    return name if 1 < len(rest) <= 4 and NAME.fullmatch(name) and not any(is_title_word(w) for w in rest) else ""


def named_after_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the name a title set before it ends with ``text[start:end]``: "Thongloun Sisoulith" of
    "General Secretary and President of Laos, Thongloun Sisoulith" for "Laos". A who-question is answered by
    the person, not by the country of the person's title. None when the phrase ends no such title."""
    comma = re.compile(r",\s+").match(text, end)
    name = NAME.match(text, comma.end()) if comma else None
    if not name or not 2 <= len(name.group(0).split()) <= 4 or any(map(is_title_word, name.group(0).split())):
        return None
    title = _before(text, name.start())
    return (name.start(), name.end()) if title and title[0] < start and title[1] == end else None


def title_of(text: str, name: str, part: str = "") -> tuple[int, int] | None:
    """``[start, end)`` of the title ``text`` gives ``name`` where it first gives one, or None: the apposition after
    the name ("Xiong Bo, Chinese Ambassador to Vietnam,"), with a second one it runs on to ("Minister of Planning
    and Investment of Laos, Chairman of the ... Committee"), else the capitalized words just before it ("Chinese
    President Xi Jinping"). Given a ``part`` ("committee", "ministry"), only the title naming one ("Chairman of
    the Laos - Vietnam Cooperation Committee"; for a ministry, "Minister of Planning and Investment of Laos")."""
    for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        span = _after(text, found.end()) or _before(text, found.start())
        if span and part:
            span = _naming(text, span, part)
        if span:
            return span
    return None


def _naming(text: str, span: tuple[int, int], part: str) -> tuple[int, int] | None:
    """The title of those in ``span`` (one after another, between commas) that names the ``part`` asked for as
    what its holder heads: "Chairman of the Laos - Vietnam Cooperation Committee" for a committee, not "Head of
    the ... Department of the Lao People’s Revolutionary Party" for a party; a minister heads a ministry."""
    for title in re.finditer(r"[^,]+", text[span[0]:span[1]]):
        words = title.group(0).split(" of ")
        headed = words[1].lower().split() if len(words) > 1 else []
        if part in headed or (part == "ministry" and "minister" in words[0].lower().split()):
            start = span[0] + title.start() + len(title.group(0)) - len(title.group(0).lstrip())
            return start, span[0] + title.end()
    return None


def _after(text: str, end: int) -> tuple[int, int] | None:
    span = None
    while True:
        comma = re.match(r",\s+(?:the\s+)?", text[end:end + 8])
        if not comma:
            return span
        start = end + comma.end()
        words = []
        for word in _WORD.finditer(text, start, min(len(text), start + 200)):
            bare = word.group(0).rstrip(",.;:)")
            if not bare or not (bare[0].isupper() or bare.lower() in JOINERS):
                break
            words.append((word.start(), word.start() + len(bare)))
            if bare != word.group(0):  # the apposition ends at its comma or full stop
                break
        while words and text[slice(*words[-1])].lower() in JOINERS:
            words.pop()
        if not words or not _titled(text, words[0][0], words[-1][1]):
            return span
        span = (span[0] if span else words[0][0], words[-1][1])
        end = span[1]


def _before(text: str, start: int) -> tuple[int, int] | None:
    honorific = _HONORIFICS.search(text, max(0, start - 8), start)
    end = honorific.start() if honorific else start
    end = end - 2 if text[max(0, end - 2):end] == ", " else end - 1  # "President of Laos, Thongloun Sisoulith"
    words = []
    for word in reversed(list(_WORD.finditer(text, max(0, end - 200), end))):
        bare = word.group(0)
        if word.end() != (words[-1][0] - 1 if words else end) or bare[-1] in ",.;:()":
            break
        if not (bare[0].isupper() or bare.lower() in JOINERS):
            break
        words.append((word.start(), word.end()))
    words.reverse()
    # from the title's first word, or the word naming it ("Chinese President", "Prime Minister"): not from
    # "According to Minister of Foreign Affairs Bui Thanh Son"
    while len(words) > 1 and not any(is_title_word(text[slice(*w)]) for w in words[:2]):
        words.pop(0)
    while words and text[slice(*words[0])].lower() in JOINERS:
        words.pop(0)
    if not words or not _titled(text, words[0][0], words[-1][1]):
        return None
    return words[0][0], words[-1][1]


def is_title_word(word: str) -> bool:
    """ "President", "Presidents", "Minister's"."""
    word = word.lower()
    return word in _TITLE_WORDS or word.rstrip("’'s") in _TITLE_WORDS


def _titled(text: str, start: int, end: int) -> bool:
    """Whether a run of words is a title: it holds a title word, and what follows the last one says of what
    ("President of Laos", "Ambassador to Vietnam"); "Presidents Ho Chi Minh" is a title and a name."""
    words = text[start:end].split()
    last = max((i for i, w in enumerate(words) if is_title_word(w)), default=None)
    return last is not None and (last == len(words) - 1 or words[last + 1].lower() in JOINERS)


# Other words for a title, read as the documents write it when they write it and never these words: "When did
# Cambodia's premier visit Vietnam?" of documents that say "Prime Minister" (qa.pipeline.QA._respell)
_OTHER_WORDS = {"premier": "Prime Minister", "head of government": "Prime Minister", "head of state": "President",
                "foreign minister": "Minister of Foreign Affairs", "top diplomat": "Minister of Foreign Affairs",
                "chief diplomat": "Minister of Foreign Affairs"}


# ... and split by the country: "the head of Cambodia's government", "the head of the Lao government"
_OTHER_PATTERNS = [
    (re.compile(r"\bhead\s+of\s+(?-i:([A-Z][\w-]*))['’]s\s+(?:government|cabinet)\b", re.I), r"Prime Minister of \1",
     "Prime Minister"),
    (re.compile(r"\bhead\s+of\s+the\s+(?-i:([A-Z][\w-]*))\s+(?:government|cabinet)\b", re.I), r"\1 Prime Minister",
     "Prime Minister"),
    (re.compile(r"\bhead\s+of\s+(?-i:([A-Z][\w-]*))['’]s\s+state\b", re.I), r"President of \1", "President"),
    # a chat's short forms, not the "pm" of a time ("at 3 pm")
    (re.compile(r"(?<![\w-])(?<!\d\s)pm(?![\w-])", re.I), "Prime Minister", "Prime Minister"),
    (re.compile(r"(?<![\w-])vp(?![\w-])", re.I), "Vice President", "Vice President"),
    (re.compile(r"(?<![\w-])FM(?![\w-])"), "Minister of Foreign Affairs", "Minister of Foreign Affairs")]


def titles_as_written(question: str, mentioned) -> tuple[str, list[tuple[str, str]]]:
    """The question with each other word for a title that no document writes, when some write the title, read as
    that title: "Who is Vietnam's top diplomat?" -> "Who is Vietnam's Minister of Foreign Affairs?", "Who is the
    head of Cambodia's government?" -> "Who is the Prime Minister of Cambodia?"; and the (typed, read) pairs
    (qa.asking.wording). ``mentioned(phrase)`` says whether a document writes a phrase."""
    return as_written(question, mentioned, _OTHER_WORDS, patterns=_OTHER_PATTERNS)
