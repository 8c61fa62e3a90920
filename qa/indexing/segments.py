"""Segments: the immutable pieces an index generation is made of, one per sync that embedded something.

A sync writes the documents it read and embedded as one new segment under
``<index>/segments/``: their texts, sentence spans, chunk ids and offsets,
chunk and sentence vectors, and BM25 terms. A segment is never changed after
it is written. A generation's manifest says which segment each document comes
from (qa.indexing.store), so a sync after one file of many changed writes only that
file's segment: the other vectors are neither rewritten nor re-embedded. A
document that changed or was removed leaves dead rows in its old segment
until qa.indexing.index merges segments into a new one.

Files of a segment (rows in document order, each document's rows together):

- ``documents.jsonl``: per document its id, title, date, text, pages and
  its numbers of sentences and chunks
- ``layout.npz``: ``doc_ids``, ``doc_sentences`` and ``doc_chunks`` (D,);
  ``sentences`` (S, 2) spans; ``chunks`` (C, 3) chunk id, start, end;
  ``terms`` every chunk's term ids, concatenated; ``term_counts`` (C,)
- ``vocab.json``: the terms that ``terms`` indexes
- ``chunk_vectors.npy`` float32 (C, dim); ``sentence_vectors.npy`` float16 (S, dim)
- ``checksums.json``: the size and XXH3 checksum of each file above, sealed with its
  own checksum (qa.indexing.checksums); ``read_segment`` verifies every file against it
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..types import Chunk, Document
from .checksums import Damaged, checksums, read_sealed, seal, verify

SEGMENTS = "segments"  # folder inside the index folder
FILES = ("documents.jsonl", "layout.npz", "vocab.json", "chunk_vectors.npy", "sentence_vectors.npy")
CHECKSUMS = "checksums.json"


@dataclass(frozen=True)
class Part:
    """One document as a segment stores it; ``terms`` has one non-empty list per chunk."""

    document: Document
    sentences: list[tuple[int, int]]
    chunks: list[Chunk]
    chunk_vectors: np.ndarray
    sentence_vectors: np.ndarray
    terms: list[list[str]]


@dataclass(frozen=True)
class Segment:
    """A segment read back; vectors are memory-mapped, texts and terms are read on demand."""

    path: Path
    row: dict[str, int]  # doc_id -> its position in the segment
    sentences: np.ndarray
    chunks: np.ndarray
    sentence_first: np.ndarray  # (D + 1,): document r's sentences are rows [first[r], first[r + 1])
    chunk_first: np.ndarray
    chunk_vectors: np.ndarray
    sentence_vectors: np.ndarray

    def documents(self) -> list[Document]:
        """The documents, in segment order."""
        documents = []
        for line in (self.path / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            documents.append(Document(row["doc_id"], row["text"], row["title"], row["date"], tuple(row["pages"])))
        if [d.doc_id for d in documents] != list(self.row):
            raise ValueError(f"segment {self.path.name}: documents.jsonl does not match layout.npz")
        return documents

    def terms(self) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Concatenated term ids, per-chunk counts, and the vocabulary they index."""
        with np.load(self.path / "layout.npz") as layout:
            ids, counts = layout["terms"], layout["term_counts"]
        vocab = json.loads((self.path / "vocab.json").read_text(encoding="utf-8"))
        if not isinstance(vocab, list) or int(counts.sum()) != len(ids) or (len(ids) and ids.max() >= len(vocab)):
            raise ValueError(f"segment {self.path.name}: terms do not match their vocabulary")
        return ids, counts, vocab

    def parts(self, doc_ids: list[str], retokenize: bool = False) -> list[Part]:
        """Documents ``doc_ids`` with everything stored for them, to merge segments.

        ``retokenize`` computes the terms again from the chunk texts instead of reading them.
        """
        from ..text import terms as terms_of

        if not retokenize:
            ids, counts, vocab = self.terms()
            offsets = np.concatenate([[0], np.cumsum(counts)])
        parts, documents = [], self.documents()
        for doc_id in doc_ids:
            r = self.row[doc_id]
            s0, s1 = self.sentence_first[r], self.sentence_first[r + 1]
            c0, c1 = self.chunk_first[r], self.chunk_first[r + 1]
            doc = documents[r]
            chunks = [Chunk(i, doc_id, s, e, doc.text[s:e]) for i, s, e in self.chunks[c0:c1].tolist()]
            terms = ([terms_of(c.text) or [""] for c in chunks] if retokenize else
                     [[vocab[t] for t in ids[offsets[c]:offsets[c + 1]]] for c in range(c0, c1)])
            parts.append(Part(doc, [tuple(x) for x in self.sentences[s0:s1].tolist()], chunks,
                              np.asarray(self.chunk_vectors[c0:c1]), np.asarray(self.sentence_vectors[s0:s1]), terms))
        return parts


def new_name() -> str:
    return f"seg-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.perf_counter_ns() % 10**6:06d}"


def write_segment(folder: Path, parts: list[Part], dimension: int) -> str:
    """Write ``parts`` as a new segment in ``folder``, complete before it gets its name. Returns the name."""
    name = new_name()
    tmp = folder / f".{name}.tmp"
    tmp.mkdir(parents=True)
    with open(tmp / "documents.jsonl", "w", encoding="utf-8") as f:
        for p in parts:
            d = p.document
            f.write(json.dumps({"doc_id": d.doc_id, "title": d.title, "date": d.date, "text": d.text,
                                "pages": list(d.pages)}, ensure_ascii=False) + "\n")
    vocab: dict[str, int] = {}
    term_ids = [vocab.setdefault(t, len(vocab)) for p in parts for chunk_terms in p.terms for t in chunk_terms]
    np.savez(tmp / "layout.npz",
             doc_ids=np.array([p.document.doc_id for p in parts], dtype=str),
             doc_sentences=np.array([len(p.sentences) for p in parts], dtype=np.int64),
             doc_chunks=np.array([len(p.chunks) for p in parts], dtype=np.int64),
             sentences=np.array([s for p in parts for s in p.sentences], dtype=np.int64).reshape(-1, 2),
             chunks=np.array([(c.chunk_id, c.start, c.end) for p in parts for c in p.chunks],
                             dtype=np.int64).reshape(-1, 3),
             terms=np.array(term_ids, dtype=np.int32),
             term_counts=np.array([len(t) for p in parts for t in p.terms], dtype=np.int32))
    (tmp / "vocab.json").write_text(json.dumps(list(vocab), ensure_ascii=False), encoding="utf-8")
    np.save(tmp / "chunk_vectors.npy", _stack([p.chunk_vectors for p in parts], dimension, np.float32))
    np.save(tmp / "sentence_vectors.npy", _stack([p.sentence_vectors for p in parts], dimension, np.float16))
    (tmp / CHECKSUMS).write_text(json.dumps(seal({"files": checksums(tmp, FILES)})), encoding="utf-8")
    fsync_tree(tmp)
    os.replace(tmp, folder / name)
    fsync_dir(folder)
    return name


def fsync_tree(path: Path) -> None:
    """fsync a file, or every file and folder under ``path``."""
    for p in ([path] if path.is_file() else [q for q in path.rglob("*") if q.is_file()]):
        with open(p, "rb") as f:
            os.fsync(f.fileno())
    if path.is_dir():
        for folder in [path, *(q for q in path.rglob("*") if q.is_dir())]:
            fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make a folder's entries (new files, renames inside it) durable, as fsync does a file's bytes."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stack(arrays: list[np.ndarray], dimension: int, dtype) -> np.ndarray:
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros((0, dimension), dtype=dtype)


def recorded_checksums(path: Path) -> dict:
    """The sizes and checksums ``checksums.json`` records for the segment's files; Damaged if it cannot say."""
    recorded = read_sealed(path / CHECKSUMS).get("files")
    if not isinstance(recorded, dict) or set(recorded) != set(FILES):
        raise Damaged(path / CHECKSUMS, "does not list the files of a segment")
    return recorded


def read_segment(path: Path) -> Segment:
    """Read a segment's layout and map its vectors, once every file matches its checksum.

    Raises Damaged (a ValueError) naming the file, OSError, or ValueError when a file is damaged.
    """
    verify(path, recorded_checksums(path))
    with np.load(path / "layout.npz") as layout:
        doc_ids, doc_sentences, doc_chunks = layout["doc_ids"].tolist(), layout["doc_sentences"], layout["doc_chunks"]
        sentences, chunks, counts = layout["sentences"], layout["chunks"], layout["term_counts"]
    sentence_first = np.concatenate([[0], np.cumsum(doc_sentences, dtype=np.int64)])
    chunk_first = np.concatenate([[0], np.cumsum(doc_chunks, dtype=np.int64)])
    chunk_vectors = np.load(path / "chunk_vectors.npy", mmap_mode="r")
    sentence_vectors = np.load(path / "sentence_vectors.npy", mmap_mode="r")
    problems = []
    if len(doc_sentences) != len(doc_ids) or len(doc_chunks) != len(doc_ids):
        problems.append(f"counts for {len(doc_sentences)} and {len(doc_chunks)} of {len(doc_ids)} documents")
    if len(sentences) != sentence_first[-1] or len(sentence_vectors) != len(sentences):
        problems.append(f"{len(sentences)} sentence spans and {len(sentence_vectors)} vectors "
                        f"for {sentence_first[-1]} sentences")
    if len(chunks) != chunk_first[-1] or len(chunk_vectors) != len(chunks) or len(counts) != len(chunks):
        problems.append(f"{len(chunks)} chunks and {len(chunk_vectors)} vectors for {chunk_first[-1]} chunks")
    for name, vectors in (("chunk_vectors.npy", chunk_vectors), ("sentence_vectors.npy", sentence_vectors)):
        if not np.isfinite(vectors).all():
            problems.append(f"{name} holds NaN or infinite values")
    if problems:
        raise ValueError(f"segment {path.name}: {'; '.join(problems)}")
    return Segment(path, {d: r for r, d in enumerate(doc_ids)}, sentences, chunks, sentence_first, chunk_first,
                   chunk_vectors, sentence_vectors)
