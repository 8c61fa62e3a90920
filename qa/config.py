"""One Config dataclass: defaults, ``QA_*`` environment overrides, validation.

Only settings live here; nothing is loaded or computed.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .app.links import base_url
from .errors import ConfigError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")  # readers: qa/indexing/ingest.py, qa/indexing/formats.py


MIN_CHUNK_CHARS = 20  # smaller windows would cut text into single words


class Retrieval(Enum):
    """Which rankings a search uses: BM25 keywords, dense vectors, or both fused."""

    BM25 = "bm25"
    DENSE = "dense"
    HYBRID = "hybrid"


class VectorIndex(Enum):
    """How chunk vectors are searched (see qa/indexing/vectors.py): exact, or approximate for large collections."""

    AUTO = "auto"  # flat up to flat_max_chunks chunks, ivf above
    FLAT = "flat"
    IVF = "ivf"
    HNSW = "hnsw"


class EncoderRuntime(Enum):
    """What runs the models (see qa/models/embed.py): ONNX Runtime in fp32 or int8, or torch, the reference."""

    ONNX = "onnx"
    ONNX_INT8 = "onnx-int8"
    TORCH = "torch"


class Fusion(Enum):
    """How the hybrid merges its two rankings (see qa/answering/retrieve.py)."""

    WEIGHTED = "weighted"  # min-max scaled scores, dense_weight * dense + (1 - dense_weight) * bm25
    RRF = "rrf"  # reciprocal rank fusion, sum of 1 / (rrf_k + rank)


@dataclass(frozen=True)
class Config:
    docs_dir: Path = Path("seeds")
    index_dir: Path = Path("index")
    # chunking: sentence-aligned windows of at most chunk_chars (longer sentences are
    # cut at white space), sharing overlap_sentences sentences with the previous window
    chunk_chars: int = 700
    overlap_sentences: int = 1
    # retrieval
    # Measured on BEIR SciFact with benchmarks/scifact.py; dense_weight was tuned on
    # its training claims, never on the test claims. Why RRF stays the default: qa/answering/retrieve.py.
    retrieval: Retrieval = Retrieval.HYBRID
    top_k: int = 24  # chunks handed to the answerer: on the tune split, 24 was righter than 12, 16 or 20 (docs/reader.md)
    candidate_depth: int = 50  # chunks taken from each of dense and BM25 before fusion
    fusion: Fusion = Fusion.RRF
    rrf_k: int = 60  # for fusion=rrf
    dense_weight: float = 0.7  # for fusion=weighted: share of the scaled dense score; BM25 has the rest
    # vector search (qa/indexing/vectors.py); recall of ivf/hnsw: benchmarks/bench_vectors.py
    vector_index: VectorIndex = VectorIndex.AUTO
    flat_max_chunks: int = 200_000
    nprobe: int = 64  # ivf: inverted lists searched per query (recall@10 0.966 on 62k chunks)
    ef_search: int = 128  # hnsw: candidate list size per query
    # documents added through QA.add_documents (the chat's upload)
    max_file_mb: float = 20.0
    # answering
    min_confidence: float = 0.3  # chosen on held-out questions: see training/fit_reader.py and docs/measured.md
    reader: bool = True  # the trained reader (qa/models/reader.py); QA_READER=off keeps the sentence scorer alone
    # The reader chooses among the passages around the sentence scorer's best sentences, and finds the phrase.
    # QA_READER_RERANK=off lets the scorer choose the sentence alone (README, Measured: righter less often).
    reader_rerank: bool = True
    read_passages: int = 2  # with reader_rerank; 4 or 6 were no righter and twice or three times as slow
    # The reader in int8 reads twice as fast, but its phrases are a little worse (docs/measured.md): float32
    # reads every pair of at most reader_int8_above tokens.
    reader_int8: bool = False
    # A (question, passage) pair of more tokens than this is read in int8 all the same: long passages (most are
    # COVID-QA's) made the slowest answers, and in int8 answers were as often right (docs/performance.md). 0: never.
    reader_int8_above: int = 192
    max_question_chars: int = 2000
    max_citations: int = 4
    embed_batch_size: int = 32
    # the runtime of the encoder and the reader; vectors of onnx and torch agree, int8's differ (docs/measured.md)
    encoder: EncoderRuntime = EncoderRuntime.ONNX_INT8
    url: str = ""  # the chat app's address (QA_URL): citations then carry links to their passage (qa.app.links)

    def __post_init__(self) -> None:
        object.__setattr__(self, "docs_dir", Path(self.docs_dir))
        object.__setattr__(self, "index_dir", Path(self.index_dir))
        for name, kind in (("retrieval", Retrieval), ("fusion", Fusion), ("vector_index", VectorIndex),
                           ("encoder", EncoderRuntime)):
            if not isinstance(getattr(self, name), kind):
                object.__setattr__(self, name, _parse(name, str(getattr(self, name)), kind))
        positive = ("chunk_chars", "top_k", "candidate_depth", "rrf_k", "max_question_chars",
                    "max_citations", "embed_batch_size", "flat_max_chunks", "nprobe", "ef_search",
                    "max_file_mb", "read_passages")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be a positive number, got {getattr(self, name)!r}")
        if self.chunk_chars < MIN_CHUNK_CHARS:
            raise ConfigError(f"chunk_chars must be at least {MIN_CHUNK_CHARS} (a few words), got {self.chunk_chars!r}")
        if self.reader_int8_above < 0:
            raise ConfigError(f"reader_int8_above must be 0 (never) or a number of tokens, got {self.reader_int8_above!r}")
        if self.overlap_sentences < 0:
            raise ConfigError(f"overlap_sentences must be 0 or more, got {self.overlap_sentences!r}")
        if not 0.0 <= self.dense_weight <= 1.0:
            raise ConfigError(f"dense_weight must be between 0 and 1, got {self.dense_weight!r}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be between 0 and 1, got {self.min_confidence!r}")
        object.__setattr__(self, "url", base_url(self.url))

    @classmethod
    def from_env(cls, **overrides) -> "Config":
        """Defaults, then ``QA_<FIELD>`` environment variables, then keyword overrides.

        Example: ``QA_INDEX_DIR=/tmp/idx`` sets ``index_dir``.
        """
        values: dict = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"QA_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, raw, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            valid = ", ".join(f.name for f in dataclasses.fields(cls))
            raise ConfigError(f"unknown setting(s) {sorted(unknown)}; valid settings: {valid}")
        return cls(**values)


_BOOLEANS = {"on": True, "true": True, "1": True, "yes": True, "off": False, "false": False, "0": False, "no": False}


def _parse(name: str, raw: str, kind: type):
    try:
        if issubclass(kind, Path):
            return Path(raw)
        if issubclass(kind, bool):
            return _BOOLEANS[raw.strip().lower()]
        if issubclass(kind, Enum):
            return kind(raw.strip().lower())
        return kind(raw)
    except (ValueError, KeyError):
        if issubclass(kind, bool):
            raise ConfigError(f"QA_{name.upper()}={raw!r} must be on or off") from None
        if issubclass(kind, Enum):
            choices = ", ".join(m.value for m in kind)
            raise ConfigError(f"{name}={raw!r} is not one of: {choices}") from None
        raise ConfigError(f"QA_{name.upper()}={raw!r} is not a valid {kind.__name__}") from None
