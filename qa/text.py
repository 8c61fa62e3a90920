"""Sentence splitting with ``[start, end)`` offsets, and word tokenizing for BM25.

Splitting never rewrites text: it only finds boundaries, so every sentence is
``text[start:end]`` of the text it was given. It is rule-based (line breaks,
terminal punctuation, a list of abbreviations); it is not a parser. A run of
text with no boundary longer than ``MAX_SENTENCE_CHARS`` (a file that is one
5 MB line, a table dumped without punctuation) is cut at white space, so no
sentence, chunk or answer grows with the file. Time is linear in the text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A line is a boundary: in news text, lines are paragraphs, headings or captions. Not where a text broke its
# lines inside sentences, as text copied from a PDF does (qa.text._lines).
_LINE = re.compile(r"[^\n]+")
# a line that goes on the sentence of the line before: it starts in lower case
_GOES_ON = re.compile(r"[ \t]*[^\W\d_A-Z]")
# a line that never goes on the line before: a web address
_ADDRESS = re.compile(r"[ \t]*(?:https?:|www\.)")
# a line that cannot end a sentence or a heading, whatever the next line starts with: it ends with a comma, a hyphen
# or a word that needs one after it ("... known to be\nH1N1 viruses", "... until the\n1950s", "the Food and\nDrug
# Administration", "self-\nisolation")
_BROKEN = re.compile(r"(?:[,\-\u2013]|(?<![\w'’-])(?:a|an|the|of|to|in|on|at|by|for|with|from|into|and|or|as|than|"
                     r"that|be|been|its|their|our|his|this|these|those|between|during|is|are|was|were|has|have|had|"
                     r"will|would|can|could|may|might|should|must|not|about|after|before|over|under|through|within|"
                     r"without|against|among|upon|per|via))[ \t]*$", re.I)
# A dateline such as " date 2023-10-29 " before the first sentence is a unit of its own.
DATELINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\b\s*", re.IGNORECASE)
# the months by name, and a month's name whole or short ("Sept."): dates in documents and questions are read with them
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
# a year of the last five centuries, in digits: "1572", "2023"
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
MONTH = rf"(?:{'|'.join(MONTH_NAMES)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
# a user saying they want to know: "I'd like", "I would really love", "I want", "I wonder", "I'm curious"
I_WANT_TO_KNOW = (r"i\s*(?:'|’|\s+woul)d\s+(?:really\s+)?(?:like|love)|i\s+(?:really\s+)?(?:want|need|wonder)|"
                  r"i\s*(?:'m|’m|\s+am)\s+(?:curious|wondering|interested)")
# what begins a request or a question: "could you", "what", "I'd like", "in which" (qa.asking.phrasing, qa.asking.guesses)
ASKING = (r"(?:(?:can|could|would|will|do|does|please|tell|what|which|who|whom|whose|when|where|why|how|is|are|was|"
           rf"were|did|has|have)\b|{I_WANT_TO_KNOW}|(?:in|on|at|by|for|from|to|"
           r"during|since|until|with|within|among|under|through)\s+(?:what|which|whom|whose|how)\b)")
# a word as written, with its apostrophes and hyphens: "Vietnam's", "Lao-Vietnamese"
WORD = re.compile(r"[^\W_][\w'’-]*")
# a word that asks: "what", "which", ..., "how" (.match: a question that opens with one; .search: one anywhere)
QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)
# Candidate sentence ends: terminal punctuation, optional closing quotes/brackets and a wiki's notes
# ("principle.[citation needed]", "said.[12]"), then space.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[[^\]\n]{1,40}\])*(?=\s+)")
_SPACE = re.compile(r"[ \t]")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "vs", "etc", "e.g", "i.e", "inc",
    "ltd", "co", "corp", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "fig", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "u.n", "a.m", "p.m", "dept", "est", "vol", "op", "mt", "ft", "al",
}


def is_dateline(sentence: str) -> bool:
    """Whether ``sentence`` is only a dateline ("date 2024-06-21"): the document's date, which qa.answering.metadata
    answers for, not a statement of the text."""
    match = DATELINE.match(sentence)
    return match is not None and not sentence[match.end():].strip()


# Longer than any real sentence (SQuAD's longest is 1,412 characters) and than the model reads.
MAX_SENTENCE_CHARS = 2000


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, as offsets into ``text``, trimmed of white space.

    A sentence longer than ``max_chars`` is cut at white space into pieces of at
    most ``max_chars`` (qa.indexing.chunking passes its window size).

    Example: ``split_sentences("Hi there. Mr. Li came.\\nBye")`` -> ``[(0, 9), (10, 22), (23, 26)]``
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    first_line_start = len(text) - len(text.lstrip("\n"))
    for line_start, line_end in _lines(text, start, end):
        dateline = DATELINE.match(text, line_start, line_end) if line_start == first_line_start else None
        if dateline and dateline.end() < line_end:
            _add(text, spans, line_start, dateline.end(), max_chars)
            line_start = dateline.end()
        cut = line_start
        for match in _END.finditer(text, line_start, line_end):
            if _is_boundary(text, match.start(), match.end(), line_end) and not _LIST_MARK.fullmatch(
                    text, line_start, match.start()):
                _add(text, spans, cut, match.end(), max_chars)
                cut = match.end()
        _add(text, spans, cut, line_end, max_chars)
    return spans


def _lines(text: str, start: int, end: int):
    """``(start, end)`` of each line of ``text[start:end]``, where a line that does not end a sentence (no ".",
    "!", "?", ":" or ";" at its end) goes on into the next when that starts in lower case, or when the line
    ends with a comma, a hyphen or a word such as "the" or "of", or leaves a bracket open: a hard wrap ("... the
    patient is\\nsent to the fever tent", "ozone (O\\n3)"). A title followed by a line in lower case is read as
    one with it; a paragraph or a line that ends a sentence is not. In a text hard-wrapped throughout
    (_wrap_width), any line as long as most goes on ("... originated in Eurasian avian\\nViruses (26); ...")."""
    begin = stop = -1
    brackets = 0  # brackets the line (with the lines it took in) opens and does not close
    width = _wrap_width(text, start, end)
    for line in _LINE.finditer(text, start, end):
        a, b = line.span()
        if begin >= 0 and a == stop + 1 and _last_char(text, begin, stop) not in ".!?:;" and not _ADDRESS.match(
                text, a, b) and (_GOES_ON.match(text, a, b) or brackets > 0
                                 or _BROKEN.search(text, max(begin, stop - 20), stop)
                                 or width and stop - max(begin, text.rfind("\n", begin, stop) + 1) > width):
            stop = b
            brackets += text.count("(", a, b) - text.count(")", a, b)
            continue
        if begin >= 0:
            yield begin, stop
        begin, stop = a, b
        brackets = text.count("(", a, b) - text.count(")", a, b)
    if begin >= 0:
        yield begin, stop


def _wrap_width(text: str, start: int, end: int) -> int:
    """For a text hard-wrapped throughout (a PDF's lines: at least 20 lines, and a third of its line breaks
    inside a sentence that goes on in lower case), the length above which a line was cut by the wrap, not
    ended: 80% of its median line's; else 0."""
    lengths, inside, breaks, previous = [], 0, 0, None
    for line in _LINE.finditer(text, start, end):
        a, b = line.span()
        lengths.append(b - a)
        if previous is not None and a == previous + 1:
            breaks += 1
            ends = _last_char(text, a - 1 - lengths[-2], previous) in ".!?:;"
            inside += bool(_GOES_ON.match(text, a, b)) and not ends
        previous = b
    if len(lengths) < 20 or inside < 10 or inside * 3 < breaks:
        return 0
    return int(0.8 * sorted(lengths)[len(lengths) // 2])


def _last_char(text: str, start: int, stop: int) -> str:
    """The last character of ``text[start:stop]`` that is not a space or a tab ("" if none)."""
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    return text[stop - 1] if stop > start else ""


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int, max_chars: int) -> None:
    """Append ``text[start:end]`` trimmed, cut into pieces of at most ``max_chars``.

    A piece ends at the last white space before the limit. With none there, a
    word is kept whole up to MAX_SENTENCE_CHARS, and longer runs (a long URL, a
    base64 blob) are cut at the limit.
    """
    while True:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop <= start:
            return
        if stop - start <= max_chars:
            spans.append((start, stop))
            return
        cut = _cut(text, start, stop, max_chars)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut


def _cut(text: str, start: int, stop: int, max_chars: int) -> int:
    """Where a piece of ``text[start:stop]`` of about ``max_chars`` characters ends (white space)."""
    limit = start + max_chars
    for first in (start + max_chars // 2, start + 1):  # rather a piece of at least half the window
        cut = max(text.rfind(" ", first, limit + 1), text.rfind("\t", first, limit + 1))
        if cut > start:
            return cut
    hard = min(stop, start + MAX_SENTENCE_CHARS)
    after = _SPACE.search(text, limit, hard)
    return after.start() if after else hard


def starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` begins a sentence: nothing before it, or a sentence end that is no
    abbreviation ("Mr. Li": "Li" does not)."""
    before = text[max(0, at - 200):at].rstrip()
    if not before or before[-1] in "!?:;\n\"“":
        return True
    if before[-1] != ".":
        return False
    token = re.search(r"([\w.]*)\.$", before).group(1).lower()
    return not (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()))


# A list item's or heading's number at the start of a line ("3. Loosen the skin", "## 4. Remote work"): the
# item goes on; cut there, the number was a sentence of its own and the item lost it.
_LIST_MARK = re.compile(r"[\s#>*+-]*\d{1,3}")


def _is_boundary(text: str, punct_start: int, punct_end: int, line_end: int) -> bool:
    """Whether the punctuation at ``punct_start`` ends a sentence."""
    if text[punct_start] == ".":
        word = re.search(r"([\w.]+)$", text[max(0, punct_start - 12):punct_start])
        token = word.group(1).lower() if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False  # "Mr. Li", "J. Smith"
        if token[:-1].isdigit() and len(token) > 1 and token[-1] == ".":
            return False
    following = _NEXT_CHAR.match(text, punct_end, line_end)  # never copy the rest of a long line
    if not following:
        return True
    first = following.group(1)
    # The next sentence starts with a capital, a digit, a quote or a bracket.
    return first.isupper() or first.isdigit() or first in "\"'“‘([" or not first.isalpha()


# Bump when `terms` changes: the index's keyword part must then be rebuilt.
TOKENIZER_VERSION = 3  # 3 folds compatibility characters (NFKC)

_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
also did does many much s t d ll ve re
""".split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens; numbers keep inner separators ("5.5", "14,000")."""
    return [word.lower() for word in written_words(text)]


def written_words(text: str) -> list[str]:
    """The word tokens of ``words`` as written ("Vietnam's" -> "Vietnam")."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        out.append(word[:-2] if word.lower().endswith(("'s", "’s")) else word)  # possessive
    return out


def normalized(text: str) -> str:
    """The text's words (see ``words``) joined by single spaces, to compare phrases: "The 14,000  students"
    and "the 14,000 students" are the same."""
    return " ".join(words(text))


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: a C extension, fast and light to import

    return Stemmer.Stemmer("english")


# Irregular verb forms the stemmer cannot join to their base ("said" -> "say").
_IRREGULAR = dict(pair.split(":") for pair in """
said:say says:say was:be were:be been:be made:make found:find took:take taken:take gave:give given:give
held:hold led:lead built:build won:win began:begin begun:begin became:become brought:bring thought:think
told:tell wrote:write written:write knew:know known:know grew:grow grown:grow rose:rise risen:rise
fell:fall fallen:fall sold:sell bought:buy met:meet left:leave sent:send spent:spend paid:pay ran:run
saw:see seen:see went:go gone:go came:come got:get gotten:get taught:teach fought:fight caught:catch
chose:choose chosen:choose drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat flew:fly
flown:fly kept:keep lost:lose meant:mean spoke:speak spoken:speak stood:stand struck:strike threw:throw
thrown:throw understood:understand wore:wear worn:wear felt:feel dealt:deal fed:feed lent:lend
bore:bear born:bear borne:bear sought:seek sang:sing sung:sing sat:sit shot:shoot slept:sleep
stole:steal stolen:steal swam:swim woke:wake forgot:forget forgotten:forget froze:freeze frozen:freeze
hid:hide hidden:hide shook:shake shaken:shake rode:ride ridden:ride broke:break broken:break
wound:wind laid:lay
""".split())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(_IRREGULAR.get(word, word))


def terms(text: str) -> list[str]:
    """Stemmed content words for keyword search: stopwords dropped, numbers kept; compatibility characters
    folded (NFKC), so "inﬂuenza" is "influenza"."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return [stem(w) for w in words(text) if w not in STOPWORDS]
