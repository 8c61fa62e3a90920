"""The index folder on disk: write a generation, switch to it atomically, load and check it.

An index folder holds one *generation* subfolder per build and a ``CURRENT``
file naming the live one. A sync writes a new generation beside the old one
and then replaces ``CURRENT`` atomically, so a crash at any moment leaves the
previous index complete, and a reader sees either the old or the new index,
never a mix. The generation before the live one is kept, so a reader that
opened it just before a switch can finish loading it. A generation is plain files:

- ``manifest.json``: format version, model, dimension, chunking and vector-index
  settings, the next free chunk id, and a content hash per document
- ``documents.jsonl``: each document's id, title, date, text, sentence spans and pages
- ``chunks.jsonl``: each chunk's id (its FAISS id, stable across syncs), document, offsets and text
- ``chunks.faiss``: normalized chunk vectors under their chunk ids (inner product = cosine)
- ``sentences.npy``: normalized sentence vectors (float16), in document order
- ``bm25/``: the bm25s keyword index over chunk texts, in chunk-row order
- ``terms.jsonl``: each chunk's stemmed terms, in row order, so a sync rebuilds
  BM25 without tokenizing unchanged chunks again

Deciding what to write (the sync) is qa.index; searching is qa.retrieve.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import IndexStateError
from .text import TOKENIZER_VERSION
from .types import Chunk, Document

FORMAT_VERSION = 2
CURRENT = "CURRENT"


@dataclass
class Index:
    """A loaded index: documents, chunks (in row order), sentence spans and the two search structures.

    A chunk's *row* is its position in ``chunks`` and in the BM25 matrix; its
    ``chunk_id`` is its id in FAISS. ``row_ids[row]`` and ``id_rows[chunk_id]``
    convert between them (``id_rows`` is -1 for ids no longer in use).
    """

    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    sentences: dict[str, list[tuple[int, int]]]  # doc_id -> sentence spans
    sentence_rows: dict[str, int]  # doc_id -> row of its first sentence in sentence_vectors
    sentence_vectors: np.ndarray
    faiss_index: object
    bm25: object
    path: Path | None = None
    row_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    id_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    _chunk_sentences: dict[int, range] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.row_ids = np.array([c.chunk_id for c in self.chunks], dtype=np.int64)
        self.id_rows = np.full(int(self.row_ids.max(initial=-1)) + 1, -1, dtype=np.int64)
        self.id_rows[self.row_ids] = np.arange(len(self.chunks), dtype=np.int64)

    @property
    def generation(self) -> str | None:
        return self.path.name if self.path else None

    def sentences_of_chunk(self, chunk: Chunk) -> range:
        """Indices, into ``self.sentences[chunk.doc_id]``, of the sentences inside ``chunk``."""
        cached = self._chunk_sentences.get(chunk.chunk_id)
        if cached is None:
            spans = self.sentences[chunk.doc_id]
            inside = [i for i, (s, e) in enumerate(spans) if s >= chunk.start and e <= chunk.end]
            cached = range(inside[0], inside[-1] + 1) if inside else range(0)
            self._chunk_sentences[chunk.chunk_id] = cached
        return cached


def write_generation(index_dir: Path, manifest: dict, documents: list[Document], chunks: list[Chunk],
                     sentences: dict, faiss_index, sentence_vectors: np.ndarray, bm25,
                     chunk_terms: list[list[str]]) -> str:
    """Write a complete generation, then make it the live one. Returns its name."""
    import faiss

    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.perf_counter_ns() % 10**6:06d}"
    tmp = index_dir / f".{name}.tmp"
    tmp.mkdir()
    with open(tmp / "documents.jsonl", "w", encoding="utf-8") as f:
        for d in documents:
            f.write(json.dumps({"doc_id": d.doc_id, "title": d.title, "date": d.date, "text": d.text,
                                "sentences": sentences[d.doc_id], "pages": list(d.pages)},
                               ensure_ascii=False) + "\n")
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps({"chunk_id": c.chunk_id, "doc_id": c.doc_id, "start": c.start, "end": c.end,
                                "text": c.text}, ensure_ascii=False) + "\n")
    with open(tmp / "terms.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in chunk_terms)
    faiss.write_index(faiss_index, str(tmp / "chunks.faiss"))
    np.save(tmp / "sentences.npy", sentence_vectors)
    bm25.save(str(tmp / "bm25"), show_progress=False)
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    _fsync_tree(tmp)
    os.replace(tmp, index_dir / name)
    previous = live_generation(index_dir)
    pointer = index_dir / f".{CURRENT}.tmp"
    pointer.write_text(name + "\n", encoding="utf-8")
    _fsync_tree(pointer)
    os.replace(pointer, index_dir / CURRENT)  # the atomic switch
    for stale in index_dir.iterdir():  # keep the live and the previous generation, for readers mid-load
        if stale.is_dir() and stale.name not in (name, previous) and (
                stale.name.startswith("gen-") or stale.name.endswith(".tmp")):
            shutil.rmtree(stale, ignore_errors=True)
    return name


def _fsync_tree(path: Path) -> None:
    for p in ([path] if path.is_file() else [q for q in path.rglob("*") if q.is_file()]):
        with open(p, "rb") as f:
            os.fsync(f.fileno())


def read_terms(index: Index) -> dict[int, list[str]]:
    """Chunk id -> stored terms, or {} when the generation has none that fit (they are only a shortcut)."""
    try:
        with open(index.path / "terms.jsonl", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
    except (OSError, ValueError, TypeError):
        return {}
    return dict(zip(index.row_ids.tolist(), rows)) if len(rows) == len(index.chunks) else {}


def live_generation(index_dir: Path) -> str | None:
    """The name in ``CURRENT``, or None when there is no index."""
    try:
        return (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _generation(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    name = live_generation(index_dir)
    if name is None:
        if index_dir.exists() and not index_dir.is_dir():
            raise IndexStateError(f"{str(index_dir)!r} is a file, not an index folder; choose a folder with "
                                  "--index-dir or QA_INDEX_DIR")
        if index_dir.exists() and not os.access(index_dir, os.R_OK | os.X_OK):
            raise IndexStateError(f"cannot read the index folder {str(index_dir)!r}: permission denied; "
                                  "give this user read access to it")
        raise IndexStateError(f"no index in {str(index_dir)!r}; run `qa index DOCS_DIR --index-dir {index_dir}` "
                              "to build one")
    gen = index_dir / name
    if "/" in name or name.startswith(".") or not gen.is_dir():
        raise IndexStateError(f"the index in {str(index_dir)!r} is damaged (its CURRENT file names no build); "
                              f"run `qa index DOCS_DIR --index-dir {index_dir} --rebuild` to build it again")
    return gen


def read_manifest(index_dir: Path) -> dict:
    gen = _generation(index_dir)
    try:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("documents"), dict):
            raise ValueError("not a qa manifest")
        return manifest
    except (OSError, ValueError) as exc:
        raise IndexStateError(f"the index manifest in {str(index_dir)!r} is unreadable ({exc}); run "
                              f"`qa index DOCS_DIR --index-dir {index_dir} --rebuild`") from None


def load_index(index_dir: Path, model_name: str | None = None, dimension: int | None = None,
               check_tokenizer: bool = True) -> Index:
    """Load the live generation, checking format version, model, dimension and tokenizer.

    A sync that switches generations while this reads is retried once on the new one.
    """
    for attempt in range(3):
        name = live_generation(index_dir)
        try:
            return _load(Path(index_dir), model_name, dimension, check_tokenizer)
        except IndexStateError:
            if attempt == 2 or live_generation(index_dir) == name:
                raise
    raise AssertionError("unreachable")


def _load(index_dir: Path, model_name, dimension, check_tokenizer) -> Index:
    import bm25s
    import faiss

    gen = _generation(index_dir)
    manifest = read_manifest(index_dir)
    fix = f"run `qa index DOCS_DIR --index-dir {index_dir} --rebuild`"
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexStateError(f"the index in {str(index_dir)!r} has format version {manifest.get('format_version')!r}, "
                              f"this qa reads version {FORMAT_VERSION}; {fix}")
    if check_tokenizer and manifest.get("tokenizer") != TOKENIZER_VERSION:
        raise IndexStateError(f"the keyword part of the index in {str(index_dir)!r} was built by an older qa; run "
                              f"`qa index DOCS_DIR --index-dir {index_dir}` to update it (vectors are kept)")
    for key, want in (("model", model_name), ("dimension", dimension)):
        if want is not None and manifest.get(key) != want:
            raise IndexStateError(f"the index in {str(index_dir)!r} was built with {key} {manifest.get(key)!r}, "
                                  f"but qa uses {want!r}; {fix}")
    try:
        documents, sentences = {}, {}
        for line in (gen / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            documents[row["doc_id"]] = Document(row["doc_id"], row["text"], row["title"], row["date"],
                                                tuple(row.get("pages", ())))
            sentences[row["doc_id"]] = [tuple(s) for s in row["sentences"]]
        chunks = []
        for line in (gen / "chunks.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            chunks.append(Chunk(row["chunk_id"], row["doc_id"], row["start"], row["end"], row["text"]))
        vectors = faiss.read_index(str(gen / "chunks.faiss"))
        sentence_vectors = np.load(gen / "sentences.npy")
        bm25 = bm25s.BM25.load(str(gen / "bm25"), show_progress=False)
    except Exception as exc:  # any damage to any file: one clear message
        raise IndexStateError(f"the index in {str(index_dir)!r} is damaged or incomplete "
                              f"({type(exc).__name__}: {str(exc)[:200]}); {fix}") from None
    rows, row = {}, 0
    for doc_id in documents:
        rows[doc_id] = row
        row += len(sentences[doc_id])
    problems = []
    if vectors.ntotal != len(chunks):
        problems.append(f"{vectors.ntotal} vectors for {len(chunks)} chunks")
    if len({c.chunk_id for c in chunks}) != len(chunks):
        problems.append("duplicate chunk ids")
    if sentence_vectors.shape != (row, manifest["dimension"]):
        problems.append(f"sentence vectors of shape {sentence_vectors.shape} for {row} sentences")
    if any(c.doc_id not in documents or documents[c.doc_id].text[c.start:c.end] != c.text for c in chunks):
        problems.append("chunk texts that do not match their documents")
    if problems:
        raise IndexStateError(f"the index in {str(index_dir)!r} is inconsistent ({'; '.join(problems)}); {fix}")
    return Index(manifest, documents, chunks, sentences, rows, sentence_vectors, vectors, bm25, gen)
