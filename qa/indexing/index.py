"""Sync an index folder with a documents folder, by content hash.

``build_index`` (``qa index``) compares the folder with the live index:

- a new file is read, chunked and embedded under fresh chunk ids;
- a changed file is read and embedded again; its old chunks are dropped;
- a deleted file has its chunks dropped;
- an unchanged file is not read again, not re-embedded and not rewritten;
- a renamed file (same bytes, new path) keeps its vectors and chunk ids.

What a sync embedded is written as one new segment (qa.indexing.segments); the other
documents stay in the segments that hold them. Segments are merged when dead
rows (of changed or removed files) exceed MAX_DEAD or there are more than
MAX_SEGMENTS. BM25 is rebuilt from the terms the segments store (qa.indexing.keywords),
which costs no tokenizing and no embedding. Every sync writes a new generation
and switches to it atomically (qa.indexing.store), under a lock, so a killed sync leaves
the previous index whole and a second writer is refused. ``add_documents`` and
``remove_documents`` are the same sync after copying files into the folder's
``uploads/`` or moving them to its ``.removed/``; files are never deleted. Searching is qa.answering.retrieve.
"""
from __future__ import annotations

import collections
import contextlib
import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import SUPPORTED_SUFFIXES, Config
from ..errors import ConfigError, DocumentsError, IndexStateError
from ..models.runtime import TEXT_FORM
from ..text import TOKENIZER_VERSION, terms
from ..types import Chunk, Document
from .chunking import SPLITTER_VERSION, chunk_document, sentence_spans
from .folder import copy_into, inside, move_aside, refusal
from .ingest import file_hash, find_files, read_saying_why
from .passages import SENTENCE_VECTORS
from .segments import SEGMENTS, Part, read_segment, write_segment
from .store import (CURRENT, FORMAT_VERSION, Index, live_generation, load_index, read_manifest, vectors_of,
                    write_generation)

__all__ = ["CURRENT", "FORMAT_VERSION", "Index", "SyncReport", "add_documents", "build_index", "load_index",
           "live_generation", "read_manifest", "remove_documents", "repair", "status"]

ENGINES = ("local", "ray")
UPLOADS = "uploads"  # where add_documents copies files, inside the documents folder
REMOVED = ".removed"  # where remove_documents moves files; hidden folders are never indexed


@dataclass(frozen=True)
class SyncReport:
    added: list[str]
    updated: list[str]
    removed: list[str]
    unchanged: list[str]
    chunks: int
    seconds: float
    embedded: int = 0  # texts sent to the encoder (or its cache)
    skipped: dict[str, str] = field(default_factory=dict)  # file -> why it was not indexed

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        documents = len(self.unchanged) + len(self.added) + len(self.updated)
        skipped = f", skipped {len(self.skipped)}" if self.skipped else ""
        return (f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
                f"unchanged {len(self.unchanged)}{skipped}; {documents} documents, {self.chunks} chunks "
                f"({self.seconds:.1f} s)")


MAX_SEGMENTS = 8  # more, and all segments but the largest are merged into one
MAX_DEAD = 0.3  # a larger share of dead chunk rows in the segments, and all are merged

# Settings whose change makes stored vectors useless; the tokenizer only affects BM25, rebuilt each time.
# "vectors" is the encoder's family (qa.models.embed.VECTORS); "text_form" how its tokenizer reads text
# (qa.models.runtime.TEXT_FORM).
_VECTOR_SETTINGS = ("format_version", "model", "dimension", "chunk_chars", "overlap_sentences", "splitter",
                    "sentence_vectors", "vectors", "text_form")


def _settings(config: Config, encoder) -> dict:
    return {"format_version": FORMAT_VERSION, "model": encoder.model_name, "dimension": encoder.dimension,
            "chunk_chars": config.chunk_chars, "overlap_sentences": config.overlap_sentences,
            "splitter": SPLITTER_VERSION, "sentence_vectors": SENTENCE_VECTORS, "tokenizer": TOKENIZER_VERSION,
            "vectors": vectors_of(encoder), "text_form": TEXT_FORM}


def _setting(manifest: dict, key: str):
    return vectors_of(manifest) if key == "vectors" else manifest.get(key)


def status(docs_dir: Path, index_dir: Path, config: Config, encoder) -> str:
    """"missing", "stale" (files or settings differ, or the index is damaged) or "fresh"."""
    try:
        manifest = read_manifest(index_dir)
    except IndexStateError:
        return "missing" if not (Path(index_dir) / CURRENT).exists() else "stale"
    if any(_setting(manifest, k) != v for k, v in _settings(config, encoder).items()):
        return "stale"
    from .vectors import choose_kind

    if manifest.get("vector_index") != choose_kind(config, manifest.get("chunk_count", 0)):
        return "stale"
    hashes = {s.doc_id: file_hash(s.path) for s in find_files(docs_dir)}
    known = {doc_id: info["sha256"] for doc_id, info in manifest["documents"].items()}
    known.update(manifest.get("skipped", {}))
    if hashes != known:
        return "stale"
    try:  # the manifest can be intact while a file beside it is damaged: only a full load tells
        load_index(index_dir, encoder.model_name, encoder.dimension, vectors=vectors_of(encoder))
    except IndexStateError:
        return "stale"
    return "fresh"


@contextlib.contextmanager
def _locked(index_dir: Path):
    from filelock import FileLock, Timeout

    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(index_dir / ".lock"), timeout=0)
        lock.acquire()
    except Timeout:
        raise IndexStateError(f"another `qa index` is writing {index_dir}; wait for it to finish "
                              "and run the command again") from None
    except OSError as exc:
        raise IndexStateError(f"cannot write the index folder {str(index_dir)!r} ({exc.strerror or exc}); "
                              "choose a writable folder with --index-dir or QA_INDEX_DIR") from None
    try:
        yield
    except OSError as exc:  # a full disk, an I/O error: nothing was switched, the previous index stays live
        raise IndexStateError(f"could not write the index in {str(index_dir)!r} ({exc.strerror or exc}); the "
                              "previous index is still the live one; free space or fix the disk, then run "
                              "`qa index` again") from None
    finally:
        lock.release()


def _prepare(config, docs_dir, index_dir, encoder):
    config = config or Config.from_env()
    docs_dir = Path(docs_dir) if docs_dir is not None else config.docs_dir
    index_dir = Path(index_dir) if index_dir is not None else config.index_dir
    if encoder is None:
        from ..models.embed import Encoder
        encoder = Encoder.from_config(config)
    return config, docs_dir, index_dir, encoder


def build_index(docs_dir: Path | str | None = None, index_dir: Path | str | None = None,
                config: Config | None = None, encoder=None, rebuild: bool = False,
                progress: bool = True, engine: str = "local", ray_address: str | None = None) -> SyncReport:
    """Sync ``index_dir`` with every supported file under ``docs_dir`` (see the module docstring).

    ``rebuild`` ignores the current index and embeds everything again. ``engine="ray"`` reads, splits and
    embeds the new and changed files on a Ray cluster (qa.indexing.ray_engine, at ``ray_address`` or $RAY_ADDRESS,
    else a local one); what is committed is the same.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; one of: {', '.join(ENGINES)}")
    started = time.perf_counter()
    config, docs_dir, index_dir, encoder = _prepare(config, docs_dir, index_dir, encoder)
    with _locked(index_dir):
        old = None if rebuild else _load_reusable(index_dir, config, encoder)
        return _sync(docs_dir, index_dir, config, encoder, old, progress, started, engine, ray_address)


def repair(docs_dir: Path | str | None = None, index_dir: Path | str | None = None, config: Config | None = None,
           encoder=None, progress: bool = True) -> tuple[list, SyncReport]:
    """Re-embed, from ``docs_dir`` through the normal sync, only the documents whose stored data is damaged.

    Returns the problems found before (qa.indexing.check) and the sync's report. The previous generation stays on
    disk. When the manifest itself, or the FAISS file of an ivf or hnsw index, is damaged, nothing of the
    index can be trusted and everything is embedded again (the embedding cache still saves the model runs).
    """
    from .check import check_index, damaged_segments
    from .store import load_sound_part

    started = time.perf_counter()
    config, docs_dir, index_dir, encoder = _prepare(config, docs_dir, index_dir, encoder)
    with _locked(index_dir):
        problems = [p for p in check_index(index_dir) if p.kind == "damaged"]
        old = None
        if not any(p.where.endswith("manifest.json") or p.where.endswith("chunks.faiss") for p in problems):
            try:
                old = load_sound_part(index_dir, damaged_segments(problems),
                                      {p.doc_id for p in problems if p.doc_id})
            except IndexStateError:
                old = None
        return problems, _sync(docs_dir, index_dir, config, encoder, old, progress, started)


def add_documents(paths, docs_dir: Path | str, index_dir: Path | str, config: Config | None = None,
                  encoder=None, progress: bool = False) -> SyncReport:
    """Copy ``paths`` into ``docs_dir/uploads/`` and sync. Files already in ``docs_dir`` are indexed in place.

    A copy keeps only the file's base name (``../../x.txt`` -> ``uploads/x.txt``);
    a different file of the same name becomes ``x (2).txt``, the same bytes are
    not copied twice. Files of an unsupported type, too large, or missing are
    not copied and are listed in ``SyncReport.skipped``; when none is left,
    DocumentsError says why.
    """
    started = time.perf_counter()
    config, docs_dir, index_dir, encoder = _prepare(config, docs_dir, index_dir, encoder)
    refused: dict[str, str] = {}
    with _locked(index_dir):
        copied = 0
        for path in map(Path, paths):
            reason = refusal(path, config.max_file_mb)
            if reason:
                refused[path.name or str(path)] = reason
                continue
            copied += 1
            if not inside(path, docs_dir):
                copy_into(path, Path(docs_dir) / UPLOADS)
        if not copied:
            raise DocumentsError("nothing was added: " + "; ".join(f"{n}: {r}" for n, r in refused.items()))
        old = _load_reusable(index_dir, config, encoder)
        report = _sync(docs_dir, index_dir, config, encoder, old, progress, started)
    return dataclasses.replace(report, skipped={**refused, **report.skipped})


def remove_documents(doc_ids, docs_dir: Path | str, index_dir: Path | str, config: Config | None = None,
                     encoder=None, progress: bool = False) -> SyncReport:
    """Move the files of ``doc_ids`` to ``docs_dir/.removed/`` (never deleted) and sync."""
    started = time.perf_counter()
    config, docs_dir, index_dir, encoder = _prepare(config, docs_dir, index_dir, encoder)
    with _locked(index_dir):
        known = read_manifest(index_dir)["documents"]
        unknown = [d for d in doc_ids if d not in known]
        if unknown:
            raise DocumentsError(f"no document {', '.join(map(repr, unknown))} in the index; known ids: "
                                 f"{', '.join(sorted(known)[:10])}")
        if set(known) <= set(doc_ids):
            raise DocumentsError("an index needs at least one document: add another before removing "
                                 f"{', '.join(map(repr, doc_ids))}")
        for doc_id in doc_ids:
            move_aside(Path(docs_dir) / doc_id, docs_dir, Path(docs_dir) / REMOVED / doc_id)
        old = _load_reusable(index_dir, config, encoder)
        return _sync(docs_dir, index_dir, config, encoder, old, progress, started)


def _load_reusable(index_dir: Path, config: Config, encoder) -> Index | None:
    try:
        old = load_index(index_dir, check_tokenizer=False)  # only its vectors and texts are reused
    except IndexStateError:
        return None
    settings = _settings(config, encoder)
    return old if all(_setting(old.manifest, k) == settings[k] for k in _VECTOR_SETTINGS) else None


def _read_changed(sources, old: Index | None, read=None):
    """Split the folder into unchanged ids, newly read Documents, skipped files and hashes.

    ``read([(source, sha256)]) -> [(Document or None, warnings)]`` reads the new and changed files
    (``_read_here`` by default; the Ray engine reads them on the cluster).
    """
    old_docs = old.manifest["documents"] if old else {}
    old_skipped = old.manifest.get("skipped", {}) if old else {}
    unchanged, fresh, hashes, skipped, reasons, changed = [], [], {}, {}, {}, []
    for source in sources:
        digest = file_hash(source.path)  # an unreadable file gets a marker, and read_document says why
        if old_docs.get(source.doc_id, {}).get("sha256") == digest:
            unchanged.append(source.doc_id)
            hashes[source.doc_id] = digest
        elif old_skipped.get(source.doc_id) == digest:  # still the same unreadable file: no second warning
            skipped[source.doc_id] = digest
        else:
            changed.append((source, digest))
    for (source, digest), (doc, said) in zip(changed, (read or _read_here)(changed)):
        for message in said:
            print(f"warning: {message}")
        if doc is None:
            skipped[source.doc_id] = digest
            reasons[source.doc_id] = said[-1] if said else "unreadable"
            continue
        fresh.append(doc)
        hashes[doc.doc_id] = digest
    return unchanged, fresh, hashes, skipped, reasons


def _read_here(changed) -> list:
    return [read_saying_why(source) for source, _ in changed]


def _sync(docs_dir, index_dir, config, encoder, old: Index | None, progress: bool, started: float,
          engine: str = "local", ray_address: str | None = None) -> SyncReport:
    from .vectors import choose_kind, kind_of

    embedded = {}  # the Ray engine's parsed and embedded documents, by id
    sources, read = find_files(docs_dir), None
    if engine == "ray":
        read = _read_on_ray(sources, old, embedded, config, encoder, ray_address, progress)
    unchanged, fresh, hashes, skipped, reasons = _read_changed(sources, old, read)
    if not unchanged and not fresh:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise DocumentsError(f"no readable documents ({kinds}) in {str(docs_dir)!r}; add files there "
                             "or point qa index at another folder")
    old_ids = set(old.documents) if old else set()
    fresh_ids = {d.doc_id for d in fresh}
    removed = sorted(old_ids - fresh_ids - set(unchanged))
    updated = sorted(fresh_ids & old_ids)
    added = sorted(fresh_ids - old_ids)
    if (old and not fresh and not removed and old.manifest.get("tokenizer") == TOKENIZER_VERSION
            and old.manifest.get("skipped", {}) == skipped
            and kind_of(old.faiss_index) == choose_kind(config, len(old.chunks))):
        return SyncReport([], [], [], sorted(unchanged), len(old.chunks), time.perf_counter() - started,
                          skipped=reasons)

    moved = _renames(old, removed, fresh, hashes)  # same bytes under a new name: keep the vectors
    next_id = old.manifest.get("next_chunk_id", 0) if old else 0
    sentences, new_chunks, to_embed = {}, [], []
    for doc in fresh:
        if doc.doc_id in moved:
            continue
        first_id = next_id + len(new_chunks)
        if doc.doc_id in embedded:  # split on the cluster, exactly as here; the ids are given here
            sentences[doc.doc_id] = embedded[doc.doc_id].sentences
            new_chunks += [Chunk(first_id + i, doc.doc_id, s, e, doc.text[s:e])
                           for i, (s, e) in enumerate(embedded[doc.doc_id].chunks)]
        else:
            sentences[doc.doc_id] = sentence_spans(doc.text, config.chunk_chars)
            new_chunks += chunk_document(doc, config.chunk_chars, config.overlap_sentences, first_id=first_id,
                                         sentences=sentences[doc.doc_id])
        to_embed.append(doc)
    chunk_vectors, sentence_vectors = _vectors(to_embed, new_chunks, sentences, embedded, encoder, progress)

    entries = {d: old.manifest["documents"][d] for d in unchanged}
    entries.update({new: {**old.manifest["documents"][source], "sha256": hashes[new]} for new, source in moved.items()})
    segments = {name: info for name, info in old.manifest["segments"].items()} if old else {}
    by_doc, parts = _group(new_chunks), []
    first = 0
    for doc in to_embed:
        doc_chunks = by_doc.get(doc.doc_id, [])
        parts.append(Part(doc, sentences[doc.doc_id], doc_chunks, chunk_vectors[first:first + len(doc_chunks)],
                          sentence_vectors[doc.doc_id], [terms(c.text) or [""] for c in doc_chunks]))
        first += len(doc_chunks)
    if parts:
        _add_segment(index_dir, parts, entries, segments, hashes, encoder.dimension)
    stored = _stored_terms(index_dir, segments)  # None for a segment whose terms are damaged
    retokenize = bool(old) and (old.manifest.get("tokenizer") != TOKENIZER_VERSION or None in stored.values())
    _merge(index_dir, entries, segments, encoder.dimension, retokenize)
    segments = {name: info for name, info in segments.items() if any(e["segment"] == name for e in entries.values())}

    chunk_count = sum(e["chunks"] for e in entries.values())
    kind = choose_kind(config, chunk_count)
    faiss_index = None
    if kind != "flat":  # approximate kinds are stored; a flat index is rebuilt from the segments on load
        kept_chunks = _group(old.chunks) if old else {}
        chunk_ids = _live_chunk_ids(index_dir, entries, segments)
        faiss_index = _vector_index(old, kind, chunk_ids, new_chunks, chunk_vectors, removed, updated, moved,
                                    kept_chunks, encoder.dimension)
    from .keywords import bm25_from_ids

    manifest = dict(_settings(config, encoder), encoder=getattr(encoder, "runtime", None))
    manifest.update(created=time.strftime("%Y-%m-%dT%H:%M:%S%z"), docs_dir=str(Path(docs_dir).resolve()),
                    vector_index=kind, chunk_count=chunk_count,
                    next_chunk_id=next_id + len(new_chunks),  # ids are never reused
                    segments=segments, documents={d: entries[d] for d in sorted(entries)}, skipped=skipped)
    bm25 = bm25_from_ids(*_term_ids(index_dir, entries, segments, stored))
    write_generation(index_dir, manifest, bm25, faiss_index)
    embedded = len(new_chunks) + sum(len(sentences[d.doc_id]) for d in to_embed)
    return SyncReport(added=added, updated=updated, removed=removed, unchanged=sorted(unchanged),
                      chunks=chunk_count, seconds=time.perf_counter() - started, embedded=embedded,
                      skipped=reasons)


def _read_on_ray(sources, old: Index | None, embedded: dict, config, encoder, address, progress: bool):
    """The Ray engine's ``read`` for _read_changed: new and changed files are parsed and embedded on the
    cluster (their results kept in ``embedded``), except likely renames, which are only read here: their
    bytes are those of an indexed document whose file is gone, so they usually keep its vectors."""
    from .ray_engine import read_and_embed

    present = {s.doc_id for s in sources}
    gone = {e["sha256"] for d, e in (old.manifest["documents"].items() if old else ()) if d not in present}

    def read(changed):
        renamed = [(s, digest) for s, digest in changed if digest in gone]
        results = read_and_embed([s for s, digest in changed if digest not in gone], config,
                                 getattr(encoder, "runtime", "onnx-int8"), address, progress)
        embedded.update({r.doc_id: r for r in results if r.document is not None})
        out = {r.doc_id: (r.document, [r.reason] if r.reason else []) for r in results}
        out.update(zip((s.doc_id for s, _ in renamed), _read_here(renamed)))
        return [out[s.doc_id] for s, _ in changed]

    return read


def _vectors(documents: list[Document], chunks: list[Chunk], sentences: dict, embedded: dict, encoder,
             progress: bool):
    """Chunk vectors (in order) and sentence vectors of ``documents``: the Ray engine's where it embedded them,
    the rest encoded here (all of them with the local engine; with Ray, a rename whose text differs)."""
    here = [d for d in documents if d.doc_id not in embedded]
    here_ids = {d.doc_id for d in here}
    local_vectors, sentence_vectors = _encode(here, [c for c in chunks if c.doc_id in here_ids], sentences, encoder,
                                              progress) if here else (None, {})
    if not embedded:
        return (local_vectors if local_vectors is not None else np.zeros((0, encoder.dimension), np.float32),
                sentence_vectors)
    counts, pieces, at = collections.Counter(c.doc_id for c in chunks), [], 0
    for d in documents:
        if d.doc_id in embedded:
            pieces.append(embedded[d.doc_id].chunk_vectors)
            sentence_vectors[d.doc_id] = embedded[d.doc_id].sentence_vectors
        else:
            pieces.append(local_vectors[at:at + counts[d.doc_id]])
            at += counts[d.doc_id]
    return (np.concatenate(pieces) if pieces else np.zeros((0, encoder.dimension), np.float32)), sentence_vectors


def _add_segment(index_dir: Path, parts: list, entries: dict, segments: dict, hashes: dict, dimension: int) -> None:
    """Write ``parts`` as a new segment and point their documents' entries at it."""
    folder = index_dir / SEGMENTS
    name = write_segment(folder, parts, dimension)
    segments[name] = {"chunks": sum(len(p.chunks) for p in parts)}
    for p in parts:
        d = p.document
        entries[d.doc_id] = {"sha256": hashes[d.doc_id], "title": d.title, "date": d.date, "chunks": len(p.chunks),
                             "sentences": len(p.sentences), "segment": name, "source": d.doc_id}


def _merge(index_dir: Path, entries: dict, segments: dict, dimension: int, retokenize: bool) -> None:
    """Rewrite the live documents of several segments as one, when dead rows or segments pile up.

    All segments are merged when more than MAX_DEAD of their chunk rows are dead
    (their documents changed or were removed) or the terms are from an older
    tokenizer; all but the largest when there are more than MAX_SEGMENTS. No
    vector is computed again.
    """
    live: dict[str, int] = {}
    for e in entries.values():
        live[e["segment"]] = live.get(e["segment"], 0) + e["chunks"]
    in_use = [name for name in segments if name in live]
    total = sum(segments[name]["chunks"] for name in in_use)
    if retokenize or total - sum(live.values()) > MAX_DEAD * total:
        chosen = in_use
    elif len(in_use) > MAX_SEGMENTS:
        chosen = sorted(in_use, key=lambda name: live[name])[:-1]
    else:
        return
    if len(chosen) < 2 and not retokenize and total == sum(live.values()):
        return
    moving = sorted(d for d, e in entries.items() if e["segment"] in chosen)
    parts = []
    for name in chosen:
        mine = [d for d in moving if entries[d]["segment"] == name]
        stored = read_segment(index_dir / SEGMENTS / name).parts([entries[d]["source"] for d in mine], retokenize)
        parts += [_renamed(part, doc_id) for part, doc_id in zip(stored, mine)]
    _add_segment(index_dir, parts, entries, segments, {d: entries[d]["sha256"] for d in moving}, dimension)


def _renamed(part: Part, doc_id: str) -> Part:
    if part.document.doc_id == doc_id:
        return part
    chunks = [Chunk(c.chunk_id, doc_id, c.start, c.end, c.text) for c in part.chunks]
    return dataclasses.replace(part, document=dataclasses.replace(part.document, doc_id=doc_id), chunks=chunks)


def _stored_terms(index_dir: Path, segments: dict) -> dict:
    """Segment name -> (segment, term ids, per-chunk offsets, vocabulary), or None when they are unreadable."""
    stored = {}
    for name in segments:
        try:
            segment = read_segment(index_dir / SEGMENTS / name)
            ids, counts, vocab = segment.terms()
            stored[name] = (segment, ids, np.concatenate([[0], np.cumsum(counts)]), vocab)
        except (OSError, ValueError, KeyError):
            stored[name] = None
    return stored


def _term_ids(index_dir: Path, entries: dict, segments: dict, stored: dict):
    """Term ids, per-chunk counts and vocabulary of every live chunk, in row order (documents by id)."""
    stored = {name: stored.get(name) or _stored_terms(index_dir, {name: None})[name] for name in segments}
    vocab: dict[str, int] = {}
    to_global = {name: np.array([vocab.setdefault(t, len(vocab)) for t in words], dtype=np.int64)
                 for name, (_, _, _, words) in stored.items()}
    ids, counts = [], []
    for doc_id in sorted(entries):
        name = entries[doc_id]["segment"]
        segment, seg_ids, offsets, _ = stored[name]
        r = segment.row[entries[doc_id]["source"]]
        c0, c1 = segment.chunk_first[r], segment.chunk_first[r + 1]
        ids.append(to_global[name][seg_ids[offsets[c0]:offsets[c1]]])
        counts.append(np.diff(offsets[c0:c1 + 1]))
    return (np.concatenate(ids) if ids else np.zeros(0, np.int64),
            np.concatenate(counts) if counts else np.zeros(0, np.int64), list(vocab))


def _live_chunk_ids(index_dir: Path, entries: dict, segments: dict) -> np.ndarray:
    """Chunk ids of every live chunk, in row order."""
    read = {name: read_segment(index_dir / SEGMENTS / name) for name in segments}
    ids = []
    for doc_id in sorted(entries):
        segment = read[entries[doc_id]["segment"]]
        r = segment.row[entries[doc_id]["source"]]
        ids.append(segment.chunks[segment.chunk_first[r]:segment.chunk_first[r + 1], 0])
    return np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)


def _renames(old: Index | None, removed: list[str], fresh: list[Document], hashes: dict) -> dict[str, str]:
    """New id -> removed id, for fresh documents whose bytes and text equal a removed one's."""
    if not old:
        return {}
    by_hash = {old.manifest["documents"][d]["sha256"]: d for d in removed}
    moved = {}
    for doc in fresh:
        source = by_hash.pop(hashes[doc.doc_id], None)
        if source is not None and old.documents[source].text == doc.text:
            moved[doc.doc_id] = source
    return moved


def _vector_index(old, kind, chunk_ids, new_chunks, chunk_vectors, removed, updated, moved, kept_chunks, dimension):
    """The ivf or hnsw index after the sync: the old one with ids removed and added, or a new one.

    ``chunk_ids`` are all live chunk ids after the sync.
    """
    from .vectors import kind_of, new_index, update

    new_ids = np.array([c.chunk_id for c in new_chunks], dtype=np.int64)
    if old is None:
        return new_index(kind, dimension, chunk_vectors, new_ids)
    if kind_of(old.faiss_index) != kind:  # the collection crossed flat_max_chunks, or the setting changed
        kept = np.setdiff1d(chunk_ids, new_ids)
        vectors = np.concatenate([old.faiss_index.reconstruct_batch(kept), chunk_vectors]) if len(kept) \
            else chunk_vectors
        return new_index(kind, dimension, vectors, np.concatenate([kept, new_ids]))
    gone = [c.chunk_id for d in removed + updated if d not in moved.values() for c in kept_chunks.get(d, [])]
    return update(old.faiss_index, np.array(gone, dtype=np.int64), chunk_vectors, new_ids, dimension)


def _group(chunks: list[Chunk]) -> dict[str, list[Chunk]]:
    grouped: dict[str, list[Chunk]] = {}
    for c in chunks:
        grouped.setdefault(c.doc_id, []).append(c)
    return grouped


def _encode(documents: list[Document], chunks: list[Chunk], sentences: dict, encoder, progress: bool):
    """Vectors for new chunks (in order) and, per document, for its sentences: one model pass per chunk,
    sentence vectors pooled from it, through the embedding cache (see qa.indexing.passages)."""
    from .passages import encode_documents

    return encode_documents(documents, chunks, sentences, encoder, progress)
