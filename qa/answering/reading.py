"""Answering with the trained reader: which passage answers, the exact span, and how sure qa is.

qa.answering.extract scores every sentence of the retrieved chunks; the passages around
the best few (``Config.read_passages``, one per place) go to qa.models.reader
together. Each sentence of each passage is then an option with a choice score, a
weighted sum of: the reader's answerability of the passage and its best span
inside the sentence, the sentence scorer's score of that sentence, the rank of
the passage, and whether it is the sentence that brought the passage. The
option with the highest wins. The phrase quoted is the one qa.models.reader chose
to quote there (the span of highest expected F1, around the best span the
choice weighed), and the answer text is the sentence or sentences the two
touch. The confidence is a logistic function
of the chosen option's features, its lead over the best passage that says something
else, whether another passage gives the same span, and the share of question
words no document holds. Both sets of weights are fitted on held-out
questions by training/fit_reader.py (all but the last, see ``confidence``).
Retrieval and sentence scoring are not done here.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..asking.countries import long_country_names, mentions_country
from ..asking.question import HONORIFICS, QUESTION_TERMS, Kind, content_words, names, unnamed, years
from ..asking.titles import NAME, after_title, is_title_word, named_after_title
from ..text import STOPWORDS, WORD, normalized, stem, terms
from ..types import Answer, Citation
from .contrasts import aside_parts, listed_besides, other_of_kind, without_aside_items
from .definitions import NAMED_AS, asks_other_name, names_it_also
from .enumerated import ASKS_WHY, announces, asks_nth, asks_several, asks_why, numbered
from .events import NOT_REPORTED
from .figures import (CURRENCY, NO_ITEMS, NO_NUMBER, NO_REASON, NUMBER_KINDS, counted_figure, gives_share,
                      holds_number, no_measure, only_a_figure, share_of_term)
from .goals import ONLY_A_TARGET
from .listed import both_parts, whole_list
from .measures import whole_figure
from .misses import (ABOUT_ANOTHER, NOT_IN_PASSAGE, NOT_NAMED, SET_ASIDE, named_in_question, not_this, quote_instead,
                     unmentioned_countries)
from .offices import holder
from .people import full_name_before, name_after_its_title, named_as_the_same, named_by_pronoun, only_a_title
from .slots import body_of_country, gives_owned, other_owner, owned_asked
from .spans import (answered_whole, asks_change, at_asked_noun, best_span, change_span, labelled_share,
                    level_in_year, one_period, paired_value, reason_clause, respective, which_of, without_asked_of,
                    word_start)
from .times import ASKS_PERIOD, is_period
from .who import A_PERSON, NO_ONE, asks_one_person, body_instead, not_a_body_reason

# `python training/fit_reader.py --read 4` (fits on the first 2; 12 chunks; every sentence of a passage an option),
# reader sha256 6aa91fc3: 723 questions of the tune split (SQuAD articles 16-19, COVID-QA papers 42-51), and the
# same questions with their document left out (2026-12-02, with the share of names the chosen document lacks).
CHOICE_WEIGHTS = {"answerable": 0.3393, "span": 0.1778, "sentence": 0.9504, "rank": 0.4398, "in_sentence": 0.3098}
CONFIDENCE_WEIGHTS = {"bias": -4.8541, "answerable": 0.3311, "span": -0.0097, "sentence": 1.423, "rank": 0.8327,
                      "in_sentence": -0.5123, "margin": 0.544, "agree": 0.341, "unnamed": -2.2868}
MAX_MARGIN = 5.0
# How far behind the best option one that lists as many things as asked for may be and still go first
# (reading._asked_for_first).
LIST_LEAD = 2.5
# Asked for a number ("Which edition ...?"), an option without one ("Belt and Road Forum") gives way to one within
# this much that has one ("third Belt and Road Forum"), before qa looks for a number in its sentences. At 2.5 it
# answered what qa had rightly left unanswered (docs/reader.md).
NUMBER_LEAD = 1.0
UNMENTIONED = NOT_NAMED.split("{")[0]
_NO_FIGURE = {NO_NUMBER.format(kind=kind) for kind in ("number", "measure")}
_UNREPORTED = NOT_REPORTED.split("{")[0]
_UNMENTIONED_HERE = NOT_IN_PASSAGE.split("{")[0]
_NO_ONE, _NOT_A_PERSON = NO_ONE.split("{said}")
_NO_ITEMS = NO_ITEMS.split("{")[0]
_NO_REASON = NO_REASON.split("“")[0]
_A_GOAL = ONLY_A_TARGET.split("”")[-1]
_A_PERSON = A_PERSON.split("“")[0]

NOT_STATED = "The closest passages do not state the answer."
NOT_SURE = "The closest passages may answer it, but qa is not sure enough to say."
REFERENT = "The closest passage names {name}, the question's \"{word}\", not another person."
ONLY_REFERENT = "The closest passage only names {name}, the question's \"{word}\"."
UNKNOWN_WORDS = "Some of the question's key words appear in no document."
# A question naming something no document mentions is not answered (qa.asking.question.names, Extractor.absent_names):
# "How many projects does Vietnam have in Thailand?" of documents that never name Thailand is not answered by
# the passage about Cambodia's projects, however well the rest of it matches.
NOT_MENTIONED = "No document mentions {names}."
DISAGREE = "The documents disagree: passages in different documents say different things, and none stands out."
SAYS_OTHERWISE = "Another document says otherwise: see source [{n}]."
# Another document's phrase is cited as saying otherwise only when qa prefers its own answer less than this to it:
# a figure in a passage about something else, which the choice all but rules out, is no disagreement.
OTHERWISE_BELOW = 0.9
# a phrase that opens with a lower-case word of its own ("attend the Forum", "providing access"): no place
_ACTION = re.compile(r"\s*(?!(?:the|a|an|in|at|on|to|from|near|into|across|northern|southern|eastern|western|north|"
                     r"south|east|west|central|upper|lower)\b)[a-z]")
# "ship into Sicily" says where (qa.answering.places._PLACED, for agreements, reads fewer words)
_SAYS_WHERE = re.compile(r"\b(?:in|into|at|to|from|near|on)\s+(?:the\s+)?[A-Z]")
# a name of one to four capitalized words: "Laos", "Phnom Penh", "Ho Chi Minh City"
_PLACE_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")
PERSON_WORD = re.compile(r"\b(he|she|him|his|her|that person|this person)\b", re.I)


@dataclass(frozen=True)
class Reading:
    """One passage as the reader saw it, in document offsets."""

    candidate: object  # the qa.answering.extract.Candidate whose sentence brought this passage
    start: int  # the passage, [start, end) in the document
    end: int
    span_start: int  # the reader's span, [span_start, span_end) in the document: what the choice weighs
    span_end: int
    answerable: float  # reader's logit
    span_score: float  # reader's start + end logit
    choice: float = 0.0
    features: dict | None = None  # choice_features(), for training/fit_reader.py
    quote: tuple[int, int] | None = None  # the phrase to quote, [start, end) in the document (the span if None)

    @property
    def phrase(self) -> tuple[int, int]:
        return self.quote or (self.span_start, self.span_end)

    @property
    def extent(self) -> tuple[int, int]:
        """The span and the phrase together: what the answer's sentences must hold."""
        return min(self.span_start, self.phrase[0]), max(self.span_end, self.phrase[1])

    @property
    def doc_id(self) -> str:
        return self.candidate.doc_id


def choice_features(answerable: float, span_score: float, sentence: float, order: int, in_sentence: bool) -> dict:
    """What the choice weighs: the reader's answerability of the passage and score of the span, the sentence
    scorer's score of the sentence holding the span, the rank of the passage (0 = best), and whether the span
    lies inside the sentence that brought its passage (reader and scorer agree)."""
    return {"answerable": answerable, "span": span_score, "sentence": sentence, "rank": 1.0 / (1 + order),
            "in_sentence": float(in_sentence)}


def choice_score(features: dict) -> float:
    return sum(CHOICE_WEIGHTS[k] * v for k, v in features.items())


def confidence(features: dict, margin: float, agree: bool, unnamed_share: float = 0.0) -> float:
    """P(the answer is right) from the chosen passage's choice_features, its lead, whether another passage
    agrees and the share of the question's names its document never mentions (unnamed), fitted on held-out
    questions. The features are weighed afresh, not through the choice score: what ranks one question's
    passages (the scorer's rank) is not what tells a right answer from a wrong one. Question words that no
    document holds no longer lower it (docs/measured.md, 2026-12-03): in a small collection they are mostly
    the user's own words for what the documents say ("slice", "rise"), and a question about what no document
    covers abstains without them."""
    w = CONFIDENCE_WEIGHTS
    z = (w["bias"] + sum(w[k] * v for k, v in features.items()) + w["margin"] * min(margin, MAX_MARGIN)
         + w["agree"] * agree + w["unnamed"] * unnamed_share)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def same_span(a: str, b: str) -> bool:
    return bool(a) and normalized(a) == normalized(b)


def passages_to_read(index, candidates: list, limit: int) -> list[tuple[object, int, int]]:
    """``(candidate, start, end)`` of the passages around the best ``limit`` sentences, one per place.

    A passage is the sentence with its neighbours on the same line. training/train_reader.py shows the
    reader exactly these.
    """
    from .extract import _distinct_passages, passage_around

    return [(c, *passage_around(index.documents[c.doc_id].text, index.sentences[c.doc_id], c.sentence))
            for c in _distinct_passages(candidates, limit)]


_WORDED = re.compile(r"[^\W_]")


def read_passages(extractor, query, candidates: list, limit: int) -> list[Reading]:
    """Read the passages around the best ``limit`` candidate sentences (one per place), best choice first.

    Each sentence of a passage is an option: the reader's best span inside it, weighed with the sentence
    scorer's score of that sentence, so the choice can prefer the neighbour that holds the answer as well as
    the sentence that brought the passage. The reader's best span over the whole passage is an option too
    when it crosses sentences (a clause running on).
    """
    index = extractor.index
    chosen = passages_to_read(index, candidates, limit)
    scores = {(c.doc_id, c.sentence): c.score for c in candidates}
    floor = min(scores.values())  # a neighbour outside every retrieved chunk: scored as the weakest candidate
    texts, inside, within, heads = [], [], [], []  # per passage: text, sentences, their ranges, header read
    for c, s, e in chosen:
        spans = index.sentences[c.doc_id]
        text = index.documents[c.doc_id].text
        # a passage is its sentence and the neighbours passage_around took, not a scan of the whole document
        js = [j for j in (c.sentence - 1, c.sentence, c.sentence + 1)
              if 0 <= j < len(spans) and s <= spans[j][0] and spans[j][1] <= e]
        head = table_header(text, s)  # a table row is read under its table's header row
        h0, h1 = head or (s, s)
        shift = h1 - h0 + 1 if head else 0  # the header and its line break, read before the passage
        hs = []
        if head:
            first, last = answer_sentences(spans, h0, h1)
            hs = [j for j in range(first, last + 1) if h0 <= spans[j][0] and spans[j][1] <= h1]
        texts.append(text[h0:h1] + "\n" + text[s:e] if head else text[s:e])
        inside.append(hs + js)
        within.append([(spans[j][0] - h0, spans[j][1] - h0) for j in hs]
                      + [(spans[j][0] - s + shift, spans[j][1] - s + shift) for j in js])
        heads.append((h0, shift))
    readings = []
    for order, ((c, s, e), js, (h0, shift), r) in enumerate(zip(
            chosen, inside, heads, extractor.reader.read(reader_question(query), texts, within))):
        sentences = index.sentences[c.doc_id]

        def at(o: int) -> int:  # a character of the text read -> the document
            return h0 + o if o < shift else s + o - shift

        text = index.documents[c.doc_id].text
        options = [(at(a), at(b), score, _sentence_score(scores, floor, c.doc_id, j, text, sentences), (at(qs), at(qe)))
                   for j, (a, b, score, qs, qe) in zip(js, r.inside) if math.isfinite(score) and b > a]
        first, last = answer_sentences(sentences, at(r.start), at(r.end))
        if r.end > r.start and last > first and (r.start < shift) == (r.end <= shift):
            options.append((at(r.start), at(r.end), r.score,
                            max(scores.get((c.doc_id, j), floor) for j in range(first, last + 1)),
                            (at(r.quote[0]), at(r.quote[1]))))
        # a span of no word (")" of "..., 2012) .") is no phrase to quote
        options = [o for o in options if _WORDED.search(text, *(o[4] if o[4][1] > o[4][0] else o[:2]))]
        for start, end, score, sentence, quote in options or [(c.start, c.end, 0.0, c.score, None)]:
            features = choice_features(r.answerable, score, sentence, order, c.start <= start and end <= c.end)
            readings.append(Reading(c, s, e, start, end, r.answerable, score, choice_score(features), features,
                                    quote if quote and quote[1] > quote[0] else None))
    # A sentence that asks (an FAQ's own question, "Which payment methods do you accept?") answers nothing,
    # however like the question it reads.
    answers = sorted([r for r in readings if not _asks(index, r)] or readings, key=lambda r: -r.choice)
    return _asked_for_first(index, query, answers)


# "What are the three measures ...?", "Which two oceans ...?": the question asks for a list of so many things,
# whose items a phrase separates with commas or "and"; a part opening with a preposition or a relative word goes on
# with what came before ("Indochinese Peninsula, in the lower Mekong basin" is no list).
_LIST_OF = re.compile(r"\b(?:what|which)\s+(?:(?:are|were|is|was)\s+)?(?:the\s+)?(two|three|four|five|six)\b(?!-)",
                      re.I)
_ITEMS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_NOT_AN_ITEM = re.compile(r"^(?:in|on|at|of|for|by|with|from|to|into|during|under|over|between|among|which|that|who|"
                          r"where|when|while|as)\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# the rest of a list after its first items, up to the punctuation or sentence end after the last: ", Forster II, and
# Forster III"; items of at most eight words
_LIST_ITEM = r"[^\s,;:.()\"“”]+(?:\s+[^\s,;:.()\"“”]+){0,7}"
_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*(?!(?:and|or)\b){_LIST_ITEM})*\s*,?\s+(?:and|or)\s+{_LIST_ITEM}"
                           r"(?=\s*(?:[,;:.)\"“”]|$))")


# a question that asks a colour, and the words that name one
_ASKS_COLOUR = re.compile(r"\b(?:what|which)\s+colou?rs?\b", re.I)
_COLOUR = re.compile(r"\b(?:red|crimson|scarlet|maroon|burgundy|pink|rose|orange|yellow|gold|golden|amber|green|olive|"
                     r"blue|navy|azure|turquoise|cyan|teal|purple|violet|magenta|indigo|lilac|lavender|white|black|grey|"
                     r"gray|silver|brown|tan|beige|cream|ivory|bronze|copper)(?:ish)?\b", re.I)
# a question that asks what something is called, and a sentence that says what something is called
_ASKS_CALLED = re.compile(r"\b(?:called|known\s+as|named|termed|referred\s+to\s+as)\s*\??\s*$"
                          r"|^\s*what\s+(?:do|does|did|would|might)\s+(?:you|we|they|people|one|\w+ists?)\s+call\b"
                          r"|^\s*what\s+is\s+it\s+called\b", re.I)
# "What was the goal of the Albany Congress?", of a sentence that tells of the congress but of no goal, and the
# sentence after, which states it: "The goal of the congress was to formalize a unified front ..."
_GOAL_WORDS = r"goals?|aims?|purposes?|objectives?|mission|intent(?:ion)?s?"
_ASKS_GOAL = re.compile(rf"\s*what\s+(?:is|was|are|were)\s+(?:the|its|their|his|her)\s+(?:(?:main|primary|chief|"
                        rf"stated|original|ultimate)\s+)?(?:{_GOAL_WORDS})\s+of\b", re.I)
_GOAL = re.compile(rf"\b(?:{_GOAL_WORDS}|aimed|intended|meant\s+to|in\s+order\s+to|so\s+as\s+to|sought)\b", re.I)
_STATES_GOAL = re.compile(rf"\W*(?:the|its|their|his|her)\s+(?:(?:main|primary|chief|stated|original|ultimate)\s+)?"
                          rf"(?:{_GOAL_WORDS})\b", re.I)
_GOAL_TERMS = frozenset(terms("goal goals aim aims purpose purposes objective objectives mission intent intention "
                              "main primary chief stated original ultimate"))
# a sentence naming what the one before tells of: "This is a form of jail solidarity.", "This is known as ..."
_NAMES_IT = re.compile(r"\W*(?:this|these|that|it|such\s+\w+)\s+(?:is|are|was|were)\s+(?:(?:also|often|sometimes|"
                       r"commonly|usually|now)\s+)?(?:called|known\s+as|termed|named|referred\s+to\s+as|"
                       r"a\s+(?:form|kind|type|case)\s+of)\b", re.I)
_NAMING = re.compile(rf"\b(?:call|calls|{NAMED_AS}|dubbed|nicknamed)\b", re.I)


def is_list_of(phrase: str, n: int) -> bool:
    """Whether ``phrase`` lists at least ``n`` things: "Pacific and Indian Oceans" lists 2."""
    items = [x.strip() for x in _ITEMS.split(phrase) if x.strip()]
    return len(items) >= n and not any(_NOT_AN_ITEM.match(x) for x in items[1:])


def _listed_on(index, r: Reading, n: int) -> Reading:
    """The reading, its phrase taken on to the end of the list it begins when its sentence goes on to list ``n``
    things in all: "Red River" of "... two major rivers - Red River and Mekong River" asked "Which two rivers
    ...?"; "Forster I, Forster II" of "Forster I, Forster II, and Forster III". Else the reading as it is."""
    text, (start, end) = index.documents[r.doc_id].text, r.phrase
    rest = _LIST_GOES_ON.match(text, end, _sentence_bounds(index, r)[1])
    if not rest or is_list_of(text[start:end], n):
        return r
    listed = text[start:rest.end()]
    exactly_n = len([x for x in _ITEMS.split(listed) if x.strip()]) == n
    return replace(r, quote=(start, rest.end())) if exactly_n and is_list_of(listed, n) else r


def _asked_for_first(index, query, ranked: list[Reading]) -> list[Reading]:
    """The options, with one that lists as many things as the question asks for ("Pacific and Indian Oceans" for
    "Which two oceans ...?") first when the best one does not and its choice is within LIST_LEAD of it; and,
    asked when something happened, a date first when the best option is only a span of years ("July 18, 1977"
    over "(1977-2023)", the years of an anniversary, for "When was the treaty signed?"). The spans of years then
    go: they are no other document's answer either (conflicting). Asked for a number, one that gives it goes
    first when within NUMBER_LEAD of the best, which does not, and asked how tall or how far, a measure; asked
    where, a name goes first within NUMBER_LEAD of a best phrase that names an action ("Laos" over "attend the ...
    Forum"); asked what type of a thing, a phrase naming a kind of it ("Synthetic aperture" of "... radar"); asked
    another name, one whose sentences give a thing another name ("also known as muroplasts"). Asked for a share, of
    the shares its sentences give, the one labelled with a word of the question ("44.6%" of "depression (634
    [50.4%]), anxiety (560 [44.6%])" asked of anxiety), a number with the percent sign written after it ("51.6%"),
    the share its sentences give where the phrase gives none, else a read option within LIST_LEAD that gives one.
    Before all, an option whose sentences give the question's country's thing to another country
    (qa.answering.slots.other_owner) gives way to one within LIST_LEAD whose sentences give it to that country and
    hold the question's names the first held; and a follow-up's option from a document that never mentions a
    country of its topic, to one from a document that does."""
    # "Vietnam is also China's largest trading partner" gives way to "... Vietnam's largest trade partner", if that
    # loses none of the question's names ("... in ASEAN")
    if ranked and owned_asked(query.question):
        said = [sentences_of(index, r) for r in ranked]
        held = [n for n in names(query.question) if not unnamed([n], said[0])]
        ranked = _first_that(ranked, [other_owner(query.question, t) is None and gives_owned(query.question, t)
                                      and not unnamed(held, t) for t in said])
    if query.earlier:  # "What is the total capital of those projects?" after a question on Cambodia: not Laos's
        asked = names(query.question) + names(query.earlier)
        ranked = _first_that(ranked, [not unmentioned_countries(asked, index.documents[r.doc_id].text)
                                      for r in ranked])
    listed = _LIST_OF.search(query.question)
    if listed:
        wanted = _NUMBER_WORDS[listed.group(1).lower()]
        ranked = [_listed_on(index, r, wanted) for r in ranked]
        return _first_that(ranked, [is_list_of(phrase_of(index, r), wanted) for r in ranked])
    if query.kind in NUMBER_KINDS and ranked and not holds_number(query.kind, phrase_of(index, ranked[0])):
        amount = _amount_in_sentences(index, query, ranked[0]) if query.kind is Kind.MONEY else None
        ranked = [replace(ranked[0], quote=amount)] + ranked[1:] if amount else _first_that(
            ranked, [holds_number(query.kind, phrase_of(index, r)) for r in ranked], NUMBER_LEAD)
    if query.kind is Kind.PERCENT and ranked:
        ranked = _share_first(index, query, ranked)
    if ranked and _ASKS_RATIO.search(query.question):
        ranked = _ratio_first(index, ranked)
    if query.kind is Kind.QUANTITY and ranked and no_measure(query.question, query.kind, phrase_of(index, ranked[0]),
                                                             sentences_of(index, ranked[0])):
        # "How tall is the tallest building ...?": "Bank of America Tower" gives way to "617 ft" of the sentence after;
        # "How large are chloroplasts ...?": "about 10 to 100" (of them) to "5–8 μm in diameter and 1–3 μm thick"
        ranked = _first_that(ranked, [only_a_figure(phrase := phrase_of(index, r), 6) and not no_measure(
            query.question, query.kind, phrase, sentences_of(index, r)) for r in ranked], NUMBER_LEAD)
    if ranked and named_in_question(query.question, phrase_of(index, ranked[0])):
        # "What hypothetical planet was proposed to explain the anomalies in Mercury's orbit?": "Mercury", a name the
        # question gives itself, gives way to "Vulcan" within NUMBER_LEAD
        ranked = _first_that(ranked, [not named_in_question(query.question, phrase_of(index, r)) for r in ranked],
                             NUMBER_LEAD)
    best = phrase_of(index, ranked[0]) if ranked else ""
    if query.kind is Kind.PLACE and _ACTION.match(best) and not _SAYS_WHERE.search(best):
        # "Where did he go on his first trip?": "attend the ... Forum" gives way to "Laos", a name, within NUMBER_LEAD
        ranked = _first_that(ranked, [bool(_PLACE_NAME.fullmatch(phrase_of(index, r).strip())) for r in ranked],
                             NUMBER_LEAD)
    if ranked and _ASKS_COLOUR.search(query.question) and not _COLOUR.search(phrase_of(index, ranked[0])):
        # "Which color did Harvard students adopt in an 1875 vote?": "crimson" goes first within NUMBER_LEAD of
        # "student body", which names none
        ranked = _first_that(ranked, [bool(_COLOUR.search(phrase_of(index, r))) for r in ranked], NUMBER_LEAD)
    if ranked and _ASKS_CALLED.search(query.question) and not _NAMING.search(sentences_of(index, ranked[0])):
        # "What is the immune system's job of finding tumors called?": a sentence that names something ("... is
        # known as immune surveillance") goes first within NUMBER_LEAD of one that names nothing
        ranked = _first_that(ranked, [bool(_NAMING.search(sentences_of(index, r))) for r in ranked], NUMBER_LEAD)
    if ranked and asks_other_name(query.question) and not names_it_also(sentences_of(index, ranked[0])):
        # "What are glaucophyte chloroplasts also called?": "... are also known as muroplasts" goes first within
        # NUMBER_LEAD of "structures called phycobilisomes", which names another thing
        ranked = _first_that(ranked, [names_it_also(sentences_of(index, r)) for r in ranked], NUMBER_LEAD)
    kind_of = _ASKS_TYPE_OF.search(query.question)
    if ranked and kind_of and not _is_kind_of(index, ranked[0], kind_of.group(1)):
        # "What type of radar was used ...?": "Synthetic aperture" of "Synthetic aperture radar" goes first within
        # NUMBER_LEAD of "mature forest", which is no radar
        ranked = _first_that(ranked, [_is_kind_of(index, r, kind_of.group(1)) for r in ranked], NUMBER_LEAD)
    if query.kind not in (Kind.DATE, Kind.YEAR) or ASKS_PERIOD.search(query.question):
        return ranked
    if not ranked or not is_period(phrase_of(index, ranked[0])):
        return ranked
    points = [r for r in ranked if not is_period(phrase_of(index, r))]
    date = next((r for r in points if holds_number(query.kind, phrase_of(index, r))
                 and r.choice >= ranked[0].choice - LIST_LEAD), None)
    if date is None:
        return ranked
    return [replace(date, choice=ranked[0].choice)] + [r for r in points if r is not date]


# a ratio asked ("What odds ratio ...?"), and one given: "OR=14.28", "aHR 1.9", "odds ratio of 2.3", "2.4 times"
_ASKS_RATIO = re.compile(r"\b(?:odds|hazard|risk|rate|incidence|prevalence)\s+ratios?\b|\brelative\s+risk\b", re.I)
_RATIO = re.compile(r"\b(?:a?OR|a?HR|a?RR|IRR)\s*[=:]?\s*\(?\s*\d+(?:\.\d+)?|\b(?i:odds|hazard|risk|rate)\s+(?i:ratio)\s*"
                    r"(?:\((?:a?OR|a?HR|a?RR|IRR)\)\s*)?(?i:of|was|were|is|=|:)?\s*\d+(?:\.\d+)?|"
                    r"\b\d+(?:\.\d+)?[\s-]?(?i:times|fold)\b")


def _ratio_first(index, ranked: list[Reading]) -> list[Reading]:
    """Asked for a ratio: the best option quoting the ratio its sentences give when its phrase gives none, else
    the first option within LIST_LEAD whose phrase or sentences give one: "What odds ratio did a history of smoking
    carry ...?" and "27.3%" (a share) give way to "OR=14.28" of the sentence after."""
    def ratio(r: Reading) -> tuple[int, int] | None:
        if _RATIO.search(phrase_of(index, r)):
            return r.phrase
        start, end = _sentence_bounds(index, r)
        found = _RATIO.search(index.documents[r.doc_id].text, start, end)
        return found.span() if found else None

    given = [ratio(r) for r in ranked]
    at = next((n for n, (r, span) in enumerate(zip(ranked, given))
               if span and r.choice >= ranked[0].choice - LIST_LEAD), None)
    if at is None or given[0] == ranked[0].phrase:
        return ranked
    return [replace(ranked[at], choice=ranked[0].choice, quote=given[at])] + ranked[:at] + ranked[at + 1:]


# "What type of radar ...?", "What kinds of cells ...?": the thing whose kind is asked
_ASKS_TYPE_OF = re.compile(r"\bwhat\s+(?:type|kind|sort)s?\s+of\s+([^\W\d_][\w-]*)", re.I)


def _is_kind_of(index, r: Reading, thing: str) -> bool:
    """Whether the reading's phrase names a kind of ``thing``: it ends with the word ("white blood cells" of
    cells) or comes before it, two words at most ("Synthetic aperture" of "Synthetic aperture radar",
    "twentieth" of "early twentieth century homes")."""
    text = index.documents[r.doc_id].text
    start, end = r.phrase
    root = stem(thing.lower())
    said = WORD.findall(text[start:end])
    after = re.match(r"(?:[\s-]*[^\W\d_][\w-]*){1,3}", text[end:end + 60])
    return bool(said) and stem(said[-1].lower()) == root or bool(after) and root in {
        stem(w.lower()) for w in WORD.findall(after.group(0))}


def _amount_in_sentences(index, query, r: Reading) -> tuple[int, int] | None:
    """The amount of money the reading's sentences give (best_span), when its phrase gives none: "$3.5 billion" of
    "... with Capital Cities purchasing ABC and its related properties for $3.5 billion and ..." where the reader
    quoted "118"; else None."""
    return _number_span(index.documents[r.doc_id].text, *_sentence_bounds(index, r), Kind.MONEY, query.question)


def _share_first(index, query, ranked: list[Reading]) -> list[Reading]:
    """Asked for a share: the options with the best one quoting, of the shares its sentences give, the one labelled
    with a word of the question, or its number with the percent sign after it; or, when its phrase gives no share,
    the share its sentences give, else a read option within LIST_LEAD that gives one (_asked_for_first)."""
    best = ranked[0]
    labelled = _labelled_share(index, query, best)
    if labelled and labelled != best.phrase:  # "What proportion ... reported symptoms of anxiety?" and
        return [replace(best, quote=labelled)] + ranked[1:]  # "depression (634 [50.4%]), anxiety (560 [44.6%])"
    signed = _with_its_percent(index, best)
    if signed:  # "51.6" of "51.6% in favour", "50% to 60" of "50% to 60%": with its sign
        return [replace(best, quote=signed)] + ranked[1:]
    if gives_share(phrase_of(index, best)) or asks_change(query.question):
        return ranked
    # "What percentage of people infected with SARS-CoV died?": "8000" (people) gives way to the share its own
    # sentences give ("approximately 10% of those infected"), else, "What proportion of volunteers seroconverted
    # ...?", "59" (volunteers) to an option within LIST_LEAD that gives one ("98%", 1.3 behind), quoted as the
    # share in its phrase nearest the question's words ("98%" of "Eight percent of the volunteers ..., while 98%")
    share = _share_in_sentences(index, query, best)
    if share:
        return [replace(best, quote=share)] + ranked[1:]
    moved = _first_that(ranked, [gives_share(phrase_of(index, r)) for r in ranked], LIST_LEAD)
    share = _share_in_sentences(index, query, moved[0]) if moved[0] is not ranked[0] else None
    start, end = moved[0].phrase
    return [replace(moved[0], quote=share)] + moved[1:] if share and start <= share[0] and share[1] <= end else moved


def _with_its_percent(index, r: Reading) -> tuple[int, int] | None:
    """The reading's phrase with the percent sign or word its document writes right after it ("51.6" of "51.6% in
    favour": "51.6%"); else None."""
    start, end = r.phrase
    after = re.match(r"\s?(?:%|per\s?cent\b|percent\b)", index.documents[r.doc_id].text[end:end + 12])
    return (start, end + after.end()) if after and re.search(r"\d\s*$", phrase_of(index, r)) else None


def _labelled_share(index, query, r: Reading) -> tuple[int, int] | None:
    """The share the reading's sentences label with a word of the question (qa.answering.spans.labelled_share)."""
    return labelled_share(query.question, index.documents[r.doc_id].text, *_sentence_bounds(index, r))


def _share_in_sentences(index, query, r: Reading) -> tuple[int, int] | None:
    """The share the reading's sentences give (best_span), when its phrase gives none: "10%" of "SARS-CoV infected
    about 8000 people, and resulted in the deaths of approximately 10% of those infected", where the reader quoted
    "8000"; else None."""
    text = index.documents[r.doc_id].text
    typed = _number_span(text, *_sentence_bounds(index, r), Kind.PERCENT, query.question)
    return typed if typed and gives_share(text[slice(*typed)]) else None


def _number_span(text: str, start: int, end: int, kind: Kind, question: str) -> tuple[int, int] | None:
    """The typed phrase of ``text[start:end]`` nearest the question's words (best_span), when it holds a number of
    the ``kind`` asked (holds_number); else None."""
    typed = best_span(text, start, end, kind, question)
    return typed if typed and holds_number(kind, text[slice(*typed)]) else None


def _given_way(readings: list[Reading], refused: str, fits: list[bool],
               lead: float) -> tuple[list[Reading], str | None]:
    """The readings with the first that fits within ``lead`` of the refused best one put first (_first_that), and
    the refusal, kept only when none gave way."""
    moved = _first_that(readings, fits, lead)
    return moved, (refused if moved[0] is readings[0] else None)


def _first_that(ranked: list[Reading], fits: list[bool], lead: float = LIST_LEAD) -> list[Reading]:
    """``ranked`` with the first option that ``fits`` first, at the best one's choice, when the best one does
    not fit and that one's choice is within ``lead`` of it."""
    if not fits or fits[0]:
        return ranked
    at = next((n for n, r in enumerate(ranked) if fits[n] and r.choice >= ranked[0].choice - lead), None)
    if at is None:
        return ranked
    return [replace(ranked[at], choice=ranked[0].choice)] + ranked[:at] + ranked[at + 1:]


def phrase_of(index, reading: Reading) -> str:
    """The reading's phrase, as its document writes it."""
    return index.documents[reading.doc_id].text[slice(*reading.phrase)]


# A sentence that opens by pointing back ("These measures include ...", "This is because ...") goes on with the one
# before it.
_POINTS_BACK = re.compile(r"\s*(?:These|This|Those|Such)\b")


def _sentence_score(scores: dict, floor: float, doc_id: str, j: int, text: str, sentences: list) -> float:
    """The sentence scorer's score of sentence ``j``, or, when it opens by pointing back (_POINTS_BACK), that of
    the sentence before it if higher: "These measures include X" answers "What measures ...?" asked in the
    words of "... need to implement effective measures."."""
    own = scores.get((doc_id, j), floor)
    if j > 0 and _POINTS_BACK.match(text, sentences[j][0]):
        return max(own, scores.get((doc_id, j - 1), floor))
    return own


# "Which ministry does he head?", "What post does she hold?": a follow-up that asks for a thing it names.
_NAMED_THING = re.compile(r"^\s*(?:what|which)\s+(?!(?:does|did|do|is|was|are|were|has|have|had|will|would|can|could)"
                          r"\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:does|did|do|is|was|has|had)\b", re.I)


def names_referent(query) -> bool:
    """Whether a follow-up asks for a thing it names about the person qa answered (``query.referent``)."""
    return bool(query.referent) and bool(PERSON_WORD.search(query.question)) and bool(
        _NAMED_THING.match(query.question))


def reader_question(query) -> str:
    """What the reader reads as the question: a follow-up ("When was it signed?") followed by the words that
    carry meaning in the earlier questions it leans on ("Vietnam Laos sign trade agreement"), which tell the
    reader what "it" is. Not the earlier questions whole: the reader then answers them ("Who is China's
    ambassador?" read after "What did he say?" is answered with the ambassador's name); nor before the
    follow-up, which it then all but ignores (docs/measured.md). After a question asking who, "he" or "she"
    is the person qa answered (``query.referent``): "What position does he hold?" is read as "What position
    does Thongsavanh Phomvihane hold?"."""
    if not query.earlier:
        return query.question
    kept = [w for w in WORD.findall(query.earlier) if content_words(w)]
    return " ".join([with_referent(query), *kept])


def with_referent(query) -> str:
    """The question with the person qa answered (``query.referent``) for its "he", "his" or "she"."""
    question = query.question
    person = PERSON_WORD.search(question) if query.referent else None
    if person:
        word, after = person.group(1).lower(), re.match(r"\s+([^\W\d_]+)", question[person.end():])
        owner = word == "his" or (word == "her" and bool(after) and after.group(1).lower() not in STOPWORDS)
        name = query.referent + ("'s" if owner else "")
        question = question[:person.start()] + name + question[person.end():]
    return question


_APPOSED = re.compile(r"(?:\s*,\s*[^,.;]{1,80})*\s*,\s*")  # ", Minister of Planning and Investment of Laos, "


def _other_than_referent(query, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the one other person a phrase naming the follow-up's "he" names is: "Hun Sen" of "General Hun Manet
    officially became the new Prime Minister of Cambodia. Having flourished during the leadership of Prime
    Minister Hun Sen" for "Who was prime minister before him?"; None unless there is exactly one."""
    if not query.referent or query.referent not in text[start:end]:
        return None
    others = []
    for run in NAME.finditer(text, start, end):  # a name, or titles and a name: "Prime Minister Hun Sen"
        name = after_title(run.group(0)) or run.group(0)
        if (2 <= len(name.split()) <= 4 and "." not in name and not any(map(is_title_word, name.split()))
                and name not in query.referent and query.referent not in name):
            at = run.start() + run.group(0).rindex(name)
            others.append((at, at + len(name)))
    return others[0] if len(others) == 1 else None


def the_referent(query, phrase: str, said: str) -> str | None:
    """Why ``phrase`` of the sentences ``said`` does not answer a follow-up asking who, when it names the person
    the question's "he" or "she" is (``query.referent``), or is only the title written before that name: "Which
    leaders did he hold talks with?" is not answered by his own name, nor by "General Secretary" of "General
    Secretary and President of Laos, Thongloun Sisoulith", nor "Who is his counterpart?" by a title set after
    his name between commas."""
    from ..asking.countries import only_a_country

    person = PERSON_WORD.search(query.question) if query.referent else None
    if not person or only_a_country(query.referent):
        return None
    if query.kind is not Kind.PERSON:  # "What did he say at the working session?" and his own name
        alone = normalized(phrase) == normalized(query.referent)
        return ONLY_REFERENT.format(name=query.referent, word=person.group(1).lower()) if alone else None
    at = said.find(phrase.strip()) if phrase.strip() else -1
    titled = at >= 0 and only_a_title(phrase) and query.referent in said[at:at + len(phrase) + 60]
    # or one of the titles set after the name between commas: "Mr. Khamjane Vongphosy, Minister of Planning and
    # Investment of Laos, Chairman of the Laos - Vietnam Cooperation Committee"
    named = said.rfind(query.referent, 0, at) if at > 0 else -1
    after_name = named >= 0 and is_title_word(phrase.split()[0]) and _APPOSED.fullmatch(
        said, named + len(query.referent), at) is not None
    # or part of his name: "Samdech Thipadei Hun" of "Samdech Thipadei Hun Manet"
    overlaps = at >= 0 and any(m.start() < at + len(phrase.strip()) and at < m.end()
                               for m in re.finditer(re.escape(query.referent), said))
    if titled or after_name or overlaps or normalized(query.referent) in normalized(phrase):
        return REFERENT.format(name=query.referent, word=person.group(1).lower())
    return None


# "How many of them are studying medicine?" after "How many Lao students study in Vietnam?": a part of the whole
_PART_OF = re.compile(r"\bhow\s+many\s+of\s+(?:them|those|these|which)\b", re.I)
WHOLE = "The closest passage gives the number qa answered before, “{said}”, not how many of them."


def the_whole(query, phrase: str) -> str | None:
    """Why ``phrase`` does not answer a follow-up asking how many of the things qa counted before are of some
    kind: it is that count again (``query.said``, or part of it: "14,000" of "over 14,000")."""
    said, quoted = normalized(query.said), normalized(phrase)
    if not query.said or not quoted or not _PART_OF.search(query.question):
        return None
    return WHOLE.format(said=phrase.strip()) if quoted in said or said in quoted else None


def _asks(index, r: Reading) -> bool:
    spans = index.sentences[r.doc_id]
    last = answer_sentences(spans, *r.extent)[1]
    return asks(index.documents[r.doc_id].text[spans[last][0]:spans[last][1]])


def asks(sentence: str) -> bool:
    """Whether a sentence is a question ("Which payment methods do you accept?"), which answers nothing."""
    return sentence.rstrip("\"'”’)] ").endswith("?")


def table_header(text: str, start: int) -> tuple[int, int] | None:
    """The header row of the table whose row a passage starting at ``start`` is, when the passage does not hold
    it: [start, end) in the document, or None. Read first, it tells the reader what each cell of the row is
    ("Country | Standard | Express" over "Austria | €7.95 | €14.50")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if "|" not in text[line_start:line_end if line_end >= 0 else len(text)]:
        return None
    top = line_start
    while top > 0:  # up through the rows above, to the table's first line
        above = text.rfind("\n", 0, top - 1) + 1
        if "|" not in text[above:top - 1]:
            break
        top = above
    return (top, text.find("\n", top)) if top < line_start else None


def span_in_sentence(extractor, query, c) -> tuple[int, int] | None:
    """The phrase the reader quotes inside candidate sentence ``c``, reading the passage around it; None if it
    finds no token there. Document offsets."""
    from .extract import passage_around

    index = extractor.index
    text = index.documents[c.doc_id].text
    start, end = passage_around(text, index.sentences[c.doc_id], c.sentence)
    r = extractor.reader.read(query.question, [text[start:end]], [[(c.start - start, c.end - start)]])[0]
    _, _, score, a, b = r.inside[0]
    if not math.isfinite(score) or b <= a:
        return None
    return start + a, start + b


def answer_sentences(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """First and last sentence (indices into ``spans``) that the character range [start, end) touches."""
    first = next((i for i, (s, e) in enumerate(spans) if e > start), len(spans) - 1)
    last = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < end), first)
    return first, max(first, last)


def unknown_reason(extractor, question: str, absent: list[str], missing: float) -> str | None:
    """Why a question whose words are not in the documents goes unanswered, naming them, or None:
    "No document mentions Thailand.", "Some of the question's key words appear in no document: coach, team."."""
    if absent:
        return NOT_MENTIONED.format(names=" or ".join(absent))
    if missing >= 0.5:
        return f"{UNKNOWN_WORDS[:-1]}: {', '.join(extractor.unknown_words(question))}."
    return None


def answer_from_readings(extractor, query, readings: list[Reading], missing: float, absent: list[str],
                         min_confidence: float, max_citations: int) -> Answer:
    index = extractor.index
    # the best option about another name than the question's gives way to one within NUMBER_LEAD that is not
    # refused at all: "Lao People's Revolutionary Party" to "Cambodian People's Party" for "Which Cambodian party
    # ...?"; and one whose sentences never report the event asked of to one within NUMBER_LEAD whose sentences do
    # ("Internet2 officially retired Abilene" for "Abilene was retired and the new platform is called"); and, asked
    # who, one that names no person ("FIS or Front Islamique de Salut") to one within NUMBER_LEAD that does ("Abbassi
    # Madani" of the sentence after, for "Who led the Islamic Salvation Front?"); and one whose sentences never
    # mention what is counted to one within NUMBER_LEAD that does ("621,200 of Kenyans are Orthodox Christians" to
    # "... Quakers in the world, with around 133,000 members" for "About how many Quakers live in Kenya?"); and,
    # asked which newspaper, a person's name, or a phrase that names no body and whose sentences name none, to one
    # within NUMBER_LEAD that fits ("Paxaxon electronic" of the sentence before "This coincided with ..."); and a
    # figure given as a goal or a condition to one within NUMBER_LEAD given as reached ("provided that ... at least
    # 40%" to "Although the vote was 51.6% in favour"). Only for
    # these: other refusals (no place, no year) mostly mean the documents do not say, and the next option is no
    # likelier to.
    if query.aside:  # "Besides Ho Chi Minh and Kaysone Phomvihane, which president ...?" and the third of the list
        readings = [replace(r, quote=listed) if (listed := _listed_besides(extractor, query, r)) else r
                    for r in readings]
    readings = _beside(extractor, query, readings)
    refused = _refused(extractor, query, readings[0])
    reason = refused or ""
    asked_who = reason.startswith(_NO_ONE) and reason.endswith(_NOT_A_PERSON)
    no_body = not_a_body_reason(reason) and not body_instead(query.question, sentences_of(index, readings[0]),
                                                             phrase_of(index, readings[0]))
    if len(readings) > 1 and (reason.startswith((*ABOUT_ANOTHER, _UNREPORTED, _UNMENTIONED_HERE, _A_PERSON))
                              or reason.endswith(_A_GOAL) or asked_who or no_body):
        # a document that never mentions the name asked of is further off than a sentence about another
        # nor is what the question sets aside any nearer ("Besides Ho Chi Minh, which president ...?")
        off = refused.startswith(UNMENTIONED) or refused.endswith(_SETS_ASIDE) or unmentioned_countries(
            names(query.question), index.documents[readings[0].doc_id].text)
        lead = LIST_LEAD if off else NUMBER_LEAD
        # nor is one whose phrase takes in the refused one's ("14th to 17th centuries. According to Biraben, ... between
        # 1346 and 1671" for "1346 and 1671", refused as no return)
        doc_id, (start, end) = readings[0].doc_id, readings[0].phrase
        fits = [False] + [_fits(extractor, query, r) and not (r.doc_id == doc_id and r.phrase[0] <= start
                                                              and end <= r.phrase[1]) for r in readings[1:]]
        if asked_who or refused.startswith(_UNREPORTED):  # asked who, a name stands in, not a clause
            fits = [fit and (not asked_who or bool(NAME.fullmatch(phrase_of(index, r).strip())))
                    and _keeps_names(index, query, readings[0], r, asked_who) for fit, r in zip(fits, readings)]
        # or within LIST_LEAD when the refusal names a name its sentences lack and another option's sentences give
        # every name the question does: "Vietnam currently has 241 active projects in Laos" for "And in Laos?"
        # after the valid projects in Cambodia (refused: "says “projects in Cambodia”, not in Laos"); not for a
        # name they hold in another slot ("says “China's largest trading”, not Vietnam's")
        asked = names(query.question)
        missed = [n for n in unnamed(asked, sentences_of(index, readings[0]))
                  if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", refused.rsplit("”, not ", 1)[-1])]
        naming = [fit and bool(missed) and not unnamed(asked, sentences_of(index, r)) for fit, r in zip(fits, readings)]
        moved = _first_that(readings, naming, LIST_LEAD)
        moved = moved if moved[0] is not readings[0] else _first_that(readings, fits, lead)
        refused = refused if moved[0] is readings[0] else None  # the one that gave way fits: refused for nothing
        readings = moved
    if refused and refused.startswith(_NO_ITEMS):  # "need to satisfy several important criteria." and the next
        readings, refused = _given_way(readings, refused, _next_sentence(extractor, query, readings), math.inf)
    if refused and refused.startswith(_NO_REASON):  # asked why, a figure ("increased 21-fold") gives way within
        # LIST_LEAD to an option whose sentences give a reason ("One of the possible reasons was that ...")
        readings, refused = _given_way(readings, refused, [False] + [_fits(extractor, query, r) and bool(
            _GIVES_REASON.match(sentences_of(index, r))) for r in readings[1:]], LIST_LEAD)
    if refused in _NO_FIGURE:  # "What basic reproduction number ...?": "(R 0) from the RP model" gives way within
        # LIST_LEAD to an option that gives one ("2.30 from reservoir to person and 3.58")
        readings, refused = _given_way(readings, refused, [False] + [_fits(extractor, query, r)
                                                                     for r in readings[1:]], LIST_LEAD)
    listed = _enumerated_first(extractor, query, readings)
    if listed:  # "What is Koch's second postulate?" and "(2) the microbe occurs in no other ..."
        readings, refused = listed
    best = readings[0]
    doc = index.documents[best.doc_id]
    sentences = index.sentences[best.doc_id]
    at = best.phrase[0]
    him = (named_by_pronoun(doc.text, sentences, at) or named_as_the_same(doc.text, sentences, at)) \
        if refused and refused.startswith(_NO_ONE) and query.kind is Kind.PERSON else None
    if him:  # "Who wrote the Jade Mirror ...?" and "1303" of "His method is described in the Jade Mirror ..., written
        best = replace(best, quote=him)  # in 1303": "Zhu Shijie" of the sentence before, whose method it is
        refused = _refused(extractor, query, best)
    named = (named_after_title(doc.text, *best.phrase) or _other_than_referent(query, doc.text, *best.phrase)
             or full_name_before(doc.text, index.sentences[best.doc_id], *best.phrase)
             or name_after_its_title(doc.text, *best.phrase)
             if query.kind is Kind.PERSON or asks_one_person(query.question) else None)
    # "Whose State visit ...?" is answered by the person of "President of Laos, Thongloun Sisoulith"; "Who left ABC
    # in 1976 ...?" by "Michael Eisner" of the sentence before "Eisner left ABC in 1976 ...", which it then covers too
    if named:
        best = replace(best, quote=named)
    span_text = doc.text[slice(*best.phrase)]
    margin, agree = lead_and_agreement([((r.doc_id, r.start), r.choice, doc_text(index, r)) for r in readings])
    agreeing = _one_per_passage([readings[n] for n in agree])
    asked = names(query.question)
    not_there = unnamed(asked, doc.text)
    alone = confidence(best.features, margin, bool(agreeing), len(not_there) / max(1, len(asked)))
    spans = index.sentences[best.doc_id]
    first, last = answer_sentences(spans, *best.extent)
    text_start, text_end = spans[first][0], spans[last][1]
    conflict = conflicting(index, query, readings, doc.text[text_start:text_end])
    # Another document gives another phrase of the kind asked for: qa is only as sure as it prefers its answer.
    # The choice scores are the logits of a conditional logit (fit_reader.py), so that is sigmoid(difference).
    preference = 1.0 / (1.0 + math.exp(-(best.choice - conflict.choice))) if conflict else 1.0
    sure = 0.0 if absent else alone * (preference if doubts(query, best.doc_id) else 1.0)
    conflict = conflict if preference < OTHERWISE_BELOW else None  # said to disagree only when a real rival
    numberless = sure >= min_confidence and not holds_number(query.kind, span_text)
    if numberless:
        typed = _number_span(doc.text, text_start, text_end, query.kind, query.question)
        if typed:
            best, span_text, numberless = replace(best, quote=typed), doc.text[slice(*typed)], False
            refused = _refused(extractor, query, best)
        else:
            sure = 0.0
    elsewhere = (refused or the_referent(query, span_text, doc.text[text_start:text_end])
                 or the_whole(query, span_text))
    held = holder(query.question, doc.text[text_start:text_end], span_text, doc.text, extractor.knows) \
        if elsewhere else None
    if held:  # "Vo Van Thuong" is no Minister of Foreign Affairs, but the same sentence names one
        best = replace(best, quote=(text_start + held[0], text_start + held[1]))
        span_text = doc.text[slice(*best.phrase)]
        elsewhere = _refused(extractor, query, best)
    post = quote_instead(elsewhere, doc.text[text_start:text_end], span_text, query.question)
    if post:  # "What other title does he hold?" and "Thongloun Sisoulith": the title the sentence gives him; a share
        best = replace(best, quote=(text_start + post[0], text_start + post[1]))
        span_text = doc.text[slice(*best.phrase)]
        elsewhere = _refused(extractor, query, best)
    dated = _date_instead(extractor, query, best, text_start, text_end) if elsewhere == NO_DATE else None
    if dated:  # "What exact date is it commemorated?" and "57th" of "June 24, 2024, commemorates the 57th ..."
        best, span_text, elsewhere = dated, doc.text[slice(*dated.phrase)], None
    no_body = not_a_body_reason(elsewhere)  # "Which ministry's delegation ...?" and "Minister ... Hout Hak"
    said = doc.text[text_start:text_end]
    body = body_instead(query.question, said, span_text) if no_body else \
        body_of_country(query.question, said, span_text) if not elsewhere else None
    if body:  # "Which Cambodian ministry ...?" and both ministries, or the Vietnamese one: the Cambodian one
        best = replace(best, quote=(text_start + body[0], text_start + body[1]))
        span_text = doc.text[slice(*best.phrase)]
        elsewhere = _refused(extractor, query, best) if no_body else elsewhere
    if elsewhere:  # also when unsure for another reason: this one says why in words a user can check
        sure = 0.0
    if sure < min_confidence:
        reason = unknown_reason(extractor, query.question, absent, missing) or (
            NO_NUMBER.format(kind=NUMBER_KINDS[query.kind]) if numberless else
            elsewhere if elsewhere else
            DISAGREE if conflict and alone >= min_confidence else
            NOT_NAMED.format(names=" or ".join(not_there)) if not_there else
            NOT_STATED if best.answerable < 0 else NOT_SURE)
        closest = unrepeated([extractor._citation(r.candidate, answers=False) for r in _one_per_passage(readings)],
                             max_citations)
        from .extract import NOT_FOUND

        return Answer(query.question, NOT_FOUND, False, sure, closest, "", reason)
    changed = change_span(query.question, doc.text, text_start, text_end)  # "By how much did it grow?"
    if query.kind is Kind.PERIOD and not changed:  # "2022-2027" of "2021-2030 period and ... the 2022-2027"
        changed = one_period(query.search_text, doc.text, *best.phrase, text_start)
    if not changed:  # "2045" of "Cambodia ... by 2050 and Vietnam by 2045", asked of Vietnam
        changed = paired_value(query.question, doc.text, text_start, text_end, best.phrase)
    if not changed:  # "KATNAL2" of "SPG4, KATNB1 and KATNAL2 are associated with ... and autism, respectively"
        changed = respective(query.question, doc.text, text_start, text_end, best.phrase)
    if not changed:  # "7.8%" of "between 1992 and 2008 ... increased from 6.1% to 7.8%", asked of 2008
        changed = level_in_year(query.question, doc.text, text_start, text_end, best.phrase)
    if not changed:  # "autoinfection, but also in infection of ..." of "not only in autoinfection, but also ...", or
        # the whole list a quoted first item opens, asked for things
        changed = both_parts(doc.text, text_start, text_end, best.phrase) \
            or whole_list(query.question, doc.text, text_end, best.phrase)
    if query.kind is Kind.COUNT and not changed:  # "427" of "1,294 birds, 427 mammals", asked how many mammals
        changed = counted_figure(query.question, doc.text, text_start, text_end, best.phrase)
    if query.kind is Kind.PERCENT and not changed:  # "98%" of "fever (40, 98%), cough (31, 76%)", asked of fever
        changed = share_of_term(query.question, doc.text, text_start, text_end, best.phrase)
    if not changed:  # "Why ...?" and "discounted" of "... must be discounted because of significant divergence ..."
        changed = reason_clause(query.question, doc.text, text_start, text_end, best.phrase)
    if not changed:  # "46th meeting" of "46th meeting of the ... Committee ...", asked "Which session of the ...?"
        changed = without_asked_of(query.question, doc.text, best.phrase) \
            or at_asked_noun(query.question, doc.text, best.phrase)  # "E and RdRp genes" of "..., without ..."
    # the quoted figure widened: "100–150" of "100–150 species", "170 miles" of "170 miles (270 km)" asked how far
    changed = whole_figure(query.question, query.kind, doc.text, changed or best.phrase) or changed
    changed = word_start(doc.text, changed or best.phrase) or changed  # "PER.C6", not "C6"
    if changed:
        best, span_text = replace(best, quote=changed), doc.text[slice(*changed)]
    if answered_whole(query.question):  # "Is China Vietnam's largest trade partner?": the sentence settles it, or
        best = replace(best, quote=(text_start, text_end))  # says how two things relate
        span_text = doc.text[text_start:text_end]
    either = which_of(query.question, doc.text, text_start, text_end)
    if either:  # "Is Rotavirus single or double-stranded?" and "double-stranded" of "a double-stranded ... genome"
        best, span_text = replace(best, quote=either), doc.text[slice(*either)]
    cited = [_citation(doc, best, text_start, text_end, extractor)]
    for r in agreeing[:max_citations - 1]:
        other = index.documents[r.doc_id]
        s_first, s_last = answer_sentences(index.sentences[r.doc_id], *r.extent)
        cited.append(_citation(other, r, index.sentences[r.doc_id][s_first][0],
                               index.sentences[r.doc_id][s_last][1], extractor))
    cited, caution = unrepeated(cited, max_citations), ""
    if conflict is not None:
        cited, caution = cite_otherwise(cited, extractor._citation(conflict.candidate, answers=False), max_citations)
    return Answer(query.question, doc.text[text_start:text_end], True, sure, cited, span_text, caution)


# "Why ...?" of a sentence that draws its conclusion from the one before: "Therefore, the model was simplified"
# ("This is why the largest known prime has almost always been a Mersenne prime ...", which says outright that its
# reason is the sentence before: _SAYS_WHY, which asks fewer of the question's words of it)
_SAYS_WHY = re.compile(r"\W*(?:this|that|which)(?:\s+(?:is|was)(?:\s+also)?|'s|’s)\s+(?:why|the\s+reason\s+why)\b",
                       re.I)
_CONCLUDING = re.compile(rf"\W*(?:therefore|thus|hence|consequently|accordingly|as\s+a\s+result|for\s+this\s+reason)\b"
                         rf"|{_SAYS_WHY.pattern}", re.I)
# "What could result in ...?", "What eroded trust ...?": what did it (not "What company ...?"), of a sentence whose
# subject is "This", pointing back: "This could result in mismatch ...", "This eroded trust, ..."
# ("All of this set the stage for Merit's role ..." for "What set the stage for Merit's role ...?")
_DID = r"[a-z]+ed|set|led|made|brought|drove|gave|kept|put|let"
_WHAT_DID = re.compile(rf"\s*what\s+(?:could|can|may|might|would|will|should|{_DID}|causes|leads|results|makes|allows|"
                       r"explains|triggers|drives|prevents|hampers|limits|reduces|increases)\b", re.I)
_POINTING_BACK = re.compile(r"\W*(?:all\s+(?:of\s+)?)?(?:this|these|such)\s+(?:(?:could|can|may|might|would|will|has|"
                            rf"have|had|is|was|are|were|also|then|in\s+turn)\s+)*(?:{_DID}|leads?|results?|causes?|"
                            r"means|explains?|makes?|allows?|could|can|may|might|would|will)\b", re.I)


# "What does it mean that ...?", "What does the finding suggest?": of a sentence that states it, the next one says
# what it means when it opens so: "This means that ...", "This suggests ..."
_ASKS_MEANING = re.compile(r"\s*what\s+(?:does|do|did|might|could|may)\s+.{0,80}?\b(?:mean|suggest|indicate|imply)\b",
                           re.I)
_MEANING_TERMS = frozenset(terms("mean suggest indicate imply"))
_MEANING = re.compile(r"\W*(?:this|these|which|that)\s+(?:\w+\s+){0,2}?(?:means?|suggests?|indicates?|implies|imply)\b",
                      re.I)
# a sentence that tells a belief, not a fact ("It is a common misconception to ascribe the stiffness of solid matter
# to ..."), and the next one setting it right ("However, these characteristics actually result from ...")
# (not "mistakenly raised": a wrong act is no belief)
_BELIEF = re.compile(r"\b(?:misconceptions?|myths?|(?:mistaken|erroneous|false|popular)\s+(?:belief|view|notion)s?|"
                     r"(?:commonly|widely|popularly|long|once|originally|previously|generally)\s+(?:be\s+)?(?:believed|"
                     r"thought|assumed|held))\b", re.I)
# asked why, a sentence that gives a reason somewhere in it, and one that gives none
_GIVES_REASON = re.compile(r"[^\n]*?\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|"
                           r"in\s+order\s+to|so\s+(?:that|as\s+to)|for\s+(?:this|that|these|those)\s+reasons?|"
                           r"(?:the|one\s+of\s+the)\s+(?:(?:main|possible|likely|major|key|other)\s+)?reasons?\s+"
                           r"(?:is|was|were|are|being))\b", re.I)
# how often a thing holds, which a sentence may say otherwise ("generally") or not at all: no term it must say again
_HOW_OFTEN = frozenset(terms("usually often typically always sometimes frequently"))
_CORRECTING = re.compile(r"\W*(?:however|but|in\s+fact|actually|instead|rather|in\s+reality)\b", re.I)
# a sentence going on about what the one before it is about: "He had left the school £779 ...", "In 2012, the nation
# placed 139th ..." (not "The GPhC is ...": a name starts afresh)
_GOES_ON = re.compile(r"\W*(?:(?:In|By|On|At)\s+[^,\n]{1,30},\s+)?(?:He|She|It|They|This|These|Its|His|Her|Their|"
                      r"[Tt]he\s+[a-z]+)\b")


def _beside(extractor, query, readings: list[Reading]) -> list[Reading]:
    """The options with a sentence next to the best one's first, when one of the two points to the other and the
    best one says again what the question asks of (its terms; asked why or what did something, but for those of
    the document's title). Asked why, the sentence before one that concludes ("Therefore, the BHRP model was
    simplified as RP model" for "Why was the BHRP model simplified?"), or says so ("This is why ...", which need
    say again only half the question's terms); asked what did something, the sentence before one whose subject is
    "This" ("This could result in mismatch between the primer and probes ..." for "What could result in mismatch
    between the primer and probes?"): it says the reason or what "this" is. Asked what something means, the
    sentence after, when it opens "This means ..." ("What does it mean that the R0 from reservoir to person was
    lower?" and "... which was lower than that of person to person. This means that the transmission route was
    mainly from person to person ..."). Asked what a thing is called, the sentence after one that tells of it
    unnamed, when it names it ("This is a form of jail solidarity."); asked its goal, the sentence after one that
    tells of no goal, when it opens by stating one ("The goal of the congress was ..."). Asked why, when the best
    one gives no reason, the sentence after that gives one ("This phenomenon is partly due to ..."). Whatever is asked, the sentence after
    one that tells a belief, when it sets it right ("It is a common misconception to ...", "However, these ...
    actually result from ..."). Asked for a number the best one's sentences do not give, the sentence after that
    goes on about the same thing and gives one ("He had left the school £779 ..." after "... renamed after deceased
    clergyman John Harvard"). Only within a paragraph; a sentence the reader did not read is quoted whole."""
    if not readings:
        return readings
    index, best = extractor.index, readings[0]
    spans, text = index.sentences[best.doc_id], index.documents[best.doc_id].text
    first, last = answer_sentences(spans, *best.extent)
    said = text[spans[first][0]:spans[last][1]]
    asked = set(terms(query.question)) - QUESTION_TERMS - _HOW_OFTEN  # "Why is informal rule usually cheaper ...?"
    if _ASKS_MEANING.match(query.question):
        tries = [(last + 1, _MEANING, asked - _MEANING_TERMS)]  # matched on the sentence after
    elif _ASKS_GOAL.match(query.question) and not _GOAL.search(said):
        tries = [(last + 1, _STATES_GOAL, asked - _GOAL_TERMS)]  # "The goal of the congress was to ..."
    elif _ASKS_CALLED.search(query.question) and not _NAMING.search(said):
        tries = [(last + 1, _NAMES_IT, set())]  # "What do you call it when ...?": the sentence after names it
    elif _BELIEF.search(said):
        tries = [(last + 1, _CORRECTING, set())]  # the sentence after, whatever its words
    elif (why := ASKS_WHY.match(query.question)) or _WHAT_DID.match(query.question):
        asked = (asked - extractor._title_terms(best.doc_id)) or asked
        tries = [(first - 1, _CONCLUDING if why else _POINTING_BACK, asked)]  # on the best one
        if why and not _GIVES_REASON.match(said):
            tries.append((last + 1, _GIVES_REASON, asked))  # "... due to the economic value of ...", the next one
    elif query.kind in NUMBER_KINDS and not holds_number(query.kind, said) and last + 1 < len(spans) \
            and holds_number(query.kind, text[slice(*spans[last + 1])]):
        tries = [(last + 1, _GOES_ON, set())]  # asked how much, the sentence after that goes on and gives a figure
    else:
        return readings
    for j, points, wanted in tries:
        if not 0 <= j < len(spans):
            continue
        lo, hi = (j, first) if j < first else (last, j)
        if "\n" in text[spans[lo][1]:spans[hi][0]]:
            continue  # another paragraph
        pointer = spans[j] if j > last else (spans[first][0], spans[last][1])
        share = 0.5 if points is _CONCLUDING and _SAYS_WHY.match(text, *pointer) else 0.75
        if not points.match(text, *pointer) or len(wanted & set(terms(said))) < share * len(wanted):
            continue
        at = next((n for n, r in enumerate(readings) if r.doc_id == best.doc_id
                   and answer_sentences(spans, *r.extent) == (j, j)), None)
        if at is not None:
            return [replace(readings[at], choice=best.choice)] + readings[:at] + readings[at + 1:]
        start, end = spans[j]  # not read: the whole sentence, weighed as the best option
        return [replace(best, span_start=start, span_end=end, quote=None)] + readings
    return readings


def _keeps_names(index, query, best: Reading, r: Reading, asked_who: bool) -> bool:
    """Whether the option ``r`` may stand in for the refused ``best`` without losing a name of the question that
    the best one's sentences hold. It may, when it says "he" for it in the best one's passage ("He died in 1259"
    after "Möngke Khan commenced a campaign ..."), but not when it names someone else ("Robert Koch ... was
    awarded a Nobel Prize" for "When was Walter Reed awarded the Nobel Prize ...?"); asked who, the name it gives
    is new by nature, so any option of the best one's passage may."""
    said, theirs = sentences_of(index, best), sentences_of(index, r)
    held = [n for n in names(query.question) if not unnamed([n], said)]
    if not unnamed(held, theirs):
        return True
    if (r.doc_id, r.start) != (best.doc_id, best.start):
        return False
    known = f"{query.question} {said}"
    # a country the question names otherwise is no one else: "the United States" of "the U.S."
    countries = [w for n in long_country_names(theirs) if mentions_country(known, n) for w in n.split()]
    return asked_who or not [n for n in unnamed(names(theirs), known) if n not in countries]


def _enumerated_first(extractor, query, readings: list[Reading]) -> tuple[list[Reading], str | None] | None:
    """Asked for several things ("What are the main steps ...?"), for reasons, or for the nth of some things
    ("What is Koch's first postulate?"): the readings with the first whose sentences, or the sentence after them,
    open a numbered list (qa.answering.enumerated) first, within LIST_LEAD of the best, quoting the list or its nth
    item, and why that one is refused (_refused), if it is; None when none opens one. Another than the best goes
    first only when it fits (_fits), and so is refused for nothing."""
    nth = asks_nth(query.question)
    if not readings or not (nth or asks_several(query.question)):
        return None
    index = extractor.index
    for n, r in enumerate(readings):
        if r.choice < readings[0].choice - LIST_LEAD:
            break
        quote = _listed_quote(index, query.question, r, nth)
        # in the best reading's passage, the list is as sure an answer as the phrase it stands in for
        same = (r.doc_id, r.start) == (readings[0].doc_id, readings[0].start)
        moved = replace(r, choice=readings[0].choice, span_start=quote[0], span_end=quote[1], quote=quote,
                        features=readings[0].features if same else r.features) if quote else None
        if moved and n == 0:
            return [moved] + readings[1:], _refused(extractor, query, moved)
        if moved and _fits(extractor, query, moved):
            return [moved] + readings[:n] + readings[n + 1:], None
    return None


def _listed_quote(index, question: str, r: Reading, nth: tuple[int, str] | None) -> tuple[int, int] | None:
    """The numbered list that the reading's sentences, or the sentence after them, open: the whole list from its
    first mark, or, asked for the nth of a noun the words before the list name, its nth item; asked why, only a
    list the words before it call reasons. None when there is no such list."""
    text, spans = index.documents[r.doc_id].text, index.sentences[r.doc_id]
    first, last = answer_sentences(spans, *r.extent)
    at, found = numbered(text, spans[first][0], spans[min(last + 1, len(spans) - 1)][1], spans)
    if at < 0:
        return None
    words = text[next((s for s, e in spans if s <= at < e), at):at]  # its sentence, before the list
    if nth:
        return found[nth[0] - 1] if nth[0] <= len(found) and announces(words, nth[1]) else None
    if asks_why(question) and not announces(words, "reason"):
        return None
    return at, found[-1][1]


def _next_sentence(extractor, query, readings: list[Reading]) -> list[bool]:
    """For each reading, whether it fits (_fits) and quotes the sentence right after the first reading's: what a
    sentence announcing "several important criteria" goes on to name."""
    spans = extractor.index.sentences[readings[0].doc_id]
    after = answer_sentences(spans, *readings[0].extent)[1] + 1
    return [r.doc_id == readings[0].doc_id and answer_sentences(spans, *r.extent)[0] == after
            and _fits(extractor, query, r) for r in readings]


def _fits(extractor, query, r: Reading) -> bool:
    """Whether a reading may stand in for a refused best one: not refused itself, and giving the kind of number
    asked for, a year as a year ("7 decades" is none), an amount with its currency or scale."""
    phrase = phrase_of(extractor.index, r)
    if query.kind in NUMBER_KINDS and not holds_number(query.kind, phrase):
        return False
    if query.kind is Kind.YEAR and not re.search(r"(?<!\d)\d{3,4}(?!\d)", phrase):
        return False
    if query.kind is Kind.MONEY and not CURRENCY.search(phrase):  # "more than 400 FDI projects" is no amount
        return False
    return not _refused(extractor, query, r)


_SETS_ASIDE = SET_ASIDE.split("”")[-1]  # the end of the reason a reading's phrase is what the question sets aside


def only_the_aside(aside: str, phrase: str) -> bool:
    """Whether ``phrase`` gives only what the question sets aside, or part of it, with no more than titles beside
    it: "General Hun Manet" of "Apart from Hun Manet, who ...?", not "Laos and Cambodia" of "Other than Laos,
    which ...?"."""
    said, left = normalized(phrase), normalized(aside)
    if said == left or (len(said.split()) >= 2 or re.search(r"\d", said)) and f" {said} " in f" {left} ":
        return True  # "December 2023" of "Other than Hun Manet's December 2023 trip, ...?", or "2020-2024"; not
        # "Vietnam" of "Besides Vietnam's Ministry of National Defense, which Cambodian ministry ...?"
    rest = said.replace(left, " ", 1) if left and left in said else None
    return rest is not None and all(w in STOPWORDS or w in HONORIFICS or is_title_word(w) for w in rest.split())


NO_DATE = NO_NUMBER.format(kind="date")


def _date_instead(extractor, query, best: Reading, start: int, end: int) -> Reading | None:
    """The reading quoting the date its sentences ``[start, end)`` give, when it quotes none where one is asked
    and that one is not refused too; else None."""
    typed = best_span(extractor.index.documents[best.doc_id].text, start, end, query.kind, query.question)
    dated = replace(best, quote=typed) if typed and typed != best.phrase else None
    return dated if dated and not _refused(extractor, query, dated) else None


def _listed_besides(extractor, query, r: Reading) -> tuple[int, int] | None:
    """When the reading's phrase is what the question sets aside, or a list holding it, the rest of that list
    (qa.answering.contrasts.without_aside_items) or the name its sentences list with it (qa.answering.contrasts.listed_besides); else
    None."""
    text, spans = extractor.index.documents[r.doc_id].text, extractor.index.sentences[r.doc_id]
    phrase = text[slice(*r.phrase)]
    said = f" {' '.join(phrase.lower().split())} "
    if not only_the_aside(query.aside, phrase) and not any(f" {part} " in said for part in aside_parts(query.aside)):
        return None  # neither what is set aside nor a list that holds it
    first, last = answer_sentences(spans, *r.extent)
    return (without_aside_items(text, *r.phrase, query.aside)
            or listed_besides(text, spans[first][0], spans[last][1], query.aside)
            or other_of_kind(query.question, text, spans[first][0], spans[last][1], query.aside)
            or (_joined_after(text, r.phrase[1], spans[last][1]) if only_the_aside(query.aside, phrase) else None))


# what a phrase set aside is joined with: "United Nations" and "multilateral economic mechanisms" of "within the
# framework of the United Nations and multilateral economic mechanisms."
_JOINED_AFTER = re.compile(r"\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?([^,.;:()]{3,60}?)\s*(?=[,.;:()]|$)")


def _joined_after(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """``[start, end)`` of the item that "and" or "or" joins to the phrase ending at ``end``, up to the next
    punctuation before ``stop``; else None."""
    joined = _JOINED_AFTER.match(text, end, stop)
    return joined.span(1) if joined else None


def _refused(extractor, query, r: Reading) -> str | None:
    """Why the reading's phrase, in its answer sentences (and the one before them, which they may lean on), is
    about something else than the question asks (qa.answering.misses.not_this), or is what it sets aside; None if not."""
    text, spans = extractor.index.documents[r.doc_id].text, extractor.index.sentences[r.doc_id]
    first, last = answer_sentences(spans, *r.extent)
    before = text[slice(*spans[first - 1])] if first > 0 else ""
    if query.aside and only_the_aside(query.aside, text[slice(*r.phrase)]):  # "Other than Hun Sen, ...?" and him
        return SET_ASIDE.format(said=text[slice(*r.phrase)].strip())
    return not_this(query.question, query.kind, text[spans[first][0]:spans[last][1]], text[slice(*r.phrase)], before,
                    text, extractor.knows, query.earlier)


def conflicting(index, query, readings: list[Reading], said: str) -> Reading | None:
    """The best reading of another document whose span gives a different phrase of the kind the question asks
    for than the chosen one's (``readings[0]``, whose sentences are ``said``), or None (see first_conflict)."""
    from ..asking.question import Kind

    if query.kind is Kind.OTHER:  # nothing to compare (first_conflict), so no phrase to find
        return None
    best = readings[0]
    text = index.documents[best.doc_id].text
    typed = best_span(text, best.span_start, best.span_end, query.kind, query.question)
    if typed is None:
        return None
    return first_conflict(index, query, best.doc_id, text[typed[0]:typed[1]],
                          [(r, r.doc_id, r.span_start, r.span_end) for r in readings[1:]], text[slice(*best.phrase)],
                          said)


def doubts(query, doc_id: str) -> bool:
    """Whether another document's phrase lowers qa's confidence in an answer from ``doc_id``: not for a follow-up
    answered from the document qa answered the earlier question from (``query.said_at``), which asks about what
    that document said ("And what year was that?" after a question on the court case that started Christian
    academies, and "1954" of the case's own sentence). Such a phrase is still cited as saying otherwise."""
    return not (query.said_at and query.said_at[0] == doc_id)


def first_conflict(index, query, doc_id: str, phrase: str, others: list[tuple[object, str, int, int]],
                   quoted: str = "", said: str = ""):
    """Of ``others``, best first, as (item, doc_id, start, end): the item of the first range in another document
    than ``doc_id`` that holds a phrase of the kind the question asks for, if that phrase differs from
    ``phrase`` ("55,000 kip" where the answer says "40,000 kip"); else None. Only the strongest other document
    counts, and only typed questions (how many, when, who...) are compared: their phrases can be told apart;
    two passages about something else may both be right. A phrase the answer's own quote (``quoted``) holds is
    no rival: "Kaysone Phomvihane" of another document, when qa quotes "Presidents Ho Chi Minh, Kaysone
    Phomvihane and Souphanouvong". A range whose sentences lack a name of the question that the answer's
    sentences (``said``) hold is about something else, and no rival: "Cambodia ranks second among the countries
    receiving investment from Vietnam" does not gainsay "Vietnam remains the third largest investor in Laos";
    so is one that lacks a year of the question that they hold, or whose sentences do not name the source the
    question asks after ("According to the Lao planning minister, how many ...?") when they do (_other_source)."""
    from ..asking.question import Kind

    if query.kind is Kind.OTHER:
        return None
    mine = normalized(phrase)
    asked = names(query.question)
    lacking = unnamed(asked, said) if said else asked
    held = [n for n in asked if n not in lacking]
    # so is one that lacks a year the question asks about and the answer holds: "In 2022, trade grew nearly 11
    # percent" has no rival in "By the end of 2023, the leaders agreed to aim for US$20 billion".
    held += [y for y in years(query.question) if not unnamed([y], said)] if said else []
    for item, other_doc, start, end in others:
        if other_doc == doc_id:
            continue
        text, spans = index.documents[other_doc].text, index.sentences[other_doc]
        first, last = answer_sentences(spans, start, end)
        if unnamed(held, text[spans[first][0]:spans[last][1]]) \
                or _other_source(query.question, said, text[spans[first][0]:spans[last][1]]):
            continue
        typed = best_span(text, start, end, query.kind, query.question)
        if typed is not None:
            theirs = normalized(text[typed[0]:typed[1]])
            return None if theirs in mine or mine in theirs or theirs in normalized(quoted) else item
    return None


# who a question says the answer is according to: "the Lao planning and investment minister"
_ACCORDING = re.compile(r"\baccording\s+to\s+([^,?]{3,80})", re.I)


def _other_source(question: str, said: str, theirs: str) -> bool:
    """Whether the sentences ``said`` name the source the question asks after ("According to the Lao planning and
    investment minister, ...?" and "According to Mr. Khamjane Vongphosy, Minister of Planning and Investment of
    Laos, ...") by most of its words, and another document's sentences ``theirs`` by fewer than half: what that
    one gives is someone else's figure, no disagreement."""
    source = _ACCORDING.search(question)
    wanted = set(terms(source.group(1))) if source else set()
    if not wanted or not said:
        return False
    return len(wanted & set(terms(said))) >= 2 / 3 * len(wanted) > 2 * len(wanted & set(terms(theirs)))


def unrepeated(citations: Iterable[Citation], limit: int) -> list[Citation]:
    """The first ``limit`` citations, leaving out one that quotes the same words as an earlier one of its
    document: a caption a document repeats ("The signing of the Trade Agreement. (Photo: VNA)" twice) is one
    passage to the reader, not two sources. Reads ``citations`` only until it has ``limit``."""
    seen, out = set(), []
    for c in citations:
        if len(out) >= limit:
            break
        key = (c.doc_id, normalized(c.quote))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def cite_otherwise(cited: list[Citation], otherwise: Citation, max_citations: int) -> tuple[list[Citation], str]:
    """The citations with the passage that says otherwise last (still within ``max_citations``, the answer's own
    first citation always kept), and the caution that points to it."""
    cited = cited[:max(1, max_citations - 1)] + [otherwise]
    return cited, SAYS_OTHERWISE.format(n=len(cited))


def lead_and_agreement(ranked: list[tuple[object, float, str]]) -> tuple[float, list[int]]:
    """For options ranked best first, as (passage, choice score, span text): the best one's lead over the best
    option of another passage that gives another span (MAX_MARGIN if none does), and the indices of the options
    of other passages that give the same span. A second passage repeating the answer is agreement, not doubt."""
    passage, choice, text = ranked[0]
    margin, agreeing = None, []
    for n, (other, other_choice, other_text) in enumerate(ranked[1:], 1):
        if other == passage:
            continue
        if same_span(other_text, text):
            agreeing.append(n)
        elif margin is None:
            margin = choice - other_choice
    return (MAX_MARGIN if margin is None else margin), agreeing


def _one_per_passage(readings: list[Reading]) -> list[Reading]:
    seen, out = set(), []
    for r in readings:
        if (r.doc_id, r.start) not in seen:
            seen.add((r.doc_id, r.start))
            out.append(r)
    return out


def _sentence_bounds(index, r: Reading) -> tuple[int, int]:
    """Where the sentences that hold the reading's phrase start and end in its document."""
    spans = index.sentences[r.doc_id]
    first, last = answer_sentences(spans, *r.extent)
    return spans[first][0], spans[last][1]


def sentences_of(index, r: Reading) -> str:
    """The sentences that hold the reading's phrase."""
    return index.documents[r.doc_id].text[slice(*_sentence_bounds(index, r))]


def doc_text(index, r: Reading) -> str:
    return index.documents[r.doc_id].text[r.span_start:r.span_end]


def _citation(doc, r: Reading, text_start: int, text_end: int, extractor) -> Citation:
    from ..indexing.ingest import page_of

    start, end = min(r.start, text_start), max(r.end, text_end)
    return Citation(doc_id=doc.doc_id, title=doc.title, date=doc.date, start=start, end=end,
                    quote=doc.text[start:end], score=round(r.choice, 4), sentence_start=text_start,
                    sentence_end=text_end, span_start=r.phrase[0], span_end=r.phrase[1], answers=True,
                    page=page_of(doc, text_start))
