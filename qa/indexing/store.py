"""The index folder on disk: write a generation, switch to it atomically, load and check it.

An index folder holds one *generation* subfolder per sync, a ``CURRENT`` file
naming the live one, and ``segments/`` (qa.indexing.segments), the immutable pieces
that hold documents, chunks, vectors and terms. A sync writes its new segment
and a new generation beside the old ones and then replaces ``CURRENT``
atomically, so a crash at any moment leaves the previous index complete, and a
reader sees either the old or the new index, never a mix. The generation
before the live one, and the segments it uses, are kept, so a reader that
opened it just before a switch can finish loading it. A generation holds:

- ``manifest.json``: format version, model, dimension, chunking and vector-index
  settings, the next free chunk id, the segments in use, and per document its
  content hash and the segment (and the id under which) it is stored
- ``bm25/``: the bm25s keyword index over all chunks, in chunk-row order
- ``chunks.faiss``: only for the ivf and hnsw kinds (qa.indexing.vectors); a flat index
  is built from the segments' vectors when the index loads

The manifest records the size and XXH3 checksum of every other file of its
generation (``files``) and carries the checksum of itself; each segment has
its own (qa.indexing.segments). Loading verifies every file in full before using it,
so damage is an IndexStateError naming the file, never a wrong answer.
Durability: a generation's files and folder are fsynced before ``CURRENT``
is replaced, and the index folder after.

Loading puts documents in id order, each with its chunks in text order; a
chunk's text is always its document's ``text[start:end]``. Deciding what to
write (the sync) is qa.indexing.index; searching is qa.answering.retrieve.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import IndexStateError
from ..text import TOKENIZER_VERSION
from ..types import Chunk, Document
from .checksums import Damaged, checksums, seal, unseal, verify
from .segments import SEGMENTS, fsync_dir, fsync_tree, read_segment

FORMAT_VERSION = 5  # 3: documents, chunks and vectors in segments; 5: every file checksummed (XXH3)
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


def write_generation(index_dir: Path, manifest: dict, bm25, faiss_index=None) -> str:
    """Write a generation over the segments ``manifest`` names, then make it the live one. Returns its name.

    ``faiss_index`` is stored for the ivf and hnsw kinds; a flat one is rebuilt on load.
    """
    import faiss

    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.perf_counter_ns() % 10**6:06d}"
    tmp = index_dir / f".{name}.tmp"
    tmp.mkdir()
    if faiss_index is not None:
        faiss.write_index(faiss_index, str(tmp / "chunks.faiss"))
    bm25.save(str(tmp / "bm25"), show_progress=False)
    files = checksums(tmp, [p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file()])
    sealed = seal({**manifest, "files": files})
    (tmp / "manifest.json").write_text(json.dumps(sealed, indent=1, ensure_ascii=False), encoding="utf-8")
    fsync_tree(tmp)
    os.replace(tmp, index_dir / name)
    fsync_dir(index_dir)  # the new generation's name is on disk before CURRENT can point at it
    previous = live_generation(index_dir)
    pointer = index_dir / f".{CURRENT}.tmp"
    pointer.write_text(name + "\n", encoding="utf-8")
    fsync_tree(pointer)
    os.replace(pointer, index_dir / CURRENT)  # the atomic switch
    fsync_dir(index_dir)  # and the switch itself survives a power cut
    _remove_unused(index_dir, {name, previous} - {None})
    return name


def _remove_unused(index_dir: Path, keep: set[str]) -> None:
    """Delete generations other than ``keep``, segments none of them uses, and leftovers of killed syncs."""
    used = set()
    for gen in keep:
        try:
            used.update(json.loads((index_dir / gen / "manifest.json").read_text(encoding="utf-8"))["segments"])
        except (OSError, ValueError, KeyError, TypeError):
            return  # cannot tell what a kept generation uses: delete nothing
    for stale in index_dir.iterdir():  # keep the live and the previous generation, for readers mid-load
        if stale.is_dir() and stale.name not in keep and (stale.name.startswith("gen-") or stale.name.endswith(".tmp")):
            shutil.rmtree(stale, ignore_errors=True)
    segments = index_dir / SEGMENTS
    for stale in segments.iterdir() if segments.is_dir() else ():
        if stale.name not in used:
            shutil.rmtree(stale, ignore_errors=True)


def read_terms(index: Index) -> dict[int, list[str]]:
    """Chunk id -> the BM25 terms its segment stores."""
    out: dict[int, list[str]] = {}
    for name in index.manifest["segments"]:
        segment = read_segment(index.path.parent / SEGMENTS / name)
        ids, counts, vocab = segment.terms()
        offsets = np.concatenate([[0], np.cumsum(counts)])
        for row, chunk_id in enumerate(segment.chunks[:, 0].tolist()):
            out[chunk_id] = [vocab[t] for t in ids[offsets[row]:offsets[row + 1]]]
    return out


def live_generation(index_dir: Path) -> str | None:
    """The name in ``CURRENT``, or None when there is no index."""
    try:
        # errors="replace": a damaged pointer then names no build, and is refused as such
        return (Path(index_dir) / CURRENT).read_text(encoding="utf-8", errors="replace").strip() or None
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
        if manifest.get("format_version") == FORMAT_VERSION:  # older formats are refused by name on load
            unseal(manifest, gen / "manifest.json")
        return manifest
    except Damaged as exc:
        raise IndexStateError(damage_message(index_dir, exc)) from None
    except (OSError, ValueError) as exc:
        raise IndexStateError(f"the index manifest in {str(index_dir)!r} is unreadable ({exc}); run "
                              f"`qa index DOCS_DIR --index-dir {index_dir} --rebuild`") from None


def damage_message(index_dir: Path, exc: Damaged) -> str:
    """One line naming the damaged file and the commands that find and mend such damage."""
    try:
        where = exc.path.relative_to(Path(index_dir))
    except ValueError:
        where = exc.path
    return (f"the index in {str(index_dir)!r} is damaged: {where} {exc.problem}; run "
            f"`qa check --index-dir {index_dir} --repair` to re-embed what is damaged from the documents folder, "
            f"or `qa index DOCS_DIR --index-dir {index_dir} --rebuild`")


def vectors_of(holder) -> str:
    """The family of vectors of an encoder or a manifest: "fp32" or "int8-per-text" (qa.models.embed.VECTORS).

    Indexes made before the manifest said were all built by torch: fp32. So is an encoder that does not say.
    """
    if isinstance(holder, dict):
        return holder.get("vectors", "fp32")
    return getattr(holder, "vectors", "fp32")


def load_index(index_dir: Path, model_name: str | None = None, dimension: int | None = None,
               check_tokenizer: bool = True, vectors: str | None = None) -> Index:
    """Load the live generation, checking format version, model, dimension, tokenizer and vector family.

    A sync that switches generations while this reads is retried once on the new one.
    """
    for attempt in range(3):
        name = live_generation(index_dir)
        try:
            return _load(Path(index_dir), model_name, dimension, check_tokenizer, vectors)
        except IndexStateError:
            if attempt == 2 or live_generation(index_dir) == name:
                raise
    raise AssertionError("unreachable")


def _gather(index_dir: Path, manifest: dict):
    """Documents, sentence spans, chunks and vector slices of the manifest's documents, in id order."""
    segments, spans, rows, texts = {}, {}, {}, {}
    for name in manifest["segments"]:
        segments[name] = segment = read_segment(index_dir / SEGMENTS / name)
        texts[name] = segment.documents()
        spans[name] = list(zip(segment.sentences[:, 0].tolist(), segment.sentences[:, 1].tolist()))
        rows[name] = segment.chunks.tolist()
    documents, sentences, chunks, chunk_parts, sentence_parts = {}, {}, [], [], []
    for doc_id in sorted(manifest["documents"]):
        info = manifest["documents"][doc_id]
        name = info["segment"]
        segment = segments[name]
        r = segment.row[info.get("source", doc_id)]
        stored = texts[name][r]
        doc = Document(doc_id, stored.text, stored.title, stored.date, stored.pages)
        documents[doc_id] = doc
        s0, s1 = segment.sentence_first[r], segment.sentence_first[r + 1]
        c0, c1 = segment.chunk_first[r], segment.chunk_first[r + 1]
        if (info["chunks"], info["sentences"]) != (c1 - c0, s1 - s0):
            raise ValueError(f"{doc_id}: {c1 - c0} chunks and {s1 - s0} sentences stored, the manifest says "
                             f"{info['chunks']} and {info['sentences']}")
        sentences[doc_id] = spans[name][s0:s1]
        text = doc.text
        chunks += [Chunk(i, doc_id, s, e, text[s:e]) for i, s, e in rows[name][c0:c1]]
        chunk_parts.append(segment.chunk_vectors[c0:c1])
        sentence_parts.append(segment.sentence_vectors[s0:s1])
    return documents, sentences, chunks, chunk_parts, sentence_parts


def load_sound_part(index_dir: Path, damaged_segments: set[str], damaged_documents: set[str]) -> Index:
    """The live index without the documents of ``damaged_segments`` and ``damaged_documents``, for repair.

    The generation's own files (BM25, FAISS) are neither verified nor needed: a sync makes them again.
    """
    manifest = dict(read_manifest(index_dir))
    manifest["segments"] = {n: v for n, v in manifest["segments"].items() if n not in damaged_segments}
    manifest["documents"] = {d: info for d, info in manifest["documents"].items()
                             if d not in damaged_documents and info.get("segment") in manifest["segments"]}
    return _load(Path(index_dir), None, None, False, None, manifest)


def _load(index_dir: Path, model_name, dimension, check_tokenizer, vectors, repairing: dict | None = None) -> Index:
    import bm25s
    import faiss

    gen = _generation(index_dir)
    manifest = repairing or read_manifest(index_dir)
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
    if vectors is not None and vectors_of(manifest) != vectors:
        from ..models.embed import VECTORS

        built = manifest.get("encoder") or "torch"
        other = f", or set QA_ENCODER={built}" if VECTORS.get(built) == vectors_of(manifest) else \
            " (they were made by an older qa)"
        raise IndexStateError(f"the index in {str(index_dir)!r} holds {vectors_of(manifest)} vectors (built with "
                              f"QA_ENCODER={built}), but qa now makes {vectors} ones; {fix}{other}")
    try:
        if repairing is None:
            verify(gen, manifest.get("files", {}))
        documents, sentences, chunks, chunk_parts, sentence_parts = _gather(index_dir, manifest)
        dim = manifest["dimension"]
        chunk_vectors = np.concatenate(chunk_parts) if chunk_parts else np.zeros((0, dim), dtype=np.float32)
        sentence_vectors = np.concatenate(sentence_parts) if sentence_parts else np.zeros((0, dim), np.float16)
        if manifest.get("vector_index", "flat") == "flat":
            from .vectors import FLAT, new_index

            vectors = new_index(FLAT, dim, chunk_vectors, np.array([c.chunk_id for c in chunks], dtype=np.int64))
        else:
            vectors = faiss.read_index(str(gen / "chunks.faiss"))
        bm25 = None if repairing else bm25s.BM25.load(str(gen / "bm25"), show_progress=False)
    except Damaged as exc:
        raise IndexStateError(damage_message(index_dir, exc)) from None
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
    if sentence_vectors.shape != (row, dim) or chunk_vectors.shape != (len(chunks), dim):
        problems.append(f"vectors of shape {sentence_vectors.shape} for {row} sentences")
    if any(not 0 <= c.start < c.end <= len(documents[c.doc_id].text) for c in chunks):
        problems.append("chunks outside their documents")
    if problems:
        raise IndexStateError(f"the index in {str(index_dir)!r} is inconsistent ({'; '.join(problems)}); {fix}")
    return Index(manifest, documents, chunks, sentences, rows, sentence_vectors, vectors, bm25, gen)
