"""What things a text lists after naming them: "What measures are needed to deepen the relationship?" of "...
Vietnam and Laos need to continue their efforts and implement effective measures. These measures include
enhancing high-level exchanges and cooperation, promoting economic cooperation, and strengthening people-to-people
exchanges."

A question asking "What (or which) N ...?" for a plural noun N is answered by the sentence after the one that
names N, when that sentence opens "These N include ..." ("are", "consist of", "comprise", "cover"): the phrase
is what follows the verb. The sentence scorer and the reader are drawn to the sentence that repeats the
question's words, which only names the things. A phrase that quotes only the first of the things a sentence
lists is widened to the whole list (whole_list), and one part of "not only X, but also Y" to both (both_parts).
Rule-based; the quote is a verbatim slice of the document.
"""
from __future__ import annotations

import re

from ..text import STOPWORDS, stem

_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:are|were)\s+(?:the\s+)?)?(?P<noun>[a-z]+s)\b", re.I)
_OPENS = (r"\s*(?:These|Those|Such|The|Its|Their)\s+(?:\w+\s+)?{noun}\s+"
          r"(?:include|includes|included|are|were|consist\s+of|comprise|cover)\s+")
_NOT_NOUNS = frozenset({"is", "was", "does", "has", "its", "his", "this", "thus", "as"})


# "Besides enhancing high-level exchanges, what measure does ... propose?": one more of the things listed
_BESIDES = r"(?:besides|beyond|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to)\s+[^,?]+,\s*"
_ASKED_ONE = re.compile(rf"^\s*(?P<besides>{_BESIDES})?(?:what|which)\s+(?:other\s+)?(?P<noun>[a-z]+)\b", re.I)


def asked_things(question: str, besides: bool = False) -> str | None:
    """The plural noun a "What N ...?" question asks for: "measures"; or, of one more thing asked besides others
    ("Besides X, what measure ...?", or ``besides`` when the question's "Besides X," was set apart), its noun made
    plural; None for other questions."""
    asked = _ASKED.match(question)
    if asked and asked.group("noun").lower() not in _NOT_NOUNS:
        return asked.group("noun").lower()
    one = _ASKED_ONE.match(question)
    noun = one.group("noun").lower() if one and (besides or one.group("besides")) else ""
    if len(noun) < 4 or noun in _NOT_NOUNS:
        return None
    return noun if noun.endswith("s") else noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


def listed_after(text: str, named: tuple[int, int], following: tuple[int, int], noun: str) -> tuple[int, int] | None:
    """``[start, end)`` of the things the sentence ``following`` lists after "These <noun> include", when the
    sentence ``named`` before it names the noun; None otherwise. The phrase ends at the sentence's full stop."""
    if stem(noun) not in {stem(w) for w in re.findall(r"[a-z]+", text[slice(*named)].lower())}:
        return None
    opens = re.compile(_OPENS.format(noun=re.escape(noun)), re.I).match(text, following[0], following[1])
    if opens is None:
        return None
    end = following[1]
    while end > opens.end() and text[end - 1] in ".!?;: \n":
        end -= 1
    return (opens.end(), end) if end > opens.end() else None


# "the first of those", "the second one", "the last of them", "the first of the three": one thing of a list qa gave
_NTH = re.compile(r"\bthe\s+(?P<nth>first|second|third|fourth|fifth|last|final)(?:\s+one\b|\s+of\s+(?:those|them|these|"
                  r"the\s+(?:two|three|four|five)(?:\s+[a-z]+s)?)\b)", re.I)
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}
# what parts a list: "A, B, and C", "A, B and C", "A and B"
_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)")


# a follow-up asking only which thing of the list comes at a place: "Which one is listed second?", "And which one is
# mentioned first?", "What is the last one on that list?", "Which comes last?"
_NTH_ONLY = re.compile(r"^\s*(?:and\s+)?(?:(?:which|what)(?:\s+one)?\s+(?:is|was|comes|came)\s+(?:(?:listed|mentioned|named|"
                       r"given|put)\s+)?|what(?:['’]s|\s+is|\s+was)\s+the\s+)(?P<nth>first|second|third|fourth|fifth|last|"
                       r"final)(?:\s+(?:one|item|thing)(?:\s+(?:on|of|in)\s+(?:that|the|this)\s+list|\s+of\s+them)?)?"
                       r"\s*\??\s*$", re.I)


def asks_nth(question: str) -> bool:
    """Whether a question asks only which thing of a list comes at a place ("Which one is mentioned first?"): it
    asks of a list given before."""
    return _NTH_ONLY.match(question) is not None


def nth_item(question: str, said: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``said``, the list qa answered before, of the thing a follow-up asks for by its place
    alone: "Which one is listed second?" -> "promoting economic cooperation" of "enhancing ..., promoting economic
    cooperation, and strengthening ..."; None for any other question or a list with fewer things."""
    asked = _NTH_ONLY.match(question)
    return _nth(said, asked.group("nth")) if asked else None


def _nth(said: str, nth: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``said`` of its ``nth`` ("first", "last") thing, when it lists two or more (it has
    commas) and that many; the list's closing full stop is no part of its last thing."""
    if "," not in said:
        return None
    items, at, end = [], 0, len(said.rstrip().rstrip("."))
    for part in _ITEMS.split(said[:end]):
        at = said.index(part, at) if part else at
        if part.strip():
            items.append((at + len(part) - len(part.lstrip()), at + len(part.rstrip())))
        at += len(part)
    place = _PLACES[nth.lower()]
    return items[place] if len(items) >= 2 and place < len(items) else None


def nth_listed(question: str, said: str) -> str | None:
    """The question with its "the first of those" read as the first thing of the list qa answered before
    (``said``): "Why is the first of those important?" after "enhancing high-level exchanges and cooperation,
    promoting economic cooperation, and strengthening people-to-people exchanges" -> "Why is enhancing high-level
    exchanges and cooperation important?". None when the question points at no place in a list, or ``said``
    lists fewer things than that (a list has commas: "Vietnam and Laos" is one thing)."""
    asked = _NTH.search(question)
    if not asked or asks_nth(question):  # "What is the last one?" asks for the thing itself (nth_item)
        return None
    item = _nth(said, asked.group("nth"))
    return question[:asked.start()] + said[slice(*item)] + question[asked.end():] if item else None


# the items after a list's first: ", its copy number on the phage, and potentially, the structure of ..."; a clause
# that opens with one of these words is no item
_NO_ITEM = re.compile(r"\s*(?:which|who|whom|whose|where|when|while|whereas|although|though|but|because|as|if|so|"
                      r"thus|since|that|this|these|it|they|with|without|by|for|to|from|including|such|e\.g|i\.e|"
                      r"respectively)\b", re.I)
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|can|could|will|would|should|may|might|must|has|have|had|"
                     r"do|does|did)\b", re.I)
_LIST_ENDS = re.compile(r"[;:()\[\]]|\.(?=\s|$)")
# "What characteristics are determined ...?", "What are the advantages of ...?", "Which genes were targeted ...?"
_ASKS_THINGS = re.compile(r"(?:^|,)\s*(?:what|which)\s+(?:(?:are|were)\s+(?:the\s+)?(?:main\s+|key\s+|most\s+\w+\s+)?)?"
                          r"(?:[a-z-]+\s+)?[a-z-]+(?<!ss)(?<!ous)(?<!is)s\s+(?:are|were|have|has|had|do|did|can|could|"
                          r"of|in|for|that|shared|common)\b", re.I)


def whole_list(question: str, text: str, end: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """``phrase`` widened to the whole list it opens, asked for things in the plural: "maximum tolerated size" of
    "The display mode determines the maximum tolerated size of the fused polypeptide, its copy number on the
    phage, and potentially, the structure of the displayed polypeptide." for "What characteristics are determined
    by the display mode?". The list is three items or more in one clause (``end`` is the sentence's), each under
    fifteen words, the last after "and" or "or" (", and" or "and" alone: "fever, cough and fatigue") and cut by
    _item_end. Else None."""
    if not _ASKS_THINGS.search(question):
        return None
    stop = _LIST_ENDS.search(text, phrase[1], end)
    clause = text[phrase[1]:stop.start() if stop else end]
    parts = clause.split(",")  # the rest of the quoted item, then the items after it
    if len(parts[0].split()) > 14 or _A_VERB.search(parts[0]):
        return None  # not "Thermochemical" of "Thermochemical techniques can be used to determine A, B, and C"
    held = text[slice(*phrase)].count(",") + 1  # "obesity, alcoholism" of "obesity, alcoholism, and drug use"
    for k, part in enumerate(parts[1:], 1):
        if not part.strip() or len(part.split()) > 14:
            return None
        if re.match(r"\s*(?:and|or)\b", part):  # the last item, or "and potentially," before it
            if k + 1 < len(parts) and re.fullmatch(r"\s*(?:and|or)\s+[a-z]+ly\s*", part):
                k += 1
            if held + k < 3:
                return None
            last_start = phrase[1] + len(",".join(parts[:k])) + 1
            last_end = _item_end(question, text, last_start, last_start + len(parts[k]))
            return (phrase[0], last_end) if last_end else None
        if _NO_ITEM.match(part):
            return None
        joined = re.search(r"\s(?:and|or)\s", part)  # "cough and fatigue" of "fever, cough and fatigue"
        if joined and held + k + 1 >= 3 and len(parts[0].split()) <= 3:  # not "stoves from the 16th and 17th
            # centuries, made in Germany and Switzerland"
            last_start = phrase[1] + len(",".join(parts[:k])) + 1 + joined.start()
            last_end = _item_end(question, text, last_start, phrase[1] + len(",".join(parts[:k + 1])))
            return (phrase[0], last_end) if last_end else None
    return None


def _item_end(question: str, text: str, start: int, end: int) -> int | None:
    """Where the list's last item ``text[start:end]`` ("and drug use are common causes of poor immune function")
    ends: before a verb, and before the words at its end that the question writes from a word such as "with" on
    ("with a conoscopic lens" of "and interference properties with a conoscopic lens", asked "What properties are
    analyzed with a conoscopic lens?"); one word after "and" stays. None when no word does ("and are ...")."""
    verb = _A_VERB.search(text, start, end)
    words_in = list(re.finditer(r"[\w'’-]+", text[start:verb.start() if verb else end]))
    asked = {stem(w) for w in re.findall(r"[\w'’-]+", question.lower())}
    keep = len(words_in)
    while keep > 2 and (stem(words_in[keep - 1].group(0).lower()) in asked or words_in[keep - 1].group(0).lower() in
                        STOPWORDS):
        keep -= 1
    while keep < len(words_in) and words_in[keep].group(0).lower() not in STOPWORDS:
        keep += 1  # what is dropped opens with a word such as "with" or "under": "tribes" of "tribes under his rule"
    return start + words_in[keep - 1].end() if len(words_in) >= 2 else None


# "not only a risk for the health worker, but also for their families and the communities in which they live"
_NOT_ONLY = re.compile(r"\bnot\s+only\s+(?:(?:in|for|to|of|on|at|by|with)\s+)?(?P<first>[^,;]+?),?\s+but\s+"
                       r"(?:also|as\s+well)\s+(?P<second>[^,;]+?)(?=\s*[,;]|\.(?:\s|$)|$)", re.I)


def both_parts(text: str, start: int, end: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """``[start, end)`` of both parts of "not only X, but also Y" in ``text[start:end]`` when the quoted ``phrase``
    lies in one of them: "autoinfection, but also in infection of patients hospitalised for other causes when they
    provide care" of "... can result not only in autoinfection, but also in infection of patients ...", where
    "autoinfection" was quoted. Else None."""
    for pair in _NOT_ONLY.finditer(text, start, end):
        whole = pair.start("first"), pair.end("second")
        if _A_VERB.search(pair.group("first")) or _A_VERB.search(pair.group("second")):
            continue  # clauses: "Not only the work of British artists is on display, but also work ... that was ..."
        if whole[0] <= phrase[0] and phrase[1] <= whole[1] and whole != phrase:
            return whole
    return None
