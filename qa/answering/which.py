"""Whether the phrase quoted for "Which ...?" names the one asked, or only repeats the question's words.

"Which Vietnamese seaports will Laos use?" is not answered by "access through Vietnamese seaports": the phrase only
repeats what is asked (repeats_asked), or the sentences name it only so (named_only_as_asked). "Which edition ...?"
is not answered by an ordinal of another name ("13th" of "the 13th Party Congress", ordinal_of_another).
qa.answering.misses.not_this asks these among its other checks. What this does not do: tell whether a name is
another than the question's (qa.answering.slots), or weigh anything.
"""
from __future__ import annotations

import re

from ..asking.countries import country_of, is_country_word
from ..asking.guesses import offered
from ..asking.question import Kind
from ..text import MONTH, STOPWORDS, WORD, stem, terms, words
from .qualifiers import ORDINAL

OTHER_ORDINAL = "The closest passage gives “{said}” of {thing}, not of what the question asks."
# "Which Vietnamese seaports will Laos use?" and "access through Vietnamese seaports": the phrase, or what follows
# its last preposition, is only the question's own words, ending with the thing asked for (repeats_asked)
NOT_WHICH = "The closest passage mentions “{said}” but does not say which."
_ASKS_WHICH = re.compile(r"^\s*(?:(?:through|in|at|to|from|by|via|with|for|into|on|of)\s+)?which\s+"
                         r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:is|are|was|were|do|does|did|has|have|"
                         r"had|can|could|will|would|should|may|might)\b", re.I)  # "Through which seaport will ...?" too
# and put as "What are the X through which ...?" (qa.asking.question.asked_as_question of "Name the X through which ...")
_ASKS_WHAT_THE = re.compile(r"^\s*what\s+(?:is|are)\s+the\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:that|which|who|"
                            r"through|in|on|at|to|by|for|with|from|via)\b", re.I)
# and asked by its name: "What was the name of the first online pharmacy?", and "online pharmacies"
_ASKS_NAME_OF = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:(?:the|a|an)\s+)?"
                           r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*(?:\?|$|\s+(?:that|which|who|in|on|at|to|by|for|"
                           r"with|from|of)\b)", re.I)
NEITHER = "The closest passage gives “{said}”, neither of the two the question offers ({first} or {second})."
_LAST_PREPOSITION = re.compile(r"^.*\b(?:through|of|to|in|at|from|by|via|with|for|into|on)\s+", re.I)


def repeats_asked(question: str, phrase: str) -> str | None:
    """The part of ``phrase`` that only repeats what a "Which ...?" question asks for, or None: "Vietnamese
    seaports" of "access through Vietnamese seaports" for "Which Vietnamese seaports will Laos use?". Not "white
    blood cells" for "Which cells ...?", nor "the port of Haiphong" for "Which port ...?": they name one."""
    asked = _ASKS_WHICH.match(question) or _ASKS_NAME_OF.match(question)
    if not asked:
        return None
    tail = _LAST_PREPOSITION.sub("", phrase.strip().rstrip(".,;:"))
    said = [stem(w) for w in words(tail) if w not in STOPWORDS]
    head = words(asked.group(1))[-1:]
    own = {stem(w) for w in words(question)}
    if len(said) == 1 and is_country_word(tail) and tail.lower() in words(asked.group(1))[:-1]:
        return tail  # "Which Japanese universities ...?" and "Japanese": what the question says of them itself
    if not said or not head or said[-1] != stem(head[0]) or any(w not in own for w in said):
        return None
    return tail


_HEDGE_WORDS = frozenset({"specific", "particular", "exact", "exactly", "individual", "actual"})


def named_only_as_asked(question: str, text: str) -> str | None:
    """What a "Which ...?" question asks for, as the answer's sentences ``text`` write it, when they name it only
    so and name nothing the question does not: "Vietnamese seaports" of "Vietnam will support Laos ... by
    providing access through Vietnamese seaports." for "Which Vietnamese seaports will Laos be given access
    to?". Only for a thing of two words or more, none of them a stopword (a bare "river" is named by "The Seine is
    the river ..."), written so at the end of a sentence ("All uses of sculpture are represented, from tomb ...")."""
    asked = _ASKS_WHICH.match(question) or _ASKS_WHAT_THE.match(question)
    wanted = [w for w in words(asked.group(1)) if w not in _HEDGE_WORDS] if asked else []
    if len(wanted) < 2 or any(w in STOPWORDS for w in wanted):
        return None  # "uses of sculpture": the thing is "uses", which the sentence may list after it
    # written so at the end of a sentence: "... by providing access through Vietnamese seaports."
    # "Which Vietnamese seaport ...?" and "... through Vietnamese seaports."; "Which Vietnamese port ...?" too
    # a country for its people's word: "Which Vietnam seaport ...?" and "Vietnamese seaports"
    before_last = [re.escape(w) + (r"[a-z]*" if country_of(w) else "") for w in wanted[:-1]]
    found = re.search(r"(?<![\w-])" + r"\s+".join([*before_last, r"[a-z]*" + re.escape(wanted[-1])])
                      + r"(?:e?s)?(?=[.!;]?\s*$|[.!;]\s)", text, re.I)
    named = {stem(wanted[-1]), stem(found.group(0).split()[-1].lower())} if found else set()
    if not found or sum(stem(w) in named for w in words(text)) != 1:
        return None  # not written so, or the thing is named again elsewhere in them
    before = words(text[:found.start()])[-1:]
    if not before or before[0] not in STOPWORDS:
        return None  # "White blood cells" for "Which blood cells ...?": a word of its own names one
    own = {w.lower() for w in WORD.findall(question)}
    countries = {country_of(w) for w in own} - {None}
    for n, token in enumerate(WORD.finditer(text)):
        word = token.group(0)
        if n and (word[0].isupper() or word[0].isdigit()) and word.lower() not in own \
                and country_of(word) not in countries:
            return None  # the sentences name something of their own: it may be the one asked for
    return found.group(0)


_NAMED_AFTER = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for|on|&)\s+)*[A-Z][\w'’-]*){0,7})")


def ordinal_of_another(question: str, phrase: str, text: str) -> str | None:
    """What a bare ordinal ("13th", "third") ranks in ``text`` when that is a name the question does not give: the
    capitalized words after it ("Party Congress" of "the 13th Party Congress", "September" of "13th September
    2023"), or the month before it ("September 13th"); None when the question gives one of them, or when
    ``text`` writes the ordinal otherwise too."""
    said = phrase.strip()
    if not ORDINAL.fullmatch(said):
        return None
    asked = {stem(w.lower()) for w in WORD.findall(question)}
    named = []
    for found in re.finditer(rf"(?<![\w-]){re.escape(said)}(?![\w-])", text):
        after = _NAMED_AFTER.match(text, found.end())
        before = re.search(rf"\b({MONTH})\s+$", text[:found.start()])
        thing = (after.group(1).strip() if after else before.group(1) if before else "")
        if not thing or any(stem(w.lower()) in asked for w in thing.split()):
            return None
        named.append(thing)
    return named[0] if named else None


def neither_offered(question: str, phrase: str) -> tuple[str, str] | None:
    """``(first, second)``, the two answers a question offers to choose from ("..., the Rhine or the Danube?"),
    when ``phrase`` shares a word with neither ("Ismail El Gizouli" for "Who became chair of the IPCC first, Robert
    Watson or Rajendra K. Pachauri?"); else None."""
    choice = offered(question)
    if not choice or not phrase.strip():
        return None
    said = set(terms(phrase))
    return None if any(said & set(terms(o)) for o in choice) else choice


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


def not_which(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """The phrase quoted only says what a "Which ...?" question asks (NOT_WHICH), is an ordinal of another name
    (OTHER_ORDINAL), or is neither of the two answers the question offers (NEITHER)."""
    repeated = repeats_asked(question, phrase) or named_only_as_asked(question, text)
    if repeated:
        return NOT_WHICH.format(said=repeated)
    neither = neither_offered(question, phrase)
    if neither:
        return NEITHER.format(said=phrase.strip(), first=neither[0], second=neither[1])
    ranked = ordinal_of_another(question, phrase, text) if kind is Kind.ORDINAL else None
    if ranked:  # "Which edition of the forum ...?" and "the 13th Party Congress", "13th September 2023"
        return OTHER_ORDINAL.format(said=phrase.strip(), thing=ranked)
    return None
