"""(question, passages) -> Answer: the verbatim sentence that answers, its exact phrase,
the passages that support it, and an honest confidence.

Every candidate sentence of the retrieved passages is scored on several signals
(see ``SENTENCE_WEIGHTS``). By default the trained reader reads the passages
around the best ones and chooses among them (qa.answering.reading). For a follow-up
question, with QA_READER_RERANK=off, or without the reader, the best sentence
is the answer, and its confidence decides whether qa answers or abstains. The text returned is always a slice of a
document; nothing is generated. Retrieval is not done here.
"""
from __future__ import annotations

import bisect
import datetime
import math
import re
from dataclasses import dataclass, replace
from itertools import chain

import numpy as np

from ..asking.acronyms import (NOT_DEFINED, NOT_SPELT, asked_acronym, asks_letters, asks_short_form, long_form,
                               name_before, short_form_in)
from ..asking.countries import country_of, long_country_names
from ..asking.question import (QUESTION_TERMS, Kind, Query, caseless_countries, names, unnamed,
                               without_document_words, years)
from ..asking.spelling import Speller
from ..asking.titles import asked_title, title_in, title_of
from ..indexing.index import Index
from ..indexing.ingest import page_of
from ..text import STOPWORDS, is_dateline, normalized, stem, terms, words, written_words
from ..types import Answer, Citation, Hit
from .bylines import asks_author, asks_photo_credit, author_in, credit_in
from .contrasts import added_to, listed_but_aside, set_aside
from .definitions import apposed_in, asked_term, asks_other_name, definition_in, described_in, gives_other_name
from .earlier import asked_order, dated
from .figures import NO_NUMBER, NUMBER_KINDS, counted_figure, holds_number, share_of_term
from .listed import asked_things, both_parts, listed_after, nth_item, whole_list
from .measures import whole_figure
from .metadata import asks_about_document, document_fact, is_other_text
from .misses import not_this, quote_instead
from .reading import (DISAGREE, NOT_STATED, NOT_SURE, OTHERWISE_BELOW, answer_from_readings, answer_sentences, asks,
                      cite_otherwise, doubts, first_conflict, names_referent, passages_to_read, read_passages,
                      span_in_sentence, unknown_reason, unrepeated, with_referent)
from .sources import asks_source, source_in
from .spans import (answered_whole, asks_change, asks_examples, asks_out_of, asks_title, asks_when, at_asked_noun,
                    best_span, change_span, level_in_year, one_date, one_listing, one_quote, one_range,
                    paired_value, ranked_among, reason_clause, respective, which_of, without_asked_of, word_start)
from .steps import asked_next, asked_step, numbered_lists
from .who import body_instead, not_a_body_reason

NOT_FOUND = "The documents do not say."
NO_SHARED_WORDS = "No passage in the documents shares the question's key words."
NO_CREDIT = "The closest passages credit no photo."
# an answer's sentences that report a text's publishing: a follow-up's "it" may be that text, not the document
_REPORTED = re.compile(r"\b(?:published|posted|authored|written|penned|wrote|released|issued)\b", re.I)
# How sure qa is of a long form a document spells out for the acronym asked about (qa.asking.acronyms). Set, not
# fitted: on the tune and test splits 5 of the 7 such questions got their expected answer (the other two: another
# paper's spelling of qRT-PCR, and "early growth response 1" where a description of EGR1 was expected). The same for a
# named document's own date or byline (qa.answering.metadata).
DEFINED = 0.9
ASK_SOMETHING = "Please type a question about the documents."

# Sentence score = sum of weight * feature. Fitted on held-out development questions
# (see benchmarks/fit_extractor.py); kept few so they cannot learn single questions.
SENTENCE_WEIGHTS = {"dense": 2.0, "lexical": 0.6, "beyond_title": 0.85, "context": 0.66, "kind_match": 0.46,
                    "retrieval": 0.17, "short": -0.34}
# Confidence = sigmoid(bias + weights * (the chosen sentence's score, its lead over the best
# sentence that says something else, the share of question words no document holds)).
# Refit for sentence vectors pooled inside their chunks (qa.indexing.passages); the fitted bias (-5.22) was lowered
# so that min_confidence 0.3 still abstains on 88% of SQuAD questions whose article is withheld.
CONFIDENCE_WEIGHTS = {"bias": -5.31, "score": 1.89, "margin": 3.91, "missing": -0.87}


MAX_REMEMBERED = 200_000  # sentences whose words an Extractor keeps (see Extractor._words_of)


@dataclass(frozen=True)
class SentenceWords:
    terms: frozenset  # qa.text.terms of the sentence
    normalized: str  # its words, lower-cased, joined by single spaces (see qa.text.normalized)
    n_words: int


@dataclass(frozen=True)
class Candidate:
    doc_id: str
    sentence: int  # index into index.sentences[doc_id]
    start: int
    end: int
    rank: int  # best rank of a retrieved chunk holding it, 1-based
    features: dict
    score: float = 0.0


class Extractor:
    def __init__(self, index: Index, reader=None, read_passages: int = 2, rerank: bool = True):
        self.index = index
        self.reader = reader  # a qa.models.reader.Reader, or None for the sentence scorer alone (QA_READER=off)
        self.read_passages = read_passages
        self.rerank = rerank  # the reader also chooses the passage (qa.answering.reading), not only the phrase
        self._idf_cache: dict[str, float] = {}
        self._titles: dict[str, frozenset] = {}
        matrix = index.bm25.scores
        self._indptr = np.asarray(matrix["indptr"])
        self._postings = np.asarray(matrix["indices"])  # the chunks holding each term, term by term
        self._vocab = index.bm25.vocab_dict
        self._n_chunks = max(1, len(index.chunks))
        self._sentence_words: dict[tuple[str, int], SentenceWords] = {}
        self._terms: list[str] | None = None  # the documents' terms, sorted, for has_term_like
        self.speller = Speller(lambda: (doc.text for doc in index.documents.values()))

    def has_term_like(self, term: str) -> bool:
        """Whether some document holds ``term`` (a stemmed term) or, from 5 letters on, a longer word it begins:
        "chair" (asked as "Who chairs ...?") is not a term of documents that say "Chairman", but no document is
        silent about it; nor are documents that name the country a people's name is of ("khmer": "Cambodia").
        For the share of words no document holds; the speller and names still ask ``knows``."""
        if self._vocab.get(term) is not None:
            return True
        country = country_of(term)  # "khmer" of documents that say "Cambodia"
        if country is not None and country != term and self.knows(country):
            return True
        if len(term) < 5:
            return False
        if self._terms is None:
            self._terms = sorted(self._vocab)
        at = bisect.bisect_left(self._terms, term)
        return at < len(self._terms) and self._terms[at].startswith(term)

    def knows(self, word: str) -> bool:
        """Whether a lower-cased word is a stopword or some document holds it (as its stemmed term)."""
        return word in STOPWORDS or self._vocab.get(stem(word)) is not None

    def _words_of(self, doc_id: str, i: int) -> "SentenceWords":
        """Terms, normalized text and word count of sentence i, worked out once per sentence, not per question.

        Every question scores each candidate and both its neighbours, and the same
        sentences come back across questions; tokenizing them was most of the
        answerer's time. The memory is bounded: past ``MAX_REMEMBERED`` sentences it starts again.
        """
        key = (doc_id, i)
        cached = self._sentence_words.get(key)
        if cached is None:
            start, end = self.index.sentences[doc_id][i]
            sentence = self.index.documents[doc_id].text[start:end]
            tokens = words(sentence)
            if len(self._sentence_words) >= MAX_REMEMBERED:
                self._sentence_words.clear()
            cached = self._sentence_words[key] = SentenceWords(with_unit_forms(terms(sentence)), " ".join(tokens),
                                                                len(tokens))
        return cached

    def _title_terms(self, doc_id: str) -> frozenset:
        """Terms of the document's headline; none when the title is only its opening sentence."""
        cached = self._titles.get(doc_id)
        if cached is None:
            doc = self.index.documents[doc_id]
            title = doc.title.strip()
            lines = [line.strip() for line in doc.text[:2000].splitlines()]
            if title.endswith("…"):  # a long headline, shortened for display: the line it shortens, on its own
                title = next((line for line, after in zip(lines, lines[1:] + [""])
                              if line.startswith(title[:-1]) and not after and not line.endswith(".")), "")
            headline = title and any(line.endswith(title) and len(line) - len(title) < 40 for line in lines)
            cached = self._titles[doc_id] = frozenset(terms(title)) if headline else frozenset()
        return cached

    def referred_documents(self, about: str, doc_ids: list[str]) -> list[str]:
        """Of the documents retrieved for what a question calls "the article about X" (best first), those
        about X: those whose headlines hold at least half of X's words (idf-weighted) and nearly as much as
        the one holding most; if none does, those whose texts do. A word counts as held when a word there
        begins with it ("relat" of "relations" in "relationship"), and so do the words of the document's date
        ("the October 2023 article"); the words for a document ("article", "piece") do not count. Each must
        mention every name in X."""
        wanted = {t: self.idf(t) for t in terms(without_document_words(about))}  # not "piece" of "the 2023 piece"
        total = sum(wanted.values()) or 1.0

        def share(held: frozenset | set) -> float:
            return sum(w for t, w in wanted.items() if t in held or any(h.startswith(t) for h in held)) / total

        asked = names(about)
        doc_ids = [d for d in doc_ids if not unnamed(asked, self.index.documents[d].text)]
        # the headlines first; the texts (long papers: costly to read for terms) only when no headline will do
        for words_of in (self._title_terms, lambda d: set(terms(self.index.documents[d].text))):
            held = {d: share(words_of(d) | self._date_terms(d)) for d in doc_ids}
            most = max(held.values(), default=0.0)
            if most >= 0.5:
                return [d for d in doc_ids if held[d] >= max(0.5, most - 0.15)]
        return []

    def _date_terms(self, doc_id: str) -> set[str]:
        """Terms of the document's date, as words: "2023", "octob" and "29" of 2023-10-29, so "the October 2023
        article" names the document dated then."""
        date = self.index.documents[doc_id].date or ""
        try:
            day = datetime.date.fromisoformat(date)
        except ValueError:
            return set()
        return set(terms(f"{day.day} {day.strftime('%B')} {day.year}"))

    def idf(self, term: str) -> float:
        """Inverse chunk frequency of a stemmed term; unseen terms get the highest value."""
        cached = self._idf_cache.get(term)
        if cached is None:
            tid = self._vocab.get(term)
            df = 0 if tid is None else int(self._indptr[tid + 1] - self._indptr[tid])
            cached = math.log(1 + (self._n_chunks - df + 0.5) / (df + 0.5))
            self._idf_cache[term] = cached
        return cached

    def extract(self, query: Query, hits: list[Hit], query_vector: np.ndarray, min_confidence: float,
                max_citations: int = 4) -> Answer:
        if not hits:
            return Answer(query.question, NOT_FOUND, False, 0.0, [], "", NO_SHARED_WORDS)
        defined = (self._defined(query, hits, max_citations) or self._title(query, hits) or self._earlier(query, hits)
                   or self._about_document(query, hits) or self._of_earlier_document(query))
        if defined is not None and (defined.confidence >= min_confidence or not defined.found):
            return defined
        weights = self._term_weights(query)
        candidates = self._candidates(query, hits, query_vector, weights)
        if not candidates:
            return Answer(query.question, NOT_FOUND, False, 0.0, [], "", NO_SHARED_WORDS)
        # The reader chooses the passage. A follow-up asking for a kind of phrase ("When was he born?") it reads
        # with the earlier questions after it, which tell it who "he" is (qa.answering.reading.reader_question); an open
        # one ("What did he say about it?") is left to the sentence scorer, which weighs the earlier question's
        # words (docs/measured.md: the reader was righter on follow-ups of a kind, not on open ones). One that
        # names the thing it asks of the person qa answered ("Which committee does he chair?") is read, with the
        # person's name for "he" (docs/reader.md: right more often on held-out seed follow-ups).
        absent = self.absent_names(query.question)  # a name no document mentions: not answered, either way
        step = (self._step(query, candidates, weights, min_confidence) or self._byline(query, candidates)
                or self._added(query, candidates) or self._listed(query, candidates) or self._from_earlier_answer(query)
                if not absent else None)
        if step is not None:
            return step
        if self.reader is not None and self.rerank and (not query.context or query.kind is not Kind.OTHER
                                                        or names_referent(query)):
            readings = read_passages(self, query, candidates, self.read_passages)
            answer = answer_from_readings(self, query, readings, self._missing(weights), absent, min_confidence,
                                          max_citations)
            if answer.found or absent or not _ANOTHER_YEAR.search(answer.reason):
                return answer
            return self._read_on(query, candidates, answer, self._missing(weights), min_confidence, max_citations)
        # a sentence that asks (an FAQ's own question) answers nothing: the best one that does not ask, if any
        best = next((c for c in candidates if not asks(self.index.documents[c.doc_id].text[c.start:c.end])),
                    candidates[0])
        candidates = [best] + [c for c in candidates if c is not best]
        doc = self.index.documents[best.doc_id]
        if answered_whole(query.question):  # the sentence that settles it, or says how two things relate, is the
            span = None  # answer (qa.answering.spans.answered_whole)
        elif either := which_of(query.question, doc.text, best.start, best.end):  # "Is it easier or harder ...?"
            span = either  # "harder", the one of the two the sentence writes
        elif self.reader is not None:  # the trained reader's phrase inside the chosen sentence,
            span = span_in_sentence(self, query, best)  # cut to the kind asked for ("how many": a count)
            if span and query.kind is not Kind.OTHER:
                # The reader reads a follow-up alone and cannot tell who "they" are, so there the typed phrase
                # nearest the question's own words in the sentence is the better guess ("170 ... institutions").
                nearest = (best_span(doc.text, best.start, best.end, query.kind, query.question)
                           if query.context else None)
                span = nearest or best_span(doc.text, *span, query.kind, query.question) or span
                if not holds_number(query.kind, doc.text[slice(*span)]):  # "1977-2023" for "Which anniversary?":
                    span = best_span(doc.text, best.start, best.end, query.kind, query.question) or span  # "46th"
        else:
            span = best_span(doc.text, best.start, best.end, query.kind, query.question) \
                if query.kind is not Kind.OTHER else None
        span = change_span(query.question, doc.text, best.start, best.end) or span  # "By how much did it grow?"
        span = (paired_value(query.question, doc.text, best.start, best.end, span) if span else None) or span
        span = respective(query.question, doc.text, best.start, best.end, span or (best.start, best.end)) or span
        span = (level_in_year(query.question, doc.text, best.start, best.end, span) if span else None) or span
        if span and query.kind is Kind.OTHER:  # "not only X, but also Y"; a list's first item, asked for things
            span = both_parts(doc.text, best.start, best.end, span) \
                or whole_list(query.question, doc.text, best.end, span) or span
        if span and query.kind is Kind.COUNT:  # "427" of "1,294 birds, 427 mammals", asked how many mammals
            span = counted_figure(query.question, doc.text, best.start, best.end, span) or span
        if span and query.kind is Kind.PERCENT:  # "98%" of "fever (40, 98%), cough (31, 76%)", asked of fever
            span = share_of_term(query.question, doc.text, best.start, best.end, span) or span
        span = reason_clause(query.question, doc.text, best.start, best.end, span or (best.start, best.end)) or span
        span = (without_asked_of(query.question, doc.text, span) or at_asked_noun(query.question, doc.text, span)
                if span else None) or span  # "46th meeting", "E and RdRp genes" of "E and RdRp genes, without ..."
        if span:  # "5–8 μm" of "8", "170 miles" of "170"; "PER.C6" of "C6"
            span = whole_figure(query.question, query.kind, doc.text, span) or span
            span = word_start(doc.text, span) or span
        span_start, span_end = span if span else (best.start, best.end)
        span_text = doc.text[span_start:span_end]
        support = self._supporting(best, candidates[1:], span_text if span else None)
        # The margin is over the best sentence that says something else: a second
        # document repeating the same figure is agreement, not doubt.
        agreeing = {(c.doc_id, c.sentence) for c in support}
        rival = next((c for c in candidates[1:] if (c.doc_id, c.sentence) not in agreeing
                      and not _overlaps(c, best)), None)
        margin = best.score - rival.score if rival else 1.0
        confidence = self._confidence(best, margin, weights)
        conflict = first_conflict(self.index, query, best.doc_id, span_text,
                                  [(c, c.doc_id, c.start, c.end) for c in candidates[1:]],
                                  said=doc.text[best.start:best.end]) if span else None
        if conflict is not None:  # another document gives another phrase of the kind asked for:
            preference = self._preference(best, conflict)  # only as sure as best is preferred to it
            confidence *= preference if doubts(query, best.doc_id) else 1.0
            conflict = conflict if preference < OTHERWISE_BELOW else None  # said to disagree only if a real rival
        numberless = not holds_number(query.kind, span_text)  # "In what year ...?" and no number (qa.answering.figures)
        # no date for "When ...?", another name where the question puts its own, another year, ... (qa.answering.misses)
        sentences = self.index.sentences[best.doc_id]
        before = doc.text[slice(*sentences[best.sentence - 1])] if best.sentence > 0 else ""
        said = doc.text[best.start:best.end]
        elsewhere = not_this(query.question, query.kind, said, span_text, before, doc.text, self.knows, query.earlier)
        body = body_instead(query.question, said, span_text) if not_a_body_reason(elsewhere) else None
        # "What other title does he hold?" and his name: the title the sentence gives him
        body = body or quote_instead(elsewhere, said, span_text, query.question)  # or a share for an amount
        if body:  # "Which ministry's delegation was he leading?" and "... from the Cambodian Ministry of Inspection"
            span_start, span_end = best.start + body[0], best.start + body[1]
            span_text = doc.text[span_start:span_end]
            elsewhere = not_this(query.question, query.kind, said, span_text, before, doc.text, self.knows,
                                 query.earlier)
        if absent or numberless or elsewhere:  # or the question names something no document mentions (NOT_MENTIONED)
            confidence = 0.0
        if confidence < min_confidence:
            closest = unrepeated((self._citation(c, answers=False)
                                  for c in _distinct_passages(candidates, len(candidates))), max_citations)
            reason = (unknown_reason(self, query.question, absent, self._missing(weights))
                      or (NO_NUMBER.format(kind=NUMBER_KINDS[query.kind]) if numberless else
                          elsewhere or self._abstention_reason(best, rival, weights, min_confidence, conflict)))
            return Answer(query.question, NOT_FOUND, False, confidence, closest, "", reason)
        first = replace(self._citation(best, answers=True), span_start=span_start, span_end=span_end)
        cited = unrepeated(chain([first], (self._citation(c, answers=True) for c in support)), max_citations)
        caution = ""
        if conflict is not None:
            cited, caution = cite_otherwise(cited, self._citation(conflict, answers=False), max_citations)
        return Answer(query.question, doc.text[best.start:best.end], True, confidence, cited, span_text, caution)

    # --- scoring -------------------------------------------------------------------------

    def _term_weights(self, query: Query) -> tuple[dict[str, float], dict[str, float]]:
        """IDF weight per term: the question's own, and those carried from earlier questions.

        Carried terms weigh 1 / (1 + own terms): the less a follow-up says itself
        ("How much did it grow?"), the more it leans on what was asked before.
        """
        own = {t: self.idf(t) for t in terms(query.question) if t not in QUESTION_TERMS}
        share = 1.0 / (1 + len(own))
        carried = {t: share * self.idf(t) for t in terms(query.context) if t not in own and t not in QUESTION_TERMS}
        return own, carried

    def _read_on(self, query: Query, candidates: list[Candidate], refused: Answer, missing: float,
                 min_confidence: float, max_citations: int) -> Answer:
        """The answer the passages of the sentences ranked after the ones read give, when one is found; else
        ``refused``, refused as of another year than asked (_ANOTHER_YEAR): "How many people lived in Fresno in
        2000?" and "The 2010 United States Census reported ...", then "As of the census of 2000, ..."."""
        read = passages_to_read(self.index, candidates, self.read_passages)
        rest = [c for c in candidates if not any(c.doc_id == r.doc_id and s <= c.start < e for r, s, e in read)]
        if not rest:
            return refused
        further = answer_from_readings(self, query, read_passages(self, query, rest, self.read_passages), missing, [],
                                       min_confidence, max_citations)
        return further if further.found else refused

    def _candidates(self, query: Query, hits: list[Hit], query_vector, weights) -> list[Candidate]:
        index = self.index
        seen: dict[tuple[str, int], int] = {}
        for rank, hit in enumerate(hits, 1):
            for i in index.sentences_of_chunk(hit.chunk):
                seen.setdefault((hit.chunk.doc_id, i), rank)
        if not seen:
            return []
        keys = list(seen)
        rows = [index.sentence_rows[d] + i for d, i in keys]
        dense = index.sentence_vectors[rows].astype(np.float32) @ query_vector.astype(np.float32)
        own, carried = weights
        asked = {**carried, **own}  # disjoint: carried terms exclude the question's own
        all_total = sum(asked.values()) or 1.0
        other_name = asks_other_name(query.question)
        scored = []
        for (doc_id, i), cos in zip(keys, dense):
            spans = index.sentences[doc_id]
            start, end = spans[i]
            text = index.documents[doc_id].text
            if is_dateline(text[start:end]):  # the document's date: qa.answering.metadata answers when it was published
                continue
            here = self._words_of(doc_id, i)
            words_here = here.terms
            around = set()
            for j in (i - 1, i + 1):
                if 0 <= j < len(spans):
                    around |= self._words_of(doc_id, j).terms
            # lexical: question words in this sentence (carried ones at their lower weight);
            # context: question words only its neighbours hold.
            lexical = sum(w for t, w in asked.items() if t in words_here) / all_total
            context = sum(w for t, w in asked.items() if t in around and t not in words_here) / all_total
            kind_match = 0.0
            if query.kind is not Kind.OTHER and best_span(text, start, end, query.kind, query.question):
                kind_match = 1.0
            elif other_name and gives_other_name(text[start:end]):  # asked another name: "also known as ..."
                kind_match = 1.0
            short = 1.0 if is_short(text[start:end], here.n_words) else 0.0
            # Question words that are not the document's own topic (its title) tell its sentences apart:
            # in "Who translated the article about X?", X names the article, "translated" finds the line.
            topic = self._title_terms(doc_id)
            body_total = sum(w for t, w in own.items() if t not in topic)
            beyond_title = (sum(w for t, w in own.items() if t in words_here and t not in topic) / body_total
                            if body_total else 0.0)
            features = {"dense": float(cos), "lexical": lexical, "beyond_title": beyond_title,
                        "context": context, "kind_match": kind_match,
                        "retrieval": 1.0 / seen[(doc_id, i)], "short": short}
            score = sum(SENTENCE_WEIGHTS[k] * v for k, v in features.items())
            scored.append(Candidate(doc_id, i, start, end, seen[(doc_id, i)], features, score))
        scored.sort(key=lambda c: -c.score)
        return scored

    def _confidence(self, best: Candidate, margin: float, weights) -> float:
        """Probability-like confidence that ``best`` answers; see CONFIDENCE_WEIGHTS."""
        w = CONFIDENCE_WEIGHTS
        z = w["bias"] + w["score"] * best.score + w["margin"] * min(margin, 1.0) + w["missing"] * self._missing(weights)
        return 1.0 / (1.0 + math.exp(-z))

    def _abstention_reason(self, best: Candidate, rival: Candidate | None, weights, min_confidence: float,
                           conflict: Candidate | None = None) -> str:
        """Why ``best`` fell below ``min_confidence``, in a user's words, when the question's words are known here
        (else qa.answering.reading.unknown_reason): the passage does not look like an answer even alone; only a passage
        saying something else in another document held it back (they disagree); or it may answer, but not
        surely enough for the threshold."""
        alone = self._confidence(best, 1.0, weights)  # as if no other passage said something else
        if alone < min(min_confidence, 0.5):
            return NOT_STATED
        if alone >= min_confidence and (conflict is not None or (rival is not None and rival.doc_id != best.doc_id)):
            return DISAGREE
        return NOT_SURE

    @staticmethod
    def _preference(best: Candidate, other: Candidate) -> float:
        """How much more likely ``best`` answers than ``other``, from their scores on the scale of the fitted
        confidence (CONFIDENCE_WEIGHTS["score"]): 0.5 when they score the same."""
        return 1.0 / (1.0 + math.exp(-CONFIDENCE_WEIGHTS["score"] * (best.score - other.score)))

    def unknown_words(self, question: str) -> list[str]:
        """The question's own key words that no document contains, as written: ["Thailand"]."""
        unknown = (w for w in written_words(question) if w.lower() not in STOPWORDS
                   and not self.has_term_like(stem(w.lower())) and stem(w.lower()) not in QUESTION_TERMS)
        return list(dict.fromkeys(unknown))

    def absent_names(self, question: str) -> list[str]:
        """The names and years the question gives (qa.asking.question.names, years) that no document contains:
        ["Thailand"], ["2020"]; and the countries of more than one word no chunk holds as a phrase ("United
        States" of documents that say "United Nations" and "States"). A name some document holds the start of
        counts as there ("Vietnamese" of "Vietnam", "Cambodian" of "Cambodia"). A name in brackets only clarifies
        ("Above what temperature (in degrees Celsius) ...?" of papers that write "37.2 ℃"): it may be absent."""
        question = re.sub(r"\([^()]*\)", " ", question)
        given = {n.lower(): n for n in caseless_countries(question) + names(question)}.values()  # "thailand" typed
        absent = [name for name in given if not self._names_like(name.lower())]
        absent += [name for name in long_country_names(question) if not self.holds_phrase(name)]
        asked = years(question)
        unknown = [year for year in asked if not self.knows(year)]
        # "from 1646 through 1647" of a text saying "1646–47": only when no year the question gives is there
        return absent + (unknown if len(unknown) == len(asked) else [])

    def holds_phrase(self, phrase: str) -> bool:
        """Whether some chunk holds ``phrase`` as written, in any case and spacing: looked for only in the chunks
        that hold every one of its terms (the keyword index's postings)."""
        held = None
        for term in terms(phrase):
            tid = self._vocab.get(term)
            if tid is None:
                return False
            rows = set(self._postings[self._indptr[tid]:self._indptr[tid + 1]].tolist())
            held = rows if held is None else held & rows
        wanted = " ".join(phrase.lower().split())
        return any(wanted in " ".join(self.index.chunks[row].text.lower().split()) for row in held or ())

    def _names_like(self, word: str) -> bool:
        """Whether some document holds ``word`` or a start of it of 6 letters or more ("vietnam" of
        "vietnamese"), or, for a short demonym, its place ("asia" of "asian", "korea" of "korean", "iraq" of
        "iraqi"), or, for a country's people, the country ("laos" of "laotians")."""
        country = country_of(word)
        return (self.knows(word) or any(self._vocab.get(word[:k]) is not None
                                        for k in range(max(6, len(word) - 3), len(word)))
                or (len(word) >= 4 and word.endswith(("an", "i")) and self._vocab.get(stem(word[:-1])) is not None)
                or (country is not None and self.holds_phrase(country)))

    def _missing(self, weights) -> float:
        """Weighted share of the question's own terms that no document contains: evidence the answer is not here."""
        own = weights[0]
        total = sum(own.values()) or 1.0
        return sum(w for t, w in own.items() if not self.has_term_like(t)) / total

    def _defined(self, query: Query, hits: list[Hit], max_citations: int) -> Answer | None:
        """ "What is HTS?": the long form the best retrieved document writing one gives (qa.asking.acronyms), as the
        phrase of its sentence; other retrieved documents giving the same long form are cited too."""
        acronym = asked_acronym(query.question) if not query.context else None
        if acronym is None:
            return self._term_defined(query, hits)
        letters, what_is = asks_letters(query.question), asked_term(query.question) is not None
        # "What is EGR1?" of "EGR1 is a transcription factor that ...": what it is, before what its letters stand for
        defined = None if letters else self._term_defined(query, hits, (definition_in,))
        if defined is not None:
            return defined
        found = []  # (candidate, long form start, end), best document first
        for doc_id in dict.fromkeys(h.chunk.doc_id for h in hits):
            span = long_form(self.index.documents[doc_id].text, acronym)
            if span is None and (letters or what_is):
                # "What does KPL stand for?", "What is KPL?": "Lao News Agency (KPL)"
                span = name_before(self.index.documents[doc_id].text, acronym)
            if span is None:
                continue
            spans = self.index.sentences[doc_id]
            first, last = answer_sentences(spans, *span)
            if first == last:  # the long form inside one sentence
                found.append((Candidate(doc_id, first, *spans[first], rank=len(found) + 1, features={}, score=1.0),
                              *span))
        if not found:  # "What does ASEAN stand for?" or "What is ASEAN?" of documents that never spell it out
            described = self._term_defined(query, hits, (described_in,)) if what_is and not letters else None
            if described is not None:  # "What is KATNAL1?" of "Currently the microtubule severing enzyme KATNAL1 ..."
                return described
            reason = NOT_SPELT if letters else NOT_DEFINED if what_is else None  # nor say what it is
            return Answer(query.question, NOT_FOUND, False, 0.0, [], "", reason.format(acronym=acronym)) \
                if reason else None

        def said(f) -> str:
            return normalized(self.index.documents[f[0].doc_id].text[f[1]:f[2]])

        (best, start, end), wanted = found[0], said(found[0])
        same = [f for f in found if said(f) == wanted]
        cited = [replace(self._citation(c, answers=True), span_start=s, span_end=e) for c, s, e in same[:max_citations]]
        text = self.index.documents[best.doc_id].text
        return Answer(query.question, text[best.start:best.end], True, DEFINED, cited, text[start:end], "")

    def _term_defined(self, query: Query, hits: list[Hit], finders=(definition_in, apposed_in)) -> Answer | None:
        """ "What is sporulation?": the first sentence of the best retrieved documents that opens by saying what the
        term is, else that sets what it is beside it (qa.answering.definitions), its definition as the phrase."""
        term = asked_term(query.question) if not query.context else None
        holding = [doc_id for doc_id in dict.fromkeys(h.chunk.doc_id for h in hits)
                   if term.lower() in self.index.documents[doc_id].text.lower()] if term else []
        for find in finders if holding else ():
            for doc_id in holding:
                text = self.index.documents[doc_id].text
                for i, (start, end) in enumerate(self.index.sentences[doc_id]):
                    span = find(text, start, end, term)
                    if span:
                        return self._quoted(query.question, doc_id, span, i, i)
        return None

    def _title(self, query: Query, hits: list[Hit]) -> Answer | None:
        """ "What post does Xiong Bo hold?", "Which committee does he chair?" after qa answered who: the title the
        best retrieved document that gives the person one writes beside the name (qa.asking.titles), as the phrase of
        its sentence."""
        name, part, where = asked_title(with_referent(query)) or ("", "", "")
        for doc_id in dict.fromkeys(h.chunk.doc_id for h in hits) if name else ():
            text, spans = self.index.documents[doc_id].text, self.index.sentences[doc_id]
            span = title_of(text, name, part)
            span = title_in(text, span, where) if span else None
            if span is None:
                continue  # "What post does he hold in Laos?" of "Chairman of the Vietnam-Cambodia ... Association"
            first, last = answer_sentences(spans, *span)
            if first == last:  # the title inside one sentence
                return self._quoted(query.question, doc_id, span, first, last)
        return None

    def _earlier(self, query: Query, hits: list[Hit]) -> Answer | None:
        """ "Which came first: the Treaty of Logstown or the Albany Congress?": of the two options, the one the best
        retrieved documents date earlier (later, asked which came last), quoted where its year is written, and the
        sentence dating the other cited after it (qa.answering.earlier); None unless both are dated, differently."""
        asked = asked_order(query.question) if not query.context else None
        if asked is None:
            return None
        doc_ids = list(dict.fromkeys(h.chunk.doc_id for h in hits))
        found = [next(((doc_id, *when) for doc_id in doc_ids
                       if (when := dated(option, self.index.documents[doc_id].text, self.index.sentences[doc_id]))),
                      None) for option in asked[:2]]
        if None in found or found[0][1] == found[1][1]:
            return None
        chosen, other = sorted(found, key=lambda f: f[1], reverse=asked[2])
        answer = self._quoted(query.question, chosen[0], chosen[3], chosen[2], chosen[2])
        if (other[0], other[2]) == (chosen[0], chosen[2]):
            return answer
        start, end = self.index.sentences[other[0]][other[2]]  # the other's year is cited too, to check the order by
        dating = self._citation(Candidate(other[0], other[2], start, end, rank=2, features={}, score=1.0), False)
        return replace(answer, citations=answer.citations + [dating])

    def _about_document(self, query: Query, hits: list[Hit]) -> Answer | None:
        """ "When was the article about X published?", "Who wrote the article about X?": asked as "When was it
        published?" of the documents about X (Query.document), the date near the top of the best of them or its
        byline line (qa.answering.metadata), at the confidence of a spelt-out acronym; None if it writes neither, or if X is
        a text it reports on ("an article titled X"), whose date and author are not its own."""
        asked = asks_about_document(query.question) if query.document and not query.context else None
        if asked is None:
            return None
        doc_id = hits[0].chunk.doc_id
        if is_other_text(self.index.documents[doc_id].text, query.document):
            return None
        return self.document_answer(query.question, doc_id, asked)

    def _of_earlier_document(self, query: Query) -> Answer | None:
        """ "When was that article published?", "Who wrote it?" after an answer: the date or byline of the
        document qa answered from (``query.said_at``), if it writes one; None otherwise."""
        asked = asks_about_document(query.question) if query.said_at and not query.document else None
        if asked is None or query.said_at[0] not in self.index.documents:
            return None
        doc_id, start, end = query.said_at
        if _REPORTED.search(self.index.documents[doc_id].text, start, end):
            return None  # "On May 5 the Paxaxon newspaper published an article ...": "it" may be that article
        return self.document_answer(query.question, doc_id, asked)

    def document_answer(self, question: str, doc_id: str, asked: str) -> Answer | None:
        """The document's own date or author (``asked``, qa.answering.metadata) as an answer quoting where it writes it,
        or None if it writes none."""
        text = self.index.documents[doc_id].text
        found = document_fact(text, asked)
        if found is None:
            return None
        return self._quoted(question, doc_id, found, *answer_sentences(self.index.sentences[doc_id], *found))

    def _byline(self, query: Query, candidates: list[Candidate]) -> Answer | None:
        """ "Who wrote the Paxaxon article?": the name a byline gives ("Authored by X") in one of the 2 best
        sentences or the 3 after it in its document (qa.answering.bylines); "Who took the photo ...?", the credit a caption
        gives ("(Photo: VNA)") in one of them or the one after it, and when none does, that no caption there
        credits one: a photo's author is no phrase for the reader to guess. None for other questions."""
        if asks_photo_credit(query.question):  # "Who took the photo of the signing?": the caption's credit, if any
            return self._found_near(query.question, candidates[:2], 1, credit_in) or Answer(
                query.question, NOT_FOUND, False, 0.0, [self._citation(c, answers=False) for c in candidates[:2]],
                "", NO_CREDIT)
        if not asks_author(query.question):
            return None
        return self._found_near(query.question, candidates[:2], 3, author_in)

    def _added(self, query: Query, candidates: list[Candidate]) -> Answer | None:
        """ "Beyond raising trade volumes, what ...?": Y of the first of the 12 best sentences, or the one after
        each, that says "not just X' but also Y" of what the question sets aside (qa.answering.contrasts); None if none
        does."""
        aside = query.aside or set_aside(query.question)
        if not aside:
            return None
        return self._found_near(query.question, candidates[:12], 1,
                                lambda text, start, end: added_to(text, start, end, aside))

    def _listed(self, query: Query, candidates: list[Candidate]) -> Answer | None:
        """ "What measures are needed ...?": what the sentence after one of the 2 best sentences lists, when that
        one names the measures and the next opens "These measures include ..." (qa.answering.listed); None if none does."""
        noun = asked_things(query.question, besides=bool(query.aside))
        if noun is None:
            return None
        aside = query.aside or set_aside(query.question)
        for best in candidates[:2]:
            text, spans = self.index.documents[best.doc_id].text, self.index.sentences[best.doc_id]
            i = best.sentence
            span = listed_after(text, spans[i], spans[i + 1], noun) if i + 1 < len(spans) else None
            if span is not None and aside:  # "Besides X and Y, what measure ...?": the items besides them
                span = listed_but_aside(text, *span, aside)
            if span is not None:
                return self._quoted(query.question, best.doc_id, span, i + 1, i + 1)
        return None

    def _from_earlier_answer(self, query: Query) -> Answer | None:
        """A follow-up about what qa just answered, from the earlier answer's sentences (``query.said_at``): "By
        how much did that go up?" after "How much was trade in 2023?", the one change they give ("up 11%",
        qa.answering.spans.change_span); "Who reported that figure?", the one source they or the sentences next to them
        give ("according to the Ministry of ...", qa.answering.sources); "What was the title of that article?", the one
        phrase they quote; "What period does it cover?", the one range of years they give ("the Plan ... for
        2021-2025"); "On which dates exactly?", the one date they give; "What is its abbreviation?", the one
        acronym they write in brackets ("KPL"); "Which one is listed second?", that thing of the list qa answered
        (qa.answering.listed.nth_item); "Out of how many?", the count the one rank they give is among ("79
        countries and territories"); "Which ones especially?", what their one "especially", "including" or "such
        as" names. None if they give none or several."""
        if not query.said_at or query.said_at[0] not in self.index.documents:
            return None
        doc_id, start, end = query.said_at
        text, spans = self.index.documents[doc_id].text, self.index.sentences[doc_id]
        listed_at = text.find(query.said, start, end) if query.said else -1
        item = nth_item(query.question, query.said) if listed_at >= 0 else None
        if item:  # "Which one is listed second?": that thing of the list qa answered
            span = (listed_at + item[0], listed_at + item[1])
        elif asks_short_form(query.question):  # "What is its abbreviation?": the one written in brackets there
            span = short_form_in(text, start, end)
        elif asks_source(query.question):  # in the answer's sentences, else the one before them, else the one after
            first, last = answer_sentences(spans, start, end)
            places = [(start, end)] + [spans[i] for i in (first - 1, last + 1) if 0 <= i < len(spans)]
            span = next(filter(None, (source_in(text, *place) for place in places)), None)
        else:
            span = (change_span(query.question, text, start, end) if asks_change(query.question)
                    else ranked_among(text, start, end) if asks_out_of(query.question)
                    else one_listing(text, start, end) if asks_examples(query.question)
                    else one_quote(text, start, end) if asks_title(query.question)
                    else one_date(text, start, end) if asks_when(query.question)
                    else one_range(text, start, end) if query.kind is Kind.PERIOD else None)
        if span is None:
            return None
        i = answer_sentences(spans, *span)[0]
        return self._quoted(query.question, doc_id, span, i, i)

    def _found_near(self, question: str, candidates: list[Candidate], after: int, find) -> Answer | None:
        """The phrase ``find(text, start, end)`` first finds in a sentence of ``candidates``, in order, or in one of
        the ``after`` sentences that follow each in its document, quoted at a rule's set confidence (_quoted);
        None if it finds none."""
        for best in candidates:
            text, spans = self.index.documents[best.doc_id].text, self.index.sentences[best.doc_id]
            for i in range(best.sentence, min(best.sentence + after + 1, len(spans))):
                span = find(text, *spans[i])
                if span is not None:
                    return self._quoted(question, best.doc_id, span, i, i)
        return None

    def _quoted(self, question: str, doc_id: str, span: tuple[int, int], first: int, last: int) -> Answer:
        """An answer at the set confidence of a rule that found the phrase (``DEFINED``): ``span`` of the document,
        in its sentences ``first`` to ``last``, cited there."""
        text, spans = self.index.documents[doc_id].text, self.index.sentences[doc_id]
        best = Candidate(doc_id, first, spans[first][0], spans[last][1], rank=1, features={}, score=1.0)
        cited = replace(self._citation(best, answers=True), span_start=span[0], span_end=span[1])
        return Answer(question, text[best.start:best.end], True, DEFINED, [cited], text[slice(*span)], "")

    def _step(self, query: Query, candidates: list[Candidate], weights, min_confidence: float) -> Answer | None:
        """ "What is the third step ...?": that item of the numbered list holding, or led into by, the best
        retrieved sentence; "What do I do after X?": the item after the one holding it (qa.answering.steps). None when the
        best sentence is in no such list, the item is not there, the sentence is not surely enough what the
        question is about, or a question word is in no document."""
        asked = next_to = None
        if not query.context:
            asked, next_to = asked_step(query.question), asked_next(query.question)
        if asked is None and next_to is None:
            return None
        step_terms = set(terms((asked or next_to)[1]))  # "third step": lists write "3."
        if any(not self.has_term_like(t) for t in weights[0] if t not in step_terms):
            return None  # "the second step to bake bread": no list here says how
        top = candidates[0]
        text = self.index.documents[top.doc_id].text
        lists = numbered_lists(text)
        if asked is not None:  # the list holding, or led into by, the best sentence
            place = asked[0]
            found = next((f for f in lists if f.start <= top.start < f.end and len(f.items) >= abs(place)), None)
        else:  # the step next to the item holding the best sentence
            found, place = None, 0
            for f in lists:
                at = next((k for k, (s, e) in enumerate(f.items) if text.rfind("\n", 0, s) < top.start < e), None)
                if at is not None and 0 <= at + next_to[0] < len(f.items):
                    found, place = f, at + next_to[0] + 1
        if found is None:
            return None
        # The best sentence is in the list or leads into it: the list, not a rival sentence, is what the question
        # points to, so qa is as sure as that sentence alone makes it.
        confidence = self._confidence(top, 1.0, weights)
        if confidence < min_confidence:
            return None
        start, end = found.items[place - 1 if place > 0 else -1]
        spans = self.index.sentences[top.doc_id]
        first, last = answer_sentences(spans, start, end)
        item = Candidate(top.doc_id, first, spans[first][0], spans[last][1], rank=top.rank, features={}, score=top.score)
        cited = [replace(self._citation(item, answers=True), span_start=start, span_end=end)]
        return Answer(query.question, text[item.start:item.end], True, confidence, cited, text[start:end], "")

    # --- citations -----------------------------------------------------------------------

    def _citation(self, c: Candidate, answers: bool) -> Citation:
        """The passage around sentence ``c``: its neighbours on the same line, sentence highlighted."""
        doc = self.index.documents[c.doc_id]
        start, end = passage_around(doc.text, self.index.sentences[c.doc_id], c.sentence)
        return Citation(doc_id=c.doc_id, title=doc.title, date=doc.date, start=start, end=end,
                        quote=doc.text[start:end], score=round(float(c.score), 4), sentence_start=c.start,
                        sentence_end=c.end, answers=answers, page=page_of(doc, c.start))

    def _supporting(self, best: Candidate, others: list[Candidate], span_text: str | None) -> list[Candidate]:
        """Other passages stating the same fact: the same answer phrase next to the question's words,
        or (without a phrase) a sentence that says nearly the same thing."""
        best_vector = self._vector(best)
        found: list[Candidate] = []
        for c in others:
            if any(_overlaps(c, f) for f in found + [best]):
                continue  # the same passage, or one that overlaps it
            if span_text:
                same = (normalized(span_text) in self._words_of(c.doc_id, c.sentence).normalized
                        and c.features["lexical"] >= 0.5 * best.features["lexical"])
            else:
                same = float(self._vector(c) @ best_vector) >= 0.85
            if same:
                found.append(c)
        return found

    def _vector(self, c: Candidate) -> np.ndarray:
        return self.index.sentence_vectors[self.index.sentence_rows[c.doc_id] + c.sentence].astype(np.float32)


# A short line that holds values, not a heading: "Filter life: 6 to 8 months", "Check-up | €45 | 20 minutes".
_HOLDS_VALUES = re.compile(r"^[^\W\d_][\w ()/'’-]{0,40}:\s*\S|\w[^|\n]*\|[^|\n]*\w")


# a unit's other written forms, as terms: "km2" is square kilometres, "kilometres" is "km"
_UNIT_FORMS = {"km": ("kilometr", "kilomet"), "kilometr": ("km",), "kilomet": ("km",),
               "km2": ("km", "kilometr", "kilomet", "squar"), "mi2": ("mile", "squar"), "sq": ("squar",),
               "mi": ("mile",), "mile": ("mi",), "ft": ("feet", "foot"), "feet": ("ft",), "foot": ("ft",),
               "mm": ("millimetr", "millimet"), "millimetr": ("mm",), "millimet": ("mm",),
               "cm": ("centimetr", "centimet"), "centimetr": ("cm",), "centimet": ("cm",),
               "kg": ("kilogram", "kilogramm"), "kilogram": ("kg",), "ha": ("hectar",), "hectar": ("ha",)}


def with_unit_forms(found: list[str]) -> frozenset:
    """A sentence's terms, and the other written forms of the units among them: a question asking "in square
    kilometres" holds its words in "Kenya covers 581,309 km2"."""
    return frozenset(found).union(*(_UNIT_FORMS.get(t, ()) for t in found))


def is_short(sentence: str, n_words: int) -> bool:
    """A heading or caption more than a sentence: under 6 words, or under 12 without a closing mark; a line that
    holds values ("Filter life: 6 to 8 months", a table row) is not one. On 8 manuals, FAQs and tables, such
    lines then got read: right 42 -> 45 of 71 questions, SQuAD and COVID-QA unchanged."""
    if n_words >= 12 or (n_words >= 6 and re.search(r"[.!?\"”]\s*$", sentence)):
        return False
    return not (n_words >= 2 and _HOLDS_VALUES.search(sentence))


def passage_around(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """Sentence i with one neighbour on each side, when the neighbour is on the same line or the earlier of the
    two leads into the other: a line ending with ":" or "?" ("Steps to report sick leave:", an FAQ's question)."""
    start, end = spans[i]
    if i > 0 and ("\n" not in text[spans[i - 1][1]:start] or _leads_in(text, spans[i - 1])):
        start = spans[i - 1][0]
    if i + 1 < len(spans) and ("\n" not in text[end:spans[i + 1][0]] or _leads_in(text, spans[i])):
        end = spans[i + 1][1]
    return start, end


def _leads_in(text: str, span: tuple[int, int]) -> bool:
    return text[span[1] - 1:span[1]] in (":", "?")


def _overlaps(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences share a passage: the same document, at most one sentence apart."""
    return a.doc_id == b.doc_id and abs(a.sentence - b.sentence) <= 1


# A refusal as of another year than asked: "The closest passage says “2010”, not 2000.", "... gives the figure now,
# “14,000”, not in 2020." (figure_of_another_year, other_year, now_not_then). The next passages are read then; read
# after every refusal, they answered as often wrongly as rightly (docs/reader.md).
_ANOTHER_YEAR = re.compile(r"\bnot (?:in )?\d{4}\.$")


def _distinct_passages(candidates: list[Candidate], limit: int) -> list[Candidate]:
    chosen: list[Candidate] = []
    for c in candidates:
        if not any(_overlaps(c, o) for o in chosen):
            chosen.append(c)
        if len(chosen) >= limit:
            break
    return chosen

