"""Why a passage that matches the question's words does not answer it, in words a user can check.

The reader and the sentence scorer both weigh how well a passage matches the question; a passage can match
well and still not answer. Each check here looks at the answer's sentences and the phrase quoted, and names
what is missing: no date for "When ...?" (undated), or another name, rank or year than the question's
(qa.slots). Both choosers (qa.reading, qa.extract) call not_this and abstain with its reason. What this does
not do: weigh anything, or look beyond the answer's own sentences.
"""
from __future__ import annotations

import re

from .question import Kind
from .slots import about_another

# A question asking for a year, a count, a percentage or an amount is answered with a phrase holding a number. When
# the reader's phrase holds none, the answer sentence's phrase of that kind is quoted; when the sentence holds none
# either ("In what year ...?" and a sentence saying "in recent years"), it does not answer the question.
NO_NUMBER = "The closest passage gives no {kind}."
# The answer's sentences put another name where the question puts its own ("What is the capital city of Laos?"
# and "... the capital city of Phnom Penh"), or its phrase gives another year: they are about something else
# (qa.slots).
OTHER_NAME = "The closest passage says “{said}”, not {name}."

# undated: what a date is, what asks for one, and what words of time a sentence answering "When ...?" holds
_DATED = re.compile(r"\d|\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_ASKS_DATE = re.compile(r"\b(what|which) (date|day|month)\b|\bon what (date|day)\b", re.I)
_ASKS_WHEN = re.compile(r"\s*when\b(?!.*\b(what|which|who|whom|where|why|how)\b)", re.I)
_TIME_WORD = re.compile(r"\b(today|yesterday|tomorrow|tonight|now|currently|recently|ago|century|centuries|decades?|"
                        r"years?|months?|weeks?|days?|era|ages?|period|morning|afternoon|evening|night|spring|summer|"
                        r"autumn|fall|winter|during|after|before|since|until|till|when|while|once|later|earlier|then|"
                        r"ancient|medieval|modern|times?|dynasty|reign|war|prehistoric|early|late|past|future|soon|"
                        r"previously|formerly|initially|eventually|finally|first|last|annual|annually|daily|weekly)\b",
                        re.I)


def not_this(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the answer's sentences ``text``, quoting ``phrase``, do not answer the question, however well they
    match it: they cannot say when (undated), or they are about another name, rank or year (qa.slots). None
    if neither."""
    if undated(question, kind, text):
        return NO_NUMBER.format(kind="date")
    other = about_another(question, kind, text, phrase)
    return OTHER_NAME.format(said=other[0], name=other[1]) if other else None


def undated(question: str, kind: Kind, text: str) -> bool:
    """Whether the answer's sentences ``text`` cannot say when: asked for a date ("On what date ...?"), they hold no
    digit and no month; asked "When ...?", not even a word of time ("after", "during", "century", ...). "When
    was the Trade Agreement signed?" is not answered by the heading "The signing of the Trade Agreement." A
    question that only begins with a clause ("When rock folds, what does it form?") asks something else."""
    if kind is not Kind.DATE or _DATED.search(text):
        return False
    if _ASKS_DATE.search(question):
        return True
    return bool(_ASKS_WHEN.match(question)) and not _TIME_WORD.search(text)

