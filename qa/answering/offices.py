"""Whether the person an answer names holds the office a question asks about, of the country it asks about.

"Who is Cambodia's Minister of Foreign Affairs?" is not answered by "According to Minister of Foreign Affairs
Bui Thanh Son, ..." in an article about Vietnam, nor by "President Vo Van Thuong" of the same sentence. The
question asks who holds an office ("Minister of Foreign Affairs") of a country ("Cambodia's", "of Laos", "the
Lao ...") and the answer's sentences give the person another title (qa.asking.titles.title_of), or the title of
another country: the one its title names ("Cambodian Minister of Inspection", "Minister of ... of Laos"), or,
when the title names none, the country the document names most, as news text leaves its own country's
officials unqualified. What this does not do: judge an answer that is not a person with a title in its sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..asking.countries import country_counts, country_of
from ..asking.titles import JOINERS, NAME, after_title, is_title_word, name_in, names_after_titles, title_of
from ..text import STOPWORDS, stem
from .people import BODY_WORDS

# "Who is Cambodia's Minister of Foreign Affairs?", "Who's the Prime Minister of Laos?", "Who is the Lao
# ambassador to Vietnam?", "Who is the current Lao Minister of Foreign Affairs?", "Who holds the post of ...?"
_NOW = r"(?:\s+(?:currently|now|presently))?"  # "Who currently serves as ...?", "Who is now ...?"
_ASKED = re.compile(rf"^\s*[Ww]ho{_NOW}(?:\s+(?:is|was|serves\s+as|served\s+as|(?:holds|held|occupies|occupied)\s+(?:the\s+)?"
                    rf"(?:post|position|office|role|job|title)\s+of)|['’]?s){_NOW}\s+(?:the\s+)?(?:(?:current|present|new|sitting|incumbent)\s+)?(?:(?P<owner>[A-Z][\w-]*)['’]s\s+(?P<title>[^?]+?)"
                    r"|(?P<title_of>[^?]+?)\s+of\s+(?P<country>[A-Z][\w-]*)"
                    r"(?:\s+(?:(?:immediately|just|right|shortly)\s+)?(?:mentioned|quoted|cited|named|pictured|who|in|before|"
                    r"after|until|when|while|during)\b[^?]*)?"
                    r"|(?P<adjective>[A-Z][\w-]*)\s+"
                    r"(?P<title_after>[^?]+?))\s*\??\s*$")
# "Who succeeded Vo Van Thuong as President of Vietnam?": the office is asked too (and he is no answer)
_SUCCESSION = re.compile(r"^\s*[Ww]ho\s+(?:succeeded|replaced|preceded|followed|will\s+succeed|(?:is|was)\s+succeeding|"
                         r"took\s+over\s+from|takes\s+over\s+from|will\s+take\s+over\s+from)"
                         r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+as\s+(?:the\s+)?(?:new\s+)?"
                         r"(?:(?P<owner>[A-Z][\w-]*)['’]s\s+(?P<title>[^?]+?)|(?P<title_of>[^?]+?)\s+of\s+"
                         r"(?P<country>[A-Z][\w-]*)|(?P<adjective>[A-Z][\w-]*)\s+(?P<title_after>[^?]+?))\s*\??\s*$")
# "Who led Cambodia as prime minister before him?", "Who served Laos as President in 2020?"
_LED_AS = re.compile(r"^\s*[Ww]ho\s+(?:led|leads|headed|heads|governed|governs|ruled|rules|served|serves)\s+"
                     r"(?P<country>[A-Z][\w-]*)\s+as\s+(?:its\s+|the\s+)?(?P<title_after>[^?]+?)(?P<adjective>)"
                     r"(?:\s+(?:before|after|until|in|from|since|during|when)\b[^?]*)?\s*\??\s*$")
# "Which Vietnamese Minister of Foreign Affairs commented on ...?": the title ends at the verb (asked_office)
_WHICH = re.compile(r"^\s*[Ww]hich\s+(?P<adjective>[A-Z][\w-]*)\s+(?P<title_after>[^?]+?)\s*\??\s*$")
# "Who represented Cambodia ...?", "Who led the Lao delegation ...?", "Who spoke for Laos ...?"; not "Who led
# Cambodia's government?", whose holder an article about another country may name unqualified
_FOR_COUNTRY = re.compile(r"^\s*[Ww]ho\s+(?:(?:represented|represents|spoke\s+for|speaks\s+for)\s+(?:the\s+)?"
                          r"([A-Z][\w-]*)(?:\s+(?:delegation|side))?|(?:led|leads|headed|heads)\s+the\s+([A-Z][\w-]*)\s+"
                          r"(?:delegation|side))(?![\w'’-])(?!\s+[A-Z])")
_ANY_ROLE = frozenset({"leader", "leaders", "head", "chief", "representative", "official", "officials"})
_SECOND = frozenset({"vice", "deputy"})
_BEFORE_TITLE = frozenset({"prime", "vice", "deputy", "former", "acting", "new", "chief", "senior", "foreign", "first"})
OTHER_OFFICE = "The closest passage gives {name} as {title}, not as {asked}."
OTHER_HOLDER = "The closest passage gives {name} as {title}, not {country}'s."


def asked_office(question: str) -> tuple[str, str] | None:
    """``(country, title)`` of a question asking who holds a title of a country: ("Cambodia", "Minister of
    Foreign Affairs"); ("Cambodia", "") of one asking who spoke for a country ("Who represented Cambodia at the
    meeting?"); None otherwise."""
    # "the Prime Minister of the Laos" (of "the Lao PDR" read as Laos): a country's name after "the"
    question = re.sub(r"\bof\s+the\s+([A-Z][\w-]*)(?=\s*\??\s*$)",
                      lambda m: "of " + m.group(1) if country_of(m.group(1)) else m.group(0), question)
    side = _FOR_COUNTRY.match(question)
    if side and country_of(side.group(1) or side.group(2)):
        return side.group(1) or side.group(2), ""
    asked = _ASKED.match(question) or _WHICH.match(question) or _SUCCESSION.match(question) or _LED_AS.match(question)
    if not asked or asked.re is _WHICH and re.sub(r"['’]s$", "", asked.group("title_after").split()[0].lower()) \
            in _ANY_ROLE:  # "Which Lao leader's trip ...?" too
        return None  # "Which Lao leader said ...?" asks for no office
    groups = asked.groupdict()
    country = groups.get("owner") or groups.get("country") or asked.group("adjective")
    title = groups.get("title") or groups.get("title_of") or asked.group("title_after")
    words = title.split()
    first = next((i for i, w in enumerate(words) if is_title_word(w)), None)
    if not country_of(country) or first is None:
        return None
    if any(w.islower() and w not in _BEFORE_TITLE and w not in JOINERS for w in words[:first]):
        return None  # "the Lao official in charge of planning ... who also heads ...": a description, no title
    # the title ends at the first lower-case word after its title word that joins nothing: "Ambassador to Vietnam"
    # of "Ambassador to Vietnam quoted in the article", "Minister of Inspection" of "... who led a delegation"; or
    # at "and" before another title: "Minister of Planning and Investment" of "... and Chairman of ..."
    end = next((i for i in range(first + 1, len(words)) if words[i].islower() and words[i] not in JOINERS
                or words[i] == "and" and i + 1 < len(words) and is_title_word(words[i + 1])), len(words))
    if groups.get("title_of") and end < len(words):
        return None  # "the Minister of Foreign Affairs quoted about ...'s choice of Laos": Laos is the clause's
    return country, " ".join(words[:end]).rstrip(",")


def _described(question: str, title: str) -> bool:
    """Whether a question asks for the holder of ``title`` (of asked_office) and tells them by what they did, as
    "Which Vietnamese Prime Minister met ...?" does: "Who is the Vietnamese Prime Minister he met on June 10?"
    (words after the title)."""
    asked = _WHICH.match(question) or _ASKED.match(question)
    after = asked.groupdict().get("title_after") if asked else None
    return bool(after) and _WHEN.sub("", after.strip()) != title


# when the office is held tells nothing of who holds it: "Who served as the Lao Minister of Foreign Affairs in
# 2023?" is still asked of Laos's minister, not of one the article about Vietnam names
_WHEN = re.compile(r"\s+(?:(?:in|since|during|as\s+of|by)\s+(?:(?:early|mid|late)\s+)?\d{4}|now|currently|today|"
                   r"at\s+(?:the|that)\s+time|at\s+present|these\s+days)$", re.I)


def other_office(question: str, text: str, phrase: str, document: str,
                 known: Callable[[str], bool] | None = None) -> str | None:
    """Why ``phrase``, a name in ``text`` (the answer's sentences of ``document``), does not hold the office of
    the country the question asks about (OTHER_OFFICE, OTHER_HOLDER); None when it may, or when the question
    asks no such thing or the sentences give the name no title. A title of words no document holds (``known``,
    the collection's words) is the user's own word for one the documents give ("envoy" for "Ambassador")."""
    asked = asked_office(question)
    person = _person(phrase)
    span = title_of(text, person) if asked and person and NAME.fullmatch(person) else None
    titled = after_title(phrase) if span is None and asked else ""
    if titled:  # "President Vo Van Thuong": the title before the name
        person, span = titled, title_of(text, titled)
    if span is None:
        return None
    country, title = asked
    asked_words = [w for w in re.findall(r"[a-z]+", title.lower()) if w not in STOPWORDS and not country_of(w)]
    wanted = [stem(w) for w in asked_words]

    def shared(given: str) -> int:
        held = {stem(w) for w in re.findall(r"[a-z]+", given.lower())}
        return sum(w in held for w in wanted)

    # of the titles the sentence gives the name, one after another, the one most like the title asked
    given = max((t.strip() for t in text[slice(*span)].split(",")), key=shared)
    if title and _becomes(text, person, title):  # "General Hun Manet officially became the new Prime Minister"
        became = re.search(rf"\b{re.escape(title)}\s+of\s+([A-Z][\w-]*)", text[text.find(person):], re.I)
        other = country_of(became.group(1)) if became else None  # "... of Cambodia", asked of Laos
        return OTHER_HOLDER.format(name=person, title=became.group(0), country=country_of(country).title()) \
            if other and country_of(country) and other != country_of(country) else None
    if not title:  # "Who represented Cambodia ...?": any title, of the country asked
        return _of_another_country(person, given, country, document, text)
    # "Vice President" is another office than "President", "Deputy Prime Minister" than "Prime Minister"
    # (a deputy is a vice: "Laos's deputy head of state" is its Vice President)
    second = bool(set(asked_words) & _SECOND) != bool(set(re.findall(r"[a-z]+", given.lower())) & _SECOND)
    if person != phrase.strip():  # titles and a name: judged by a vice or deputy, the country, and a title of
        # none of the words asked ("Minister of Foreign Affairs Bui Thanh Son" is no President)
        foreign = _of_another_country(person, given, country, document if not _described(question, title) else "",
                                      text)
        if second or not foreign and not shared(given) and (known is None or any(map(known, asked_words))):
            return OTHER_OFFICE.format(name=person, title=given, asked=title)
        return foreign
    # what a minister is of must be there ("Minister of Inspection" is no "Prime Minister"), else half the words
    portfolio = re.search(r"\b(?:of|for)\s+(.+)$", title)
    of_what = [stem(w) for w in re.findall(r"[a-z]+", portfolio.group(1).lower()) if w not in STOPWORDS
               and not country_of(w)] if portfolio else []
    held = {stem(w) for w in re.findall(r"[a-z]+", given.lower())}
    # and what stands before the office's word: "Prime" of "Prime Minister" ("Minister of Inspection" is none)
    head = next((i for i, w in enumerate(asked_words) if w in _HEADS), 0)
    before = [stem(w) for w in asked_words[:head] if w not in _SECOND]  # a deputy is a vice: judged as second
    missing = any(w not in held for w in of_what + before) or shared(given) * 2 < len(wanted)
    if (second or missing) and (known is None or any(map(known, asked_words))):
        return OTHER_OFFICE.format(name=person, title=given, asked=title)
    # asked "Which Vietnamese Prime Minister met ...?", the country the article names most says nothing of his
    return _of_another_country(person, given, country, document if not _described(question, title) else "", text)


_HEADS = frozenset("minister president secretary ambassador chairman chairwoman premier governor director "
                   "commander general chief head".split())
_BECAME = (r"(?:became|becomes|become|(?:was|is|has\s+been)\s+(?:elected|appointed|named|sworn\s+in\s+as|made)|"
           r"took\s+office\s+as|assumed\s+(?:the\s+)?(?:post|position|office|role)\s+of|serves\s+as|served\s+as)")


def _becomes(text: str, person: str, title: str) -> bool:
    """Whether ``text`` says ``person`` became, or serves as, ``title`` after the name: "On August 22, General Hun
    Manet officially became the new Prime Minister of Cambodia." gives him that office, not only "General"."""
    at = text.find(person)
    return at >= 0 and re.search(rf"^[^.;]{{0,40}}?\b{_BECAME}\s+(?:the\s+)?(?:new\s+)?{re.escape(title)}\b",
                                 text[at + len(person):], re.I) is not None


def _of_another_country(person: str, given: str, country: str, document: str, text: str = "") -> str | None:
    """OTHER_HOLDER when the title ``given`` is of another country than ``country``: the one it names; else, when
    the sentences ``text`` give another person a title of the country asked, that country's (an unqualified
    title beside "Cambodian Minister of Inspection Hout Hak" is the other side's); else the one ``document`` names
    most (home_country; not when ``document`` is "", nor when ``text`` names another country's title, whose
    other side the unqualified title may be); None when it is of the country asked."""
    asked_country, named = country_of(country), _qualifier(given)
    if named and named != asked_country:
        return OTHER_HOLDER.format(name=person, title=given, country=asked_country.title())
    beside = {country_of(m.group(1)) for m in _QUALIFIED.finditer(text) if country_of(m.group(1))} if not named \
        else set()
    if asked_country in beside:
        title = f"{given}, with no country where it names {asked_country.title()}'s officials as such"
        return OTHER_HOLDER.format(name=person, title=title, country=asked_country.title())
    home = home_country(document) if not named and document and not beside else None
    if home and home != asked_country:
        return OTHER_HOLDER.format(name=person, title=f"{given} in an article about {home.title()}",
                                   country=asked_country.title())
    return None


# a title qualified by a country: "Cambodian Minister of Inspection", "Lao President"
_QUALIFIED = re.compile(r"\b([A-Z][a-z]+)\s+(?=(?:Prime\s+)?(?:Minister|President|Ambassador|Chairman|Chairwoman|"
                        r"Secretary|General|Premier|Deputy|Vice|Foreign|Defen[cs]e)\b)")
_A_BODY_NAME = re.compile(rf"(?:{BODY_WORDS}|Assembly|Staff|Court|Army|Navy|Corps|Command|Office|Secretariat)s?")


def holder(question: str, text: str, phrase: str, document: str,
           known: Callable[[str], bool] | None = None) -> tuple[int, int] | None:
    """Where ``text`` names another person than ``phrase`` with the office the question asks about, when
    ``phrase`` does not hold it (other_office): "Bui Thanh Son" of "According to Minister of Foreign Affairs Bui
    Thanh Son, that President Vo Van Thuong's choice ..." for "Who is Vietnam's Minister of Foreign Affairs?"
    when the reader chose "Vo Van Thuong". A name is two to four capitalized words after any title words; None
    when no other name of the sentences holds the office."""
    if other_office(question, text, phrase, document, known) is None:
        return None
    for start, end in names_after_titles(text, single=True):  # "General Amherst" too
        name = text[start:end].rstrip(",.;:")
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        if name == _person(phrase) or country_of(name.split()[0]) or " " not in name and _A_BODY_NAME.fullmatch(name):
            continue  # nor is "Assembly" of "the General Assembly" a person
        if title_of(text, name) and other_office(question, text, name, document, known) is None:
            return start, start + len(name)
    return None


def _person(phrase: str) -> str:
    """The name a phrase gives: a name, or titles and a name between commas ("General Secretary and President of
    Laos, Thongloun Sisoulith"), or a title and a name ("Prime Minister Hun Sen")."""
    return phrase.strip() if NAME.fullmatch(phrase.strip()) else name_in(phrase)


def _qualifier(title: str) -> str | None:
    """The country a title names as its holder's: "china" of "Chinese Ambassador to Vietnam", "laos" of
    "Minister of Planning and Investment of Laos"; None for "Ambassador to Vietnam"."""
    words = title.split()
    first = next((i for i, w in enumerate(words) if is_title_word(w)), len(words))
    before = [country_of(w) for w in words[:first] if country_of(w)]
    after = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*)\W*$", title)
    return before[0] if before else (country_of(after.group(1)) if after else None)


def home_country(document: str) -> str | None:
    """The country a document names most, by its name: "vietnam" of an article about Vietnam's foreign affairs."""
    counts = country_counts(document)
    return counts.most_common(1)[0][0] if counts else None
