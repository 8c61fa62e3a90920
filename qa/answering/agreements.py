"""Agreements, treaties and plans: whether a passage names one, which one, and whether it names the one asked.

"Which agreements did they sign?" is not answered by a caption of their meeting (no_agreement); "Who signed it?"
not by an agreement's name ("Treaty of Friendship and Cooperation", or its end, "Friendship and Cooperation");
"When was the Protocol on Cooperation in National Defense signed?" not by a sentence on another protocol
(other_agreement). qa.answering.misses asks these among its other checks. What this does not do: tell whether
an agreement was signed, in force or ended (qa.answering.events).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..asking.countries import country_of
from ..asking.wording import american
from ..text import MONTH, STOPWORDS, WORD, stem

# the words that name an agreement ("Treaty of Friendship", "Economic-Trade Agreement")
AGREEMENT_WORDS = r"Treaty|Agreement|Convention|Protocol|Memorandum|Accord|Pact|Charter|Declaration"
_AGREEMENT = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:[-–]\s+)?){{0,3}}(?:{AGREEMENT_WORDS}|Statement)"
                        r"(?:\s+(?:of|on|for|between)\s+[^,;]*)?$")
_AN_AGREEMENT = re.compile(rf"\b(?:{AGREEMENT_WORDS})\b")


# "Which agreements did Pham Minh Chinh and Hout Hak sign?" and a caption of their meeting: sentences that name no
# agreement, treaty, memorandum, plan or the like do not say which
NO_AGREEMENT = "The closest passage names no {thing}."
_PACTS = r"agreements?|deals?|documents?|memorand(?:um|a)|MoUs?|treaty|treaties|accords?|contracts?|pacts?|protocols?"
# asked, a document only as one signed or agreed: "Which ancient Egyptian document hints ...?" asks for a papyrus
_ASKS_AGREEMENT = re.compile(rf"\b(?:what|which)\s+(?:[\w-]+\s+){{0,2}}?(?!documents?\b(?![^?]*\b(?:sign|agree|"
                             rf"exchang|conclud|adopt|ink|ratif)))({_PACTS})\b", re.I)
# "What did Vo Van Thuong sign with Lao leaders ...?": something signed, which a passage with no agreement and no
# signing in it does not give
_ASKS_SIGNED = re.compile(r"^\s*what\s+(?:did|do|does|will|would|have|has|had)\s+[^?]{0,60}?\bsign\b", re.I)
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b|\bsignatur", re.I)
_AN_AGREEMENT_WORD = re.compile(rf"\b(?:{_PACTS}|conventions?|charters?|declarations?|statements?|plans?|bargains?|"
                                r"settlements?)\b", re.I)


# a named agreement or plan: "the Protocol on Cooperation in National Defense", "Treaty of Friendship and
# Cooperation", "Educational Cooperation Plan"; its name is the capitalized words around the head word
_AGREEMENT_HEADS = rf"{AGREEMENT_WORDS}|Plan|Programme|Program|Strategy"
_AGREEMENT_HEAD = re.compile(rf"\b({_AGREEMENT_HEADS})\b")
_NAMED_AGREEMENT = re.compile(rf"((?:[A-Z][\w'’-]*\s+(?:[-–]\s+)?){{0,4}}{_AGREEMENT_HEAD.pattern}"
                              rf"(?:\s+(?:on|of|for|in)(?:\s+(?:the|and|of|in|on))*\s+(?!{MONTH})[A-Z][\w'’-]*"
                              rf"(?:(?:\s+(?:and|of|in|on|the))*\s+(?!{MONTH})[A-Z][\w'’-]*)*)?)")


# "their treaty on the national border": an agreement told by what it is on, in lower case
_DESCRIBED_AGREEMENT = re.compile(rf"\b((?i:{_AGREEMENT_HEADS}))\s+(?:on|of|for|about)\s+(?:the\s+)?"
                                  r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


# an agreement or plan in a passage, told in lower case by what it is of: "a plan of cooperation in culture, arts and
# tourism for the 2021-2025 period" -> "plan of cooperation in culture, arts and tourism"
_AGREEMENT_OF = re.compile(rf"\b(?:a|an|the)\s+((?i:{_AGREEMENT_HEADS})\s+(?:on|of|for)\s+[a-z][\w-]*"
                           r"(?:,?\s+(?!for\b|during\b|until\b|by\b|between\b)[a-z][\w-]*){0,6})")


_ANY_STOPWORD = "|".join(sorted(STOPWORDS, key=len, reverse=True))
# or by the words before it, none of them minor: "What climate change cooperation agreement did they sign?"
_KIND_OF_AGREEMENT = re.compile(rf"\b(?i:the|an?|their|its|what|which|this|that)\s+"
                                rf"((?:(?!(?i:{_ANY_STOPWORD})\b)[\w-]+\s+){{1,4}})((?i:{_AGREEMENT_HEADS}))\b")
# words any agreement may say of itself, which tell none from another
_ANY_AGREEMENT = frozenset(map(stem, "cooperation cooperative joint bilateral new comprehensive".split()))


def names_agreement(phrase: str) -> bool:
    """Whether ``phrase`` is an agreement's name and nothing more: "the Treaty of Friendship and Cooperation",
    "Joint Statement"; not "Kaysone Phomvihane"."""
    return _AGREEMENT.match(phrase) is not None


def holds_agreement_word(phrase: str) -> bool:
    """Whether ``phrase`` holds a word that names an agreement ("... Treaty of ..."): it names no place."""
    return _AN_AGREEMENT.search(phrase) is not None


def mentions_agreement(text: str) -> bool:
    """Whether ``text`` names an agreement, treaty, memorandum, plan, statement or the like, in any case."""
    return _AN_AGREEMENT_WORD.search(text) is not None


def no_agreement(question: str, text: str) -> str | None:
    """Why ``text`` does not answer a question asking which agreement, or what someone signed: it names none
    ("Which agreements did they sign?" and a caption of their meeting), nor any signing ("What did he sign in
    Laos?" and why he chose Laos); None otherwise."""
    agreement = _ASKS_AGREEMENT.search(question)
    if agreement and not mentions_agreement(text):
        return NO_AGREEMENT.format(thing=agreement.group(1).lower())
    if _ASKS_SIGNED.match(question) and not mentions_agreement(text) and not _SIGNING.search(text):
        return NO_AGREEMENT.format(thing="agreement and no signing")
    return None


def other_agreement(question: str, text: str, known: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """``(said, instead)`` when the question names an agreement or plan ("the Protocol on Cooperation in National
    Defense", or in lower case "the treaty on the national border") whose own words ``text`` does not all hold,
    and ``text`` names another of the same kind ("Protocol on Vietnam-Laos Training Cooperation"). Countries'
    names are left out of the comparison: "Vietnam-Laos" is another slot's (other_pair). A described agreement
    needs two of its own words unheld, or one that some document holds (``known``): "education" of "the
    education cooperation plan" is the documents' word for another plan, "schooling" only the user's."""
    held = {stem(american(w.lower())) for w in WORD.findall(text)}  # "Defence" is "Defense"
    asked = [(m.group(1).strip(), _AGREEMENT_HEAD.search(m.group(1)).group(1),
              [w for w in re.findall(r"[A-Z][\w'’]*", m.group(1)) if not _AGREEMENT_HEAD.fullmatch(w)], False)
             for m in _NAMED_AGREEMENT.finditer(question)]
    for m in _DESCRIBED_AGREEMENT.finditer(question):  # its words up to the first minor one ("border" of "... in")
        told = list(itertools.takewhile(lambda w: w not in STOPWORDS, m.group(2).split()))
        asked.append((m.group(0), m.group(1).capitalize(), told, True))
    for m in _KIND_OF_AGREEMENT.finditer(question):  # "What climate change cooperation agreement ...?"
        told = [w for w in m.group(1).split() if w not in STOPWORDS and w.islower()]  # not "Vietnam-Cambodia"
        asked.append((" ".join(told + [m.group(2)]), m.group(2).capitalize(), told, True))
    for name, head, told, described in asked:
        own = {stem(american(w.lower())) for w in told if not country_of(w)}
        # described, its words may run on into the verb ("... protocol on training cooperation run?"): two of its
        # own unheld, or one the documents use
        own = own - _ANY_AGREEMENT if described else own
        unheld = own - held
        said_elsewhere = known is not None and any(known(w.lower()) for w in told if stem(american(w.lower())) in unheld)
        if not unheld or not described and len(own) < 2 or described and len(unheld) < 2 and not said_elsewhere:
            continue
        others = [m.group(1).strip() for m in _NAMED_AGREEMENT.finditer(text)]
        if described:  # and the text's own in lower case: "a plan of cooperation in culture, arts and tourism"
            others += [m.group(1) for m in _AGREEMENT_OF.finditer(text)]
        for other in others:
            if re.search(rf"\b{head}\b", other, re.I if described else 0) and other != name \
                    and not _its_words_asked(other, question):
                return other, "the " + name if not name.lower().startswith("the ") else name
    return None


def in_agreement_name(phrase: str, text: str) -> bool:
    """Whether ``phrase`` is the end of an agreement's name in ``text``: "Friendship and Cooperation" of "signed the
    Treaty of Friendship and Cooperation", which names no one who signed it."""
    return bool(phrase) and re.search(rf"\b(?:{AGREEMENT_WORDS})\s+(?:of|on)\s+(?:the\s+)?{re.escape(phrase)}", text) \
        is not None


def _its_words_asked(agreement: str, question: str) -> bool:
    """Whether the question says a word of what ``agreement`` is of, and may describe it in words of its own:
    "the Vietnam-Laos plan for working together on culture, arts and tourism" is the "plan of cooperation in
    culture, arts and tourism"."""
    asked = {stem(american(w.lower())) for w in WORD.findall(question)}
    own = {stem(american(w.lower())) for w in WORD.findall(agreement) if w.lower() not in STOPWORDS
           and not any(country_of(part) for part in w.split("-"))
           and not _AGREEMENT_HEAD.fullmatch(w.capitalize())} - _ANY_AGREEMENT
    return bool(own & asked)
