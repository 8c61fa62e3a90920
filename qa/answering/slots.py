"""Whether the answer's sentences put another name where the question puts its own.

Two ways, each a sign that a passage is about something else, however well its other words match; the
reader, which reads the question's words more than its names, answers such passages with confidence:

- **Another name in the slot.** "What is the capital city of Laos?" is not answered by "... in the capital
  city of Phnom Penh": the two words just before the question's name (or just after it) are in the sentence
  around another name, and the question's name is not in the sentence at all. The two words must not be
  stopwords only ("city of", "Ambassador to", not "of the").
- **Two names swapped.** "How many projects does Cambodia have in Vietnam?" is not answered by "Vietnam has
  205 projects in Cambodia": the question puts a name after "in" (or "to", "from", "into", "at", "towards"),
  and the sentence, which names it too, puts another of the question's names there, and never the first.
  "of", "with" and "by" do not count: "the work of British artists" answers "the works of European artists
  beside the British".

- **Another name before the same word.** "How many Cambodian students are studying in Vietnam?" is not answered
  by "14,000 Lao students": the question's name, not in the sentence, comes just before a word ("students")
  that the sentence puts after another name.
- **One name of a longer name changed.** "Who chairs the Vietnam-Laos Friendship Association?" is not answered
  by "Chairwoman of the Vietnam-Cambodia Friendship Association": the two runs of capitalized words are as
  long, differ in one word that is not the last (the thing named stays the same kind of thing: "Apple Inc" is
  not "Apple Talk" by a name's change), and the question's word is not in the sentence at all.
- **A number of another place.** "How many projects does Vietnam have in China?" is not answered by "Vietnam has
  205 projects in Cambodia": asking for a count, an amount, a percentage or a quantity, the question puts a name
  after "in" (or "to", "from", ...) that the sentence never names, and the sentence puts another name there.
  Only for numbers: "Which festival is held in Newcastle?" may well be answered by "... held in Leazes Park".
- **Another pair.** "In what year did Vietnam and Laos sign the Border Trade Agreement?" is not answered by
  "Since the signing of the Vietnam-Cambodia Economic and Trade Agreement in 1998": the question pairs two names
  ("Vietnam and Laos", "Vietnam-Laos"), the sentence never names the second, and pairs the first with a name the
  question does not give.
- **Another owner.** "Which country is Vietnam's largest trading partner in ASEAN?" is not answered by "Vietnam
  is also China's largest trading partner in ASEAN": the two words after the question's "Vietnam's" follow
  another name's "'s" in the sentence, and never Vietnam's.
- **Another rank.** "Which country is the largest foreign investor in Laos?" is not answered by "Vietnam
  remains the third largest foreign investor in Laos": the question asks for a superlative without a rank, and
  the sentence gives the superlative only with one ("third largest", "ranks second").
- **Another's rank.** "What rank does Vietnam hold among Laos's investors?" is not answered by "Cambodia ranks
  second among the 79 countries ... receiving foreign investment from Vietnam": asking for a rank, the sentence
  gives it to a name the question does not give ("Cambodia ranks second", "X is the third largest").
- **Another ordinal, holder, number, label, side, kind or year** of the same name: qa.answering.qualifiers.

Only names count (qa.asking.question.names: capitalized words inside a question, not at a sentence's start), and
only words that touch (no punctuation between them and the name). A name written another way is the same
name: "Lao" of "Laos", "UK" of "United Kingdom", "Brainbridge" typed for "Bainbridge". A name written in its
place by another word is seen only for what a document is about, before the word the question gives it ("the
city's Gay Community" in the article "Newcastle upon Tyne"); and this cannot tell the few relations that
read the same both ways ("How far is Hue from Hanoi?" of "Hanoi is 660 km from Hue") from the rest.
"""
from __future__ import annotations

import re

from rapidfuzz.fuzz import ratio

from ..asking.countries import (NOT_ONLY_COUNTRIES, country_counts, country_of, long_country_names, mentions_country,
                                same_country)
from ..asking.question import HONORIFICS, Kind, adjective_bases, is_yes_no, names
from ..asking.titles import is_title_word
from ..text import STOPWORDS, WORD, stem
from .events import without_background
from .qualifiers import (TOKEN, done_not_undone, figure_of_another_year, measure_of_a_group, ordinal_value,
                         other_label, other_numbered, other_ordinal, other_side, other_term, other_year)

_JOINS = ("", "-")  # what may lie between two words that touch, besides spaces
_DIRECTED = frozenset({"in", "to", "from", "into", "at", "toward", "towards"})  # see "Two names swapped"
_WHICH = r"\s*(?:which|what|whose)\s+"  # before a name: "Which Lao newspaper ...?" asks for a name of that kind
# "Hun Sen's successor": a name the question relates its subject to, who is someone else (see other_name)
_RELATIVE = re.compile(r"['’]s\s+(?:successors?|predecessors?|counterparts?|deputy|deputies|wife|husband|spouse|"
                       r"sons?|daughters?|father|mother|brother|sister)\b", re.I)
# "Who became Prime Minister after Hun Sen?", "Which country invests more than China?": the name asked after such a
# word is someone or something else than the answer, and no slot either
_SOMEONE_ELSE = re.compile(r"\b(?:after|before|prior\s+to|preced(?:ed|ing|es)|succeed(?:ed|ing|s)?|replac(?:ed|ing|es)|"
                           r"(?:took|takes?|taking)\s+over\s+from|than|besides|instead\s+of|apart\s+from)\s+"
                           r"(?:(?:the|a|an)\s+)?$", re.I)
_QUESTION_WORDS = frozenset({"which", "what", "whose", "who", "whom", "when", "where", "why", "how"})
_NUMBERS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY})  # see "A number of another place"
_MONTH = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_SUPERLATIVE = re.compile(r"\b(largest|biggest|greatest|highest|lowest|smallest|most|least|top|leading|best|worst|"
                          r"oldest|newest|longest|shortest|tallest|richest|poorest)\b", re.I)
_RANK_WORD = r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))"
_RANK = re.compile(rf"\b{_RANK_WORD}\b", re.I)
# two names paired: "Vietnam-Laos", "Vietnam - Laos", "Vietnam and Laos" (see "Another pair")
_PAIR = re.compile(r"\b([A-Z][\w'’]*)(?:-|–|\s+[-–]\s+|\s+and\s+)([A-Z][\w'’]*)\b")
_SIDE_BY_SIDE = re.compile(r"\b([A-Z][\w'’]*)\s+(?=([A-Z][\w'’]*)\b)")
_RANK_OF = re.compile(rf"\b([A-Z][\w'’]*)\s+(?:ranks?|ranked|is|was|remains|remained)\s+(?:as\s+)?(?:the\s+)?"
                      rf"{_RANK_WORD}\b")  # "Cambodia ranks second", "Vietnam is the third": see "Another's rank"
# whose rank the question asks: "Vietnam's rank", "does Vietnam rank", "rank does Vietnam hold"
_RANKED_ONE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+(?:\w+\s+)?(?:rank|ranking|position)\b"
                         r"|\b(?:rank|position|place)\s+(?:does|did|do)\s+([A-Z][\w-]*)\b"
                         r"|\b(?:does|did|do)\s+([A-Z][\w-]*)\s+(?:rank|stand)\b")
_GROUP_BEFORE = re.compile(r"\b(?:among|one\s+of)\s+(?:[\w'’]+\s+){0,2}$", re.I)  # "among the", "one of Laos's"
_RANK_BEFORE = re.compile(rf"\b{_RANK_WORD}[\s-]+$", re.I)  # searched up to a superlative: "third " of "third largest"
_RANKED = re.compile(rf"\b{_RANK_WORD}[\s-]+{_SUPERLATIVE.pattern[2:-2]}\b|\brank(s|ed|ing)?\s+{_RANK_WORD}\b", re.I)


def about_another(question: str, kind: Kind, text: str, phrase: str, subject: str = "") -> tuple[str, str] | None:
    """``(said, instead)`` when the answer's sentences ``text`` are about another name than the question asks
    about (other_name), or, asking for a date, its quoted ``phrase`` gives another year (other_year); else
    None. A yes-or-no question is answered by the sentence that settles it, which may well name another ("Is
    Hanoi the capital of Laos?"). ``subject`` is what the sentences' document is about (subject_of)."""
    if is_yes_no(question):
        return None
    other = other_name(question, text, subject)
    quoted = phrase.strip()
    if other and quoted and quoted in other[0] and re.match(_WHICH + re.escape(other[1]), question, re.I):
        other = None  # "Which Lao newspaper ...?" quoting "Paxaxon" of "the Paxaxon electronic newspaper": asked for
    return (other or other_pair(question, text) or other_owner(question, text) or other_subject(question, text)
            or (other_place(question, text, phrase, subject) or figure_in_another_place(question, text, phrase, subject)
                if kind in _NUMBERS else None) or other_rank(question, text)
            or (ranks_another(question, text) if kind is Kind.ORDINAL or _RANKED_ONE.search(question) else None)
            or other_ordinal(question, text) or other_term(question, text) or other_numbered(question, text)
            or other_label(question, text)
            or other_side(question, text)
            or measure_of_a_group(question, text) or done_not_undone(question, text)
            or (figure_of_another_year(question, text) if kind not in (Kind.DATE, Kind.YEAR) else None)
            or (other_year(question, phrase) if kind is Kind.DATE else None))


_TITLE_LINE = re.compile(r"[^\W\d][^\n\d]{0,60}")


def subject_of(document: str) -> str:
    """What ``document`` is about when its first line is a short title of at most four words, as an encyclopedia
    article's ("Fresno, California", "Amazon rainforest"): its sentences may name it "the city", "the forest".
    "" for a document that opens otherwise (a news article's date line, a paper's long title)."""
    first = document.lstrip().split("\n", 1)[0].strip()
    return first if _TITLE_LINE.fullmatch(first) and len(first.split()) <= 4 else ""


def other_name(question: str, text: str, subject: str = "") -> tuple[str, str] | None:
    """``(said, instead)`` when ``text`` puts another name where the question puts its own: ``said`` is what
    ``text`` writes there (a verbatim slice), ``instead`` what the question asks about. None otherwise.

    Examples: ``other_name("What is the capital city of Laos?", "in the capital city of Phnom Penh")``
    -> ``("city of Phnom Penh", "Laos")``; ``other_name("How many projects does Cambodia have in
    Vietnam?", "Vietnam has 205 projects in Cambodia.")`` -> ``("projects in Cambodia", "in Vietnam")``. A
    name the question relates its subject to ("Hun Sen's successor") is not the subject, and no slot. The
    ``subject`` of the sentences' document (subject_of) is named where ``text`` writes it by another word before
    what the question gives it: "the city's Gay Community" of the article "Newcastle upon Tyne" is "Newcastle's
    Gay Community".
    """
    given = set(names(question))
    if not given:
        return None
    asked, said = _tokens(question), _tokens(text)
    ours = [(a, b) for a, b in _asked_runs(question, asked) if any(w in given for w, _, _ in asked[a:b])
            and asked[b - 1][2] - asked[a][1] >= 2 and not _RELATIVE.match(question, asked[b - 1][2])
            and not _SOMEONE_ELSE.search(question, 0, asked[a][1])]
    # a capital that starts the sentence says nothing, nor does a word of address: "According to Mr. Khamjane
    # Vongphosy" puts no other name where "according to Lao planning minister Khamjane Vongphosy" puts "Lao"
    # nor does a stopword alone, which opens a sentence however it is written ("estimates.1'8 These estimates ...")
    theirs = [(a, b) for a, b in _runs(text, said) if a > 0 and not all(_addresses(w) for w, _, _ in said[a:b])
              and not (b - a == 1 and said[a][0].lower() in STOPWORDS)]
    held = {w.lower() for w, _, _ in said}
    unsaid = [(a, b) for a, b in ours if not all(w.lower() in held for w, _, _ in asked[a:b])
              and not _written_as_its(question, text, asked, a, b, subject)]  # not in text
    return (_in_slot(question, text, asked, said, unsaid, theirs) or _swapped(question, text, asked, said, ours, theirs)
            or _before_word(question, text, asked, said, unsaid, theirs) or _in_run(question, text, asked, said, ours))


def _addresses(word: str) -> bool:
    """Whether ``word`` is a word of address as written before a name ("Mr", "Dr", "Sir"), not an acronym ("SIR")."""
    return word.lower() in HONORIFICS and word[1:].islower()


def _written_as_its(question: str, text: str, asked: list, first: int, last: int, subject: str) -> bool:
    """Whether the question's name asked[first:last], a name of ``subject``, owns a word ("Newcastle's Gay
    Community") that ``text`` gives another owner's word ("the city's Gay Community", "its Gay Community")."""
    about = {w.lower() for w in WORD.findall(subject)}
    owned = re.match(r"['’]s\s+([^\W\d_]+)", question[asked[last - 1][2]:])
    return bool(about and owned and all(w.lower() in about for w, _, _ in asked[first:last]) and re.search(
        rf"\b(?:the\s+[a-z]+['’]s|its)\s+{re.escape(owned.group(1))}\b", text, re.I))


# the country a question makes its verb's subject: "did Laos account for", "has Vietnam invested"
_SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could)\s+([A-Z][\w-]*)\s+"
                      r"(?=[a-z])")
# the country a sentence opens with: "China maintains ...", "Notably, Cambodia ranks ...", "The Lao side ..."
_OPENING = re.compile(r"^\W*(?:[A-Z][a-z]+,\s+)?(?:[Tt]he\s+)?([A-Z][\w-]*)\b")


def other_subject(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question's subject is a country the sentence ``text`` never names and the
    sentence opens with another country, one the question does not name either.

    Example: ``other_subject("What share of trade did Laos account for?", "China maintains its position as
    Vietnam's largest trade partner, accounting for 24.6 percent.")`` -> ``("China", "Laos")``
    """
    # else whose thing is asked: "Laos's total foreign trade" (_OWNER, below, as other_owner reads it)
    found, opening = _SUBJECT.search(question) or _OWNER.search(question), _OPENING.match(text)
    subject = found.group(1) if found else None
    if not subject or not opening or not country_of(subject) or not country_of(opening.group(1)):
        return None
    if mentions_country(text, subject) or any(same_name(opening.group(1), n) or
                                                        country_of(n) == country_of(opening.group(1))
                                                        for n in names(question)):
        return None
    return opening.group(1), subject


# a building or an institution, which lies in a town or a country rather than standing beside one
_FACILITY = re.compile(r"\b(?:Hospital|University|College|School|Airport|Station|Park|Museum|Institute|"
                       r"Laborator(?:y|ies)|Cent(?:er|re)|Clinic|Hotel|Stadium|Church|Temple|Hall|Building|Room|"
                       r"Department|Ward|Port)s?$")


def other_place(question: str, text: str, phrase: str, subject: str = "") -> tuple[str, str] | None:
    """``(said, instead)`` when the question puts a name after a directed word ("in China") that ``text`` never
    names, and ``text`` puts another name, not the quoted ``phrase``, after the same word ("in Cambodia"). The
    name may be in ``text`` elsewhere when another name of the question is not: "Vietnam has 205 projects in
    Cambodia" is not about "Chinese projects in Vietnam". A name of the ``subject`` the sentences' document is
    about counts as named: "the city's population was 520,159" in the article "Fresno, California" is Fresno's.

    Example: ``other_place("How many projects does Vietnam have in China?", "Vietnam has 205 projects in
    Cambodia.", "205")`` -> ``("projects in Cambodia", "in China")``
    """
    given = set(names(question))
    asked, said = _tokens(question), _tokens(text)
    ours = [(a, b) for a, b in _asked_runs(question, asked) if any(w in given for w, _, _ in asked[a:b])]
    runs = _runs(text, said)
    about = {w.lower() for w in WORD.findall(subject)}
    named = [any(_alike(text, said, a, b, question, asked, first, last) for a, b in runs)
             or all(w.lower() in about for w, _, _ in asked[first:last]) for first, last in ours]
    for (first, last), there in zip(ours, named):
        word = _directed(question, asked, first)
        toward = _toward(word)
        if _owns(question, asked, last):
            continue
        if word is None or there and (all(named) or any(
                _toward(_directed(text, said, a)) == toward and _alike(text, said, a, b, question, asked, first, last)
                for a, b in runs)):
            continue
        for a, b in runs:
            other = text[said[a][1]:said[b - 1][2]]
            if _FACILITY.search(other) and not _FACILITY.search(question[asked[first][1]:asked[last - 1][2]]):
                continue  # "at Landspitali University Hospital" is somewhere in Iceland, not another place than it
            if (a == 0 or _toward(_directed(text, said, a)) != toward or _MONTH.match(other)
                    or phrase.lower() in other.lower()
                    or other.lower() in phrase.lower()
                    or any(_alike(text, said, a, b, question, asked, c, d) for c, d in ours)):
                continue
            lo = a - 2 if a >= 2 and _touch(text, said, a - 2) else a - 1  # "projects in Cambodia"
            return text[said[lo][1]:said[b - 1][2]], f"{word} {question[asked[first][1]:asked[last - 1][2]]}"
    return None


# what a figure is of: "more than 70,000 people in Merv" -> "Merv"
_FIGURE_PLACE = re.compile(r"\s?(?:[a-z][\w-]*\s){0,3}?(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+)*)")


def figure_in_another_place(question: str, text: str, phrase: str, subject: str = "") -> tuple[str, str] | None:
    """``(said, instead)`` when the quoted figure is of a place ``text`` names right after it ("more than 70,000
    people in Merv") that the question does not name, and the question names a place ``text`` never does: "How
    many people did the Mongols slaughter when Samarkand fell?" is not answered by the killings in Merv. A name of
    the document's ``subject`` counts as named. None otherwise."""
    at = text.find(phrase.strip()) if phrase.strip() else -1
    place = _FIGURE_PLACE.match(text, at + len(phrase.strip())) if at >= 0 else None
    if not place or place.group(1).lower() in question.lower() or _MONTH.match(place.group(1)):
        return None
    about, held = subject.lower(), {w.lower() for w, _, _ in _tokens(text)}
    asked = _tokens(question)
    runs = [[w for w, _, _ in asked[a:b]] for a, b in _asked_runs(question, asked)]  # "United Methodist Church"
    missing = [" ".join(run) for run in runs if not any(w.lower() in held or w.lower() in about or any(
        base in held for base in adjective_bases(w)) for w in run)  # "Bavarian" of "Bavaria"
               and not any(_MONTH.match(w) for w in run)]  # no word of it there: not "United" of "United States"
    return (text[at:place.end(1)], missing[0]) if missing else None


def other_pair(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question pairs two names that ``text`` pairs otherwise: the second is not in
    ``text``, and ``text`` pairs the first with a name the question does not give.

    Example: ``other_pair("What was Vietnam-Laos trade in 2022?", "Trade between Vietnam and Cambodia grew.")``
    -> ``("Vietnam and Cambodia", "Laos")``
    """
    held, given = TOKEN.findall(text), names(question)
    # either of the two may be the one the text pairs otherwise: "China-Vietnam trade" and "Vietnam and Cambodia"
    for first, second in [order for a, b in _asked_pairs(question) for order in ((a, b), (b, a))]:
        if any(same_name(second, word) for word in held):
            continue
        for pair in _PAIR.finditer(text):
            ours = [name for name in pair.group(1, 2) if same_name(name, first)]
            other = [name for name in pair.group(1, 2) if not any(same_name(name, g) for g in given)]
            if ours and other:
                return pair.group(0), second
    return None


def _asked_pairs(question: str) -> list[tuple[str, str]]:
    """The names a question pairs: "Vietnam-Laos", "Vietnam and Laos". A capital that starts the question names
    nothing, unless a country's ("Vietnam China trade value 2022"), and two countries side by side are a pair too."""
    pairs = [(a.group(1), a.group(2)) for a in _PAIR.finditer(question) if a.start() > 0 or country_of(a.group(1))]
    return pairs + [(a.group(1), a.group(2)) for a in _SIDE_BY_SIDE.finditer(question)
                    if country_of(a.group(1)) and country_of(a.group(2))]


def pair_elsewhere(question: str, document: str) -> tuple[str, str] | None:
    """``(pair, name)`` when the question pairs two countries and ``document`` is about another pair: its two
    most named countries are not the question's two, and the question's other country is named there at most a
    quarter as often as the second of them. For answer sentences that name no country themselves.

    Example: ``pair_elsewhere("What growth rate have Vietnam and Cambodia set?", <an article about Vietnam and
    Laos, naming Cambodia once>)`` -> ``("Laos and Vietnam", "Cambodia")``
    """
    counts = country_counts(document)
    top = [c for c, _ in counts.most_common(2)]
    for pair in _asked_pairs(question):
        asked = [country_of(name) for name in pair]
        if len(top) < 2 or None in asked or set(asked) == set(top):
            continue
        for name, country in zip(pair, asked):
            if country not in top and counts[country] * 4 <= counts[top[1]]:
                return " and ".join(c.title() for c in top), name
    return None


_OWNER = re.compile(r"(?<![\w&.-])([A-Z][\w-]*)['’]s\s+([\w-]+)\s+([\w-]+)")  # "Vietnam's largest trading"


def owned_asked(question: str) -> list[re.Match]:
    """The question's "X's" and the two words after it, X a country and the words not stopwords only: "Vietnam's
    largest trading" of "Which country is Vietnam's largest trading partner?"."""
    return [m for m in _OWNER.finditer(question)
            if country_of(m.group(1)) and not all(w.lower() in STOPWORDS for w in m.group(2, 3))]


def other_owner(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question gives a country's thing that ``text`` gives only to another country:
    the two words after the question's "X's" (not stopwords only) follow another country's "'s" in ``text``,
    maybe after a rank ("Cambodia's third largest trading partner" for "Laos's trading partners"), and never X's.
    Only countries: "the V&A's main entrance" is "the Museum's main entrance" too.

    Example: ``other_owner("Which country is Vietnam's largest trading partner in ASEAN?", "Vietnam is also
    China's largest trading partner in ASEAN.")`` -> ``("China's largest trading", "Vietnam's")``
    """
    for asked in owned_asked(question):
        owner, wanted = asked.group(1), [stem(w.lower()) for w in asked.group(2, 3)]
        found = [(m, n) for m in _OWNED.finditer(text) if country_of(m.group(1))
                 for n in [_run_end(m.group(2), wanted)] if n]
        if found and not any(same_name(m.group(1), owner) for m, _ in found):
            m, n = found[0]
            return f"{text[m.start():m.start(2)]} {' '.join(m.group(2).split()[:n])}", f"{owner}'s"
    return None


def gives_owned(question: str, text: str) -> bool | None:
    """Whether ``text`` gives the question's country's thing to that country ("Vietnam's largest trade partner"
    for "Which country is Vietnam's largest trading partner?"); None when the question asks of no country's
    thing."""
    asked = owned_asked(question)
    if not asked:
        return None
    return any(same_name(m.group(1), a.group(1)) and _run_end(m.group(2), [stem(w.lower()) for w in a.group(2, 3)])
               for a in asked for m in _OWNED.finditer(text))


# another owner's thing, a rank or a word or two between: "Cambodia's third largest trading partner"
_OWNED = re.compile(r"(?<![\w&.-])([A-Z][\w-]*)['’]s((?:\s+[\w-]+){2,4})")


def _run_end(said: str, wanted: list[str]) -> int:
    """How many words of ``said`` run up to the stems ``wanted``, one after the other; 0 if they are not there."""
    got = [stem(w.lower()) for w in said.split()]
    return next((i + len(wanted) for i in range(len(got) - len(wanted) + 1) if got[i:i + len(wanted)] == wanted), 0)


_FIRST_ASKED = re.compile(r"\b(?:ranks?|ranked|ranking|comes?|came|placed?|stands?)\s+(?:the\s+)?(?:first|1st|number\s+one|"
                          r"no\.?\s*1|top)\b", re.I)
_FIRST_SAID = re.compile(r"\b(?:first|1st|top|number\s+one|largest|biggest|greatest|leading|leads|led)\b", re.I)


def other_rank(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question asks for a superlative with no rank ("the largest") and ``text``
    gives superlatives only with one ("third largest", "ranks second").

    Example: ``other_rank("Which country is the largest investor in Laos?", "Vietnam remains the third largest
    foreign investor in Laos.")`` -> ``("third largest", "the largest")``; the other way round, a rank asked
    ("second largest") and a text with the superlative and no rank: ``("largest", "second largest")``.
    """
    asked = next((m for m in _SUPERLATIVE.finditer(question) if not _GROUP_BEFORE.search(question, 0, m.start())),
                 None)  # "where does Vietnam stand among Laos's biggest investors" asks no superlative
    ranked = _RANKED.search(text)
    first = _FIRST_ASKED.search(question)  # "Which country ranks first?" and "Cambodia ranks second"
    if first and ranked and not _FIRST_SAID.search(text):
        return ranked.group(0), "first"
    wanted = _RANKED.search(question)  # "second largest": the text must give that rank, not the superlative alone
    if asked and wanted and not ranked and not _RANK.search(text):
        given = _SUPERLATIVE.search(text)
        return (given.group(0), wanted.group(0)) if given else None
    if not asked or not ranked or _RANK.search(question):
        return None
    if any(not _RANK_BEFORE.search(text, 0, m.start()) for m in _SUPERLATIVE.finditer(text)):
        return None  # the sentence also says "largest" with no rank before it
    return ranked.group(0), "the " + asked.group(0).lower()


def ranks_another(question: str, text: str) -> tuple[str, str] | None:
    """``(said, name)`` when ``text`` gives a rank to a name the question does not give.

    Example: ``ranks_another("What rank does Vietnam hold?", "Cambodia ranks second among them.")`` -> ``("Cambodia
    ranks second", "Vietnam")``
    """
    given = names(question)
    subject = _RANKED_ONE.search(question)
    ranked_one = next(g for g in subject.groups() if g) if subject else None
    for ranked in _RANK_OF.finditer(text) if given else ():
        if ranked.group(1).lower() in STOPWORDS:
            continue
        if not any(same_name(ranked.group(1), name) for name in given):
            return ranked.group(0), given[0]
        if ranked_one and not same_name(ranked.group(1), ranked_one):  # "Vietnam's rank" and "Cambodia ranks"
            return ranked.group(0), ranked_one
    return None


def _in_slot(question, text, asked, said, unsaid, theirs) -> tuple[str, str] | None:
    for first, last in unsaid:
        name = question[asked[first][1]:asked[last - 1][2]]
        for side in (-1, 1):  # the two words before the name, or the two after; three when two say nothing
            n = 2  # ("is home to the Kearney Mansion" and "is home to the Fresno Chaffee Zoo")
            context = _context(question, asked, first, last, side)
            if context is not None and all(w in STOPWORDS for w in context):
                # not when the sentence holds the name asked otherwise: "the French-speaking Acadian population"
                # holds "Acadians" after "the French"
                if any(same_name(w, v) for w, _, _ in said for v, _, _ in asked[first:last]):
                    continue
                n, context = 3, _context(question, asked, first, last, side, 3)
            if context is None or all(w in STOPWORDS for w in context):
                continue
            for a, b in theirs:
                if any(_alike(text, said, a, b, question, asked, c, d) for c, d in _asked_runs(question, asked)
                       if n == 3 or (c, d) != (first, last) and (0 <= c - last <= 2 or 0 <= first - d <= 2)):
                    continue  # "coincided with the State visit" puts a name of the question's own ("Whose State ...?");
                    # so does "carried the CC genotype" of "carried the IFITM3 rs12252 CC genotype", one phrase
                if not _alike(text, said, a, b, question, asked, first, last) and \
                        _context(text, said, a, b, side, n) == context:
                    lo, hi = (a - n, b) if side < 0 else (a, b + n)
                    return text[said[lo][1]:said[hi - 1][2]], name
    return None


def _owns(question: str, asked: list, last: int) -> bool:
    """Whether the question's run ending at token ``last`` owns what follows ("in Vietnam's ongoing ventures in
    Laos"): an owner, not a place."""
    end = asked[last - 1][2]
    return bool(re.match(r"['’]s\b", question[end:end + 3]))


def _describes(question: str, asked: list, last: int) -> bool:
    """Whether the question's run ending at token ``last`` is a people's adjective before the noun it describes
    ("Vietnamese ventures"), not a place."""
    if last >= len(asked) or not _touch(question, asked, last - 1):
        return False
    word, after = asked[last - 1][0], asked[last][0]
    country = country_of(word)
    return country is not None and country != word.lower() and after[:1].islower() and after.lower() not in STOPWORDS


_ATTRIBUTED = re.compile(r"\b(?:according|thanks|due|owing)\s+to$", re.I)


def _swapped(question, text, asked, said, ours, theirs) -> tuple[str, str] | None:
    def after(tokens, src, runs, a_word):  # the runs that follow a_word, touching it; not "according to Minister"
        return [(a, b) for a, b in runs if a > 0 and tokens[a - 1][0].lower() == a_word and _touch(src, tokens, a - 1)
                and not _ATTRIBUTED.search(src, 0, tokens[a - 1][2])]

    for first, last in ours:
        if first == 0 or asked[first - 1][0].lower() not in _DIRECTED or not _touch(question, asked, first - 1):
            continue
        word = asked[first - 1][0].lower()
        if _owns(question, asked, last) or _ATTRIBUTED.search(question, 0, asked[first - 1][2]):
            continue  # "according to Xiong Bo" says who says so, not where to
        if _describes(question, asked, last):
            continue  # "in Vietnamese ventures operating in Laos": in ventures, not in a place
        if not any(_alike(text, said, a, b, question, asked, first, last) for a, b in _runs(text, said)):
            continue  # the sentence does not name it: another name in its slot is _in_slot's to judge
        slot = [(a, b) for a, b in after(said, text, theirs, word)
                if text[said[a][1]:said[b - 1][2]] not in _MEASURES]  # "a loss of $2.2 billion in GDP": no place
        if any(_alike(text, said, a, b, question, asked, first, last) for a, b in slot):
            continue  # the sentence puts it there too
        whole = {text[said[a][1]:said[b - 1][2]] for a, b in _runs(text, said)}
        for a, b in slot:
            if any(_alike(text, said, a, b, question, asked, c, d) and not _held_apart(
                    text[said[a][1]:said[b - 1][2]], question[asked[c][1]:asked[d - 1][2]], whole)
                   for c, d in ours if (c, d) != (first, last)):
                lo = a - 2 if a >= 2 and _touch(text, said, a - 2) else a - 1  # "projects in Cambodia"
                return text[said[lo][1]:said[b - 1][2]], f"{word} {question[asked[first][1]:asked[last - 1][2]]}"
    return None


# economic measures written in capitals, never a place a figure is of: "in GDP", "in FDI"
_MEASURES = frozenset({"GDP", "GNP", "GNI", "FDI", "ODA", "CPI", "PPP"})


def _held_apart(there: str, other: str, whole: set[str]) -> bool:
    """Whether the sentence's name ``there`` only shares a word with the question's ``other`` name, which the
    sentence writes whole elsewhere: "went to America" is no swap for "go to Georgia ... to the American
    Indians" when the sentence says "the American Indians" too."""
    def alike(a: str, b: str) -> bool:  # as many words, and one name
        return len(a.split()) == len(b.split()) and same_name(a, b)

    return not alike(there, other) and any(alike(w, other) for w in whole)


def _before_word(question, text, asked, said, unsaid, theirs) -> tuple[str, str] | None:
    # a name the question gives elsewhere is no other: "Which Yunnan bat SARSr-CoV strain ...?" and "Yunnan strains"
    given = {w.lower() for w, _, _ in asked}
    for first, last in unsaid:
        if last >= len(asked) or not _touch(question, asked, last - 1):
            continue
        word = asked[last][0]
        if word[0].isupper() or word.lower() in STOPWORDS or word[0].isdigit():  # "2" of "SARS-CoV-2": its name's
            continue
        for a, b in theirs:
            if b < len(said) and _touch(text, said, b - 1) and stem(said[b][0].lower()) == stem(word.lower()) \
                    and not _alike(text, said, a, b, question, asked, first, last) \
                    and not all(w.lower() in given for w, _, _ in said[a:b]) \
                    and not _wider(text[said[a][1]:said[b - 1][2]], question[asked[first][1]:asked[last - 1][2]]):
                return text[said[a][1]:said[b][2]], question[asked[first][1]:asked[last][2]]
    return None


# a region's adjective, which a nation's may fall under: "the first European settlement" may be the French one
_REGIONS = {"european", "asian", "african", "american", "arab", "arabian", "western", "eastern", "northern",
            "southern", "nordic", "scandinavian", "mediterranean", "caribbean", "latin", "oriental", "pacific",
            "atlantic", "foreign", "overseas", "international"}


def _wider(said: str, asked: str) -> bool:
    """Whether ``said`` is a region's adjective and ``asked`` is no region's: "European" may say "French"."""
    return said.lower() in _REGIONS and asked.lower() not in _REGIONS


def _in_run(question, text, asked, said, ours) -> tuple[str, str] | None:
    held = [w for w, _, _ in said]
    for first, last in ours:
        own = _after_titles(asked, first, last)
        for a, b in _runs(text, said):
            name = _after_titles(said, a, b)  # "Hun Manet" of "General Hun Manet": a person's name
            if b - name > last - own >= 2 and same_name(said[b - (last - own)][0], asked[own][0]):
                name = b - (last - own)  # "Hun Manet" of "Samdech Thipadei Hun Manet", for "Hun Sen"
            if b - name != last - own or b - name < 2:
                continue
            changed = [i for i in range(b - name) if not same_name(asked[own + i][0], said[name + i][0])]
            # the last word changed names the same kind of thing ("Apple Talk", "Apple Inc"), but another person
            if len(changed) != 1 or (changed[0] == b - name - 1 and name == a):
                continue
            mine, theirs = asked[own + changed[0]][0], said[name + changed[0]][0]
            if mine.lower() in STOPWORDS or theirs.lower() in STOPWORDS or any(same_name(mine, w) for w in held):
                continue
            return text[said[name][1]:said[b - 1][2]], question[asked[own][1]:asked[last - 1][2]]
    return None


def _after_titles(tokens: list, first: int, last: int) -> int:
    """The first token of tokens[first:last] after its last title word ("Hun Sen" of "Prime Minister Hun Sen")."""
    return max((i + 1 for i in range(first, last) if is_title_word(tokens[i][0])), default=first)


def _directed(text: str, tokens: list, i: int) -> str | None:
    """The directed word ("in", "to", ...) just before token i, touching it; None if there is none."""
    if i == 0 or tokens[i - 1][0].lower() not in _DIRECTED or not _touch(text, tokens, i - 1):
        return None
    return tokens[i - 1][0].lower()


def _toward(word: str | None) -> str | None:
    """A directed word as where it points: "at" a place is "in" it ("killed at Samarkand", "killed in Merv")."""
    return "in" if word == "at" else word


def _alike(text, said, a, b, question, asked, first, last) -> bool:
    """Whether text's run said[a:b] and question's run asked[first:last] name the same, or share a word
    written otherwise."""
    if same_name(text[said[a][1]:said[b - 1][2]], question[asked[first][1]:asked[last - 1][2]]):
        return True
    if _initials_of(question[asked[first][1]:asked[last - 1][2]], said[a:]) or \
            _initials_of(text[said[a][1]:said[b - 1][2]], asked[first:]):
        return True  # "UMC" of "United Methodist churches", its last word in lower case
    return any(same_name(w, v) for w, _, _ in said[a:b] for v, _, _ in asked[first:last])


def _initials_of(acronym: str, tokens: list) -> bool:
    """Whether ``acronym`` (capitals only) is the initials of as many ``tokens`` from the first on."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", acronym)) and len(tokens) >= len(acronym) and \
        "".join(w[0] for w, _, _ in tokens[:len(acronym)]).lower() == acronym.lower()


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _touch(text: str, tokens: list, i: int) -> bool:
    """Whether token i and token i + 1 are one word apart: only spaces or a hyphen between them."""
    return text[tokens[i][2]:tokens[i + 1][1]].strip() in _JOINS


def _runs(text: str, tokens: list) -> list[tuple[int, int]]:
    """Token ranges [first, last) of capitalized words that touch: "Phnom Penh", not "Laos, Vietnam"."""
    runs, i = [], 0
    while i < len(tokens):
        if tokens[i][0][0].isupper():
            j = i + 1
            while j < len(tokens) and tokens[j][0][0].isupper() and _touch(text, tokens, j - 1):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _asked_runs(question: str, tokens: list) -> list[tuple[int, int]]:
    """The question's runs (_runs), less the question word or the stopword that opens it: "Lao" of "Which Lao
    newspaper ...?", "British" and not "By" of "By what ratio did British settlers ...?"."""
    first = tokens[0][0].lower() if tokens else ""
    opens = first in _QUESTION_WORDS or first in STOPWORDS
    runs = [(1 if a == 0 and opens else a, b) for a, b in _runs(question, tokens)]
    return [(a, b) for a, b in runs if a < b]


def _context(text: str, tokens: list, first: int, last: int, side: int, n: int = 2) -> tuple[str, ...] | None:
    """The stems of the ``n`` words touching tokens[first:last] before it (side -1) or after it (side 1)."""
    lo, hi = (first - n, last) if side < 0 else (first, last + n)
    if lo < 0 or hi > len(tokens) or not all(_touch(text, tokens, i) for i in range(lo, hi - 1)):
        return None
    words = tokens[lo:first] if side < 0 else tokens[last:hi]
    return tuple(stem(w.lower()) for w, _, _ in words)


def same_name(a: str, b: str) -> bool:
    """Whether two names (or words) may be one written differently: a start of the other ("Lao", "Laos"), the
    same first four letters, its initials ("UK", "United Kingdom", "RP" and "Reservoir-People"), a misspelling
    ("Brainbridge", "Bainbridge") or a country and its people ("Cambodia", "Khmer", "US" and "American")."""
    a, b = ("united states" if n in ("US", "U.S.") else n.lower() for n in (a, b))  # "us" is also a word
    if ordinal_value(a) and ordinal_value(b):  # "3rd" and "third"
        return ordinal_value(a) == ordinal_value(b)
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short) or len(short) >= 4 and long[:4] == short[:4]:
        return True  # "Lao" of "Laos"; and "Geordie" for "Georgia", which the speller may have read a typo as
    if ratio(a, b) >= 80:
        return True
    if same_country(a, b):  # "Khmer" and "Cambodia", "American" and "United States"
        return True
    if len(short) < 2:  # the "s" of "Manet's" is no one's initials
        return False
    # the words' initials, a hyphen parting words too: "RP" of "Reservoir-People"
    initials = tuple("".join(w[0] for w in re.split(r"[\s-]+", n) if w) for n in (a, b))
    return a.replace(" ", "") == initials[1] or b.replace(" ", "") == initials[0]


# "Which Cambodian ministry ...?": a body of a country asked by its people's name
_WHICH_BODY = re.compile(r"\b(?:which|what)\s+([A-Z][\w-]*)\s+(ministry|committee|commission|department|agency|"
                         r"council|party|navy|army|association|newspaper|delegation)\b", re.I)


def body_of_country(question: str, text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (the answer's sentences) of the one body of the country a "Which Cambodian
    ministry ...?" question asks for, when the quoted ``phrase`` is not it: "Ministry of Culture and Fine Arts of
    Cambodia" of "... between the Ministry of Culture, Sports and Tourism of Vietnam and the Ministry of Culture
    and Fine Arts of Cambodia", where the reader quoted both, or the Vietnamese one. A body is the asked noun's
    name ending in "of <Country>", or set after the people's name ("the Cambodian Ministry of Inspection").
    None when the sentences name no such body, or more than one, or the phrase is it."""
    asked = _WHICH_BODY.search(question)
    country = country_of(asked.group(1)) if asked else None
    if not country:
        return None
    noun = asked.group(2).capitalize()
    other = rf"(?:(?!\b{noun}\b)[^;.])*?"  # the body's own words, up to its country, naming no other body
    found = [(m.start(1), m.end(1)) for m in re.finditer(rf"\b({noun}\s+of\s+{other}\s+of\s+(?:the\s+)?([A-Z][\w-]*))",
                                                        text) if country_of(m.group(2)) == country]
    found += [(m.start(), m.end()) for m in re.finditer(rf"\b([A-Z][\w-]*)\s+{noun}\s+of(?:\s+[A-Z][\w'’-]*)+", text)
              if country_of(m.group(1)) == country]
    if len(found) != 1:
        return None
    start, end = found[0]
    at = text.find(phrase.strip())
    return None if at >= start and at + len(phrase.strip()) <= end else (start, end)


_COUNTRY_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")


_COMPARING = re.compile(r"\b(?:or|than|versus|vs\.?|compar\w+|differ\w*|both|either)\b", re.I)
_ASKS_COUNTRIES = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:country|countries|nations?|peoples?)\b", re.I)


def _in_a_name(question: str, country: str) -> bool:
    """Whether ``country`` is written in the question only as part of a name: "French and Indian War", "Native
    American allies", "Indian Ocean"."""
    for m in re.finditer(rf"\b{re.escape(country)}\b", question):
        before = re.search(r"([A-Z][\w'’-]*)\s+(?:and\s+)?$", question[:m.start()])
        after = re.match(r"\s+(?:and\s+[A-Z][\w'’-]*\s+)?([A-Z][\w'’-]*)", question[m.end():])
        beside = ([before.group(1)] if before and before.start(1) > 0 else []) + ([after.group(1)] if after else [])
        if not any(not country_of(w) and not is_title_word(w) for w in beside):
            return False
    return True


def _contrasted(name: str) -> re.Pattern:
    """A country a question sets against what it asks ("Which civilization knew of primes before the Greeks?",
    "... other than France?"): the answer's sentence need not name it."""
    return re.compile(rf"\b(?:before|than|unlike|besides|except|apart\s+from|instead\s+of)\s+(?:the\s+)?"
                      rf"{re.escape(name)}\b", re.I)


def other_countries(question: str, text: str, before: str = "") -> tuple[str, str] | None:
    """``(said, instead)`` when the question names a country that ``text`` (or the sentence ``before`` it) never
    does, and ``text`` names others the question does not: "what's the average life expectancy in Finland?" and
    "Americans live no longer on average (about 77 years in 2004) than Greeks (78 years) or New Zealanders (78)" ->
    ("Americans, Greeks", "Finland"); "In what year did Japan invade Thailand?" and "Japan's military invaded
    central China" -> ("China", "Thailand"). None else."""
    if _ASKS_COUNTRIES.search(question):  # "Which countries send the most tourists to Kenya?": others answer
        return None
    # not a people the question gives what it asks for ("What famous English physicist ...?") or a person it
    # means by a title ("the Vietnamese president"): the answer's sentence may name them instead
    asked = [n for n in names(question) if country_of(n) and n.lower() not in NOT_ONLY_COUNTRIES
             and not re.match(rf"\s*(?:what|which)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(n)}\b", question, re.I)]
    asked = [n for n in asked if not any(is_title_word(after) for after in re.findall(
        rf"\b{re.escape(n)}\s+(?:(?:prime|vice|deputy|foreign)\s+)?([\w-]+)", question, re.I))]
    asked = [n for n in asked if not _in_a_name(question, n) and not _contrasted(n).search(question)]
    own = without_background(question)  # "once Britain took control" sets the time: the answer need not name it
    asked = [n for n in asked if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", own)]
    asked += long_country_names(question)
    if len({country_of(n) or n.lower() for n in asked}) > 1 and _COMPARING.search(question):
        return None  # "Was X set up before or after the 1998 Vietnam-Cambodia agreement?": a sentence on each
    missing = [n for n in asked if not mentions_country(text, n) and not (before and mentions_country(before, n))]
    if not missing:
        return None

    def other(name: str) -> bool:
        return not any(same_country(name, n) for n in asked)

    # asked who, a people word before a person's title and name says who they are, not where: "Palestinian sheikh
    # Abdullah Yusuf Azzam" for "Who led the effort ... in Afghanistan?"
    who = re.match(r"\s*who\b", question, re.I)
    others = [w for w in _COUNTRY_WORD.findall(text) if country_of(w) and w.lower() not in NOT_ONLY_COUNTRIES
              and other(w) and not (who and re.search(rf"\b{re.escape(w)}\s+[a-z][\w-]*\s+[A-Z]", text))] + [
        n for n in long_country_names(text) if other(n)]
    return (", ".join(dict.fromkeys(others)), missing[0]) if others else None
