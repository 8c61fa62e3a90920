"""Other words for what the documents say, read as the documents write it.

Users write "two-way commerce" of documents that say "bilateral trade", and "yearly" where they say "annual".
The trained reader, which learnt from questions that reuse their passage's words, then finds the passage that
answers unlikely to (docs/reader.md: answerability -4.7 against +3.7 for the same question in the documents'
words). A phrase of such a table that no document writes is read as its other form when some document writes
that one; the answer says so ('Read "two-way commerce" as "bilateral trade": a word the documents use.'). The
titles' table is qa.asking.titles'.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..text import MONTH_NAMES
from .question import caseless

# Common other words in news and reports, longer phrases first
# British spellings and their American forms
BRITISH = {"defence": "defense", "programme": "program", "organisation": "organization", "labour": "labor",
           "centre": "center", "neighbour": "neighbor", "honour": "honor", "favour": "favor", "travelled": "traveled"}


def american(word: str) -> str:
    """The American spelling of a lower-case word of BRITISH, else the word: "defence" -> "defense"."""
    return BRITISH.get(word, word)


SAID_OTHERWISE = {"two-way trade": "bilateral trade", "two-way commerce": "bilateral trade",
                  "bilateral commerce": "bilateral trade", "commerce": "trade", "two-way": "bilateral",
                  "yearly": "annual", "slogan": "motto", "piece": "article", "write-up": "article",
                  # phrasal verbs and idioms for a plain verb ("What did trade shoot up to?", "Who is heading up
                  # the committee?", "Who put pen to paper on the treaty?")
                  "shot up to": "reached", "shoot up to": "reach", "climbed to": "reached", "climb to": "reach",
                  "heading up": "heading", "heads up": "heads", "head up": "head", "stepped in as": "became",
                  "step in as": "become", "kicked off": "began", "kick off": "begin", "put pen to paper on": "signed",
                  # the bloc by its description ("the Southeast Asian bloc")
                  "the association of southeast asian nations": "ASEAN", "the southeast asian bloc": "ASEAN",
                  "the south-east asian bloc": "ASEAN", "southeast asian bloc": "ASEAN",
                  # the short forms of a chat ("meeting number this yr", "vn laos trade")
                  "yr": "year", "govt": "government", "intl": "international", "dept": "department", "vn": "Vietnam",
                  # months ("on sept 17"), not "mar" or "jun", which are words or names as often
                  "jan": "January", "feb": "February", "apr": "April", "aug": "August", "sept": "September",
                  "sep": "September", "oct": "October", "nov": "November", "dec": "December",
                  # British and American spellings, either way ("national defence" of a text on "National Defense")
                  **{a: b for x, y in BRITISH.items() for a, b in ((x, y), (y, x))}}


# The countries that invest somewhere, in a user's words: "the nations putting foreign capital into Laos", "outside
# investors pouring money into the Lao economy". News writes "foreign investor in Laos"; asked in the user's words,
# "Where does Vietnam place in the ranking of countries putting money into Laos?" was answered from another
# article (0.0 for the right one), asked "... of foreign investors in Laos?" it is (0.44).
# Also "the countries investing in Laos", "the biggest sources of foreign capital in Laos".
SAID_OTHERWISE_PATTERNS = [(re.compile(
    r"\b(?:(?:other|outside|overseas|foreign)\s+)?(?:countries|nations|investors|states|economies|sources)\s+"
    r"(?:that\s+(?:are\s+)?)?(?:(?:putting|pouring|pumping|sinking|injecting|put|pour|pump|sink|inject)\s+"
    r"(?:(?:foreign|outside|overseas)\s+)?(?:money|capital|cash|funds|funding)\s+into|investing\s+in)\b"
    r"|\b(?:sources|providers|suppliers)\s+of\s+(?:foreign|outside|overseas)\s+(?:capital|investment|money|funds|funding)"
    r"\s+(?:in|into|for|to)\b", re.I), "foreign investors in",
    "foreign investor"),  # (what users write, how it is read, what a document must write for that)
    # everyday words for the documents' terms, which helpers writing as users reached for again and again:
    # "the places that get investment from Vietnam" (Cambodia "ranks second among the 79 countries and
    # territories receiving foreign investment from Vietnam")
    (re.compile(r"\b(?:places|countries|destinations|nations)\s+(?:that\s+)?(?:get|gets|getting|receive|receiving)\s+"
                r"(?:money\s+(?:invested\s+)?(?:by|from)|(?:foreign\s+)?investment\s+(?:by|from))", re.I),
     "countries and territories receiving foreign investment from", "receiving foreign investment"),
    # "help Laos get its goods in and out of the country" (its "import-export activities")
    (re.compile(r"\b(?:get|move|ship|bring|send)\s+(?:its|their|the)\s+goods\s+in\s+and\s+out(?:\s+of\s+(?:the|its|their)"
                r"\s+(?:country|countries))?|\bwith\s+(?:its|their)\s+(?:exports\s+and\s+imports|imports\s+and\s+exports)",
                re.I), "in its import-export activities", "import-export"),
    # "the big regional jobs Laos is taking on" (its "important international roles")
    (re.compile(r"\b(?:(?:big|major|key|important|leading|top)\s+)?(?:regional|international|global|world)\s+"
                r"(?:jobs|posts|positions|offices)\b", re.I), "important international roles", "international roles"),
    # "What money should they use?", "their own national money" (the "local currencies" encouraged)
    (re.compile(r"\b(?:which|what)\s+money\b", re.I), "which currencies", "currencies"),
    (re.compile(r"\b(?:their|its)\s+own\s+(?:national\s+)?(?:money|currency|currencies)\b", re.I), "local currencies",
     "local currencies")]


def as_written(question: str, mentioned: Callable[[str], bool], table: dict[str, str] = SAID_OTHERWISE,
               patterns: list[tuple[re.Pattern, str, str]] = SAID_OTHERWISE_PATTERNS) -> tuple[str, list[tuple[str, str]]]:
    """The question with each phrase of ``table``, or match of ``patterns``, that no document writes, when some
    write its other form, read as that form; and the (typed, read) pairs. ``mentioned(phrase)`` says whether a
    document writes a phrase."""
    read = []
    for pattern, written, sign in patterns:
        match = pattern.search(question)
        if match and not mentioned(match.group(0)) and mentioned(sign):
            put = match.expand(written)  # a group of the match put back: "Prime Minister of \1"
            put = put[:1].upper() + put[1:] if match.group(0)[:1].isupper() else put  # "What money" -> "Which ..."
            question = question[:match.start()] + put + question[match.end():]
            read.append((match.group(0), put))
    lower = caseless(question)  # kept so, for qa.asking.spelling.cased to give it the documents' capitals
    for said, written in table.items():
        match = re.search(rf"(?<![\w-]){re.escape(said)}s?(?![\w-])", question, re.I)
        if match and not mentioned(match.group(0)) and mentioned(written):
            put = written.lower() if lower else written[:1].upper() + written[1:] if match.group(0)[0].isupper() \
                else written  # "National Defence" -> "National Defense"
            before = question[:match.start()]
            if re.search(r"\b[Aa]\s+$", before) and put[:1].lower() in "aeiou":  # "a piece" -> "an article"
                before = re.sub(r"\b([Aa])(\s+)$", r"\1n\2", before)
            question = before + put + question[match.end():]
            read.append((match.group(0), written))
    return question, read


_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/-])")


def dates_as_written(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with each date typed in figures ("10/6/2024", "24.6.2024") read as a document writes it
    ("June 10, 2024"), when documents write it in one way only of its two readings (day first or month first);
    and the (typed, read) pairs. The reader and the date checks read the documents' form, not the figures."""
    read = []
    for match in reversed(list(_NUMERIC_DATE.finditer(question))):
        first, _, second, year = match.groups()
        held = []
        for day, month in {(int(first), int(second)), (int(second), int(first))}:
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            name = MONTH_NAMES[month - 1]
            suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            held += [form for form in (f"{name} {day}, {year}", f"{day} {name} {year}", f"{day}{suffix} {name} {year}")
                     if mentioned(form)][:1]
        if len(held) == 1:
            question = question[:match.start()] + held[0] + question[match.end():]
            read.append((match.group(0), held[0]))
    question, ranged = _month_ranges_as_written(question, mentioned)
    return question, read[::-1] + ranged


_COUNT_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()
# "from January through May 2024", "between January and May", "in January-May 2024", "Jan. to May of 2024"
_FROM_JANUARY = re.compile(rf"(?:\b(?P<prep>from|between|in|during|for|over|across)\s+)?\bJan(?:uary|\.)?\s*"
                           rf"(?:through|thru|to|till|until|and|-|–|—)\s*(?P<month>{'|'.join(MONTH_NAMES)})\b"
                           rf"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?", re.I)


def _month_ranges_as_written(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with the months from January to another, which no document writes so, read as the documents
    write them: "from January through May 2024" -> "in the first five months of 2024" (when a document writes "first
    five months"); and the (typed, read) pairs. Asked "from January through May 2024", bilateral trade "in the
    first five months of 2024" was refused (0.0), asked in the document's words answered (0.79)."""
    match = _FROM_JANUARY.search(question)
    if not match or mentioned(match.group(0)):
        return question, []
    count = [m.lower() for m in MONTH_NAMES].index(match["month"].lower()) + 1
    written = next((f"first {n} months" for n in (_COUNT_WORDS[count - 1], str(count))
                    if count > 1 and mentioned(f"first {n} months")), None)
    if written is None:
        return question, []
    prep = match["prep"] or ""
    put = (f"{'in' if prep.lower() in ('from', 'between', '') else prep} the {written}"
           + (f" of {match['year']}" if match["year"] else ""))
    if prep[:1].isupper() or not prep and match.group(0)[0].isupper() and match.start() == 0:
        put = put[:1].upper() + put[1:]
    return question[:match.start()] + put + question[match.end():], [(match.group(0), put)]
