"""Whether a figure is a goal or one reached, and whether a year is when a goal was agreed or when it is to be met.

"What was the bilateral trade turnover in 2023?" is not answered by the target set at the end of 2023
(only_a_target), "What is the forecast for full-year 2024 trade?" not by a figure reached (only_reached), and "By
what year do they aim to reach US$20 billion?" not by the year the goal was agreed (when_agreed).
qa.answering.misses.not_this asks these among its other checks. What this does not do: tell whether the figure is
of the thing or the time asked (qa.answering.figures, qa.answering.times), or weigh anything.
"""
from __future__ import annotations

import re

from ..asking.question import Kind

WHEN_AGREED = "The closest passage gives when the goal was agreed, “{said}”, not by when it is to be met."
ONLY_A_TARGET = "The closest passage gives “{said}” as a goal, not as a figure reached."
ONLY_REACHED = "The closest passage gives “{said}” as a figure reached, not as a goal or forecast."


# only_a_target: the words that make the figure after them a goal ("agreed to aim for trade to reach US$20
# billion"), in lower case ("the Educational Cooperation Plan for the 2021-2030 period" names a plan)
_TARGETED = re.compile(r"\b(?:aim(?:s|ed|ing)?\s+(?:for|to|at)|targets?(?:\s+of)?|targeted|goals?\s+of|"
                       r"(?:plan|plans|planned|expected|hopes?|strives?|set|forecast|projected|seeks?|intends?)\s+to|"
                       r"(?:will|would)\s+(?:reach|hit|exceed|top|rise\s+to|grow\s+to|increase\s+to))\b[^.;]{0,60}$")
# "growth rates of 10-15% were highlighted as a key goal": a goal said after the figure
_A_GOAL_AFTER = re.compile(r"[^.;]{0,60}?\bas\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?"
                           r"(?:goal|target|objective|aim)s?\b")
# a figure a condition requires: "would be set up provided that the majority voted for it in a referendum ... that
# represented at least 40% of the total electorate"
_REQUIRED = re.compile(r"\b(?:provided|providing|on\s+condition)\s+that\b[^.;]{0,140}$", re.I)
# a question about a goal itself: "What is the target ...?", "How much do they want trade to reach?"
_ASKS_TARGET = re.compile(r"\b(aim(s|ed|ing)?|try|tries|trying|maintain|sustain|keep\s+up|goals?|target(s|ed|ing)?|"
                          r"plan(s|ned|ning)?|hop(e|es|ed|ing)|"
                          r"want(s|ed|ing)?|expect(s|ed|ing|ations?)?|seek(s|ing)?|sought|set|intend(s|ed|ing)?|"
                          r"striv(e|es|ing)|aspir(e|es|ing|ations?)|forecasts?|projected|projections?|will|would|"
                          r"should|could|eventually|future|predict(s|ed|ions?)?|estimat(e|es|ed|ions?)|objectives?|"
                          r"ambitions?|meant|supposed|keep|keeps|continue|continues)\b", re.I)

# "What did trade actually reach in 2023, the year they set a new target?" asks the figure reached, target or not
_ASKS_ACTUAL = re.compile(r"\b(?:actual(?:ly)?|really|in\s+(?:fact|reality))\b", re.I)


def only_a_target(question: str, phrase: str, text: str) -> bool:
    """Whether the figure quoted is one the answer's sentences ``text`` give as a goal ("agreed to aim for bilateral
    trade turnover to reach US$20 billion") or as what a condition requires ("provided that ... at least 40%"),
    where the question asks what a figure is or was, not what anyone aims for: "What was the bilateral trade
    turnover in 2023?" is not answered by the target set at the end of 2023."""
    at = text.find(phrase.strip())
    # a figure, not a name's digit ("orf1ab" of "primer and probe sets, which target orf1ab (FAM reporter)")
    if at < 0 or not re.search(r"(?<![^\W\d_])\d", phrase) or _ASKS_TARGET.search(question) \
            and not _ASKS_ACTUAL.search(question):
        return False
    end = at + len(phrase.strip())
    return bool(_TARGETED.search(text, max(0, at - 80), at) or _A_GOAL_AFTER.match(text, end)
                or _REQUIRED.search(text, max(0, at - 160), at))


# a question asking for a goal or forecast and nothing else: "What is the forecast for 2024 trade?", "What is the
# target for ...?"; and the words that make a figure one ("will", "aim", "expected", "by 2030", ...)
_FIGURES = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY, Kind.OTHER})  # "What is the forecast?"
_ASKS_GOAL = re.compile(r"\b(?:targets?|goals?|forecasts?|projections?|objectives?)\b", re.I)
_ASKS_FORECAST = re.compile(r"\b(?:forecasts?|projections?|projected)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|would|shall|aims?|aimed|aiming|targets?|targeted|goals?|objectives?|plans?|planned|"
                    r"expects?|expected|forecasts?|projected|projections?|hopes?|strives?|seeks?|intends?|set\s+to|"
                    r"by\s+(?:the\s+end\s+of\s+)?\d{4}|coming)\b", re.I)


def only_reached(question: str, kind: Kind, phrase: str, text: str) -> bool:
    """Whether the figure quoted is one the answer's sentences ``text`` give as reached, where the question asks
    for a goal or forecast: "What is the forecast for full-year 2024 trade?" is not answered by "bilateral trade in
    the first five months of 2024 reached 779.6 million USD", which says nothing of what is to come."""
    figure = re.search(r"\d", re.sub(r"\b(?:1[89]|20)\d\d\b", "", phrase))  # a figure, not only a year
    # asked what, a forecast or projection only: "What was the goal of his bequest?" asks a purpose
    asked = (_ASKS_FORECAST if kind is Kind.OTHER else _ASKS_GOAL).search(question)
    return (kind in _FIGURES and bool(figure) and bool(asked)
            and not _ASKS_ACTUAL.search(question) and not _AHEAD.search(text))


_AGREED = re.compile(r"\b(?:agreed|decided|pledged|committed|resolved|promised|vowed)\b", re.I)
_ASKS_AGREED = re.compile(r"\b(?:agree|agreed|decide|decided|pledge|pledged|commit|committed|resolve|resolved|"
                          r"promise|promised|vow|vowed|set|adopt|adopted|settle|settled|agreement)\b", re.I)


def when_agreed(question: str, kind: Kind, phrase: str, text: str) -> bool:
    """Whether, asked by when a goal is to be met ("By what year do they aim to reach US$20 billion?"), the year
    quoted is when the goal was agreed: "By the end of 2023, the leaders agreed to aim for trade to reach US$20
    billion in the coming time" sets no year for it. The year comes before "agreed" (or "decided", "pledged",
    ...), which comes before the goal, and no year follows the goal."""
    at = text.find(phrase.strip()) if phrase.strip() else -1
    if kind not in (Kind.YEAR, Kind.DATE) or at < 0 or not _ASKS_TARGET.search(question) or _ASKS_AGREED.search(
            question):  # "When did they agree on the goal?" asks just that
        return False
    agreed = _AGREED.search(text, at + len(phrase.strip()))
    goal = _TARGETED.pattern[:-len("[^.;]{0,60}$")]
    aimed = re.search(goal, text[agreed.end():]) if agreed else None
    return bool(aimed) and not re.search(r"\b(?:1[0-9]|20)\d\d\b", text[agreed.end() + aimed.start():])


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


def goal_mismatch(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """A goal quoted for a figure reached (ONLY_A_TARGET), a figure reached for a goal (ONLY_REACHED), or when a
    goal was agreed for by when it is to be met (WHEN_AGREED)."""
    if only_a_target(question, phrase, text):
        return ONLY_A_TARGET.format(said=phrase.strip())
    if only_reached(question, kind, phrase, text):
        return ONLY_REACHED.format(said=phrase.strip())
    if when_agreed(question, kind, phrase, text):
        return WHEN_AGREED.format(said=phrase.strip())
    return None
