"""What an acronym stands for, as a document spells it out: "high-throughput screening (HTS)".

A question that asks only what an acronym is ("What is HTS?", "What are RVPs?", "What does vBNS stand
for?") is answered with the long form a retrieved document writes before the acronym in brackets. The
long form is found as Schwartz and Hearst (2003) find it: the acronym's letters, last to first, are
matched backwards through the words before the bracket, the first letter at the start of a word, in a
window of a few words. Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re

# "What is HTS?", "What is the AFC short for?", "What is the full form of RVP?", "What does LGM stand for?" (or
# "stands for", as people write it).
_ASKED = re.compile(
    r"^\s*what\s+(?:(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<is>[\w-]+)(?:\s+short\s+for)?"
    r"|(?:is|are)\s+the\s+(?:full|long)\s+(?:form|name)\s+of\s+(?:an?\s+|the\s+)?(?P<of>[\w-]+)"
    r"|(?:does|do|did)\s+(?:an?\s+|the\s+)?(?P<does>[\w-]+)\s+(?:stands?\s+for|means?))\s*\??\s*$", re.I)


def asked_acronym(question: str) -> str | None:
    """The acronym a question asks about and nothing else: "What are RVPs?" -> "RVP"; else None."""
    match = _ASKED.match(question)
    if not match:
        return None
    word = match.group("is") or match.group("of") or match.group("does")
    if word.endswith("s") and _capitals(word[:-1]) >= 2:  # "RVPs"
        word = word[:-1]
    return word if _capitals(word) >= 2 else None


# asked only what the letters stand for: "What does ASEAN stand for?", "What is the full form of RVP?"; not "What is
# HTS?", which a sentence saying what it is may answer
ASKS_LETTERS = re.compile(r"\b(?:stands?\s+for|short\s+for|(?:full|long)\s+(?:form|name)\s+of)\b", re.I)
NOT_SPELT = "No document among the closest spells out {acronym}."
NOT_DEFINED = "No document among the closest spells out {acronym} or says what it is."


def asks_letters(question: str) -> bool:
    """Whether ``question`` asks what an acronym's letters stand for, and nothing else of it."""
    return asked_acronym(question) is not None and ASKS_LETTERS.search(question) is not None


def long_form(text: str, acronym: str) -> tuple[int, int] | None:
    """``[start, end)`` of the first long form ``text`` writes before "(acronym)", or else right after it
    (long_form_after), or else in capitals near it (_spelt_near), or None.

    Example: ``long_form("a high-throughput screening (HTS) assay", "HTS")`` -> (2, 27)
    """
    return _long_form_before(text, acronym) or long_form_after(text, acronym) or _spelt_near(text, acronym)


def _spelt_near(text: str, acronym: str) -> tuple[int, int] | None:
    """``[start, end)`` of capitalized words whose first letters spell the acronym, in the 200 characters before
    or after it, on its line: "Board Certified Ambulatory Care Pharmacist and these pharmacists will carry the
    initials BCACP". None if there are none."""
    letters = [c for c in acronym if c.isalnum()]
    if len(letters) < 3:
        return None
    spelt = re.compile(rf"\b{_spelt(letters)}(?![\w'’-])")
    for said in re.finditer(rf"(?<![\w-]){re.escape(acronym)}s?(?![\w-])", text):
        start = max(text.rfind("\n", 0, said.start()) + 1, said.start() - 200)
        end = min(len(text) if text.find("\n", said.end()) < 0 else text.find("\n", said.end()), said.end() + 200)
        found = next((m for m in spelt.finditer(text, start, end) if m.group(0) != acronym), None)
        if found:
            return found.span()
    return None


def long_form_after(text: str, acronym: str) -> tuple[int, int] | None:
    """``[start, end)`` of the long form ``text`` writes right after the acronym, in brackets, quotes or after a
    dash or comma, each of the acronym's letters beginning a word in turn (small words such as "and" may stand
    for one, or be passed over): "TARDIS – "Time and Relative Dimension in Space"". None if there is none.

    Example: ``long_form_after('a TARDIS – "Time and Relative Dimension in Space" – ship', "TARDIS")`` -> (12, 48)
    """
    letters = [c for c in acronym if c.isalnum()]
    if len(letters) < 2:
        return None
    spelt = _spelt(letters)
    opening = r"\s*(?:\(|[–—-]|,|:)\s*[\"“‘']?"  # a bracket, dash, comma or colon, and a quote
    found = re.search(rf"\b{re.escape(acronym)}{opening}(?P<long>(?i:\b{spelt}))(?![\w'’-])", text)
    return found.span("long") if found else None


def _long_form_before(text: str, acronym: str) -> tuple[int, int] | None:
    """``[start, end)`` of the first long form ``text`` writes before "(acronym)" (Schwartz and Hearst), or None."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    for bracket in re.finditer(r"\(\s*" + re.escape(acronym) + r"s?\s*\)", text):
        end = bracket.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        at, i, floor = end - 1, len(letters) - 1, max(0, end - 15 * len(letters) - 20)
        while i >= 0 and at >= floor:  # each letter, last to first; the first one must begin a word
            if text[at].lower() == letters[i] and (i > 0 or at == 0 or not text[at - 1].isalnum()):
                i -= 1
            at -= 1
        if i >= 0:
            continue
        start = at + 1
        found = text[start:end]
        if found.endswith(("'s", "’s")):
            end -= 2
            found = found[:-2]
        if "\n" not in found and "(" not in found and len(found.split()) <= min(len(letters) + 5, 2 * len(letters)):
            return start, end
    return None


def name_before(text: str, acronym: str) -> tuple[int, int] | None:
    """``[start, end)`` of the capitalized name ``text`` writes just before "(acronym)" whose letters it does not
    spell, or None: the name an acronym of another language shortens ("Lao News Agency (KPL)", for Khaosan Pathet
    Lao), which users take for what it stands for.

    Example: ``name_before("the Lao News Agency (KPL) posted", "KPL")`` -> (4, 19)
    """
    found = re.search(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|on)\s+)*)*[A-Z][\w'’-]*)\s*\(\s*"
                      + re.escape(acronym) + r"\s*\)", text)
    return (found.start(1), found.end(1)) if found and len(found.group(1).split()) >= 2 else None


def _capitals(word: str) -> int:
    return sum(c.isupper() for c in word)


# "What is its abbreviation?", "What's the acronym?", "And its short name?": the short form of what qa answered
_ASKS_SHORT = re.compile(r"\b(?:abbreviation|abbreviated|acronym|initials|short\s+(?:form|name)|shortened\s+(?:form|"
                         r"name)|for\s+short)\b", re.I)
_SHORT = re.compile(r"\(\s*([A-Z][A-Za-z&.-]*[A-Z][A-Za-z&.-]*)\s*\)")


def asks_short_form(question: str) -> bool:
    """Whether a question asks for an abbreviation: "What is its abbreviation?"."""
    return _ASKS_SHORT.search(question) is not None


def short_form_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the one acronym ``text[start:end]`` writes in brackets ("KPL" of "the Lao News Agency
    (KPL) posted"), or None when it writes none or several."""
    found = {m.group(1): m.span(1) for m in _SHORT.finditer(text, start, end)}
    return next(iter(found.values())) if len(found) == 1 else None


_UNKNOWN = re.compile(r"\b[A-Z]{3,6}\b")  # two capitals spell too many names by chance ("OK": "Ogödei Khan")
_MINOR = r"(?:of|and|the|for|on|in|&)"


def _spelt(letters) -> str:
    """A pattern of words beginning with ``letters`` in turn, small words (_MINOR) passed over between them: "Time
    and Relative Dimension in Space" for T, R, D, S."""
    return rf"(?:\s+{_MINOR})*\s+".join(rf"{re.escape(c)}[\w'’-]*" for c in letters)


def spelt_out(question: str, texts, knows) -> tuple[str, list[tuple[str, str]]]:
    """The question with each acronym of 3 to 6 capitals that no document holds (``knows``) written as the one
    name ``texts`` give whose capitalized words' first letters spell it, and the (acronym, name) pairs: "Who heads
    the LPRP's foreign affairs department?" -> "... the Lao People's Revolutionary Party's ...". An acronym two
    names could spell, or none, is left as typed."""
    pairs, texts = [], list(texts)  # read once per acronym: "the VPN and the RCN"
    for acronym in dict.fromkeys(_UNKNOWN.findall(question)):
        if knows(acronym.lower()):
            continue
        # spelt out by the question itself: "the VCFA (Vietnam-Cambodia Friendship Association)", "... (VCFA)"
        # (read as the name alone, with no note: the user wrote both)
        given = re.search(rf"\b{acronym}\s*\(\s*([A-Z][^()]*?)\s*\)|\s*\(\s*{acronym}\s*\)", question)
        if given:
            question = question[:given.start()] + (given.group(1) or "") + question[given.end():]
            continue
        spelt = re.compile(rf"\b{_spelt(acronym)}(?![\w'’-])")
        found = {" ".join(m.group(0).split()) for text in texts for m in spelt.finditer(text)}
        found = {name[:-2] if name.endswith(("'s", "’s")) else name for name in found}
        if len(found) == 1:
            name = found.pop()
            question = re.sub(rf"\b{acronym}\b", name, question)
            pairs.append((acronym, name))
    return question, pairs
