"""Why a passage that matches the question's words does not answer it, in words a user can check.

The reader and the sentence scorer both weigh how well a passage matches the question; a passage can match
well and still not answer. not_this asks, in a fixed order, the checks of agreements (qa.answering.agreements),
events (qa.answering.events), times (qa.answering.times: no date for "When ...?", only a date for "How many ...?",
no birth for "When was X born?"), figures (qa.answering.figures: no number for "How many ...?", a share for a value),
goals (qa.answering.goals), places (qa.answering.places: no place for "Where ...?", a country for "Which city
...?"), who (qa.answering.who), people (qa.answering.people), offices (qa.answering.offices), "Which ...?"
(qa.answering.which) and slots (qa.answering.slots: another name, rank or year than the question's), and gives the
first reason one of them finds. The checks that are none of theirs are here: no words of the person asked what
they said (NOT_SAID), only what the question already says (ALREADY_SAID), and sentences or a document about
another name, pair of countries or edition of a thing, or that never mention a country the question names
(NOT_NAMED); quote_instead gives what to quote in place of a phrase refused. Both choosers (qa.answering.reading,
qa.answering.extract) call not_this and abstain with its reason. What this does not do: weigh anything, or look
beyond the answer's own sentences, the one before them and their document.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..asking.acronyms import ASKS_LETTERS, asked_acronym, long_form, name_before
from ..asking.countries import NOT_ONLY_COUNTRIES, is_country_word, mentions_country
from ..asking.question import GLUED, Kind, is_yes_no, names, unnamed, years
from ..text import STOPWORDS, WORD, YEAR_DIGITS, terms, words
from .agreements import no_agreement, other_agreement
from .events import denied, effect_for_cause, no_doer, unreported_event
from .figures import (CITED, COUNTS_ANOTHER, NOT_A_SHARE, NUMBER_KINDS, a_share_for_a_value,
                      count_instead, counted_of_unmentioned, counts_other, no_age, no_items, no_measure, no_reason,
                      other_figure, other_sum, share_instead, unmentioned_part, wrong_figure)
from .goals import goal_mismatch
from .offices import other_office
from .people import namesake, other_person
from .places import no_country_or_town, no_place
from .qualifiers import ordinal_unsaid, other_label, other_modifier, other_ordinal
from .slots import about_another, other_countries, other_name, other_pair, pair_elsewhere, subject_of
from .times import a_date_for_how_many, another_time, no_date, no_founding, no_such_time, no_time, no_year_or_day
from .which import not_which
from .who import (NO_POST, a_person_for_an_outlet, followed_another, no_one_asked, no_one_before, no_person_name,
                  not_a_body, post_instead)

# The answer's sentences put another name where the question puts its own ("What is the capital city of Laos?"
# and "... the capital city of Phnom Penh"), or its phrase gives another year: they are about something else
# (qa.answering.slots).
OTHER_NAME = "The closest passage says “{said}”, not {name}."
# "On what date did Hun Manet arrive for his December 2023 visit?" and "in December 2023": the question's own; "What
# was Vietnam-Laos trade in 2022, compared with US$10.57 billion for Vietnam-Cambodia?" and "US$10.57 billion"
ALREADY_SAID = "The closest passage gives only “{said}”, which the question already says."
SET_ASIDE = "The closest passage says “{said}”, which the question sets aside."
NOT_IN_PASSAGE = "The closest passage does not mention {names}."

# The closest passage's document never names something the question names: "Who is the Prime Minister of Laos?"
# answered from the article about Cambodia's new Prime Minister. For a country (or its people), qa abstains.
NOT_NAMED = "The closest passage is from a document that does not mention {names}."
ABOUT_PAIR = "The closest passage is from an article about {pair}, not {name}."
OTHER_EDITION = "The closest passage is from an article about the “{said}”, not the {name}."
# how the reasons open that say a passage is about other names or countries than the question's (OTHER_NAME,
# NOT_NAMED, ABOUT_PAIR)
ABOUT_ANOTHER = (OTHER_NAME.split("“")[0], NOT_NAMED.split("{")[0], ABOUT_PAIR.split("{")[0])


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
    match it: they cannot say when (qa.answering.times.undated) or where (qa.answering.places.unplaced), they
    quote only a date for how many (qa.answering.times.only_a_date), or they are about another name, rank or year
    (qa.answering.slots). Sentences that name none of the question's names take them from the sentence ``before``
    them, which is checked for another name in the question's slot: "In 2022, bilateral trade turnover reached
    US$10.57 billion" after "... relations between Vietnam and Cambodia have developed strongly" does not answer
    for Vietnam and Laos. Asked who holds an office of a country, a person the sentences give another title, or
    the title of another country, by the title or by the country the ``document`` names most, does not answer
    (qa.answering.offices); nor does a ``document`` that never mentions a country the question names, or a passage
    about no birth for when or where someone was born, or about no start for when someone became something. A
    follow-up's ``earlier`` question (its topic) is held to the last two: "On what date were they established?"
    after a question on Vietnam and China is not answered by a sentence on Vietnam and Cambodia. The checks run in
    a fixed order, and the first reason found is given. None if none of these."""
    text, before, document = (_glued(question, _unligatured(t)) for t in (text, before, document))
    phrase = _unligatured(phrase)
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
    return (unreported_event(question, text)  # "When did he resign?" and a sentence on his visit
            or effect_for_cause(question, text, phrase)  # "What causes rock extension?" and what extension causes
            or denied(question, text)  # "Who was picked to inherit the throne?" and "... was not to be his successor"
            or (no_doer(question, text) if kind is Kind.PERSON else None)  # "was discovered in 2010", by no one
            or no_reason(question, phrase)  # "Why was her sentence upheld?" and "40 to 60 days"
            or _only_asked_words(question, is_yes_no(question), text)
            or no_items(kind, phrase, question)  # "What are important criteria ...?" and "several"
            # "Who succeeded Kublai Khan?" and "Möngke Khan succeeded Güyük"
            or _other_name(followed_another(question, text))
            or _unsaid_about(about, text)
            or no_date(question, kind, text, phrase)
            or no_measure(question, kind, phrase, text)
            or no_year_or_day(question, kind, phrase)
            or _figure_asked(question, kind, phrase)
            or no_time(question, kind, phrase)
            or a_person_for_an_outlet(question, text, phrase)
            or _acronym_asked(question, kind, text, phrase)
            or not_which(question, kind, text, phrase)
            or no_place(question, kind, text, phrase)
            or no_age(question, text, phrase)
            or no_such_time(question, text)
            or no_country_or_town(question, phrase)
            or no_one_asked(question, kind, text, phrase)
            or a_share_for_a_value(question, kind, phrase)
            or no_person_name(question, kind, phrase)
            or wrong_figure(question, kind, text, phrase)
            or a_date_for_how_many(question, kind, text, phrase)
            or _counted_unmentioned(question, kind, text, before)
            or counts_other(question, kind, text, phrase)
            or goal_mismatch(question, kind, text, phrase)
            or other_office(question, text, phrase, document, known)
            # "the Protocol on Cooperation in National Defense" and "the Protocol on ... Training Cooperation"
            or _other_name(other_agreement(question, text, known))
            # "... Vietnam's more than 400 FDI projects in Cambodia?" and "Vietnam has 205 projects in Cambodia"
            or _other_name(other_figure(question, text))
            # "Who loaned Capital Cities the remaining $500 million?" and "Capital Cities borrowed $2.1 billion"
            or (_other_name(other_sum(question, text)) if kind is not Kind.MONEY else None)
            or _other_name(other_modifier(question, text))  # "in developing countries" and "of developed countries"
            or _about_another(question, kind, text, phrase, before, document, earlier)
            or _ordinal_unsaid(question, text)  # "the second edition" and a sentence on neither
            or no_founding(question, text)
            or not_a_body(question, phrase)
            or another_time(question, kind, text, phrase, document)
            or _year_unmentioned(question, document)  # "What was Harvard's endowment worth in 2015?"
            or _other_name(other_person(question, text, earlier) or namesake(question, text))
            or no_one_before(question, text)
            or None)


# not_this's own checks, each where its order puts it: the reason, or None.


# a PDF's ligatures as letters, so that "a ﬁrst or spring wave" says "first" (qa.text.terms folds them for search)
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def _unligatured(text: str) -> str:
    """``text`` with its ligatures as letters; translated only when it holds one (a whole paper takes milliseconds)."""
    return text.translate(_LIGATURES) if _LIGATURE.search(text) else text


def _glued(question: str, text: str) -> str:
    """``text`` with the question's names of letters and a number written as the question writes them, where a
    paper's text, its subscripts lost, writes them apart: "The value of R 0 was 2.30" for "What was the value
    of R0?" is "The value of R0 was 2.30", not a sentence about "R"."""
    for letters, number in set(GLUED.findall(question)) if text else ():
        text = re.sub(rf"\b({re.escape(letters)})\s({number})\b", r"\1\2", text, flags=re.I)
    return text


def _other_name(said: tuple[str, str] | None) -> str | None:
    """OTHER_NAME, when another check found the passage ``said`` another name than the question's."""
    return OTHER_NAME.format(said=said[0], name=said[1]) if said else None


def _ordinal_unsaid(question: str, text: str) -> str | None:
    """NOT_IN_PASSAGE: asked of "the second edition", sentences ``text`` that mention no second and no edition."""
    unsaid = ordinal_unsaid(question, text)
    return NOT_IN_PASSAGE.format(names=unsaid) if unsaid else None


def _unsaid_about(about: str, text: str) -> str | None:
    """NOT_IN_PASSAGE: asked what someone said ``about`` countries, sentences ``text`` that never mention them."""
    unsaid = unmentioned_countries(names(about), text) if about else []
    if unsaid:  # "What did Bui Thanh Son say about Vietnam's relationship with Cambodia?" and his words on Laos
        return NOT_IN_PASSAGE.format(names=" or ".join(unsaid))
    return None


def _figure_asked(question: str, kind: Kind, phrase: str) -> str | None:
    """ALREADY_SAID: the figure or date quoted is one the question already says, or the place quoted is one the
    question names ("Florida" for "In which country did most of Florida's Spanish Catholic population go?")."""
    if (kind in NUMBER_KINDS or kind is Kind.DATE) and _in_question(phrase, question):
        return ALREADY_SAID.format(said=phrase.strip())
    if kind is Kind.PLACE and named_in_question(question, phrase):
        return ALREADY_SAID.format(said=phrase.strip())
    return None


def named_in_question(question: str, phrase: str) -> bool:
    """Whether ``phrase`` is only a name the question gives itself ("Mercury" for "What hypothetical planet was
    proposed to explain the anomalies in Mercury's orbit?"), and the question offers no answers to choose from."""
    name = re.sub(r"^(?:the\s+)", "", phrase.strip(), flags=re.I)
    return name in names(question) and not _CHOICE.search(question) and not is_yes_no(question)


# a question that offers its answers to choose from: "Is the virus single or double-stranded?"
_CHOICE = re.compile(r"\b(?:or|whether|versus|vs)\b", re.I)


def _only_asked_words(question: str, yes_no: bool, text: str) -> str | None:
    """ALREADY_SAID: sentences ``text`` whose three or more words are the question's own, in the question's order
    (stemmed; references such as "[6, 12]" aside), restate the question and answer nothing: "Civets were proposed
    to be an intermediate host of the bat-CoVs, capable of spreading SARS CoV to humans [6, 12] ." for "Why were
    civets proposed to be an intermediate host of the bat-CoVs, capable of spreading SARS CoV to humans?". Not
    "Its prime elements are known as Gaussian primes." for "What are the prime elements of the Gaussian integers
    known as?", which puts the words together anew; nor for a question that offers the answers to choose from,
    or asks yes or no."""
    said = terms(CITED.sub(" ", text))
    if len(said) < 3 or yes_no or _CHOICE.search(question):
        return None
    asked = terms(question)
    restated = any(asked[i:i + len(said)] == said for i in range(len(asked) - len(said) + 1))
    return ALREADY_SAID.format(said=" ".join(text.split())) if restated else None


def _acronym_asked(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """ALREADY_SAID: the acronym quoted is of a name the question gives itself (acronym_of_asked), unless the
    question asks for a short name ("What is the User Datagram Protocol's abbreviation?"); or the phrase quoted
    spells out an acronym the question gives (long_form_of_asked), unless it asks what that stands for."""
    short = acronym_of_asked(question, text, phrase) if not _ASKS_SHORT.search(question) else None
    if short:  # "Who wrote the Lao News Agency article ...?" and "KPL" of "the Lao News Agency (KPL) posted ..."; "What
        return ALREADY_SAID.format(said=short)  # does User Datagram Protocol guarantee?" and "UDP"
    spelt = long_form_of_asked(question, text, phrase) if not (
        asked_acronym(question) or ASKS_LETTERS.search(question)) else None  # "what did ... TGIF ... stand for"
    if spelt:  # "What CNS functions are changed ...?" and "central nervous system (CNS)"
        return ALREADY_SAID.format(said=spelt)
    return None


_ASKS_SHORT = re.compile(r"\b(?:acronyms?|abbreviat\w*|short(?:ened)?\s+(?:for|form|name)|initials|called|known|"
                         r"named|name|stands?|referred|refer|term)\b", re.I)


def _counted_unmentioned(question: str, kind: Kind, text: str, before: str) -> str | None:
    """NOT_IN_PASSAGE: the country whose things "How many ...?" counts is not in ``before`` nor ``text``."""
    whose = counted_of_unmentioned(question, kind, before + " " + text)
    if whose:  # "How many Chinese FDI projects ...?" and "Vietnam currently has more than 400 FDI projects in Laos"
        return NOT_IN_PASSAGE.format(names=whose)
    return None


def _about_another(question: str, kind: Kind, text: str, phrase: str, before: str, document: str,
                   earlier: str) -> str | None:
    """Why the sentences ``text`` (or the one ``before`` them, or their ``document``) are about another name,
    pair of countries or edition than the question's, or never mention a country or a part it names."""
    given = names(question)
    named_none = bool(given) and len(unnamed(given, text)) == len(given)
    other = about_another(question, kind, text, phrase, subject_of(document)) or (
        (other_name(question, before) or other_pair(question, before)) if before and named_none
        and not is_yes_no(question) else None)
    if not other and before and _BACK.match(text):  # "On this occasion, ..." after "... the 46th anniversary"
        other = other_ordinal(question, before) or other_label(question, text, before)
    if other and (_spelt_as(other, document) or _placed_in(other, document)):
        other = None
    edition = _edition_elsewhere(question, text, document) if not other and document else None
    if edition:  # "the second Belt and Road Forum" and "the Belt and Road Forum" of a document that writes only
        return OTHER_EDITION.format(said=edition[0], name=edition[1])  # "the third Belt and Road Forum"
    in_pair = [n for n in given if is_country_word(n)]  # "the Vietnam-Laos Trade Agreement": "trade" is held
    if not other and (named_none or in_pair and len(unnamed(in_pair, text)) == len(in_pair)) \
            and _THE_TWO.search(text) and document and not is_yes_no(question):
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
    return None


def _spelt_as(other: tuple[str, str], document: str) -> bool:
    """Whether what the sentences say (``other[0]``) writes an acronym that ``document`` spells out with the
    question's name (``other[1]``) among its words: "fear of EVD" and Ebola, where "Ebola Virus Disease (EVD)"."""
    asked = {w.lower() for w in WORD.findall(other[1]) if w.lower() not in STOPWORDS}
    for acronym in re.findall(r"\b[A-Z]{2,6}s?\b", other[0]) if asked and document else []:
        spelt = long_form(document, acronym.rstrip("s") if acronym.endswith("s") and len(acronym) > 2 else acronym)
        if spelt and asked <= {w.lower() for w in WORD.findall(document[spelt[0]:spelt[1]])}:
            return True
    return False


def _year_unmentioned(question: str, document: str) -> str | None:
    """NOT_NAMED: no year the question gives is one the answer's ``document`` mentions, though it mentions a later
    one. A document whose years all come before the one asked may have been written in it, and say "currently"."""
    asked = years(question) if document else []
    if not asked or any(re.search(rf"(?<!\d){year}(?!\d)", document) for year in asked):
        return None
    latest = max((int(y) for y in re.findall(rf"(?<![\d.,]){YEAR_DIGITS}(?![\d.,])", document)), default=0)
    return NOT_NAMED.format(names=" or ".join(asked)) if latest > max(int(y) for y in asked) else None


def _placed_in(other: tuple[str, str], document: str) -> bool:
    """Whether a name the sentences give (in ``other[0]``) is a place that ``document`` places in the question's
    (``other[1]``): "Wuhan" of "in Wuhan from 1 to 15 January" where the document writes "Wuhan, China" and the
    question asks "in China". A country is placed in no other ("Cambodia, Vietnam" is a list)."""
    asked = re.sub(r"^(?:in|at|of|the)\s+", "", other[1].strip(), flags=re.I)
    if not asked or not document:
        return False
    return any(re.search(rf"\b{re.escape(name)}\s*(?:,|\(|\bin\b)\s*(?:the\s+)?{re.escape(asked)}\b", document)
               for name in re.findall(r"\b[A-Z][\w-]+", other[0]) if name.lower() not in STOPWORDS
               and name.lower() != asked.lower() and not is_country_word(name))  # a country is in no other


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


_PART_OF = re.compile(r"\bhow\s+(?:many|much)\s+of\b", re.I)


def _edition_elsewhere(question: str, text: str, document: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question names a thing by an ordinal ("the second Belt and Road Forum"), the
    sentences ``text`` name the thing without one ("attend the Belt and Road Forum") and their ``document`` gives
    it another ordinal only ("the third Belt and Road Forum", qa.answering.qualifiers.other_ordinal): the document is about
    another edition of it. None otherwise."""
    other = other_ordinal(question, document)
    thing = other[1].split()[-1] if other else ""
    return other if other and re.search(rf"\b{re.escape(thing)}", text, re.I) else None


def _in_question(phrase: str, question: str) -> bool:
    """Whether ``phrase`` holds a figure and the question already says all of it ("December 2023")."""
    said = " ".join(words(phrase)).strip()
    said = re.sub(r"^(?:(?:in|on|at|by|of|the|since|from|during)\s+)+", "", said)  # "in December 2023"
    return bool(re.search(r"\d", said)) and f" {said} " in f" {' '.join(words(question))} "


def acronym_of_asked(question: str, text: str, phrase: str) -> str | None:
    """ "Lao News Agency (KPL)" when the quoted ``phrase`` is only an acronym that ``text`` writes after a name the
    question gives itself, or spells out in words the question says ("a public health emergency of international
    concern (PHEIC)" for "Who decided not to declare the outbreak a public health emergency of international
    concern?"): the question already says it. Else None."""
    quoted = phrase.strip()
    if not re.fullmatch(r"[A-Z][A-Z&.-]{1,7}", quoted):
        return None
    asked = set(words(question))
    for where in (name_before(text, quoted), long_form(text, quoted)):
        name = text[slice(*where)] if where else ""
        if name and all(w in asked for w in words(name) if w not in STOPWORDS):
            return f"{name} ({quoted})"
    return None


def long_form_of_asked(question: str, text: str, phrase: str) -> str | None:
    """ "central nervous system (CNS)" when the quoted ``phrase`` only spells out (in ``text``'s words before or
    after it, qa.asking.acronyms.long_form) an acronym the question writes, with or without it: the question
    already says it. Else None."""
    quoted = re.sub(r"\s*\([^()]*\)\s*$", "", phrase.strip())
    for acronym in dict.fromkeys(re.findall(r"\b[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*\b", question)):
        where = long_form(text, acronym) if len(acronym) <= 8 else None
        if where and quoted and words(text[slice(*where)]) == words(quoted):
            return f"{quoted} ({acronym})"
    return None


def unmentioned_countries(asked: list[str], document: str) -> list[str]:
    """The countries (or peoples) of ``asked`` that ``document`` never mentions."""
    return [n for n in asked if is_country_word(n) and n.lower() not in NOT_ONLY_COUNTRIES
            and not mentions_country(document, n)]


def quote_instead(reason: str | None, text: str, phrase: str, question: str = "") -> tuple[int, int] | None:
    """What the answer's sentences ``text`` give in place of ``phrase`` when ``reason`` refused it for being a name
    where a post is asked (post_instead), an amount where a share is (share_instead), or a count of another thing
    the question names (count_instead); else None."""
    if reason == NO_POST:
        return post_instead(text, phrase)
    if reason and question and reason.startswith(COUNTS_ANOTHER.split("{")[0]):
        return count_instead(question, text, phrase)
    return share_instead(text, phrase) if reason and reason.startswith(NOT_A_SHARE.split("“")[0]) else None
