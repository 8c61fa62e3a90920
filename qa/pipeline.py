"""QA: wires config -> index -> retriever -> extractor; and the module-level ``answer()``.

Opening a QA loads the index files; the embedding model loads on the first
question. A QA notices a newer index written by another process (``qa index``)
within ``RELOAD_SECONDS`` and switches to it between questions; a question is
always answered from one index, never a mix. ``add_documents`` and
``remove_documents`` sync the index through qa.indexing.index, the same code path as
``qa index``, and switch at once. Building and syncing are qa.indexing.index.
"""
from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from .answering.extract import ASK_SOMETHING, NOT_FOUND, Extractor
from .answering.listed import nth_listed
from .answering.metadata import about_earlier_document, asks_about_document
from .answering.people import who_is
from .answering.reading import PERSON_WORD, SAYS_OTHERWISE
from .answering.retrieve import Retriever
from .app.links import with_links
from .asking.acronyms import spelt_out
from .asking.countries import capitals_note, capitals_read_as_countries, formal_names_as_written, place_names_respelt
from .asking.phrasing import plain_question
from .asking.question import Kind, Query, build_query, document_reference, names
from .asking.spelling import cased, read_as_note, respell, unaccented
from .asking.titles import name_in, titled_person, titles_as_written
from .asking.typed import plain_words, without_markup
from .asking.wording import as_written, dates_as_written
from .config import Config, EncoderRuntime
from .errors import IndexStateError, QAError, QuestionError
from .indexing.index import SyncReport, live_generation
from .indexing.store import Index, load_index, vectors_of
from .models.embed import Encoder
from .types import Answer, Document

RELOAD_SECONDS = 2.0
# A follow-up's confidence is raised by this much on the log-odds scale (docs/measured.md): judged by its own few
# words ("What title does he hold?"), a right answer scores lower than it would asked in full. Fitted on the
# follow-ups of seed probes 11-22 (the most right at min_confidence 0.3) and checked on those of probes 23-31.
FOLLOW_UP_SHIFT = 1.7
UNRESOLVED = ("It is not clear who “{word}” is: the documents did not say who the earlier question asks about. Ask "
              "again with the person's name.")


@dataclass(frozen=True)
class _Loaded:
    """One index with the stages reading it; swapped as a whole on reload."""

    index: Index
    retriever: Retriever
    extractor: Extractor


class QA:
    """Question answering over one index folder.

    >>> qa = QA(index_dir="index")              # doctest: +SKIP
    >>> qa.answer("How many Lao students are studying in Vietnam?").span   # doctest: +SKIP
    'over 14,000'
    """

    def __init__(self, index_dir: str | Path | None = None, config: Config | None = None,
                 encoder: Encoder | None = None):
        self.config = config or Config.from_env()
        self.index_dir = Path(index_dir) if index_dir is not None else self.config.index_dir
        self.encoder = encoder or Encoder.from_config(self.config)
        self.reader = None
        if self.config.reader:
            from .models.reader import Reader

            runtime = "torch" if self.config.encoder is EncoderRuntime.TORCH else "onnx"
            self.reader = Reader(int8=self.config.reader_int8, runtime=runtime,
                                 int8_above=self.config.reader_int8_above)
            self.reader.check()  # refuse a missing or damaged file now, not at the first question
        self._write_lock = threading.Lock()
        self.ready = threading.Event()  # set once warm_up has loaded the models
        self._warming = threading.Lock()  # held from the start of warm_up_in_background: it runs once
        self.warm_up_error: QAError | None = None
        self._loaded = self._load()
        self._checked = time.monotonic()
        self._vectors: dict[str, object] = {}
        self._phrases: dict[str, object] = {}  # phrase embeddings for QA._likeness

    def _load(self) -> _Loaded:
        index = load_index(self.index_dir, self.encoder.model_name, self.encoder.dimension,
                           vectors=vectors_of(self.encoder))
        return _Loaded(index, Retriever(index, self.encoder, self.config),
                       Extractor(index, self.reader, self.config.read_passages, self.config.reader_rerank))

    @property
    def index(self) -> Index:
        return self._loaded.index

    @property
    def retriever(self) -> Retriever:
        return self._loaded.retriever

    @property
    def extractor(self) -> Extractor:
        return self._loaded.extractor

    @property
    def docs_dir(self) -> Path:
        """The documents folder this index was built from (where added documents are stored)."""
        return Path(self.index.manifest.get("docs_dir") or self.config.docs_dir)

    def reload(self) -> bool:
        """Switch to the index's live generation if another sync wrote a newer one. True if it switched."""
        self._checked = time.monotonic()
        if live_generation(self.index_dir) in (None, self.index.generation):
            return False
        self._loaded = self._load()
        return True

    def _fresh(self) -> _Loaded:
        if time.monotonic() - self._checked > RELOAD_SECONDS:
            try:
                self.reload()
            except QAError:
                pass  # a broken newer index: keep answering from the one already loaded
        return self._loaded

    def add_documents(self, paths, progress: bool = False) -> SyncReport:
        """Add files to the documents folder (under ``uploads/``) and the index; answerable at once.

        See qa.indexing.index.add_documents for names, limits and what is skipped.
        """
        from .indexing.index import add_documents

        with self._write_lock:
            report = add_documents(paths, self.docs_dir, self.index_dir, self.config, self.encoder, progress)
            self.reload()
        return report

    def remove_documents(self, doc_ids: list[str], progress: bool = False) -> SyncReport:
        """Remove documents from the index; their files move to the folder's ``.removed/``."""
        from .indexing.index import remove_documents

        with self._write_lock:
            report = remove_documents(list(doc_ids), self.docs_dir, self.index_dir, self.config, self.encoder,
                                      progress)
            self.reload()
        return report

    def warm_up_in_background(self) -> "QA":
        """Start ``warm_up`` in a daemon thread, once, and return at once (``ready`` tells when it is done)."""
        if self._warming.acquire(blocking=False):  # a second call while (or after) warming up does nothing
            threading.Thread(target=self.warm_up, name="qa-warm-up", daemon=True).start()
        return self

    def warm_up(self) -> None:
        """Load the encoder and the reader now, not at the first question (qa serve runs this in the background).

        A model that cannot load is kept in ``warm_up_error`` (the first question then raises it); ``ready``
        is set either way.
        """
        try:
            self.encoder.encode_one("warm up")
            if self.reader is not None:
                long = [" ".join(["Warm up."] * 100)] if self.reader.int8_above else []  # loads the int8 reader
                self.reader.read("Warm up?", ["Warm up."] + long)
            self._fresh().extractor.speller.warm_up()
        except QAError as exc:
            self.warm_up_error = exc
        finally:
            self.ready.set()

    def document(self, doc_id: str) -> Document:
        """The indexed Document, so a caller can check that ``quote == text[start:end]``."""
        try:
            return self.index.documents[doc_id]
        except KeyError:
            raise KeyError(f"no document {doc_id!r} in the index; known ids: "
                           f"{', '.join(sorted(self.index.documents)[:10])}") from None

    def documents(self) -> list[Document]:
        return list(self.index.documents.values())

    def search(self, question: str, history: list[str] | None = None, k: int | None = None,
               doc_ids: list[str] | None = None) -> list:
        """The retrieved passages (Hit list) that ``answer`` would read, best first."""
        loaded = self._fresh()
        question = self._respell(loaded, _clean(question, self.config.max_question_chars))[0]
        query, doc_ids = self._query(loaded, question, self._history(loaded, history), doc_ids)
        return self._retrieved(loaded, query, k or self.config.top_k, doc_ids)

    def _retrieved(self, loaded, query: Query, k: int, doc_ids: list[str] | None) -> list:
        """The k best chunks for the query, then those a name of the question brings that none of them writes
        (Retriever.naming)."""
        vector = self._vector(query.search_text)
        hits = loaded.retriever.search(query.search_text, k, doc_ids=doc_ids, query_vector=vector)
        return loaded.retriever.naming(query.search_text, hits, names(query.question), doc_ids, vector)

    def _query(self, loaded, question: str, history: list[str],
               doc_ids: list[str] | None) -> tuple[Query, list[str] | None]:
        """The query for a cleaned, respelt question and its history (QA._history), and the documents to search.
        A question about one document ("Who translated the article about X?", qa.asking.question.document_reference)
        is judged as "Who translated it?" and searches the documents about X; when no document is about X, it
        is asked as written."""
        query = build_query(question, history, likeness=self._likeness)
        if query.context:
            query = self._after_earlier_answer(loaded, query, history, doc_ids)
        if not query.document:
            return query, doc_ids
        found = loaded.retriever.documents(query.document, 5, doc_ids, self._vector(query.document))
        referred = loaded.extractor.referred_documents(query.document, [h.chunk.doc_id for h in found])
        if not referred:  # no document is about X: asked as written, or, among statements, alone
            return (replace(query, document="") if query.loose
                    else build_query(question, history, documents=False, likeness=self._likeness)), doc_ids
        return query, referred

    def _read(self, loaded, query: Query, doc_ids: list[str] | None, threshold: float) -> Answer:
        """Retrieve for the query and extract its answer. A follow-up searches with its context but judges
        sentences by the question itself."""
        question_vector = self._vector(query.question if query.context else query.search_text)
        hits = self._retrieved(loaded, query, self.config.top_k, doc_ids)
        shift = FOLLOW_UP_SHIFT if query.context else 0.0
        answer = loaded.extractor.extract(query, hits, question_vector, _shifted(threshold, -shift),
                                          self.config.max_citations)
        return replace(answer, confidence=_shifted(answer.confidence, shift)) if shift else answer

    def _after_earlier_answer(self, loaded, query: Query, history: list[str], doc_ids: list[str] | None) -> Query:
        """A follow-up leans on the earlier question and on what qa answered to it: "When was he born?" after
        "Who designed the building?" is about the designer. The earlier answer's sentence joins the context."""
        last = plain_question(history[-1])
        # the last earlier question, or, after "And in Laos?", the earlier question with Laos put in; one that
        # names its document ("Which outlet posted the article 'X'?") is answered from that document, as it was
        searched = doc_ids
        if query.context.endswith(last) and document_reference(last):
            earlier, searched = self._query(loaded, last, [], doc_ids)
        else:
            earlier = (build_query(last, history[:-1], documents=False, likeness=self._likeness)
                       if query.context.endswith(last) else build_query(query.context, documents=False))
            person = PERSON_WORD.search(query.question)
            if person and earlier.context and len(history) > 1 and PERSON_WORD.search(earlier.question):
                # "he" in a chat goes on being the same person: "Who became Prime Minister?", "When did he visit
                # Vietnam?", "Which leaders did he meet?"
                earlier = self._after_earlier_answer(loaded, earlier, history[:-1], doc_ids)
                if earlier.unresolved:
                    return replace(query, unresolved=person.group(1))
        said = self._read(loaded, earlier, searched, self.config.min_confidence)
        person = PERSON_WORD.search(query.question) if earlier.kind is Kind.PERSON else None
        if not said.found and person:  # a person qa was unsure of, at half the bar, is still who "he" most likely is
            unsure = self._read(loaded, earlier, searched, self.config.min_confidence / 2)
            said = unsure if unsure.found and name_in(unsure.span) else said
        if not said.found:  # "What is his job title?" after a "Who ...?" qa did not answer: who "he" is, is unknown
            if person and earlier.referent:  # ... unless the earlier question's own "him" is known: "Which Lao leader
                # visited?", "Who came with him?" (not answered), "What titles does he hold?" asks of the leader
                return replace(query, search_text=f"{earlier.context} {query.question}", context=earlier.context,
                               referent=earlier.referent, said=earlier.said, said_at=earlier.said_at)
            return replace(query, unresolved=person.group(1)) if person else query
        context = f"{query.context} {said.text}"
        # the person qa answered (the one asked of, after "Who was Marco Polo?"), or else the earlier question's "he",
        # or, asked anything but who, the one the earlier question named ("What is his position?" after "...
        # according to Khamjane Vongphosy?")
        referent = ((who_is(last) or name_in(said.span)) if earlier.kind is Kind.PERSON else earlier.referent or (
            titled_person(last, said.text) if query.kind is not Kind.PERSON else ""))
        listed = nth_listed(query.question, said.span)
        if listed:  # "Why is the first of those important?": the first thing qa listed, asked of by name
            query = replace(query, question=listed)
        cited = said.citations[0]  # the answer's sentences in it, else the whole quote
        at = ((cited.sentence_start, cited.sentence_end) if cited.sentence_start is not None
              else (cited.start, cited.end))
        return replace(query, search_text=f"{context} {query.question}", context=context, referent=referent,
                       said=said.span, said_at=(cited.doc_id, *at))

    @staticmethod
    def _own_date_or_author(loaded, query: Query, doc_ids: list[str] | None) -> Answer | None:
        """ "When was it published?", "Who wrote this article?" asked of one document (``doc_ids``, the chat's
        "Answer only from"): its date line or byline (qa.answering.metadata), if it writes one."""
        asked = asks_about_document(query.question) if not query.document and not query.context else None
        if asked is None or not doc_ids or len(set(doc_ids)) != 1 or doc_ids[0] not in loaded.index.documents:
            return None
        return loaded.extractor.document_answer(query.question, doc_ids[0], asked)

    @staticmethod
    def _respell(loaded, text: str) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
        """The question with a country's formal name or capital no document mentions read as the country, when
        some do ("the Kingdom of Cambodia" as "Cambodia", "Hanoi" as "Vietnam", qa.asking.countries), other words read as
        the documents write them ("two-way commerce" as "bilateral trade", "govt" as "government", qa.asking.wording), then
        another word for a title ("premier" as "Prime Minister", qa.asking.titles), misspelt words mended and, typed
        without telling capitals, written as the documents write its words (qa.asking.spelling.cased); with the (typed,
        meant) and (capital, country) pairs. Accents no document writes go ("Bùi Thanh Sơn", qa.asking.spelling.unaccented);
        a country's or capital's name one letter off is read as written
        ("Kambodia" as "Cambodia", qa.asking.countries.place_names_respelt); an acronym no document holds, as the name
        whose initials spell it ("LPRP" as "Lao People's Revolutionary Party", qa.asking.acronyms.spelt_out); a date in
        figures, as the documents write it ("10/6/2024" as "June 10, 2024", qa.asking.wording.dates_as_written)."""
        extractor = loaded.extractor
        text, plain = unaccented(text, extractor.holds_phrase)  # "Bùi Thanh Sơn", "Việt Nam"
        text, placed = place_names_respelt(text, extractor.holds_phrase)  # "Kambodia", "Pnom Penh"
        text, formal = formal_names_as_written(text, extractor.holds_phrase)
        text, capitals = capitals_read_as_countries(text, extractor.holds_phrase)
        text, spelt = spelt_out(text, (d.text for d in loaded.index.documents.values()), extractor.knows)
        text, worded = as_written(text, extractor.holds_phrase)  # first: "head of govt" is "head of government"
        text, dated = dates_as_written(text, extractor.holds_phrase)  # "10/6/2024" as "June 10, 2024"
        text, titled = titles_as_written(text, extractor.holds_phrase)
        text, fixes = respell(text, extractor.knows, extractor.speller)
        # a capital no document writes is told by the capitals' note instead
        placed = [(typed, meant) for typed, meant in plain + placed if extractor.holds_phrase(meant)]
        return cased(text, extractor.speller), placed + formal + spelt + worded + dated + titled + fixes, capitals

    def _history(self, loaded, history) -> list[str]:
        """The earlier questions, cleaned and with misspelt words mended as the question's are."""
        return [self._respell(loaded, h)[0] for h in _clean_history(history, self.config.max_question_chars)]

    def _vector(self, text: str):
        """The question's embedding, remembered for the last few hundred texts (retries, eval, the API)."""
        vector = self._vectors.get(text)
        if vector is None:
            vector = self.encoder.encode_one(text)
            _remember(self._vectors, text, vector)
        return vector

    def _likeness(self, phrase: str, phrases: list[str]) -> list[float]:
        """The cosine of ``phrase``'s embedding with each of ``phrases``' (qa.asking.alike). The embeddings are
        remembered: one follow-up compares the earlier question's phrases again when its context is built."""
        vectors = {t: self._phrases.get(t) for t in (phrase, *phrases)}  # read once: another answer may evict
        new = [t for t, v in vectors.items() if v is None]
        for t, v in zip(new, self.encoder.encode(new) if new else []):  # L2-normalized
            vectors[t] = v
            _remember(self._phrases, t, v)
        return [float(vectors[t] @ vectors[phrase]) for t in phrases]

    def answer(self, question: str, history: list[str] | None = None, doc_ids: list[str] | None = None,
               min_confidence: float | None = None) -> Answer:
        """Answer ``question`` from the documents, citing where the answer was found.

        ``history`` is the user's earlier questions in the chat, oldest first; a
        follow-up question ("What is their capital?") borrows their topic and
        what qa answered to the last of them.
        ``doc_ids`` restricts the answer to those documents. An empty question
        raises QuestionError; a question the documents do not answer returns
        an Answer with ``found=False``.
        """
        raw, question = question, _clean(question, self.config.max_question_chars)
        threshold = self.config.min_confidence if min_confidence is None else _confidence_level(min_confidence)
        loaded = self._fresh()
        question, fixes, capitals = self._respell(loaded, question)
        history = self._history(loaded, history)
        two = _TWO_ASKED.match(plain_question(question))  # (once the two are not read as one: "Is it ...? If not, who?")
        if two:  # "Is Bounthong Chitmany the Vice President of Laos? When was he appointed?": the second asked after
            history, question = [*history, two["first"]], two["second"]  # the first, as a follow-up of it
        answer = self._answer_of(loaded, question, history, doc_ids, threshold)
        _finite(answer, self.index_dir)
        notes = ([capitals_note(capitals)] if capitals else []) + ([read_as_note(fixes)] if fixes else [])
        if _is_cut(raw, self.config.max_question_chars):
            notes.append(QUESTION_CUT.format(limit=self.config.max_question_chars))
        if notes:
            answer = replace(answer, reason=" ".join([answer.reason, *notes]).strip())
        return with_links(answer, self.config.url)

    def _answer_of(self, loaded, question: str, history: list[str], doc_ids: list[str] | None,
                   threshold: float) -> Answer:
        """The answer to a cleaned, respelt question and its cleaned, respelt history, from one loaded index."""
        return (self._of_earlier_document(loaded, question, history, doc_ids, threshold)
                or self._answered(loaded, question, history, doc_ids, threshold))

    def _answered(self, loaded, question: str, history: list[str], doc_ids: list[str] | None,
                  threshold: float) -> Answer:
        """The answer to a cleaned, respelt question and its history, from the surest of the ways it is read."""
        query, searched = self._query(loaded, question, history, doc_ids)
        answer = (_unresolved(query) or self._own_date_or_author(loaded, query, doc_ids)
                  or self._read(loaded, query, searched, threshold))
        # Statements around the question only suggest its documents: it is also asked alone of all of them and,
        # when a statement says more than a topic ("The post discusses a Lao newspaper. Which one?"), as written.
        others = [replace(query, document="", loose="")] if query.loose and query.document else []
        if query.loose == "said":
            others.append(build_query(question, history, documents=False, likeness=self._likeness))
        for other in others:  # the surest answer is given
            wider = self._read(loaded, other, doc_ids, threshold)
            answer = wider if wider.confidence > answer.confidence else answer
        own = self._in_earlier_document(loaded, query, answer, searched, threshold)
        answer = own or answer
        if query.document:  # judged as "Who translated it?", but the user asked about the article about X
            answer = replace(answer, question=question)
        return answer

    def _in_earlier_document(self, loaded, query: Query, answer: Answer, doc_ids: list[str] | None,
                             threshold: float) -> Answer | None:
        """A follow-up whose answer another document contradicts with the document qa answered the earlier
        question from is answered from that one: "How many members does it have?" after "Who chairs the
        University of Chicago's Board of Trustees?" is asked of that university's article, not of a church's that
        also has a board of trustees. None for any other question, or when qa answers nothing there. (Preferring
        that document whenever it answers turned 19 right seed follow-ups wrong and 6 wrong ones right: in a
        collection of articles on one topic, a chat moves from article to article.)"""
        if not query.said_at or not answer.found or answer.citations[0].doc_id == query.said_at[0]:
            return None
        earlier_doc = query.said_at[0]
        contradicted = answer.reason.startswith(SAYS_OTHERWISE.split(":")[0]) and any(
            c.doc_id == earlier_doc for c in answer.citations)
        if not contradicted or doc_ids is not None and earlier_doc not in doc_ids:
            return None
        own = self._read(loaded, query, [earlier_doc], threshold)
        return own if own.found else None

    def _of_earlier_document(self, loaded, question: str, history: list[str], doc_ids: list[str] | None,
                             threshold: float) -> Answer | None:
        """ "When was the article that quotes him published?" after "Who is the Chinese Ambassador to Vietnam?":
        the date, author or title of the document qa answered the last question from (qa.answering.metadata); None for
        another question, or when qa did not answer the last one or its document writes no such line."""
        pointed = about_earlier_document(question) if history else None
        if pointed is None:
            return None
        earlier = self._answer_of(loaded, history[-1], history[:-1], doc_ids, threshold)
        if not earlier.found or not earlier.citations:
            return None
        found = loaded.extractor.document_answer(pointed[0], earlier.citations[0].doc_id, pointed[1])
        return replace(found, question=question) if found else None


# a yes-or-no question, then a question that asks on about the person it names ("he", "her"); not "it", which
# the reader, reading a follow-up alone, cannot tell ("Have they set a goal for trade? How large is it?")
_TWO_ASKED = re.compile(r"^(?P<first>(?:is|are|was|were|did|does|do|has|have|had|can|could|will)\b[^?]+\?)\s+"
                        r"(?P<second>(?:what|which|who|whom|whose|when|where|why|how)\b(?=[^?]*\b(?:he|she|him|her|his|"
                        r"hers)\b)[^?]*\?)\s*$", re.I)


def _unresolved(query: Query) -> Answer | None:
    """Not found, saying why, when a follow-up's "he" or "she" is the unknown answer to an earlier "Who ...?"."""
    if not query.unresolved:
        return None
    return Answer(query.question, NOT_FOUND, False, 0.0, [], "", UNRESOLVED.format(word=query.unresolved))


def _finite(answer: Answer, index_dir: Path) -> None:
    """No NaN or infinity reaches a caller: one means a damaged model or index, never a real score."""
    scores = [answer.confidence] + [c.score for c in answer.citations]
    if not all(math.isfinite(float(x)) for x in scores):
        raise IndexStateError(f"a score came out as not a number: the index in {str(index_dir)!r} or a model file "
                              f"is damaged; run `qa check --index-dir {index_dir}` and `qa export`")


def _shifted(p: float, shift: float) -> float:
    """Probability ``p`` moved by ``shift`` on the log-odds scale; 0 and 1 stay where they are."""
    if p <= 0.0 or p >= 1.0 or not shift:
        return p
    return 1.0 / (1.0 + math.exp(-(math.log(p / (1.0 - p)) + shift)))


def _confidence_level(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise QuestionError(f"min_confidence must be a number from 0 to 1, got {value!r}")
    return float(value)


def _clean(question: str, limit: int) -> str:
    if not isinstance(question, str):
        raise QuestionError(f"a question must be text, not {type(question).__name__}")
    cleaned = _as_written(question, limit)
    if not any(ch.isalnum() for ch in cleaned):
        raise QuestionError(ASK_SOMETHING)
    return cleaned


_LEADING_BLANK = re.compile(r"[\s\x00-\x1f\x7f-\x9f]*")
_NOT_BLANK = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]")
QUESTION_CUT = ("Only the question's first {limit:,} characters were read; ask it in fewer words "
                "so that all of it counts.")


def _is_cut(text: str, limit: int) -> bool:
    """Whether ``_printable`` left out something of ``text`` besides blanks and control characters."""
    return _NOT_BLANK.search(text, _LEADING_BLANK.match(text).end() + limit) is not None


def _as_written(text: str, limit: int) -> str:
    """A question or an earlier one as the words it is typed or said in (``_printable``, then qa.asking.typed: no markup,
    emoji, chat shorthand or fillers)."""
    return plain_words(without_markup(_printable(text, limit)))


def _printable(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``, control characters made spaces, trimmed.

    Cut before cleaning, so a question of megabytes costs no more than one of ``limit`` characters.
    """
    start = _LEADING_BLANK.match(text).end()
    text = _TERMINAL_CODE.sub(" ", text[start:start + limit])  # "\x1b[0m", a terminal's colour code, all of it
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text).strip()


_TERMINAL_CODE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _clean_history(history, limit: int) -> list[str]:
    """The earlier questions that say something, cleaned like a question; only the last few matter."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not all(isinstance(h, str) for h in history):
        raise QuestionError("history must be a list of earlier questions, each as text")
    cleaned = (_as_written(h, limit) for h in list(history)[-10:])
    return [h for h in cleaned if any(ch.isalnum() for ch in h)]


def _remember(cache: dict, key: str, value, limit: int = 512) -> None:
    """Keep ``value`` under ``key``, first forgetting the oldest entry when ``cache`` holds ``limit``."""
    if len(cache) >= limit:
        cache.pop(next(iter(cache), None), None)
    cache[key] = value


_default: QA | None = None
_default_lock = threading.Lock()


def answer(question: str, history: list[str] | None = None, doc_ids: list[str] | None = None,
           min_confidence: float | None = None) -> Answer:
    """Answer from the default index (``QA_INDEX_DIR``, else ``index/``), opened once."""
    global _default
    with _default_lock:
        if _default is None:
            _default = QA()
    return _default.answer(question, history, doc_ids=doc_ids, min_confidence=min_confidence)
