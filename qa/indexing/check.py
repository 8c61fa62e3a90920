"""``qa check``: verify a whole index, like Lucene's CheckIndex, and repair what is damaged.

``check_index`` reads everything the live generation consists of and returns
every problem it finds, each a ``Problem``:

- every file against its recorded size and XXH3 checksum, the manifests against their own;
- the manifest against the segments (each document's segment, row and counts);
- chunk and sentence offsets inside their documents, and finite vectors of unit length;
- the BM25 index against the one the stored terms make (bit for bit);
- with a documents folder, the stored documents against its files: a changed,
  new or deleted file is *stale* (``qa index`` updates it), not damage.

``repair`` re-embeds, from the documents folder and through the normal sync,
only the documents whose stored data is damaged; the previous generation stays
on disk. Printing is the CLI's job.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ..errors import IndexStateError
from .checksums import Damaged, damaged
from .segments import SEGMENTS, read_segment, recorded_checksums
from .store import FORMAT_VERSION, _generation, read_manifest

NORM_TOLERANCE = {"chunk_vectors.npy": 1e-3, "sentence_vectors.npy": 1e-2}  # float32, float16


@dataclass(frozen=True)
class Problem:
    kind: str  # "damaged" (the index is wrong) or "stale" (the documents folder moved on)
    where: str  # a file, relative to the index folder, or a document id
    message: str
    doc_id: str = ""  # set when the problem is one document's

    def line(self) -> str:
        return f"{self.kind}: {self.where}: {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


def check_index(index_dir: Path, docs_dir: Path | None = None) -> list[Problem]:
    """Every problem of the live generation of ``index_dir`` (and, with ``docs_dir``, what is stale)."""
    try:
        return _check(Path(index_dir), docs_dir)
    except Exception as exc:  # damage no check above foresaw: still a report, never a traceback
        return [Problem("damaged", str(index_dir), f"{type(exc).__name__}: {str(exc)[:200]}")]


def _check(index_dir: Path, docs_dir: Path | None) -> list[Problem]:
    try:
        gen = _generation(index_dir)
        manifest = read_manifest(index_dir)
    except IndexStateError as exc:
        return [Problem("damaged", "manifest.json", str(exc))]
    if manifest.get("format_version") != FORMAT_VERSION:
        return [Problem("damaged", f"{gen.name}/manifest.json", f"format version {manifest.get('format_version')!r}, "
                        f"this qa checks {FORMAT_VERSION}; rebuild with `qa index --rebuild`")]
    problems = _files(index_dir, gen, manifest.get("files", {}))
    segments = {}
    for name in manifest.get("segments", {}):
        found = _segment_files(index_dir, name)
        problems += found
        if not found:
            try:
                segments[name] = read_segment(index_dir / SEGMENTS / name)
            except (OSError, ValueError) as exc:
                problems.append(Problem("damaged", f"{SEGMENTS}/{name}", str(exc)))
    problems += _documents(manifest, segments)
    problems += _vectors(segments)
    if not problems:
        problems += _bm25(index_dir, gen, manifest)
    if docs_dir is not None:
        problems += stale_documents(manifest, Path(docs_dir))
    return problems


def damaged_segments(problems: list[Problem]) -> set[str]:
    return {p.where.split("/")[1] for p in problems if p.kind == "damaged" and p.where.startswith(SEGMENTS + "/")}


def _files(index_dir: Path, folder: Path, recorded: dict) -> list[Problem]:
    return [Problem("damaged", str(d.path.relative_to(index_dir)), d.problem) for d in damaged(folder, recorded)]


def _segment_files(index_dir: Path, name: str) -> list[Problem]:
    folder = index_dir / SEGMENTS / name
    try:
        return _files(index_dir, folder, recorded_checksums(folder))
    except Damaged as exc:
        return [Problem("damaged", str(exc.path.relative_to(index_dir)), exc.problem)]
    except OSError as exc:
        return [Problem("damaged", f"{SEGMENTS}/{name}", f"cannot be read ({exc.strerror or exc})")]


def _documents(manifest: dict, segments: dict) -> list[Problem]:
    """Each document's entry against its segment: row, counts, and offsets inside its text."""
    problems = []
    texts = {name: {d.doc_id: d for d in segment.documents()} for name, segment in segments.items()}
    for doc_id, info in manifest["documents"].items():
        name, source = info.get("segment"), info.get("source", doc_id)
        if name not in manifest["segments"]:
            problems.append(Problem("damaged", doc_id, f"its segment {name!r} is not in the manifest", doc_id))
            continue
        if name not in segments:
            continue  # the segment's own damage is already reported
        segment = segments[name]
        if source not in segment.row:
            problems.append(Problem("damaged", doc_id, f"not stored in segment {name}", doc_id))
            continue
        r, length = segment.row[source], len(texts[name][source].text)
        sentences = segment.sentences[segment.sentence_first[r]:segment.sentence_first[r + 1]]
        chunks = segment.chunks[segment.chunk_first[r]:segment.chunk_first[r + 1]]
        if (len(chunks), len(sentences)) != (info.get("chunks"), info.get("sentences")):
            problems.append(Problem("damaged", doc_id, f"{len(chunks)} chunks and {len(sentences)} sentences stored, "
                                    f"the manifest says {info.get('chunks')} and {info.get('sentences')}", doc_id))
        spans = np.concatenate([sentences, chunks[:, 1:]]) if len(chunks) else sentences
        if len(spans) and not ((0 <= spans[:, 0]) & (spans[:, 0] < spans[:, 1]) & (spans[:, 1] <= length)).all():
            problems.append(Problem("damaged", doc_id, f"a chunk or sentence lies outside its {length} characters",
                                    doc_id))
    return problems


def _vectors(segments: dict) -> list[Problem]:
    problems = []
    for name, segment in segments.items():
        for file, vectors in (("chunk_vectors.npy", segment.chunk_vectors),
                              ("sentence_vectors.npy", segment.sentence_vectors)):
            norms = np.linalg.norm(np.asarray(vectors, dtype=np.float32), axis=1)
            bad = int((np.abs(norms - 1.0) > NORM_TOLERANCE[file]).sum())
            if bad:
                problems.append(Problem("damaged", f"{SEGMENTS}/{name}/{file}", f"{bad} vectors are not of unit length"))
    return problems


def _bm25(index_dir: Path, gen: Path, manifest: dict) -> list[Problem]:
    """The stored BM25 against the one the segments' terms make; only run on an otherwise sound index."""
    import bm25s

    from .index import _term_ids
    from .keywords import bm25_from_ids

    stored = bm25s.BM25.load(str(gen / "bm25"), show_progress=False)
    made = bm25_from_ids(*_term_ids(index_dir, manifest["documents"], manifest["segments"], {}))
    for key in ("data", "indices", "indptr"):
        if not np.array_equal(stored.scores[key], made.scores[key]):
            return [Problem("damaged", f"{gen.name}/bm25", f"its {key} differ from the stored terms' BM25")]
    if stored.scores["num_docs"] != made.scores["num_docs"] or stored.vocab_dict != made.vocab_dict:
        return [Problem("damaged", f"{gen.name}/bm25", "its vocabulary or chunk count differ from the stored terms")]
    return []


def stale_documents(manifest: dict, docs_dir: Path) -> list[Problem]:
    """Files of ``docs_dir`` changed, added or deleted since the index was built."""
    from .ingest import file_hash, find_files

    known = {doc_id: info["sha256"] for doc_id, info in manifest["documents"].items()}
    known.update(manifest.get("skipped", {}))
    now = {s.doc_id: file_hash(s.path) for s in find_files(docs_dir)}
    problems = [Problem("stale", d, "changed since it was indexed", d) for d in sorted(known.keys() & now.keys())
                if known[d] != now[d]]
    problems += [Problem("stale", d, "new, not indexed yet", d) for d in sorted(now.keys() - known.keys())]
    problems += [Problem("stale", d, "deleted from the documents folder", d) for d in sorted(known.keys() - now.keys())]
    return problems


def summary(problems: list[Problem]) -> str:
    damaged = sum(p.kind == "damaged" for p in problems)
    stale = sum(p.kind == "stale" for p in problems)
    if not damaged:
        return "no damage found" + (f"; {stale} documents stale (run `qa index` to update)" if stale else "")
    return (f"{damaged} problems of damage" + (f", {stale} stale documents" if stale else "") +
            "; `qa check --repair` re-embeds what is damaged")


def report_json(problems: list[Problem]) -> str:
    return json.dumps({"clean": not any(p.kind == "damaged" for p in problems),
                       "problems": [p.to_dict() for p in problems]}, indent=1)
