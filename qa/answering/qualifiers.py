"""Whether the answer's sentences qualify the question's thing otherwise: another ordinal, holder, number, label,
side, kind or year.

The question names a thing and the sentence names the same thing, but not the same one of it; qa.answering.slots
asks the same of names, and qa.answering.misses asks both:

- **Another ordinal.** "When did the navies hold their 75th joint patrol?" is not answered by "... conduct their
  74th annual joint patrol", nor "Where will the fourth Belt and Road Forum be held?" by "At the third Belt and
  Road ... Forum held in China": the sentence never writes the question's ordinal ("75th", "fourth"), and
  writes another within three words before the word that follows it in the question ("joint", "Belt").
- **An earlier holder.** "Who is the current director of the V&A?" is not answered by "Henry Cole, the museum's
  first director": the question asks for the current holder of a post, and the sentence calls the one it names
  the first, former or founding holder of it, and says nothing of now (``other_term``).
- **A sentence of another year.** "What was Vietnam-Laos trade in the whole of 2023?" is not answered by "...
  in the first five months of 2024 reached 779.6 million USD": asking for anything but a date or a year, the
  question's years are nowhere in the sentence, which gives another year, not as the base of a comparison
  ("compared to ... in 2005", "over the same period in 2021").
- **Another year.** "In which month of 2024 did Hun Manet visit Vietnam?" is not answered by "December 2023":
  the phrase quoted gives a year and none of the question's (``other_year``). Only for a question asking for
  a date: asking for a year, the question's year is a landmark ("... more severe than the drought of
  2005?"), and a count phrase that is a year ("1479" for "How many died in the outbreak of 1471?") is the
  phrase's fault, not the sentence's.
- **Another number of a series, label, side or kind.** "H7N9" is not "H1N1" (``other_numbered``), "type II" not
  "type I" (``other_label``), "below" not "above" (``other_side``), "developed countries" not "developing
  countries" (``other_modifier``).
"""
from __future__ import annotations

import re
from itertools import islice, takewhile

from ..asking.question import CURRENCY_OF, YEAR, names, years
from ..text import STOPWORDS, stem, terms

# a word; not the "US" of "US$2.94 billion", a currency's mark and no country
TOKEN = re.compile(rf"(?<![^\W_])(?!(?:{'|'.join(CURRENCY_OF)})\$)[^\W_]+")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ORDINAL = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")\b",
                     re.I)  # see "Another ordinal"; also qa.answering.figures.holds_number: a rank counts nothing


def ordinal_value(word: str) -> int:
    """The number of an ordinal written in words or figures ("third", "3rd" -> 3); 0 for any other word."""
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    return _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else 0


# Words that name one of two opposite kinds of the noun after them: "developing countries", "developed countries"
_OPPOSITES = [pair.split() for pair in """developing developed
northern southern
north south
east west
eastern western
upper lower
maximum minimum
highest lowest
urban rural
male female
men women
domestic foreign
public private
inner outer
internal external
imports exports
import export""".splitlines()]
_OPPOSITE = {a: b for pair in _OPPOSITES for a, b in (pair, pair[::-1])}
_MODIFIED = re.compile(r"\b([a-z]+)\s+(?=([a-z]{3,}|of)\b)", re.I)  # "south of the river": a direction from it


def other_modifier(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question asks of one kind of a thing and ``text`` gives the opposite kind of
    the same thing and never the question's: "developed countries" for "in developing countries", "public
    schools" for "private schools", "to the north of Newcastle" for "south of the river". None else.

    Example: ``other_modifier("How much of GDP is construction in developing countries?", "Construction is six
    to nine percent of the GDP of developed countries.")`` -> ``("developed countries", "developing countries")``
    """
    for asked in _MODIFIED.finditer(question):
        word, noun = asked.group(1).lower(), asked.group(2).lower()
        opposite = _OPPOSITE.get(word)
        if not opposite or re.search(rf"\b{word}\b", text, re.I) or re.search(rf"\b{opposite}\b", question, re.I):
            continue  # asking of both ("from the upper airway to the lower airway"), the other is no other kind
        said = re.search(rf"\b{opposite}\s+{re.escape(noun.rstrip('s'))}s?\b", text, re.I)
        if said:
            return said.group(0), question[asked.start():asked.end(2)]
    return None


def ordinal_unsaid(question: str, text: str) -> str | None:
    """The question's "the second edition" (an ordinal after "the" or an owner, and the word it numbers) when
    ``text`` holds neither that ordinal nor that word: "When did the second edition of Gasquet's book come out?" and
    "Gasquet wrote about the 'Great Pestilence' in 1893"; None otherwise. Not "When was it first held?", where
    "first" says when, nor "the first COVID-19 cases", where it mostly says which."""
    for asked in re.finditer(rf"\b(?:(?i:the|its|his|her|their)|[A-Z][\w-]*['’]s)\s+((?i:{ORDINAL.pattern}))\s+"
                             r"([a-z][a-z-]+)\b", question):  # a word in lower case: not "the third Belt and Road Forum"
        ordinal, noun = asked.group(1), asked.group(2)
        if noun.lower() in STOPWORDS or noun.endswith("ed") or ordinal.lower() in ("first", "1st", "last"):
            continue  # "the first COVID-19 cases" mostly says which cases, not one of a numbered series
        value = ordinal_value(ordinal.lower())
        said = any(ordinal_value(m.group(0).lower()) == value for m in ORDINAL.finditer(text))
        if not said and not re.search(rf"\b{re.escape(stem(noun.lower()))}", text, re.I) \
                and not _POINTS_BACK.search(text):
            return f"the {ordinal.lower()} {noun}"
    return None


# a time the sentence points back to, which the one before set: "The population at this period was 2,000."
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those|the\s+same)\s+(?:period|time|era|age|century|decade|year|"
                          r"stage|phase|point|occasion|event|day|date|meeting|visit|edition)s?\b|\bat\s+the\s+time\b",
                          re.I)


def other_ordinal(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question gives an ordinal before a word ("75th joint patrol", "the fourth
    Belt and Road Forum", or the word after it: "second foreign destination") that ``text`` never writes, and
    ``text`` puts another ordinal within three words before that word.

    Example: ``other_ordinal("When was their 75th joint patrol?", "They conduct their 74th annual joint patrol.")``
    -> ``("74th annual joint", "75th joint")``
    """
    for asked in ORDINAL.finditer(question):
        if re.search(rf"\b{asked.group(0)}\b", text, re.I):
            continue
        words = [w for w in TOKEN.findall(question[asked.end():])[:3] if w.lower() not in STOPWORDS]
        # the noun phrase the ordinal opens, to its first stopword: "47th Vietnam Laos intergovernmental committee
        # meeting" and "the 46th meeting of the Vietnam-Laos Intergovernmental Committee"
        phrase = list(takewhile(lambda w: w.lower() not in STOPWORDS, TOKEN.findall(question[asked.end():])[:6]))
        mine = words[:2] if len(phrase) < 3 else phrase  # "second foreign destination" and "first destination"
        if not words:
            continue
        for given in ORDINAL.finditer(text):
            if ordinal_value(given.group(0).lower()) == ordinal_value(asked.group(0).lower()):
                continue  # "third" for "3rd"
            for word in islice(TOKEN.finditer(text, given.end()), 3):
                for i, own in enumerate(mine):
                    if stem(word.group(0).lower()) == stem(own.lower()):
                        return text[given.start():word.end()], " ".join([asked.group(0), *mine[:i + 1]])
    return None


# "Who is the current director ...?" and "Henry Cole, the museum's first director": one who held the post before
_NOW_ASKED = re.compile(r"\b(?:current|present|incumbent)\s+", re.I)
_BEFORE_NOW = re.compile(r"\b(?:first|former|founding|previous|original|late|then|one-time|erstwhile)\s+", re.I)
_NOW_SAID = re.compile(r"\b(?:current(?:ly)?|present(?:ly)?|incumbent|now|today|still)\b", re.I)


def other_numbered(question: str, text: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question names a thing by letters and numbers ("H7N9") that ``text`` never
    writes, and ``text`` writes one of the same letters with other numbers ("H1N1"): another of the series.

    Example: ``other_numbered("What was the case fatality rate of H7N9?", "the case fatality rate of H1N1 was
    0.005%")`` -> ``("H1N1", "H7N9")``
    """
    for name in names(question):
        if not re.search(r"\d", name) or not re.search(r"[^\W\d_]", name) \
                or re.search(rf"(?<![\w-]){re.escape(name)}", text):  # "H1N1pdm09" writes H1N1
            continue
        shape = "".join(r"\d+" if part.isdigit() else re.escape(part) for part in re.split(r"(\d+)", name) if part)
        other = re.search(rf"(?<![\w-]){shape}(?![\w-])", text)
        if other:
            return other.group(0), name
    return None


# one of a numbered series by a word and its number: "Type I hypersensitivity", "Phase 3", "World War II"
_LABELLED = re.compile(r"\b(?P<head>(?i:type|class|phase|stage|grade|level|article|chapter|section|group|category|"
                       r"schedule|part|division|tier|volume|season|war|generation|wave|round))\s+"
                       r"(?P<label>[IVX]+|\d+[A-Za-z]?)(?![\w-]|[.,]\d)")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _label_value(label: str) -> str:
    """A label's number: "II" and "2" are one; "3a" is itself."""
    if label.isdigit():
        return str(int(label))
    if set(label) <= set(_ROMAN):
        values = [_ROMAN[ch] for ch in label]
        return str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))
    return label.lower()


def other_label(question: str, text: str, before: str = "") -> tuple[str, str] | None:
    """``(said, asked)`` when the question names one of a numbered series ("Type I hypersensitivity") and ``text``
    names another of the same series ("Type II hypersensitivity"), never the question's; or, naming none of the
    series, the sentence ``before`` it does ("This is also called antibody-dependent hypersensitivity" after
    "Type II hypersensitivity occurs when ...").

    Example: ``other_label("Which antibody mediates type I hypersensitivity?", "Type II hypersensitivity occurs
    when ...")`` -> ``("Type II", "type I")``
    """
    for asked in _LABELLED.finditer(question):
        head, value = asked["head"].lower(), _label_value(asked["label"])
        given = [m for m in _LABELLED.finditer(text) if m["head"].lower() == head] or [
            m for m in _LABELLED.finditer(before) if m["head"].lower() == head]
        if given and not any(_label_value(m["label"]) == value for m in given):
            return given[0].group(0), asked.group(0)
    return None


def other_term(question: str, text: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question asks for the current holder of a post ("the current director") and
    ``text`` gives one who held it before ("the museum's first director", "former mayor"), saying nothing of now.

    Example: ``other_term("Who is the current director of the V&A?", "Henry Cole, the museum's first director,
    ...")`` -> ``("first director", "current director")``
    """
    asked = _NOW_ASKED.search(question)
    if not asked or _NOW_SAID.search(text):
        return None
    mine = list(takewhile(lambda w: w.lower() not in STOPWORDS, TOKEN.findall(question[asked.end():])[:2]))
    stems = {stem(w.lower()) for w in mine}
    for given in _BEFORE_NOW.finditer(text):
        words = list(islice(TOKEN.finditer(text, given.end()), 3))
        at = next((j for j, w in enumerate(words[:2]) if stem(w.group(0).lower()) in stems), None)
        if at is not None:
            last = at + 1 if at + 1 < len(words) and stem(words[at + 1].group(0).lower()) in stems else at
            return text[given.start():words[last].end()], " ".join([asked.group(0).strip().lower(), *mine])
    return None


# sides of a line or a range: "lay below the 95% prediction interval" and "lie above the 95% PI"
_SIDES = {"above": "below", "below": "above"}


def other_side(question: str, text: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question puts what it asks on one side of something ("Which country lay below
    the 95% prediction interval?") and ``text`` puts things only on the other ("Singapore and India lie above
    the 95% PI"). Else None."""
    asked = {w.lower() for w in TOKEN.findall(question)} & _SIDES.keys()
    if len(asked) != 1:
        return None
    side = asked.pop()
    said = {w.lower() for w in TOKEN.findall(text)}
    return (_SIDES[side], side) if _SIDES[side] in said and side not in said else None


_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|than)\b[^.;]{0,80}$|\b(?:from|over|since|versus|vs\.?|against)\s+"
                       r"(?:the\s+same\s+(?:period|time|months?)\s+(?:in|of)\s+)?$|"
                       r"\b(?:after|before|following|until|prior\s+to)\s+the\s+$", re.I)


def _own_years(text: str) -> list[str]:
    """The years ``text`` gives, but not those a comparison gives ("compared to ... in 2005", "over 2021"), nor
    those of another event it is dated by ("after the 2008 losses")."""
    return [y.group(0) for y in YEAR.finditer(text) if not _COMPARED.search(text[max(0, y.start() - 100):y.start()])]


def figure_of_another_year(question: str, text: str) -> tuple[str, str] | None:
    """``(year, asked)`` when the question asks about a year that the answer's sentences ``text`` never give,
    while they give another: "What was Vietnam-Laos trade in the whole of 2023?" is not answered by "bilateral
    trade in the first five months of 2024 reached 779.6 million USD", nor "What collection did the V&A acquire
    in 2002?" by "... in 1913". A year given as the base of a comparison ("compared to 734,000 square miles in
    2005", "over the same period in 2021", in the question too: "How much did it grow over 2021?") counts for
    neither, nor a year the question writes as two numbers ("15-34 year olds" and "1534" of a PDF)."""
    asked, own = _own_years(question), _own_years(text)  # "By how much did it grow over 2021?" asks of no 2021
    # nor is "1534" a year, where a PDF lost the dash of the question's "15-34 year olds"
    own = [year for year in own if not re.search(rf"\b{year[:2]}\s*[-–]\s*{year[2:]}\b", question)]
    if not asked or not own or set(asked) & set(own):
        return None
    return own[0], asked[0]


# a year that tells what a thing is, not when it was done: "materials from autumn 1918"
_FROM_YEAR = re.compile(r"\bfrom\s+(?:(?:early|late|mid|spring|summer|autumn|fall|winter|[A-Z][a-z]+)\s+)?$", re.I)


def other_year(question: str, phrase: str) -> tuple[str, str] | None:
    """``(phrase, year)`` when ``phrase`` gives a year and the question gives years, none of them in it.

    Example: ``other_year("In which month of 2024 did he visit?", "December 2023")`` -> ``("December 2023", "2024")``
    """
    asked = [y for y in years(question) if not _FROM_YEAR.search(question, 0, question.find(y))]
    given = years(phrase)
    if not asked or not given or set(asked) & set(given):
        return None
    return (phrase if len(phrase) <= 40 else given[0]), asked[0]  # a long phrase is named by its year


# a measure given only for a group of people: "The case fatality rate (CFR) for pregnant women infected with ..."
_GROUP = (r"(?:women|men|children|infants|adults|patients|mothers|newborns|neonates|girls|boys|elderly|smokers|"
          r"workers|students|males|females|persons|people|individuals)")
_MEASURE_FOR = re.compile(rf"\b(?:rates?|ratios?|prevalence|incidence|mortality|risk)(?:\s*\([^)]{{1,15}}\))?\s+"
                          rf"(?:for|among|in)\s+(?:the\s+)?(?P<group>(?:[\w-]+\s+){{0,2}}?{_GROUP})\b", re.I)
# people said of anyone: no group of them
_ANYONE = frozenset(terms("patients persons people individuals cases infected"))


def measure_of_a_group(question: str, text: str) -> tuple[str, str] | None:
    """``(said, asked)`` when ``text`` gives a rate, ratio, prevalence, incidence, mortality or risk the question
    asks for, only for a group of people the question does not name: "The case fatality rate (CFR) for pregnant
    women infected with influenza ... was 27%" does not answer "How high were case-fatality rates during the
    1918-1919 influenza pandemic?". Else None."""
    asked = set(terms(question))
    for said in _MEASURE_FOR.finditer(text):
        measure = set(terms(said.group(0).split()[0]))
        group = set(terms(said.group("group"))) - _ANYONE
        if measure & asked and group and not group & asked:
            return said.group(0), "the rate the question asks for"
    return None


# what was not done to a thing, which the question asks of and a sentence on what was done does not answer:
# "How many cases went unreported?" and "2798 confirmed cases have been reported"
_UNDONE = re.compile(r"\bun(reported|detected|diagnosed|vaccinated|treated|infected|recognized|recognised|documented|"
                     r"ascertained|identified|noticed)\b", re.I)


def done_not_undone(question: str, text: str) -> tuple[str, str] | None:
    """``(said, asked)`` when the question asks of things not reported, detected, vaccinated ... ("unreported")
    and ``text`` writes only of those that were ("reported"), never of any that were not ("unreported", "not
    reported", "went undetected"). Else None."""
    asked = _UNDONE.search(question)
    if not asked:
        return None
    done = asked.group(1).lower()
    said = re.search(rf"\b{done}\b", text, re.I)
    if not said or re.search(rf"\bun{done}\b|\b(?:not|never|n['’]t|without\s+being)\s+(?:been\s+|being\s+|yet\s+)?"
                             rf"{done}\b", text, re.I):
        return None
    return said.group(0), asked.group(0)
