"""Misspelt question words, read as the word the documents use.

"What is the average plant biosmass?" of documents that say "biomass": the
keyword index has no "biosmass", the encoder sees a word it cannot place, and
the question's key word counts as one no document holds, so qa abstains. A
question word that no document contains is read as the document word one edit
away (two, for words of 8 letters or more; swapping two neighbouring letters
is one edit) that starts with the same letter: one with the same letters if
several are (a swap is the likeliest slip: "CSENT" is "CSNET", not "CENT"),
else the most frequent. A word of 3 or 4 letters is read otherwise only for
such a swap ("RPVs" of "RVPs"): too many real words lie one other edit from
it. A name with digits is read as the one the documents write with the same
digits and first letter, one letter off ("CEAMCAM1" is "CEACAM1"; "H7N9" is
never "H1N1"). Left as they are: words of the encoder's own vocabulary
("trait", "rabbit"), which are English words and not typos, although no
document uses them. The answer says which words were read otherwise.

A question typed all in lower case or in capitals says nothing of its names;
``cased`` writes its words as the documents mostly do ("what is hts?" -> "what
is HTS?"), so that qa tells them as in a question typed with capitals.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from ..text import STOPWORDS, stem, written_words
from .countries import CAPITALS
from .question import caseless

_WORD = re.compile(r"([^\W\d_]+)(['’][^\W\d_]+)?")

MIN_LETTERS = 5  # shorter words (from SWAP_LETTERS on) are read otherwise only for two letters swapped
SWAP_LETTERS = 3
WRITTEN_SHARE = 0.9  # a word the documents write with capitals this often is written so in a caseless question


class Speller:
    """Corrections against the words of a set of documents, gathered at the first need (about 0.3 s for
    2.3 MB of text) or by ``warm_up``."""

    def __init__(self, texts: Callable[[], Iterable[str]]):
        self._texts = texts
        self._counts: Counter | None = None
        self._groups: dict[tuple[str, int], list[str]] = {}  # by first letter and length
        self._written: dict[str, str] = {}
        self._capitals: frozenset[str] = frozenset()  # the words the documents write in capitals ("KPL", "WHO")
        self._titles: dict[str, list[str]] = {}  # capitalized names with a minor word, by their first word
        self._names: dict[tuple[str, int], set[str]] = {}  # runs of capitalized words, by first letter and length
        self._numbered: dict[tuple[str, str], Counter] | None = None  # names with digits, by first letter and digits
        self._lock = threading.Lock()  # qa serve's warm-up and a first question may both ask for the words

    def warm_up(self) -> None:
        english()
        with self._lock:
            if self._counts is None:
                forms: Counter = Counter()
                titles: set[str] = set()
                names: dict[tuple[str, int], set[str]] = {}
                for text in self._texts():
                    forms.update(_LETTERS.findall(text))
                    for match in _CAPITALIZED.finditer(text):  # "Pham Minh Chinh" of "Prime Minister Pham Minh Chinh"
                        for run in _windows(match.group(0).split()):
                            names.setdefault((run[0][0], len(run)), set()).add(" ".join(run))
                    for match in _TITLE.finditer(text):  # and its heads: "Minister of Foreign Affairs Bui Thanh Son"
                        words = match.group(0).split()
                        if words[0].lower() in STOPWORDS:  # "The Communist Party of Vietnam"
                            words = words[1:]
                        titles.update(" ".join(words[:n]) for n in range(3, len(words) + 1)
                                      if words[n - 1][0].isupper() and _MINOR.search(" ".join(words[:n - 1]) + " "))
                counts: Counter = Counter()
                for form, n in forms.items():
                    counts[form.lower()] += n
                groups: dict[tuple[str, int], list[str]] = {}
                for word in counts:
                    groups.setdefault((word[0], len(word)), []).append(word)
                # the form with capitals that nearly all of a word's uses take: "vietnam" -> "Vietnam", "hts" ->
                # "HTS"; not "church", written "Church" 6 times in 10 in SQuAD's articles, and a name there only
                # as part of one ("Church of England")
                self._written = {form.lower(): form for form, n in forms.items()
                                 if n >= WRITTEN_SHARE * counts[form.lower()] and not form.islower()}
                self._capitals = frozenset(form for form in forms if len(form) > 1 and form.isupper())
                for title in sorted(titles, key=len, reverse=True):
                    self._titles.setdefault(title.split()[0].lower(), []).append(title)
                self._groups, self._counts, self._names = groups, counts, names

    def written(self, word: str) -> str | None:
        """How the documents mostly write a lower-case word when that has capitals ("vietnam" -> "Vietnam")."""
        self.warm_up()
        return self._written.get(word)

    def unshouted(self, word: str) -> str:
        """A word typed in capitals, as the documents write it when they never write it so ("RANK" -> "rank",
        "VIETNAM" -> "Vietnam"); as typed when they do ("KPL"), and when they do not hold it unless it is a word
        of English of four letters or more ("MEET" -> "meet"; not "LPRP", "USA")."""
        self.warm_up()
        lower = word.lower()
        if word in self._capitals or not (lower in STOPWORDS or lower in self._counts
                                          or len(lower) >= 4 and lower in english()):
            return word
        return self._written.get(lower, lower)

    def titles(self, word: str) -> list[str]:
        """The names of several words the documents write with capitals and a minor word, that begin with the
        lower-case ``word`` ("minister" -> ["Minister of Foreign Affairs", ...]), longest first."""
        self.warm_up()
        return self._titles.get(word, [])

    def name_like(self, typed: str) -> str | None:
        """The one name of two to four capitalized words the documents write that ``typed`` (as many words, the
        same first letters) misspells, one letter off in each word at most, two in words of six letters or more,
        with one word at least as written: "Pham Min Chin" -> "Pham Minh Chinh". None if none or several."""
        from rapidfuzz.distance import DamerauLevenshtein

        self.warm_up()
        mine = typed.split()
        found = []
        for name in self._names.get((typed[0], len(mine)), ()):
            theirs = name.split()
            distances = [DamerauLevenshtein.distance(a.lower(), b.lower()) for a, b in zip(mine, theirs)]
            if all(a[0].lower() == b[0].lower() and d <= (2 if len(b) >= 6 else 1)
                   for a, b, d in zip(mine, theirs, distances)) and 0 in distances and any(distances):
                found.append(name)
        return found[0] if len(found) == 1 else None

    def _stem_known(self, word: str) -> bool:
        """Whether the documents write a longer word of ``word``'s stem, of five letters or more: "inflammation"
        of "inflamed", "colonization" of "colonized"; not "president" of "presiden", which is one letter short."""
        root = stem(word)
        return len(root) >= 5 and any(known.startswith(root) for length in range(len(root) + 3, len(root) + 12)
                                      for known in self._groups.get((root[0], length), ()))

    def correct(self, word: str) -> str | None:
        """The document word ``word`` was likely meant to be (lower case), or None."""
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        word = word.lower()
        if _NUMBERED.fullmatch(word) and len(word) >= MIN_LETTERS:
            return self._numbered_like(word)
        if len(word) < SWAP_LETTERS or not word.isalpha() or word in english():
            return None
        self.warm_up()
        # "inflamed" of a text saying "inflammation" is no typo of "inflated": a word whose stem begins a longer
        # document word is read otherwise only as a word of that stem ("inflamation" as "inflammation")
        root = stem(word) if self._stem_known(word) else ""
        edits = 1 if len(word) < 8 else 2
        letters = sorted(word)
        # a typo seldom changes the first letter ("adorn" is not "dorn")
        near = [known for length in range(len(word) - edits, len(word) + edits + 1)
                for known in self._groups.get((word[0], length), ()) if known.startswith(root)]
        if not root:  # and the words of a question, which documents seldom write: "waht" is "what", "shoud" "should"
            near += [w for w in _FUNCTION_WORDS if w[0] == word[0] and abs(len(w) - len(word)) <= edits
                     and w not in near]
        found = process.extract(word, near, scorer=DamerauLevenshtein.distance, score_cutoff=edits, limit=None)
        if len(word) < MIN_LETTERS:  # two letters swapped, or, of four letters, the one word with a letter dropped
            dropped = [hit for hit in found if len(word) >= 4 and len(hit[0]) == len(word) + 1 and _in_order(word, hit[0])]
            found = [hit for hit in found if sorted(hit[0]) == letters] or (dropped if len(dropped) == 1 else [])
        best = min(found, key=lambda hit: (hit[1], sorted(hit[0]) != letters, -self._counts[hit[0]]), default=None)
        return best[0] if best else None

    def _numbered_like(self, word: str) -> str | None:
        """The one name with digits the documents write that ``word`` (lower case) misspells in its letters, one
        letter off (two from 8 characters on), its digits and first letter as typed: "ceamcam1" -> "ceacam1";
        never "h7n9" for "h1n1", whose digits differ. None if none or several."""
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        with self._lock:  # gathered at the first such word, not at warm-up: one more pass over the text
            if self._numbered is None:
                numbered: dict[tuple[str, str], Counter] = {}
                for text in self._texts():
                    for name in _NUMBERED.findall(text):  # "CEACAM1", "H7N9"
                        low = name.lower()
                        numbered.setdefault((low[0], _digits(low)), Counter())[low] += 1
                self._numbered = numbered
        near = self._numbered.get((word[0], _digits(word)), Counter())
        found = process.extract(word, list(near), scorer=DamerauLevenshtein.distance,
                                score_cutoff=1 if len(word) < 8 else 2, limit=None)
        best = min((hit[1] for hit in found), default=None)
        closest = [hit[0] for hit in found if hit[1] == best]
        return closest[0] if len(closest) == 1 else None


_LETTERS = re.compile(r"[^\W\d_]{3,}")
# a name of letters and digits that starts with a letter: "CEACAM1", "H7N9", "IFITM3"
_NUMBERED = re.compile(r"(?<![\w-])[^\W\d_][^\W_]*\d[^\W_]*(?![\w-])")
_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)+(?![\w'’-])")  # "Prime Minister Pham Minh Chinh"


def _digits(word: str) -> str:
    return re.sub(r"\D", "", word)


def _in_order(short: str, long: str) -> bool:
    """Whether ``long`` holds the letters of ``short`` in order ("vist" of "visit")."""
    letters = iter(long)
    return all(ch in letters for ch in short)


def _windows(words: list[str]) -> list[list[str]]:
    """The runs of two to four words of ``words``: the names a longer run of capitalized words may hold."""
    return [words[i:i + n] for n in (2, 3, 4) for i in range(len(words) - n + 1)]
_FUNCTION_WORDS = sorted(w for w in STOPWORDS if len(w) >= 3)
# "Minister of Foreign Affairs", "Ministry of Industry and Trade": names whose words a caseless question would
# not all get back one by one ("foreign" and "affairs" are mostly written in lower case)
_MINOR_WORD = r"(?:of|and|for|the|on)"
_TITLE = re.compile(rf"\b[A-Z][a-z]+(?:\s(?:{_MINOR_WORD}\s)?[A-Z][a-z]+)+\b")
_MINOR = re.compile(rf"\s{_MINOR_WORD}\s")


@functools.cache
def english() -> frozenset[str]:
    """The whole words of the base model's WordPiece vocabulary (about 20,000 common English words)."""
    from ..models.runtime import tokenizer

    return frozenset(w for w in tokenizer(512).get_vocab() if w.isalpha())


_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")


# words typed together, each with its capital: "UserDatagram"
_JOINED = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")


def respell(question: str, known: Callable[[str], bool], speller: Speller) -> tuple[str, list[tuple[str, str]]]:
    """``question`` with each word for which ``known`` is False replaced by its correction, and the
    (typed, meant) pairs; a word typed with capitals keeps them. A name within quotes is quoted as written:
    "Truong" of "as solid as the Truong Son range" is no "Thuong"."""
    fixes: dict[str, str] = {}
    quoted = {w for q in _QUOTED.findall(question) for w in written_words(q) if w[:1].isupper()}
    for run in _CAPITALIZED.finditer(question):  # a name misspelt by ear: "Pham Min Chin" for "Pham Minh Chinh"
        typed = run.group(0).split()  # of "Prime Minister Pham Min Chin", the fewest words around the unknown ones
        unknown = {w for w in typed if not known(w.lower())}
        for window in sorted(_windows(typed), key=len) if unknown else []:
            if any(w in quoted for w in window) or not unknown <= set(window):
                continue
            meant = speller.name_like(" ".join(window))
            if meant:
                fixes[" ".join(window)] = meant
                break
    for typed in dict.fromkeys(written_words(question)):
        if any(typed in run.split() for run in fixes):
            continue
        if known(typed.lower()) or typed in quoted:
            continue
        parts = re.findall(r"[A-Z][a-z]+", typed) if _JOINED.fullmatch(typed) else []
        if parts and all(known(p.lower()) for p in parts):  # "UserDatagram": "User Datagram", typed without its space
            fixes[typed] = " ".join(parts)
            continue
        meant = other_spelling(typed.lower(), known) or speller.correct(typed)
        if meant:
            fixes[typed] = _cased_like(typed, meant)
    for typed, meant in fixes.items():
        question = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", meant, question)
    return question, list(fixes.items())


# American and British spellings of one word, as (pattern, replacement) on its end or its inside: "jewelry" and
# "jewellery", "color" and "colour", "center" and "centre", "organize" and "organise", "hemorrhage" and
# "haemorrhage", "fetus" and "foetus", "defense" and "defence", "catalog" and "catalogue", "traveled" and
# "travelled", "gray" and "grey"
_VARIANTS = [(re.compile(pattern), instead) for pattern, instead in [
    (r"elry$", "ellery"), (r"ellery$", "elry"),
    (r"or(s|ed|ing|ful|ite|ites)?$", r"our\1"), (r"our(s|ed|ing|ful|ite|ites)?$", r"or\1"),
    (r"([bt])er(s)?$", r"\1re\2"), (r"([bt])re(s)?$", r"\1er\2"),
    (r"iz(e|es|ed|ing|ation|ations)$", r"is\1"), (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
    (r"yz(e|es|ed|ing)$", r"ys\1"), (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"ense(s)?$", r"ence\1"), (r"ence(s)?$", r"ense\1"),
    (r"og(s)?$", r"ogue\1"), (r"ogue(s)?$", r"og\1"),
    (r"([aeiou])l(ed|ing|er|ers)$", r"\1ll\2"), (r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),
    (r"ae", "e"), (r"oe", "e"), (r"(?<=[hnp])e(?=m|d|s)", "ae"), (r"(?<=[f])e(?=t)", "oe"), (r"(?<=rrh)e", "oe"),
    (r"^gray", "grey"), (r"^grey", "gray"),
]]


def other_spelling(word: str, known: Callable[[str], bool]) -> str | None:
    """The other side of the Atlantic's spelling of ``word`` (lower case) that the documents use (``known``):
    "jewelry" -> "jewellery", "colour" -> "color", "hemorrhagic" -> "haemorrhagic"; None when none is."""
    for pattern, instead in _VARIANTS:
        if pattern.search(word):
            variant = pattern.sub(instead, word, count=1)
            if variant != word and known(variant):
                return variant
    return None


def cased(question: str, speller: Speller) -> str:
    """A question typed in lower case, in capitals or in title case, with its words written as the documents
    write them: "what is hts?" -> "what is HTS?", "HOW MANY LAO STUDENTS ...?" -> "how many Lao students ...?",
    so that qa tells the names in it as in a question typed with capitals; so too one in lower case but for its
    acronyms, which stay as typed ("how much chinese FDI ...?" -> "how much Chinese FDI ...?"). Any other
    question is returned as it is.

    A word no document holds stays in lower case: it may be a name ("thailand") or a common word the documents
    do not use ("hottest", "roadways"); given a capital, as a name no document mentions, it made qa refuse 9 of
    548 lower-cased SQuAD tune questions it answered right, and most questions over a small collection."""
    if not caseless(question) and not lower_but_acronyms(question):
        return _unshouted(question, speller)
    shouted = not any(ch.islower() for ch in question)

    def write(match: re.Match) -> str:
        if not shouted and match.group(1).isupper():  # "FDI" of "how much chinese FDI ...?" as typed, not "BEFORE"
            return match.group(0) if len(match.group(1)) < 3 else \
                speller.unshouted(match.group(1)) + (match.group(2) or "")
        word, ending = match.group(1).lower(), (match.group(2) or "").lower()
        if ending and ending[1:] != "s":  # "didn't", "couldn't", "they're": no name
            return word + ending
        if len(word) < 2 or word in STOPWORDS:
            return word + ending
        return (speller.written(word) or word) + ending

    return _titled(_WORD.sub(write, question), speller)


def _unshouted(question: str, speller: Speller) -> str:
    """A question typed with lower case, its words of three letters or more typed in capitals as the documents
    write them: "Where does Vietnam RANK among ...?" -> "Where does Vietnam rank among ...?". Written so, "RANK"
    read as a name no document holds, and the question was refused."""
    return re.sub(r"\b[A-Z]{3,}\b", lambda m: speller.unshouted(m.group(0)), question)


def lower_but_acronyms(question: str) -> bool:
    """Whether a question is typed in lower case but for its acronyms: "how much chinese FDI is in vietnam?"."""
    tokens = re.findall(r"[^\W\d_]+", question)
    return bool(tokens) and tokens[0].islower() and all(w.islower() or w.isupper() for w in tokens)


def _titled(question: str, speller: Speller) -> str:
    """``question`` with each name of several words the documents write with capitals written so: "who is the
    minister of foreign affairs?" -> "who is the Minister of Foreign Affairs?"."""
    lowered, at = question.lower(), 0
    for match in re.finditer(r"\b[a-z]+\b", lowered):
        if match.start() < at:
            continue
        for title in speller.titles(match.group(0)):
            end = match.start() + len(title)
            if lowered.startswith(title.lower(), match.start()) and not lowered[end:end + 1].isalnum():
                question, at = question[:match.start()] + title + question[end:], end
                break
    return question


def _cased_like(typed: str, meant: str) -> str:
    """``meant`` with the capitals of ``typed``: letter by letter when as long ("RPVs" -> "RVPs"), else whole."""
    if len(typed) == len(meant):
        return "".join(m.upper() if t.isupper() else m for t, m in zip(typed, meant))
    return meant.upper() if typed.isupper() else meant.capitalize() if typed[0].isupper() else meant


def read_as_note(fixes: list[tuple[str, str]]) -> str:
    """'Read "studnets" as "students" and "Vietnma" as "Vietnam": words the documents use.'"""
    pairs = [f'"{typed}" as "{meant}"' for typed, meant in fixes]
    listed = pairs[0] if len(pairs) == 1 else f"{', '.join(pairs[:-1])} and {pairs[-1]}"
    return f"Read {listed}: {'a word' if len(pairs) == 1 else 'words'} the documents use."


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _folded(word: str) -> str:
    """``word`` without accents: "Thưởng" -> "Thuong", "Đà" -> "Da"."""
    word = word.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def unaccented(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with each word that has accents no document writes, written without them when a document
    writes it so ("Bùi Thanh Sơn" -> "Bui Thanh Son", "Lào" -> "Lao"); and two short capitalized words that no
    document writes apart written as one when a document, or the table of capitals, writes that ("Việt Nam" ->
    "Vietnam", "Hà Nội" -> "Hanoi", which qa.asking.countries then reads as the country; "Apple Talk" -> "AppleTalk",
    which made two SQuAD tune questions right); with the (typed, meant) pairs."""
    words = list(_WORD_RUN.finditer(question))
    fixes, edits, i = [], [], 0
    while i < len(words):
        typed = words[i].group(0)
        if i + 1 < len(words) and typed[0].isupper() and words[i + 1].group(0)[0].isupper() \
                and question[words[i].end():words[i + 1].start()] == " " and max(len(typed), len(words[i + 1][0])) <= 6:
            pair = question[words[i].start():words[i + 1].end()]
            one = _folded(typed) + _folded(words[i + 1].group(0)).lower()
            if not mentioned(pair) and (mentioned(one) or one.lower() in CAPITALS):
                edits.append((words[i].start(), words[i + 1].end(), one))
                fixes.append((pair, one))
                i += 2
                continue
        folded = _folded(typed)
        if folded != typed and folded.isascii() and not mentioned(typed) and mentioned(folded):
            edits.append((words[i].start(), words[i].end(), folded))
            fixes.append((typed, folded))
        i += 1
    for start, end, meant in reversed(edits):
        question = question[:start] + meant + question[end:]
    return question, fixes
