"""Whether the answer's sentences say where, and whether the place quoted is of the kind asked.

"Where ...?" is not answered by sentences that hold no word of place (unplaced: "held" and "took place" say none,
nor does a preposition that says when, "at the end of 2023"), nor by the name of a body, a person or an agreement;
"Which city ...?" is not answered by a country (A_COUNTRY), nor "Which country ...?" by a body ("ASEAN",
a_body_not_a_country). qa.answering.misses.not_this asks these among its other checks. What this does not do:
tell whether a place or a country is the question's (qa.answering.slots, qa.answering.misses), or weigh anything.
"""
from __future__ import annotations

import re

from ..asking.countries import COUNTRIES, COUNTRY_LIST, country_of, is_country_word, long_country_names, only_a_country
from ..asking.question import Kind
from ..asking.titles import after_title
from ..text import MONTH, STOPWORDS, WORD, stem, words
from .agreements import holds_agreement_word
from .figures import ASKS_RANK, NO_NUMBER
from .people import A_BODY, BODY_WORD

A_COUNTRY = "The closest passage names {countries}, “{said}”, where the question asks for a {asked}."
# "Which country ...?", "In what nation ...?", "Which other countries ...?"; not "which country's"
_ASKS_COUNTRY = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:country|countries|nation|nations)\b(?!['’])", re.I)


def a_body_not_a_country(phrase: str) -> bool:
    """Whether ``phrase`` names a body and no country: an acronym of five letters or more ("ASEAN") or a name
    of a body ("the Vietnam-Cambodia Friendship Association" names countries, and is not one); not "Europe", a
    place a country may be asked of."""
    said = [w[:-2] if w.endswith(("'s", "’s")) else w for w in re.findall(r"[\w'’-]+", phrase)]
    return not any(country_of(w) for w in said) and not long_country_names(phrase) and bool(
        re.fullmatch(r"(?:the\s+)?[A-Z]{5,}", phrase.strip()) or A_BODY.fullmatch(phrase.strip()))


# "Which city ...?", "In which Chinese city ...?"
_ASKS_TOWN = re.compile(r"\b(?:what|which)\s+(?:[^\W\d_]+\s+)?(city|town|village|capital)\b", re.I)
# "Which Lao provinces ...?" asks for places by name (unplaced)
_ASKS_NAMED_PLACE = re.compile(r"\b(?:what|which)\s+(?:[^\W\d_]+\s+)?(?:cities|towns|villages|provinces?|districts?)\b",
                               re.I)
# unplaced: words that say where ("in", "near", "city", "north", ...); "held" and "took place" do not
_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "within", "across", "throughout", "around", "from", "to", "into",
                 "onto", "on")
_PLACE_WORD = re.compile(rf"\b({'|'.join(_PREPOSITIONS)}|where|"
                         r"located|based|situated|city|cities|province|country|region|capital|town|village|state|"
                         r"nation|north|south|east|west|northern|southern|eastern|western|headquarters|site)\b", re.I)
# a name holding one of these names a body or an event, not a place: "Committee for Bilateral Cooperation"
_PLACED = re.compile(r"\b(?:in|at|near)\s+[A-Z]")


# "Where is the kilopond still used?" asks for what, as well as where: "expressing aircraft weight, jet thrust"; "where
# does the word imperialism come from?" asks for the word it comes from: "the Latin word imperium"
_ASKS_USE = re.compile(r"\bwhere\b[^?]*\b(?:used|applied|employed)\b|\bwhere\b[^?]*\b(?:word|name|term|phrase)\b"
                       r"[^?]*\b(?:come|comes|came|derive[sd]?|originate[sd]?|stem(?:s|med)?)\b"
                       # a register or a body: "Where must a qualified pharmacy technician register?"
                       r"|\bwhere\b[^?]*\b(?:register(?:ed|s)?|enrol(?:l|led|s|ls)?|file[sd]?|complain(?:ed|s)?|"
                       r"appeal(?:ed|s)?)\s*\??\s*$", re.I)


def unplaced(question: str, kind: Kind, text: str, phrase: str) -> bool:
    """Whether the answer's sentences ``text`` cannot say where: asked where ("Where ...?", "In which city
    ...?"), they hold no word of place ("in", "at", "near", "city", "north", ...), and the phrase quoted is
    not the name of a place (a name can stand alone for one: "The Victoria and Albert Museum, London, ...";
    "Committee for Bilateral Cooperation" names a body). "Where was the 46th meeting held?" is not answered
    by "... successfully held the 46th meeting of the Committee and the high-level meeting between the two
    Parties." A body's name is no place even where the sentences say where: "Where was the joint conference
    held?" is not answered by "Central Committees" of "a speech at the joint conference between the Central
    Committees of ..."."""
    if kind is not Kind.PLACE or ASKS_RANK.search(question) or _ASKS_USE.search(question):
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


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


def no_place(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """No place: the answer's sentences ``text`` cannot say where (unplaced)."""
    if unplaced(question, kind, text, phrase):
        return NO_NUMBER.format(kind="place")
    return None


def no_country_or_town(question: str, phrase: str) -> str | None:
    """A body quoted for "Which country ...?", or a country for "Which city ...?" (A_COUNTRY)."""
    if _ASKS_COUNTRY.search(question) and a_body_not_a_country(phrase):
        return NO_NUMBER.format(kind="country")  # "Which other countries are ... investors?" and "ASEAN"
    town = _ASKS_TOWN.search(question)
    # "China, on the occasion of the meeting ...": the place a phrase gives is what comes before its first comma
    place = phrase.strip() if only_a_country(phrase) else phrase.split(",")[0].strip()
    # "In which city was the forum held?" and "held in China"; "In which city did he hold talks?" and "Cambodian"
    if town and (only_a_country(place) or re.fullmatch(r"[\w-]+", place) and is_country_word(place)):
        countries = "countries" if len(COUNTRY_LIST.split(place)) > 1 else "a country"
        return A_COUNTRY.format(countries=countries, said=place, asked=town.group(1).lower())
    return None
