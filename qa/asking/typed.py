"""How a question is typed or said, read as written: a chat box's markup, a chat's shorthand, speech.

Users type a question into a chat box with the marks of a quote or a list before it, markdown's emphasis and emoji
around it ("> **Who** wrote it?? 🤔"), in a chat's shorthand ("whos", "r", "thru"), or dictate it to a voice
assistant ("uh who wrote ...", "in twenty twenty two", "... no sorry what ..."). ``without_markup`` and
``plain_words`` read such text as written words before anything else reads the question (qa.pipeline); how the
question is phrased is qa.asking.phrasing's.
"""
from __future__ import annotations

import re

from ..text import MONTH, QUESTION_WORD

# What a chat box's users type around a question that is no word of it: a quote's or a list's mark before it ("> ",
# "- ", "1. ", "## "), markdown's emphasis ("**Prime Minister of Laos**", "`KPL`"), emoji ("🇱🇦", "🤔"). Left in,
# "> Who wrote the article ...?" was refused (the mark hid "Who" from the patterns that read a question) and
# "Who is the current **Prime Minister of Laos**? 🇱🇦" was answered "Hun Sen" where the plain question is not.
# A worksheet's or an exam's label is no word of it either: "Q3. ", "Question 7 (2 marks): ", "(c) ", "Task 15 - ",
# "Exercise: ", and an answer line left blank after it ("... Answer:"). Left in, "Task 15 - What is the combined
# funding ...?" was refused (0.01) and "(g) What position does he hold?" lost its "What" to the label.
_MARKS = r"\(\s*\d{1,2}\s*(?:marks?|points?|pts?)\s*\)"
_MARK_BEFORE = re.compile(rf"""^\s*(?:(?:>+|[-*•·–]|\d{{1,3}}[.)]|\(\d{{1,3}}\)|\(?[a-hA-H]\)|\#{{1,6}}
    |(?:Q|Qn|Question|Task|Exercise|Ex|Problem|Item|Part|No)\.?\s*\d{{1,3}}[a-h]?\.?(?:\s*{_MARKS})?\s*[.:)–—-]?
    |(?:Question|Task|Exercise|Problem|Quiz|Test|Practice)(?:\s*{_MARKS})?\s*[:–—-])\s+)+""", re.X)
_ANSWER_LINE = re.compile(rf"(?<=[?.])\s*(?:{_MARKS}\s*)?(?:(?:Answer|Ans)\s*[:.]?\s*_*|A\s*:\s*_*)?$")
_EMPHASIS = re.compile(r"(?<![\w*`])(\*\*|__|\*|`+)(?=\S)(.+?)(?<=\S)\1(?![\w*`])")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+")


def without_markup(question: str) -> str:
    """``question`` without the marks of a quote or a list before it, markdown's emphasis and emoji:
    "> **Who** wrote it?? 🤔" -> "Who wrote it??"; as it is when nothing would be left."""
    plain = _EMOJI.sub(" ", question)
    plain = _EMPHASIS.sub(r"\2", _ANSWER_LINE.sub("", _MARK_BEFORE.sub("", plain)))
    plain = " ".join(plain.split())
    return plain if any(ch.isalnum() for ch in plain) else question


# The words of a question typed in a chat's shorthand or dictated to a voice assistant: "whos the guy that wrote
# the paxaxon thing", "what r vietnam n laos going for", "uh who wrote the paxaxon piece", "trade in twenty twenty
# two", "what big global role is laos no sorry what regional bloc role ...". Read as typed, "whos" and "r" were
# words no document holds, "uh" outweighed the question's real words (0.04 for the right answer, 0.9 without it),
# and a year said in words was no year.
_CHAT_FORMS = {"whos": "who is", "whats": "what is", "wheres": "where is", "hows": "how is", "whens": "when is",
               "thats": "that is", "thru": "through", "tryna": "trying to", "gonna": "going to", "wanna": "want to",
               "gotta": "have to", "gimme": "give me", "lemme": "let me", "prez": "president", "abt": "about",
               "bc": "because", "cuz": "because", "pls": "please", "plz": "please", "thx": "thanks", "ppl": "people",
               "b4": "before", "w/": "with", "$$": "money", "$$$": "money"}
# a letter for a word, read so only in a question typed all in lower case: "r vietnam n laos"
_LETTER_FORMS = {"r": "are", "n": "and", "u": "you", "ur": "your"}
_FILLER = re.compile(r"(?<![\w'’-])(?:[Uu]h+|[Uu]m+|[Uu]hm+|[Ee]rm+|[Hh]m+|[Mm]hm)(?![\w'’-])[,.]?\s*")
_FILLER_LEAD = re.compile(r"^\s*(?:(?:like|you\s+know|so|okay|ok|well|wait|oh|ah|alright|all\s+right|actually|hey)\b"
                          r"[\s,!]*)+(?=(?:what|which|who|whom|whose|when|"
                          r"where|why|how|is|are|was|were|do|does|did)\b)", re.I)
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TWO_DIGITS = (rf"(?:oh\s+(?:{'|'.join(_UNITS)})|{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS)}))?)")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_DAY_ORDINAL = {**{w: i + 1 for i, w in enumerate(_ORDINALS)}, **{f"twenty {w}": 21 + i for i, w in enumerate(_ORDINALS[:9])},
                "thirtieth": 30, "thirty first": 31}
# a day said after its month: "september seventeenth" -> "september 17"
_SPOKEN_DAY = re.compile(rf"\b({MONTH})\s+(?:the\s+)?({'|'.join(sorted(_DAY_ORDINAL, key=len, reverse=True))})\b", re.I)
_SPOKEN_YEAR = re.compile(rf"\b(?:(nineteen|twenty)\s+({_TWO_DIGITS})|two\s+thousand\s+(?:and\s+)?({_TWO_DIGITS}|"
                          rf"{'|'.join(_UNITS)}))\b", re.I)
# "... is laos no sorry what regional bloc role ...", "... in laos, I mean Cambodia"
_SAID_AGAIN = re.compile(r"[\s,]+(?:(?:no|nope|oops|wait)[\s,]+(?:sorry[\s,]+)?(?:i\s+mean[t]?\s+)?|sorry[\s,]+i\s+mean[t]?\s+"
                         r"|or\s+rather\s+|i\s+mean\s+)(?=\S)", re.I)


# "H.E." (His or Her Excellency) before a name: no word of it, and its letters were read as a name no document
# mentions ("How did H.E. Xiong Bo characterize ...?" was refused: "No document mentions H.")
_EXCELLENCY = re.compile(r"(?<![\w.])H\.\s?E\.\s+(?=[A-Z])")


def _number(words: str) -> int:
    """The number of one to ninety-nine said in words ("seventy seven", "oh five", "twelve")."""
    said = [w for w in re.split(r"[\s-]+", words.lower()) if w != "oh"]
    value = 0
    for word in said:
        value += (_UNITS.index(word) + 1 if word in _UNITS else _TEENS.index(word) + 10 if word in _TEENS
                  else (_TENS.index(word) + 2) * 10)
    return value


def _year(match: re.Match) -> str:
    century, rest, after_2000 = match.groups()
    if after_2000:
        return str(2000 + _number(after_2000))
    return str((19 if century.lower() == "nineteen" else 20) * 100 + _number(rest))


def _day(match: re.Match) -> str:
    """ "september 17" of "september seventeenth"; "may first" as said unless after "on", "of", "by", ... (a verb)."""
    before = match.string[:match.start()]
    if match.group(1) == "may" and not re.search(r"\b(?:on|of|since|until|by|from|before|after)\s+(?:the\s+)?$", before):
        return match.group(0)
    return f"{match.group(1)} {_DAY_ORDINAL[' '.join(match.group(2).lower().split())]}"


def plain_words(question: str) -> str:
    """``question`` with the words of a chat's shorthand and of speech as written: "whos" -> "who is", "thru" ->
    "through", "r" and "n" -> "are" and "and" in a question in lower case, "uh" and "um" gone, a year said in
    words in figures ("twenty twenty two" -> "2022", "nineteen seventy seven" -> "1977"), and a question said
    again after "no sorry" ("what big role is laos no sorry what regional role ..." -> "what regional role ...")."""
    lower = not any(ch.isupper() for ch in question)
    forms = {**_CHAT_FORMS, **(_LETTER_FORMS if lower else {})}
    question = re.sub(r"(?<![\w'’$/-])(\S+?)(?![\w'’$/-])",
                      lambda m: forms.get(m.group(1).lower(), m.group(1)), question)
    question = _FILLER_LEAD.sub("", _FILLER.sub("", question))
    question = _EXCELLENCY.sub("", question)
    question = _SPOKEN_YEAR.sub(_year, question)
    question = _SPOKEN_DAY.sub(_day, question)
    again = list(_SAID_AGAIN.finditer(question))
    if again and QUESTION_WORD.match(question[again[-1].end():]):
        question = question[again[-1].end():]
    return " ".join(question.split()) or question
