"""Build, save, load and check the on-disk index.

An index folder holds one *generation* subfolder per build and a ``CURRENT``
file naming the live one. A build writes a new generation beside the old one
and then replaces ``CURRENT`` atomically, so a crash at any moment leaves the
previous index complete, and a reader sees either the old or the new index,
never a mix. A generation is plain files:

- ``manifest.json``: format version, model, dimension, chunking settings, and a
  content hash per document
- ``documents.jsonl``: each document's id, title, date, text and sentence spans
- ``chunks.jsonl``: each chunk's id, document, offsets and text
- ``chunks.faiss``: normalized chunk vectors (inner product = cosine)
- ``sentences.npy``: normalized sentence vectors (float16), in document order
- ``bm25/``: the bm25s keyword index over chunk texts

Retrieval and answering are not done here.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .chunking import chunk_document
from .config import SUPPORTED_SUFFIXES, Config
from .errors import IndexStateError
from .ingest import file_hash, find_files, read_document
from .text import TOKENIZER_VERSION, split_sentences, terms
from .types import Chunk, Document

FORMAT_VERSION = 1
CURRENT = "CURRENT"


@dataclass
class Index:
    """A loaded index: documents, chunks, sentence spans and the two search structures."""

    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    sentences: dict[str, list[tuple[int, int]]]  # doc_id -> sentence spans
    sentence_rows: dict[str, int]  # doc_id -> row of its first sentence in sentence_vectors
    sentence_vectors: np.ndarray
    faiss_index: object
    bm25: object
    path: Path | None = None
    _chunk_sentences: dict[int, range] = field(default_factory=dict)

    def sentences_of_chunk(self, chunk: Chunk) -> range:
        """Indices, into ``self.sentences[chunk.doc_id]``, of the sentences inside ``chunk``."""
        cached = self._chunk_sentences.get(chunk.chunk_id)
        if cached is None:
            spans = self.sentences[chunk.doc_id]
            inside = [i for i, (s, e) in enumerate(spans) if s >= chunk.start and e <= chunk.end]
            cached = range(inside[0], inside[-1] + 1) if inside else range(0)
            self._chunk_sentences[chunk.chunk_id] = cached
        return cached


@dataclass(frozen=True)
class SyncReport:
    added: list[str]
    updated: list[str]
    removed: list[str]
    unchanged: list[str]
    chunks: int
    seconds: float

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        return (f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
                f"unchanged {len(self.unchanged)}; {len(self.unchanged) + len(self.added) + len(self.updated)} "
                f"documents, {self.chunks} chunks ({self.seconds:.1f} s)")


# Settings whose change makes stored vectors useless; the tokenizer only affects BM25, rebuilt each time.
_VECTOR_SETTINGS = ("format_version", "model", "dimension", "chunk_chars", "overlap_sentences")


def _settings(config: Config, encoder) -> dict:
    return {"format_version": FORMAT_VERSION, "model": encoder.model_name, "dimension": encoder.dimension,
            "chunk_chars": config.chunk_chars, "overlap_sentences": config.overlap_sentences,
            "tokenizer": TOKENIZER_VERSION}


def status(docs_dir: Path, index_dir: Path, config: Config, encoder) -> str:
    """"missing", "stale" (files or settings differ) or "fresh"."""
    try:
        manifest = read_manifest(index_dir)
    except IndexStateError:
        return "missing" if not (Path(index_dir) / CURRENT).exists() else "stale"
    if any(manifest.get(k) != v for k, v in _settings(config, encoder).items()):
        return "stale"
    hashes = {s.doc_id: file_hash(s.path) for s in find_files(docs_dir)}
    known = {doc_id: info["sha256"] for doc_id, info in manifest["documents"].items()}
    known.update({doc_id: h for doc_id, h in manifest.get("skipped", {}).items()})
    return "fresh" if hashes == known else "stale"


def build_index(docs_dir: Path | str | None = None, index_dir: Path | str | None = None,
                config: Config | None = None, encoder=None, rebuild: bool = False,
                progress: bool = True) -> SyncReport:
    """Index every supported file under ``docs_dir`` into ``index_dir``.

    Documents whose content hash matches the current index keep their vectors
    (no re-embedding) unless ``rebuild`` is set. Holds a lock on the folder.
    """
    from filelock import FileLock, Timeout

    started = time.perf_counter()
    config = config or Config.from_env()
    docs_dir = Path(docs_dir) if docs_dir is not None else config.docs_dir
    index_dir = Path(index_dir) if index_dir is not None else config.index_dir
    if encoder is None:
        from .embed import Encoder
        encoder = Encoder(batch_size=config.embed_batch_size)
    index_dir.mkdir(parents=True, exist_ok=True)
    try:
        lock = FileLock(str(index_dir / ".lock"), timeout=0)
        lock.acquire()
    except Timeout:
        raise IndexStateError(f"another `qa index` is writing {index_dir}; wait for it to finish "
                              "and run the command again") from None
    try:
        old = None if rebuild else _load_reusable(index_dir, config, encoder)
        return _build(docs_dir, index_dir, config, encoder, old, progress, started)
    finally:
        lock.release()


def _load_reusable(index_dir: Path, config: Config, encoder) -> Index | None:
    try:
        old = load_index(index_dir, check_tokenizer=False)  # only its vectors are reused
    except IndexStateError:
        return None
    settings = _settings(config, encoder)
    return old if all(old.manifest.get(k) == settings[k] for k in _VECTOR_SETTINGS) else None


def _build(docs_dir, index_dir, config, encoder, old: Index | None, progress: bool, started: float):
    import warnings

    from .errors import DocumentsError
    from .ingest import SkippedFile

    sources = find_files(docs_dir)
    old_docs = old.manifest["documents"] if old else {}
    documents, hashes, skipped, reused = [], {}, {}, {}
    for source in sources:
        digest = file_hash(source.path)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", SkippedFile)
            doc = read_document(source)
        for w in caught:
            print(f"warning: {w.message}")
        if doc is None:
            skipped[source.doc_id] = digest
            continue
        documents.append(doc)
        hashes[doc.doc_id] = digest
        if old_docs.get(doc.doc_id, {}).get("sha256") == digest:
            reused[doc.doc_id] = True
    if not documents:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise DocumentsError(f"no readable documents ({kinds}) in {str(docs_dir)!r}; add files there "
                             "or point qa index at another folder")

    chunks: list[Chunk] = []
    sentences: dict[str, list[tuple[int, int]]] = {}
    for doc in documents:
        sentences[doc.doc_id] = split_sentences(doc.text)
        chunks.extend(chunk_document(doc, config.chunk_chars, config.overlap_sentences,
                                     first_id=len(chunks), sentences=sentences[doc.doc_id]))

    chunk_vectors, sentence_vectors = _vectors(documents, chunks, sentences, reused, old, encoder, progress)

    import bm25s
    import faiss

    flat = faiss.IndexIDMap2(faiss.IndexFlatIP(encoder.dimension))
    flat.add_with_ids(chunk_vectors, np.arange(len(chunks), dtype=np.int64))
    bm25 = bm25s.BM25()
    bm25.index([terms(c.text) or [""] for c in chunks], show_progress=False)

    manifest = dict(_settings(config, encoder))
    manifest["created"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    manifest["docs_dir"] = str(Path(docs_dir).resolve())
    manifest["documents"] = {
        d.doc_id: {"sha256": hashes[d.doc_id], "title": d.title, "date": d.date,
                   "chunks": sum(1 for c in chunks if c.doc_id == d.doc_id),
                   "sentences": len(sentences[d.doc_id])} for d in documents}
    manifest["skipped"] = skipped
    _write_generation(index_dir, manifest, documents, chunks, sentences, flat, sentence_vectors, bm25)

    known = set(old_docs)
    current = {d.doc_id for d in documents}
    return SyncReport(added=sorted(current - known), updated=sorted(d for d in current & known if d not in reused),
                      removed=sorted(known - current), unchanged=sorted(reused), chunks=len(chunks),
                      seconds=time.perf_counter() - started)


def _vectors(documents, chunks, sentences, reused, old: Index | None, encoder, progress):
    """Chunk and sentence vectors: copied from ``old`` for unchanged documents, encoded for the rest.

    Texts to encode go through the on-disk embedding cache (qa.cache) in batches,
    so a rebuild or a second index of the same texts does not run the model again.
    """
    from tqdm.auto import tqdm

    from .cache import EmbeddingCache

    dim = encoder.dimension
    chunk_vectors = np.zeros((len(chunks), dim), dtype=np.float32)
    total_sentences = sum(len(s) for s in sentences.values())
    sentence_vectors = np.zeros((total_sentences, dim), dtype=np.float16)
    todo: list[tuple[str, int, str]] = []  # (kind, row, text)
    row = 0
    old_chunk_rows = _chunk_rows_by_doc(old) if old else {}
    new_chunks: dict[str, list[Chunk]] = {}
    for c in chunks:
        new_chunks.setdefault(c.doc_id, []).append(c)
    chunk_row = 0
    for doc in documents:
        doc_chunks = new_chunks.get(doc.doc_id, [])
        n_sent = len(sentences[doc.doc_id])
        if doc.doc_id in reused and len(old_chunk_rows.get(doc.doc_id, [])) == len(doc_chunks):
            ids = np.array(old_chunk_rows[doc.doc_id], dtype=np.int64)
            chunk_vectors[chunk_row:chunk_row + len(doc_chunks)] = [old.faiss_index.reconstruct(int(i)) for i in ids]
            first = old.sentence_rows[doc.doc_id]
            sentence_vectors[row:row + n_sent] = old.sentence_vectors[first:first + n_sent]
        else:
            todo += [("chunk", chunk_row + i, c.text) for i, c in enumerate(doc_chunks)]
            todo += [("sentence", row + i, doc.text[s:e]) for i, (s, e) in enumerate(sentences[doc.doc_id])]
        chunk_row += len(doc_chunks)
        row += n_sent
    batch = 256
    cache = EmbeddingCache.for_encoder(encoder) if todo else None
    try:
        with tqdm(total=len(todo), desc="embedding", unit="text", disable=not progress or not todo) as bar:
            for i in range(0, len(todo), batch):
                part = todo[i:i + batch]
                texts = [text for _, _, text in part]
                vectors = cache.encode(encoder, texts) if cache else encoder.encode(texts)
                for (kind, r, _), v in zip(part, vectors):
                    (chunk_vectors if kind == "chunk" else sentence_vectors)[r] = v
                bar.update(len(part))
    finally:
        if cache:
            cache.close()
    return chunk_vectors, sentence_vectors


def _chunk_rows_by_doc(index: Index) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for c in index.chunks:
        rows.setdefault(c.doc_id, []).append(c.chunk_id)
    return rows


def _write_generation(index_dir: Path, manifest, documents, chunks, sentences, flat, sentence_vectors, bm25):
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
    faiss.write_index(flat, str(tmp / "chunks.faiss"))
    np.save(tmp / "sentences.npy", sentence_vectors)
    bm25.save(str(tmp / "bm25"), show_progress=False)
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    _fsync_tree(tmp)
    os.replace(tmp, index_dir / name)
    pointer = index_dir / f".{CURRENT}.tmp"
    pointer.write_text(name + "\n", encoding="utf-8")
    _fsync_tree(pointer)
    os.replace(pointer, index_dir / CURRENT)  # the atomic switch
    for stale in index_dir.iterdir():
        if stale.is_dir() and stale.name != name and (stale.name.startswith("gen-") or stale.name.endswith(".tmp")):
            shutil.rmtree(stale, ignore_errors=True)


def _fsync_tree(path: Path) -> None:
    for p in ([path] if path.is_file() else [q for q in path.rglob("*") if q.is_file()]):
        with open(p, "rb") as f:
            os.fsync(f.fileno())


def _generation(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    rebuild = f"run `qa index DOCS_DIR --index-dir {index_dir} --rebuild` to build it again"
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        raise IndexStateError(f"no index in {str(index_dir)!r}; run `qa index DOCS_DIR --index-dir {index_dir}` "
                              "to build one")
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    if not gen.is_dir() or "/" in gen.name:
        raise IndexStateError(f"the index in {str(index_dir)!r} is damaged (its CURRENT file names no build); {rebuild}")
    return gen


def read_manifest(index_dir: Path) -> dict:
    gen = _generation(index_dir)
    try:
        return json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexStateError(f"the index manifest in {str(index_dir)!r} is unreadable ({exc}); run "
                              f"`qa index DOCS_DIR --index-dir {index_dir} --rebuild`") from None


def load_index(index_dir: Path, model_name: str | None = None, dimension: int | None = None,
               check_tokenizer: bool = True) -> Index:
    """Load the live generation, checking format version, model, dimension and tokenizer."""
    import bm25s
    import faiss

    index_dir = Path(index_dir)
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
        flat = faiss.read_index(str(gen / "chunks.faiss"))
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
    if flat.ntotal != len(chunks):
        problems.append(f"{flat.ntotal} vectors for {len(chunks)} chunks")
    if sentence_vectors.shape != (row, manifest["dimension"]):
        problems.append(f"sentence vectors of shape {sentence_vectors.shape} for {row} sentences")
    if any(documents[c.doc_id].text[c.start:c.end] != c.text for c in chunks if c.doc_id in documents):
        problems.append("chunk texts that do not match their documents")
    if problems:
        raise IndexStateError(f"the index in {str(index_dir)!r} is inconsistent ({'; '.join(problems)}); {fix}")
    return Index(manifest, documents, chunks, sentences, rows, sentence_vectors, flat, bm25, gen)
