"""The people a passage names, and whether the phrase quoted for "Who ...?" is someone else than asked.

A passage can answer "Who ...?" with the wrong person: the one the question itself names ("Which leader did Hun
Manet meet?" and "Samdech Thipadei Hun" of "... Hun Manet's visit", own_title), a title and no name ("Chairwoman",
only_a_title), words of an article's title ("... to New Heights.", in_a_title), or, for a follow-up's "he",
another person than the one its earlier question names (other_person), or a namesake who shares part of a name
(namesake). qa.answering.misses and qa.answering.who ask these among their other checks. A_BODY and BOTH_SIDES
give the shape of a body's name, no person's, for qa.answering.who, qa.answering.times and qa.answering.places.
What this does not do: tell whether a person holds an office (qa.answering.offices) or a body is no person
(qa.answering.who).
"""
from __future__ import annotations

import re

from ..asking.countries import country_of, is_country_word
from ..asking.guesses import offered
from ..asking.question import ADDRESS, HONORIFICS, Kind, expected_kind
from ..asking.titles import JOINERS, is_title_word, name_in, names_after_titles
from ..text import MONTH, STOPWORDS, WORD

# the words that end the name of a body or an event: "Committee for Bilateral Cooperation", "the Ministry of ..."
BODY_WORDS = (r"Committee|Commission|Council|Party|Association|Agreement|Treaty|Forum|Ministry|Department|"
               r"Cooperation|Meeting|Conference|Summit|Organi[sz]ation|Agency|Protocol|Declaration|Company|Corporation")
# a word of a body's name, no part of a person's: "Committee", "Ministry"
BODY_WORD = re.compile(rf"\b({BODY_WORDS})s?\b")
# a body, or the two sides, which no person is: "the Ministry of Public Security", "the two sides"
_SIDES = r"(?:the\s+)?(?:two|both)\s+(?:sides|countries|nations|parties|governments)"  # "the two sides" held it
A_BODY = re.compile(rf"(?:[^,]*,\s*)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{BODY_WORDS}|Ministries|Parties|"
                    r"Government|Office|Bureau|Assembly|Parliament|Navy|Navies|Army|Armies|Forces|Police)s?\b"
                    rf"|(?i:{_SIDES})\b")  # no one
BOTH_SIDES = re.compile(_SIDES, re.I)
# "Which Vietnamese leader welcomed Thongloun Sisoulith?" and "General Secretary and President of Laos, Thongloun
# Sisoulith": the phrase is the title of the person the question names, not of another.
OWN_TITLE = "The closest passage gives the title of {name}, whom the question names, not another person."
# "Which leader did Hun Manet meet?" and "Samdech Thipadei Hun" of "... Hun Manet's visit": the name is his.
OWN_NAME = "The closest passage names {name}, whom the question names, not another person."
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")
_ONE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")  # capitalized words only: no list, no clause
# "Hun Manet", of two words or more, or a double name ("Burgos-Andujar")
_FULL_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+|[A-Z]\w+-[A-Z][\w-]+)")
_WHO_IS = re.compile(r"^\s*(?i:who\s+(?:is|was|are|were))\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                     r"(?P<name>(?:[A-Z][\w'’-]*\s*)+?)\s*\??\s*$")
_TITLED_NAME = re.compile(r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+((?:[A-Z][\w'’-]*\s){1,3}[A-Z][\w'’-]*)")
_TITLE_MODIFIERS = frozenset({"prime", "deputy", "vice", "former", "acting", "new", "chief", "senior"})


# "On what date did he take office?" after "Which country did Vo Van Thuong choose ...?": "he" is the one person the
# earlier question names, and sentences that name another person and not him are about someone else. Not after a
# question asking who: "he" is then more likely the person answered.
_HE = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
# "Which Fresno native performed ...?" asks who did it; not "Which country did Vo Van Thuong choose ...?"
_WHICH_DID = re.compile(r"\s*which\s+(?:[^\W\d_]+\s+){1,3}?(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|"
                        r"can|could)\b)[^\W\d_]+(?:ed|s)\b", re.I)


# a word of the name of a place or thing, no part of a person's: "the East-West Economic Corridor"
_THING_WORD = re.compile(r"(?:Corridor|Zone|Road|River|Bridge|Park|Street|Avenue|Port|Airport|Peninsula|Basin|Sea|"
                         r"Ocean|Island|Mountain|Lake|Economic|International|National|Initiative|Programme|Program|"
                         r"Project|Strategy|Plan|Fund|Bank|Monument|University|School|Institute|Hospital|Newspaper|"
                         r"News|Daily|Year|Day|Festival|Award|Prize|Church|Cathedral|Temple|Museum|Library|"
                         r"College|Court|States|Kingdom|Republic|Nations|Union|Empire|Dynasty)s?")


def persons(text: str) -> list[str]:
    """The people ``text`` names, by runs of two to four capitalized words after their titles (qa.asking.titles), none of
    them a stopword, a month, a country or its people, or a word of a body's, place's or thing's name: "Hun Manet"
    of "On August 22, General Hun Manet officially became ...", not "East-West Economic Corridor"."""
    found = []
    for start, end in names_after_titles(text):
        name = text[start:end]
        if not any(w.lower() in STOPWORDS or re.fullmatch(MONTH, w) or country_of(w) or is_title_word(w)
                   or BODY_WORD.fullmatch(w) or _THING_WORD.fullmatch(w) for w in name.split()):
            found.append(name)
    return list(dict.fromkeys(found))


def other_person(question: str, text: str, earlier: str) -> tuple[str, str] | None:
    """``(said, instead)`` when a follow-up's "he" or "she" is the one person its ``earlier`` question names, whom
    the sentences ``text`` do not name while they name another: ``("Hun Manet", "Vo Van Thuong")``."""
    if not earlier or not _HE.search(question) or expected_kind(earlier) is Kind.PERSON or persons(question):
        return None  # "What about President Kaysone Phomvihane, what did he say?": he is the one it names
    if _WHICH_DID.match(earlier):  # "Which Fresno native performed in Evita at Roger Rocka's Dinner Theater?": "she"
        return None  # is more likely the one it asks for than a name it gives
    earlier_people = persons(earlier)
    if len(earlier_people) != 1:
        return None
    him = earlier_people[0]
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in him.split()):
        return None
    others = [p for p in persons(text) if not set(p.split()) & set(him.split())]
    return (others[0], him) if others else None


def namesake(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question names one person and the sentences ``text`` name, instead of them,
    another who shares only part of the name: "Nguyen Thi Thanh" for "Nguyen Ba Hung" (two of his words are not
    in ``text``)."""
    people = persons(question)
    him = people[0].split() if len(people) == 1 else []
    missing = {w for w in him if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)}
    if len(missing) < 2 or len(missing) == len(him):
        return None

    def own(name: str) -> set[str]:  # "Mr." is no part of a name
        return {w for w in name.split() if not w.endswith(".") and w.lower() not in ADDRESS}

    other = next((p for p in persons(text) if own(p) & set(him) and not own(p) & missing and own(p) - set(him)),
                 None)
    return (other, people[0]) if other else None


def names_someone(phrase: str) -> bool:
    """Whether ``phrase`` names a person: a name of two to four capitalized words, alone or after titles ("Hun
    Manet", "Prime Minister Hun Sen", "Mr. Xiong Bo", "General Secretary and President of Laos, Thongloun
    Sisoulith"), or a name with a particle ("von Lettow") or an epithet ("William the Lion"); not "China maintains
    its position as Vietnam's largest trade partner"."""
    return any(not country_of(phrase[a:e].split()[0]) for a, e in names_after_titles(phrase)) or bool(
        _PARTICLE_NAME.search(phrase)) or any(
        m.group(1).lower() not in STOPWORDS for m in _EPITHET_NAME.finditer(phrase))


# a name with a particle: "von Lettow", "Paul von Lettow-Vorbeck", "Leonardo da Vinci", "Osama bin Laden"
_PARTICLE_NAME = re.compile(r"(?<![\w'’-])(?:von|van|de|da|del|della|der|den|du|bin|ibn|al)\s+[A-Z][\w'’-]+")
# a name with an epithet: "William the Lion", "Alfred the Great" (not "In the Amazon")
_EPITHET_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+the\s+[A-Z][a-z]+\b")


_TITLED = re.compile(r"\b(?:titled|entitled|headlined|called)\s*[“\"‘']([^”\"’']+)[”\"’']")


def in_a_title(text: str, phrase: str) -> bool:
    """Whether ``phrase`` is words of a title ``text`` quotes ("an article titled “... to New Heights.”"), which
    name no one."""
    at = text.find(phrase.strip())
    end = at + len(phrase.strip())
    return at >= 0 and any(m.start(1) <= at and end <= m.end(1) + 1 for m in _TITLED.finditer(text))


def own_title(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """The name the question gives whose title ``phrase`` is, in ``text`` ("Thongloun Sisoulith" of "General
    Secretary and President" before "of Laos, Thongloun Sisoulith"), or that ``phrase`` is part of ("Hun Manet"
    of "Samdech Thipadei Hun" before "Manet's visit"), asked who or for a name ("What is the name of the judge in
    U.S. v. Burgos-Andujar?" and "Burgos-Andujar"), but not who that one is; else None."""
    words = phrase.split()
    at = text.find(phrase.strip()) if words else -1
    if kind not in (Kind.PERSON, Kind.NAME) or at < 0 or _WHO_IS.match(question) or offered(question):
        return None  # "Who became chair first, Robert Watson or ...?" is answered by a name it gives
    # the name itself, or the name after its titles ("Vice President of Laos Bounthong Chitmany"), without an
    # honorific or what a comma adds ("Mr. Xiong Bo, Chinese")
    core = phrase.strip().split(",")[0].strip()
    bare = core.split(None, 1)[1] if len(core.split()) > 1 and core.split()[0].rstrip(".").lower() in HONORIFICS \
        else core
    person = bare if _ONE_NAME.fullmatch(bare) else name_in(core) or _titled_first(core)
    whole = whole_name(text, person) if person and _ONE_NAME.fullmatch(person) else ""
    own = next((n for n in map(_untitled, _FULL_NAME.finditer(question)) if n and n in whole), None)
    if own or not is_title_word(words[-1].strip(",.")):
        return own
    named = _TITLED_NAME.match(text, at + len(phrase.strip()))
    return named.group(1) if named and named.group(1) in question else None


def _titled_first(phrase: str) -> str:
    """The one name a phrase gives, after the titles it opens with: "Bounthong Chitmany" of "Vice President of
    Laos Bounthong Chitmany at the working session"; "" when other words come first ("Duc d'Alençon by François
    Clouet": Clouet is not who the phrase is about) or another name follows it."""
    runs = [(start, end) for start, end in names_after_titles(phrase) if not only_a_title(phrase[start:end])]
    if len(runs) != 1:  # none, or another name after it, which may be the one asked for
        return ""
    start, end = runs[0]
    before = phrase[:start].split()
    return phrase[start:end] if all(w[0].isupper() or w in ("of", "the", "and") for w in before) else ""


def _untitled(match: re.Match) -> str:
    """A name of the question without the titles, countries or words of address before it: "Hun Manet" of "PM Hun
    Manet", "Bounthong Chitmany" of "Lao Vice President Bounthong Chitmany"; "" if fewer than two words are left,
    unless a double name ("Burgos-Andujar")."""
    found = match.group(0).split()
    if len(found) == 1:
        return found[0]
    while found and (is_title_word(found[0]) or found[0].lower() in ADDRESS or found[0].lower() in _TITLE_MODIFIERS
                     or country_of(found[0])):  # "Lao Vice President Bounthong Chitmany"
        found = found[1:]
    return " ".join(found) if len(found) >= 2 else ""


def who_is(question: str) -> str:
    """The person a "Who is X?" question names ("Marco Polo" of "Who was Marco Polo?"), whom a follow-up's "he"
    then means; "" for another question."""
    asked = _WHO_IS.match(question)
    return asked["name"] if asked else ""


def only_a_title(phrase: str) -> bool:
    """Whether ``phrase`` is a title and no name: "Chairwoman", "Chinese Ambassador to Vietnam", "Prime Minister"."""
    found = WORD.findall(phrase)
    return any(map(is_title_word, found)) and all(
        is_title_word(w) or w.lower() in JOINERS or w.lower() in _TITLE_MODIFIERS or is_country_word(w) for w in found)


def whole_name(text: str, phrase: str) -> str:
    """``phrase`` as ``text`` writes it, with the capitalized words that follow it: "Samdech Thipadei Hun Manet's"
    of "Samdech Thipadei Hun"; "" if ``text`` does not hold it."""
    at = text.find(phrase.strip()) if phrase.strip() else -1
    return text[at:_NAME_GOES_ON.match(text, at + len(phrase.strip())).end()] if at >= 0 else ""


def name_after_its_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the name a phrase gives after the person's title and a comma: "Thongloun Sisoulith" of
    "General Secretary and President of Laos, Thongloun Sisoulith"; None for any other phrase."""
    phrase = text[start:end]
    title, comma, name = phrase.rpartition(", ")
    if not comma or not only_a_title(title) or not _FULL_NAME.fullmatch(name.strip()):
        return None
    return end - len(name), end - (len(name) - len(name.rstrip()))


# titles a name may follow that are no office: "the Roman Emperor Hadrian", "Pope Gregory", "Dr. Bolin"
_RANKS = HONORIFICS | {"emperor", "empress", "pope", "saint", "st", "prince", "princess", "lord", "lady", "duke",
                       "professor", "prof"}


_PRONOUN_OPENING = re.compile(r"\s*(?:His|Her|He|She)\b")


def named_by_pronoun(text: str, sentences: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one person the sentence before names, in the same paragraph, when the sentence of
    ``text[start:]`` opens with "His", "Her", "He" or "She" ("Zhu Shijie" of "The mathematician Zhu Shijie
    (1249–1314) solved ... His method is described in the Jade Mirror of the Four Unknowns, written in 1303."), or
    the full name given earlier of the surname that sentence opens with ("Zhu used a method ..."). None when it
    opens otherwise, or the sentence before names no one or two people."""
    at = _sentence_at(sentences, start)
    if not at or not _PRONOUN_OPENING.match(text, sentences[at][0]) \
            or "\n" in text[sentences[at - 1][1]:sentences[at][0]]:
        return None
    a, b = sentences[at - 1]
    people = persons(text[a:b])
    if not people:  # "Zhu used a method of elimination ...": the one named in full before with the word it opens with
        surname = re.match(r"\s*([A-Z][\w-]+)\s+(?=[a-z])", text[a:b])
        first = _paragraph_start(text, sentences, at - 1)
        full = [p for p in persons(text[sentences[first][0]:a]) if surname and surname.group(1) in p.split()]
        people = full[-1:]
    if len(people) != 1:
        return None
    found = text.rfind(people[0], 0, b)
    return (found, found + len(people[0])) if found >= 0 else None


# "designed by the same architect": the one the sentence before named as its architect
_THE_SAME = re.compile(r"\bthe\s+same\s+(architect|author|designer|engineer|artist|painter|sculptor|writer|composer|"
                       r"director|builder|producer|founder|inventor|scientist|team|firm|company)\b", re.I)


def named_as_the_same(text: str, sentences: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """``[start, end)`` of the person the sentence before names right after the word that the sentence of
    ``text[start:]`` says "the same" of, in the same paragraph: "Francis Fowke" of "Its architect was civil engineer
    Captain Francis Fowke, ... The next major expansions were designed by the same architect, ...". None otherwise."""
    at = _sentence_at(sentences, start)
    same = _THE_SAME.search(text, *sentences[at]) if at else None
    if not same or "\n" in text[sentences[at - 1][1]:sentences[at][0]]:
        return None
    a, b = sentences[at - 1]
    word = re.search(rf"\b{same.group(1)}s?\b", text[a:b], re.I)
    if not word:
        return None
    after = text[a + word.end():b]
    found = [(after.find(p), p) for p in persons(after) if after.find(p) >= 0]
    if not found:
        return None
    offset, person = min(found)
    return (a + word.end() + offset, a + word.end() + offset + len(person)) if offset <= 40 else None


def full_name_before(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the full name the sentences before give the surname ``text[start:end]``, in the same
    paragraph, the nearest: "Michael Eisner" of "In the early 1970s, Michael Eisner, who joined ABC in 1966,
    became ... Eisner left ABC in 1976 ...". When its own sentence writes more of the name before it, that: "Albert
    C. Outler" of "theologian Albert C. Outler led the team", where "Outler" was quoted. None when the phrase is no
    lone capitalized word, or no sentence gives more of the name."""
    surname = text[start:end]
    at = _sentence_at(sentences, start)
    if at is None or not re.fullmatch(r"[A-Z][\w-]+", surname):
        return None
    full = re.compile(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(surname)}(?![\w'’-])")
    before = re.search(r"([A-Z][\w'’.-]*)\s+$", text[max(sentences[at][0], start - 30):start])
    if before and before.group(1).lower() not in STOPWORDS:  # its own sentence writes more of the name, right
        # before the quoted surname: the run of capitalized words (or initials) that ends there, three at most
        own = re.compile(full.pattern + "$").search(text, max(sentences[at][0], start - 60), end)
        return _given_name(own)
    first = _paragraph_start(text, sentences, at)
    named = None
    for found in full.finditer(text, sentences[first][0], sentences[at][0]):
        named = _given_name(found) or named
    return named


def _given_name(found: re.Match | None) -> tuple[int, int] | None:
    """``[start, end)`` of a name ``found`` by full_name_before's pattern without the words before it that are no
    part of it: "In", "President", "CEO", "Roman Emperor"."""
    if not found:
        return None
    words = list(re.finditer(r"\S+", found.group(1)))
    given = words[1 + max((n for n, w in enumerate(words) if w.group(0).lower() in STOPWORDS
                           or is_title_word(w.group(0)) or w.group(0).lower().rstrip(".") in _RANKS), default=-1):]
    return (found.start(1) + given[0].start(), found.end()) if given else None


def _sentence_at(sentences: list[tuple[int, int]], start: int) -> int | None:
    """The index of the sentence that holds character ``start``, or None."""
    return next((j for j, (a, b) in enumerate(sentences) if a <= start < b), None)


def _paragraph_start(text: str, sentences: list[tuple[int, int]], at: int) -> int:
    """The index of the first sentence of the paragraph sentence ``at`` is in."""
    while at > 0 and "\n" not in text[sentences[at - 1][1]:sentences[at][0]]:
        at -= 1
    return at
