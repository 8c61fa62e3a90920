"""Frozen values that cross module lines.

Every span is a half-open ``[start, end)`` range of character offsets into
``Document.text``, so a quote is always ``document.text[start:end]``.
Nothing here does work; the stages that produce these values live in their
own modules.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    doc_id: str  # path relative to the documents folder, with forward slashes
    text: str  # exactly as decoded from the file
    title: str
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when the text gives one
    pages: tuple[int, ...] = ()  # PDFs: start offset of each page in `text`; see ingest.page_of


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    chunk_id: int  # its id in the FAISS index, stable across syncs (not its position)
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused retrieval score, higher is better
    dense_rank: int | None = None  # 1-based rank in dense results, None if absent
    sparse_rank: int | None = None  # 1-based rank in BM25 results, None if absent
    dense_score: float = 0.0  # cosine similarity of chunk and question
    sparse_score: float = 0.0  # BM25 score of the chunk


@dataclass(frozen=True)
class Citation:
    doc_id: str
    title: str
    date: str | None
    start: int
    end: int
    quote: str  # == document.text[start:end], always
    score: float
    sentence_start: int | None = None  # the answer sentence inside the quote
    sentence_end: int | None = None
    span_start: int | None = None  # the exact answer phrase inside the quote, if any
    span_end: int | None = None
    answers: bool = True  # False for the closest passages shown when nothing answers
    page: int | None = None  # 1-based PDF page where the quote starts; None for other formats
    url: str | None = None  # link that opens the passage in the chat app, when its URL is known (qa.app.links)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    found: bool
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    span: str = ""  # shortest verbatim phrase inside `text` that answers
    reason: str = ""  # found is False: why, in a sentence a user understands; True: a caution, or ""

    def to_dict(self) -> dict:
        """Plain JSON-ready dict whose keys are the dataclass field names."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Answer":
        """The inverse of ``to_dict``."""
        return cls(**{**data, "citations": [Citation(**c) for c in data.get("citations") or []]})
