"""Which of two things a question offers came first, or last: "Which came first: the Treaty of Logstown or the
Albany Congress?", "Who was elected IPCC chair earlier: Robert Watson or Rajendra K. Pachauri?".

Each option is dated by the year written nearest to it in a sentence of a retrieved document that names it ("the 1752
Treaty of Logstown", "the convening of the Albany Congress in June and July, 1754", "the Taihō Code (701)"); when both
are dated, and differently, the answer is the earlier option (the later one, asked which came last), quoted as the
sentence that dates it writes it. Otherwise the question is left to the reader, which cannot compare dates written in
two places. Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re

from ..text import STOPWORDS

# "Which came first: A or B?", "Which Yuan emperor reigned earlier, A or B?": the order asked, then the two options
# after the question's last colon or comma
_ASKED = re.compile(r"^\s*(?:which|who|what)\b(?P<asked>[^?:,]*?\b(?P<order>first|earlier|sooner|older|last|"
                    r"later|more\s+recently|newer|younger)\b[^?:,]*)[:,]\s*(?P<first>[^,?:()]+?)\s+or\s+"
                    r"(?P<second>[^,?:()]+?)\s*\??\s*$", re.I)
_LATER = {"last", "later", "more recently", "newer", "younger"}
_RANK = re.compile(r"\b(?:first|last)\s+(?:place|prize)\b|\b(?:placed|finished|ranked)\s+(?:first|last)\b|\b(?:first|"
                   r"last)\s+(?:in|on|at)\s+(?:the\s+)?(?:league|race|rankings?|polls?|standings|table|competition|"
                   r"championship|tournament|election|vote|list)\b", re.I)
# a year: 1000-2099 written alone, or a year of three digits in brackets or after "in" ("(701)", "in 718")
_YEAR = re.compile(r"(?<![\w.,$£€-])(?:1\d{3}|20\d\d)(?![\w%]|[.,]\d|\s*(?:%|percent|per\s+cent|km|miles|people|"
                   r"troops|men|soldiers)\b)|(?<=\()[1-9]\d{2}(?=\))|(?<=\bin )[1-9]\d{2}\b(?![.,]\d)")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
# what opens another item after a name: a comma before "and", "but", "while" (not "or": "Temür Khan, or Emperor
# Chengzong, from 1294", another name for the same)
_ANOTHER_ITEM = re.compile(r",\s+(?:and|but|while|whereas)\b")


def asked_order(question: str) -> tuple[str, str, bool] | None:
    """The two options a question offers and whether it asks which came later: "Which came first: the Treaty of
    Logstown or the Albany Congress?" -> ("the Treaty of Logstown", "the Albany Congress", False); None for any other
    question, or an option of more than eight words."""
    asked = _ASKED.match(question)
    if not asked or any(len(asked.group(o).split()) > 8 for o in ("first", "second")):
        return None
    if _RANK.search(asked.group("asked")):
        return None  # "Which team came first in the league?" asks a rank, not a time
    later = " ".join(asked.group("order").lower().split()) in _LATER
    return asked.group("first").strip(), asked.group("second").strip(), later


def dated(option: str, text: str, sentences: list[tuple[int, int]]) -> tuple[int, int, tuple[int, int]] | None:
    """``(year, sentence index, [start, end) of the option as written)`` for the sentence of ``text`` that names
    every word ``option`` is named by (_words; a possessive's "'s" aside) with the year written nearest to them, the
    option quoted with its other words where they stand beside it; None if no sentence naming it writes a year."""
    wanted = _words(option)
    if not wanted:
        return None
    best = None
    for i, (start, end) in enumerate(sentences):
        named = _window(text, start, end, wanted)
        if named is None or named[1] - named[0] > 12 * len(wanted) + 40:
            continue  # not named, or its words scattered over the sentence: not one name
        for year in _YEAR.finditer(text, start, end):
            before = year.end() <= named[0]
            between = text[year.end():named[0]] if before else text[named[1]:year.start()]
            if ";" in between or not before and _ANOTHER_ITEM.search(between):
                continue  # another item's year: "Yoder, 406 U.S. 205 (1972); Pierce v. Society of Sisters, ... (1925)",
                # "... chamber in Glasgow, and to the University of Aberdeen in May 2002"; a year opening the
                # sentence dates all of it ("In 1992, ... collapsed, and ... founded the Islamic State")
            distance = max(named[0] - year.end(), year.start() - named[1], 0)
            if best is None or distance < best[0]:
                best = (distance, int(year.group(0)), i, named)
    if best is None:
        return None
    _, year, i, named = best
    whole = _window(text, *sentences[i], {_key(w) for w in _WORD.findall(option)} - STOPWORDS | wanted)
    if whole and whole[1] - whole[0] <= len(option) + 20 and _key(_WORD.match(text, whole[0]).group(0)) in wanted:
        named = whole  # the option's other words after its name: "Fermat's little theorem", not "Fermat"; not
        # "soap opera General Hospital", a description before it
    return year, i, named


def _window(text: str, start: int, end: int, wanted: set[str]) -> tuple[int, int] | None:
    """The shortest ``[start, end)`` of ``text[start:end]`` holding every word of ``wanted``: "Yōrō Code" of "the
    Taihō Code (701) and re-stated in the Yōrō Code (718)", not from Taihō's "Code" on."""
    words = [(w.start(), w.start() + len(w.group(0).rstrip(".,")), _key(w.group(0)))  # not a full stop after it
             for w in _WORD.finditer(text, start, end)]
    words = [w for w in words if w[2] in wanted]
    best = None
    for i, (a, _, _) in enumerate(words):
        seen = set()
        for _, b, key in words[i:]:
            seen.add(key)
            if len(seen) == len(wanted):
                if best is None or b - a < best[1] - best[0]:
                    best = (a, b)
                break
    return best


def _words(option: str) -> set[str]:
    """The words an option is named by: its capitalized ones if it has any ("General Hospital" of "the soap opera
    General Hospital", "Zheng He"), else all but stopwords."""
    words = _WORD.findall(option)
    named = [w for w in words if w[0].isupper()]
    if named:  # a name's own short words count ("Zheng He"), not an article
        return {_key(w) for w in named} - {"the", "a", "an"}
    return {_key(w) for w in words} - STOPWORDS


def _key(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower().rstrip(".,"))
