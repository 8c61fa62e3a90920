"""Questions whose question word stands where a statement would put the answer, asked the usual way.

Users ask through someone unnamed ("Someone signed the treaty for Laos - who was it?", "Did anyone represent
Cambodia at the meeting? Who?"), through whether a thing exists ("Is there a figure for the combined capital of
...?"), with a cleft ("Who is it that authored that article?"), with the question word last ("The sum behind
Vietnam's 241 ventures is what?"), as a request for a quote ("Quote the passage giving the value of ...") or a
rank's place ("At what rank does Vietnam place ...?"). The reader, taught on questions that open with what they ask, found the
right sentence for many of these but not its phrase (0.03 to 0.25 for "Is there a figure for ...?" and "Someone
... - who?"), or another sentence. ``plainly_asked`` asks each as the question it is: "Who signed the treaty for
Laos?", "Who represented Cambodia at the meeting?", "What is the combined capital of ...?". What this does not
do: read anything else about the question (qa.asking.phrasing), or answer a yes-or-no question with yes or no.
"""
from __future__ import annotations

import re

from .phrasing import direct_order

_AND = r"(?P<and>(?:and|but|so|also)\s+)?"
# what a user asks after saying someone did it: "who?", "who was it?", "who is she?", "what is his name?"
_WHO_TAIL = (r"(?:(?:and\s+)?(?:if\s+so,?\s+)?who(?:\s+(?:is|was|were|are)\s+(?:it|that|he|she|they|this|that\s+person))?"
             r"|what\s+(?:is|was)\s+(?:his|her|their|its|that\s+person['’]s|the\s+person['’]s)\s+name)\s*[?.!]*")
# "Someone officially became Prime Minister on August 22 - who was it?"; not "Someone who ...", whose verb comes later
_SOMEONE = re.compile(rf"^\s*{_AND}(?:someone|somebody)\s+(?P<rest>(?!who\b|that\b)[^?]+?)\s*(?:[-–—:;,.]+|\?)\s*"
                      rf"{_WHO_TAIL}\s*$", re.I)
# "Did anyone from Cambodia attend the forum? Who?", "Is there anyone quoted as saying ...? If so, who?"
_ANYONE = re.compile(rf"^\s*{_AND}(?P<aux>did|does|has|have|had|is|was|will|would)\s+(?:there\s+)?(?:anyone|anybody|"
                     rf"someone|somebody)\s+(?:(?:who|that)\s+)?(?P<rest>[^?]+?)\s*(?:\?|[-–—,;]+)\s*{_WHO_TAIL}\s*$",
                     re.I)
# what "from Cambodia" adds to "anyone" before the verb: "Did anyone from Cambodia attend ...?"
_WHERE_FROM = re.compile(r"^(?:(?:from|in|at|of|on|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+|"
                         r"(?:else|here|there)\s+)")
_PAST = {"be": "was", "become": "became", "begin": "began", "bring": "brought", "build": "built", "choose": "chose",
         "come": "came", "do": "did", "draw": "drew", "find": "found", "get": "got", "give": "gave", "go": "went",
         "have": "had", "hold": "held", "keep": "kept", "know": "knew", "lead": "led", "leave": "left", "make": "made",
         "meet": "met", "pay": "paid", "put": "put", "read": "read", "run": "ran", "say": "said", "see": "saw",
         "send": "sent", "set": "set", "speak": "spoke", "stand": "stood", "take": "took", "tell": "told",
         "think": "thought", "win": "won", "write": "wrote"}
# "Is there a figure for the combined capital of ...?", "Was there a date when Hun Sen first became Prime
# Minister? When?", "Is there a year by which Cambodia aims to ...? Which one?"
_THING = (r"figure|number|count|tally|total|amount|sum|value|estimate|date|year|month|day|rank|ranking|position|goal|"
          r"target|rate|percentage|share|name|title|period|deadline")
_IS_THERE = re.compile(rf"""^\s*{_AND}(?P<be>is|was|are|were)\s+there\s+(?:a|an|any)\s+
    (?:(?:specific|particular|exact|official|actual|precise|known|set)\s+)?(?P<thing>{_THING})\s+
    (?P<rest>(?:for|of|on|about|by|when|in|at|that|which|set)\b[^?]+?)\s*\?
    (?:\s*(?:(?:and\s+)?(?:if\s+so,?\s+)?(?:what|which|how|when|where|who)\b[^?]{{0,25}}\?*))?\s*$""", re.I | re.X)
_FIGURE = frozenset({"figure", "estimate", "amount", "sum", "value", "total"})  # "a figure for X" asks what X is
_COUNTED = _FIGURE | {"number", "count", "tally", "rate", "percentage", "share"}  # "a count of how many ..."
# an asking word that opens what follows "for": "Is there a figure for how many FDI projects Vietnam has ...?"
_EMBEDDED = re.compile(r"^(?:how|what|which|when|where|who)\b", re.I)
# "Who is it that authored that article?", "Along which corridor was it that he encouraged ...?"
_CLEFT = re.compile(rf"""^\s*{_AND}(?P<asked>(?:(?:along|in|on|at|by|for|from|with|to|through|under|during|since|of|
    across|into|over)\s+)?(?:who|whom|what|which(?:\s+[\w-]+){{0,3}}?|where|when|whose(?:\s+[\w-]+){{1,3}}?|
    how\s+(?:many|much)(?:\s+[\w-]+){{0,3}}?))\s+(?:is|was|are|were)\s+it\s+(?:that|who|which)\s+(?P<rest>[^?]+?)\s*\?*\s*$""",
                    re.I | re.X)
# "The sum of money behind Vietnam's 241 ventures in Laos is what?", "And the total capital is what?"
_BE_WHAT = re.compile(rf"^\s*{_AND}(?P<subject>(?:the|its|his|her|their|this|that|these|those)\s[^?]+?)\s+"
                      r"(?P<be>is|was|are|were)\s+(?P<asked>what|who|which\s+(?:one|year|date|day|month|figure))\s*\??\s*$",
                      re.I)
# "Quote the line stating where Vietnam stands among ...", "Quote the passage giving the value of ...", "Quote
# what the article says about ...": qa always quotes; what is asked is what the line says
_QUOTE = re.compile(r"^\s*(?:please\s+)?(?:quote|cite|copy|show\s+me|give\s+me)\s+(?:(?:the|a)\s+(?:exact\s+)?"
                    r"(?:line|lines|passage|sentence|sentences|part|words|bit|paragraph)\s+(?:that\s+|which\s+)?"
                    r"(?:stating|giving|saying|says|states|gives|telling|tells|reporting|reports|on|about)\s+"
                    r"|what\s+(?:the\s+(?:article|piece|report|document|text)|it)\s+(?:says|said|writes|reports)\s+"
                    r"(?P<about>about|on)\s+)(?P<rest>[^?]+?)\s*[.?!]*\s*$", re.I)
# "At what rank does Vietnam place among ...?", "In what position does Cambodia rank ...?"
_AT_RANK = re.compile(r"\b(?:at|in)\s+what\s+(?:rank|position|place|spot)\s+(?P<do>does|do|did)\s+(?P<subject>[^?]+?)"
                      r"\s+(?:place|rank|stand|come|sit|finish|appear)\b", re.I)


def _past(verb: str) -> str:
    """ "represent" -> "represented", "lead" -> "led", "sign" -> "signed", "carry" -> "carried"."""
    low = verb.lower()
    if low in _PAST:
        return _PAST[low]
    if low.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ied"
    return verb + "ed"


def _present(verb: str) -> str:
    """ "chair" -> "chairs", "head" -> "heads", "approach" -> "approaches", "carry" -> "carries", "have" -> "has"."""
    low = verb.lower()
    if low == "have":
        return "has"
    if re.search(r"(?:ch|sh|ss|x|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _who_did(aux: str, rest: str) -> str | None:
    """What follows "Who" for "anyone" with ``aux`` and the words after it: "did", "represent Cambodia" ->
    "represented Cambodia"; "is", "quoted as saying X" -> "is quoted as saying X"; None when no verb follows."""
    aux = aux.lower()
    where = _WHERE_FROM.match(rest)
    said, rest = (rest[:where.end()], rest[where.end():]) if where else ("", rest)
    first = re.match(r"([a-z]+)\b", rest)
    if aux in ("did", "does") and not first:
        return None
    if aux == "did":
        return said + _past(first.group(1)) + rest[first.end():]
    if aux == "does":
        return said + _present(first.group(1)) + rest[first.end():]
    return f"{said}{aux} {rest}"


def plainly_asked(question: str) -> str:
    """``question`` asked the usual way when it asks through someone unnamed, whether a thing exists, a cleft or
    a question word last; any other question as it is.

    "Someone authored the Paxaxon article - who was it?" -> "Who authored the Paxaxon article?"; "Did anyone
    from Cambodia attend the forum? Who?" -> "Who from Cambodia attended the forum?"; "Is there a figure for the
    share of X?" -> "What is the share of X?"; "Is there a year by which Cambodia aims to ...? Which one?" ->
    "What is the year by which Cambodia aims to ...?"; "Who is it that authored it?" -> "Who authored it?"; "The
    sum behind the ventures is what?" -> "What is the sum behind the ventures?"; "At what rank does Vietnam
    place among ...?" -> "What rank does Vietnam hold among ...?"."""
    found = _SOMEONE.match(question)
    if found:
        return _with_and(found, f"Who {found['rest']}?")
    found = _ANYONE.match(question)
    if found:
        said = _who_did(found["aux"], found["rest"])
        return _with_and(found, f"Who {said}?") if said else question
    found = _IS_THERE.match(question)
    if found:
        return _with_and(found, _thing_asked(found["be"].lower(), found["thing"].lower(), found["rest"]))
    found = _CLEFT.match(question)
    if found:
        asked = found["asked"][:1].upper() + found["asked"][1:]
        return _with_and(found, direct_order(f"{asked} {found['rest']}?"))
    found = _BE_WHAT.match(question)
    if found:
        subject = found["subject"][:1].lower() + found["subject"][1:].rstrip(" ,")  # it opens with "the", "its", ...
        return _with_and(found, f"{found['asked'].capitalize()} {found['be'].lower()} {subject}?")
    found = _QUOTE.match(question)
    if found:
        return _quoted(found["rest"], bool(found["about"]))
    rank = _AT_RANK.search(question)
    if rank:
        asked = "What rank" if not question[:rank.start()].strip() else "what rank"
        return f"{question[:rank.start()]}{asked} {rank['do']} {rank['subject']} hold{question[rank.end():]}"
    return question


def _thing_asked(be: str, thing: str, rest: str) -> str:
    """What is asked by "Is there a ``thing`` ``rest``?": "figure", "for the share of X" -> "What is the share of
    X?"; "figure", "for how many projects Vietnam has" -> "How many projects Vietnam has?"; "year", "by which X" ->
    "What is the year by which X?"."""
    about = re.match(r"(?:for|of|on|about)\s+", rest, re.I)
    if about and thing in _COUNTED and _EMBEDDED.match(rest[about.end():]) and about.group(0).lower() != "on ":
        embedded = rest[about.end():]
        return direct_order(embedded[:1].upper() + embedded[1:] + "?")
    if about and thing in _FIGURE:
        return f"What {be} {rest[about.end():]}?"
    return f"What {be} the {thing} {rest}?"


def _quoted(rest: str, about: bool) -> str:
    """What a request for a quote asks: "where Vietnam stands among X" -> "Where Vietnam stands among X?", "the
    value of goods exchanged" -> "What is the value of goods exchanged?", what the article says "about the trade
    target" -> "What does the article say about the trade target?"."""
    if _EMBEDDED.match(rest):
        return direct_order(rest[:1].upper() + rest[1:] + "?")
    if about:
        return f"What does the article say about {rest}?"
    return f"What is {rest}?" if re.match(r"(?:the|a|an|its|their|his|her)\s", rest, re.I) else \
        f"What does the article say about {rest}?"


def _with_and(found: re.Match, asked: str) -> str:
    """``asked`` with the "And" the question opened with: "And someone led it - who?" -> "And who led it?"."""
    joined = found["and"]
    return f"{joined[:1].upper()}{joined[1:]}{asked[:1].lower()}{asked[1:]}" if joined else asked
