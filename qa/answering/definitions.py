"""What a term is, where a document defines it: "What is sporulation?" and "Sporulation is an adaptive strategy
that enables bacteria to survive harsh environmental conditions."

A question that asks only what a term is (asked_term: "What is X?", "How is X defined?", "What is the definition
of X?") is answered, before the reader, by the first sentence of the best retrieved documents that opens with the
term and says what it is (``X is a ...``, ``X are the ...``, ``X is defined as ...``, ``Long form (X) are short
non-coding RNAs ...``, after a label such as "Abstract:"); the phrase is the definition, to the end of its clause
or its closing quote (definition_in). With no such sentence, by the first that sets what it is beside it ("a
statocyst, a balance sensor ...", "petrology (the study of rocks)", apposed_in). An acronym asked "What is X?"
takes a definition so written before its long form (Extractor._defined), and with neither, the words before it
that say what it is ("the microtubule severing enzyme KATNAL1", described_in). What this does not do: tell a
definition from a statement that happens to open the same way ("Carrageenan is a clinically proven and marketed
compound ..."); a question whose term no document defines so goes to the reader as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import STOPWORDS

# "What is sporulation?", "What are microtubule severing enzymes?", "What is a statocyst?": one to four words
# naming a thing, and nothing else asked ("What is the size of ...?" asks a measure of something); also "How is
# preparedness defined?" and "What is the definition of X?"
_ASKED = re.compile(r"^\s*(?:what\s+(?:is|are)\s+(?:the\s+definitions?\s+of\s+)?|how\s+(?:is|are)\s+(?=.*\sdefined\s*\??\s*$))"
                    r"(?:an?\s+)?((?:[^\W_][\w'’-]*\s*){1,4}?)\s*(?:defined\s*)?\??\s*$", re.I)
_NOT_A_TERM = re.compile(r"\b(?:the|this|that|these|those|it|they|of|for|in|on|to|with|by|called|named|known|"
                         r"meant|done|used|said|there|here|your|our|my|their|its|his|her|you|we|i)\b", re.I)
# where the definition's phrase ends: a clause or a bracket that goes on about it, a citation, the sentence's end
_CLAUSE_END = re.compile(r"\s*(?:[;(\[]|,\s|\.\s|\.$|$)")


def asked_term(question: str) -> str | None:
    """The term a question asks only what it is, or None: "What is sporulation?" -> "sporulation"."""
    asked = _ASKED.match(question)
    if not asked or _NOT_A_TERM.search(asked.group(1)):
        return None
    return asked.group(1).strip()


def _term(term: str) -> str:
    """The term as a pattern: its words apart by spaces or hyphens, the last one also in the plural ("What are
    clades?" and "Clades are ...", "What is a hermaphrodite?" and "... hermaphrodites, ...")."""
    return r"[\s-]+".join(re.escape(w) for w in term.split()) + r"(?:e?s)?"


# after "X are", words that say what X do or how they are, not what they are ("are found in", "are less toxic")
_NOT_WHAT = r"(?:not|also|often|now|still|being|more|less|most|very|highly|thought|believed|known|found|used|able|" \
            r"likely|mainly|usually|generally|present|important|essential|critical|responsible|involved|required|" \
            r"capable|similar|different|due|based|expressed|associated)\b"


@lru_cache(maxsize=256)
def _opening(term: str) -> re.Pattern:
    """A sentence's opening that says what ``term`` is: "Sporulation is an", "Text: EGR1 is a", "Clades are the",
    "A PHEIC is defined as", "Preparedness as part of disaster risk reduction is defined as", and, of a plural
    written after its long form, "MicroRNAs (miRNAs) are short non-coding RNAs" (a plural noun within four words,
    none of them saying what the things do: not "are found in", "are critical for")."""
    named = (r"(?:(?:[\w-]+\s+){0,5}[\w-]+\s*\(\s*" + _term(term) + r"\s*\)|" + _term(term)
             + r"(?:\s*\([^()\n]{1,30}\))?)")
    word = r"(?!(?:in|on|at|of|for|to|by|with|from|the|an?|and|or|that|which|as|than)\b)[a-z][\w-]*"
    verb = (r"(?:(?:is|are)\s+(?=(?:an?|the|one)\s)|are\s+(?!" + _NOT_WHAT + r")(?![\w-]*(?:ed|ly)\s)"
            r"(?=(?:" + word + r"\s+){0,3}" + word + r"[^\Ws]s\b))")
    defined = r"(?:\s+[^.;:\n]{1,60}?)?\s+(?:is|are)\s+(?:defined|described)\s+as\s+"
    return re.compile(r"(?:[A-Z][A-Za-z]*:\s*)*(?:(?:the|an?)\s+)?" + named + r"(?:" + defined + r"|\s+" + verb + r")",
                      re.I)


@lru_cache(maxsize=256)
def _apposed(term: str) -> re.Pattern:
    """The term with what it is set beside it: "a statocyst, a balance sensor consisting ...", "petrology (the study
    of rocks)"."""
    return re.compile(r"(?<![\w-])" + _term(term) + r"\s*(?:,\s+|\(\s*)(?=(?:an?|the)\s)", re.I)


# where a phrase set beside the term ends: the next comma or bracket, or the sentence's end
_APPOSITION_END = re.compile(r"[,;)(\[]|\.\s|\.$")


def _phrase(text: str, said, end: int, ends: re.Pattern) -> tuple[int, int] | None:
    """``[start, end)`` from where the match ``said`` ends to the first of ``ends`` before ``end``; None for no
    match or nothing between."""
    if not said:
        return None
    stop = ends.search(text, said.end(), end)
    stop_at = stop.start() if stop else end
    return (said.end(), stop_at) if stop_at > said.end() else None


def apposed_in(text: str, start: int, end: int, term: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` of what the sentence ``text[start:end]`` sets beside ``term`` to say what it is
    ("a balance sensor consisting of a statolith" of "Its main component is a statocyst, a balance sensor
    consisting of a statolith, ..."), to the next comma or bracket; else None."""
    return _phrase(text, _apposed(term).search(text, start, end) if term.strip() else None, end, _APPOSITION_END)


@lru_cache(maxsize=256)
def _described(term: str) -> re.Pattern:
    """The term after the words that say what it is: "the microtubule severing enzyme KATNAL1" (lower-case words
    between an article and the term, as a paper names a gene or a protein)."""
    return re.compile(r"\b(?:the|an?)\s+((?:[a-z][a-z0-9-]*\s+){1,5})" + _term(term) + r"(?![\w-])")


def described_in(text: str, start: int, end: int, term: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` of the words before ``term`` that say what it is ("microtubule severing enzyme"
    of "Currently the microtubule severing enzyme KATNAL1 is poorly characterised"); else None."""
    for said in _described(term).finditer(text, start, end) if term.strip() else ():
        if not any(w in STOPWORDS for w in said.group(1).split()):  # not "the first to associate KATNAL1"
            return said.start(1), said.start(1) + len(said.group(1).rstrip())
    return None


def definition_in(text: str, start: int, end: int, term: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` of what the sentence ``text[start:end]`` says ``term`` is, when the sentence
    opens with it ("Sporulation is an adaptive strategy ..."; a label before it, "Text: ", is passed over),
    else None. Examples: "Microtubule severing enzymes are a family of AAA-ATPase proteins that ..." -> "a family
    of AAA-ATPase proteins that ..."; "EGR1 is a transcription factor that can be induced ..." -> "a transcription
    factor that can be induced ..."."""
    said = _opening(term).match(text, start, end) if term.strip() else None
    if said and text[said.end():said.end() + 1] in _QUOTES:  # defined as "an extraordinary event ...": the quote
        close = text.find(_QUOTES[text[said.end()]], said.end() + 1, end)
        return (said.end() + 1, close) if close > said.end() + 1 else None
    return _phrase(text, said, end, _CLAUSE_END)


_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’"}


# "What is another name for Islamism?", "What are glaucophyte chloroplasts also called?", "X is known by what other
# name?": a question asking a name a thing goes by besides its own
_ASKS_OTHER_NAME = re.compile(r"\b(?:another|other|alternative|alternate)\s+(?:name|term)s?\b|\balso\s+(?:called|"
                              r"known|named|termed|referred)\b|\bnicknamed?\b", re.I)
# the words a sentence gives a thing a name with: "known as", "known in English as", "called", "termed"
NAMED_AS = r"known(?:\s+(?:in|to)\s+[\w-]+)?\s+as|called|named|termed|referred\s+to\s+as"
# a sentence that gives a thing such a name: "Islamism, also known as Political Islam", "sometimes called the human
# development approach", "(PPPs) aka private finance initiatives", "are called muroplasts"
_GIVES_OTHER_NAME = re.compile(rf"\b(?:{NAMED_AS}|dubbed|nicknamed|aka)\b|\ba\.k\.a\.", re.I)


def asks_other_name(question: str) -> bool:
    """Whether the question asks another name of a thing: "What is another name for Islamism?"."""
    return bool(_ASKS_OTHER_NAME.search(question))


def gives_other_name(sentence: str) -> bool:
    """Whether ``sentence`` gives a thing a name: "Islamism, also known as Political Islam, ..."."""
    return bool(_GIVES_OTHER_NAME.search(sentence))


# a sentence that gives a thing a name besides its own: "also known as", "sometimes called", "aka"
_ALSO_NAMED = re.compile(rf"\b(?:also|sometimes|often|commonly|formerly|otherwise|popularly|usually|better)\s+"
                         rf"(?:{NAMED_AS})\b|\baka\b|\ba\.k\.a\.", re.I)


def names_it_also(sentence: str) -> bool:
    """Whether ``sentence`` gives a thing another name: "glaucophyte chloroplasts are also known as muroplasts",
    not "structures called phycobilisomes"."""
    return bool(_ALSO_NAMED.search(sentence))
