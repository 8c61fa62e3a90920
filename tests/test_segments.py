"""Segments: a sync writes only what it embedded, leaves the rest on disk untouched, and merges when needed."""
from __future__ import annotations

import json

import numpy as np

from qa.config import Config
from qa.indexing.index import MAX_DEAD, MAX_SEGMENTS, build_index, load_index
from qa.indexing.segments import SEGMENTS, read_segment
from qa.indexing.store import read_terms
from qa.pipeline import QA
from qa.text import terms


def _write_docs(folder, n):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:02d}.txt").write_text(f"Document {i} is about topic{i}. It has a second sentence {i}.",
                                               encoding="utf-8")


def _manifest(index_dir):
    return load_index(index_dir).manifest


def _files(index_dir):
    """Segment file -> (inode, modification time), to tell untouched files from rewritten ones."""
    return {p.relative_to(index_dir).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in (index_dir / SEGMENTS).rglob("*") if p.is_file()}


def _sync(docs, index_dir, encoder):
    return build_index(docs, index_dir, Config(), encoder, progress=False)


def _same_as_a_fresh_build(docs, index_dir, tmp_path, encoder):
    fresh_dir = tmp_path / "fresh"
    build_index(docs, fresh_dir, Config(), encoder, rebuild=True, progress=False)
    a, b = load_index(index_dir), load_index(fresh_dir)
    assert [(c.doc_id, c.start, c.end, c.text) for c in a.chunks] == [(c.doc_id, c.start, c.end, c.text)
                                                                     for c in b.chunks]
    assert np.array_equal(a.faiss_index.reconstruct_batch(a.row_ids), b.faiss_index.reconstruct_batch(b.row_ids))
    assert np.array_equal(a.sentence_vectors, b.sentence_vectors)
    stored = read_terms(a)
    assert all(stored[c.chunk_id] == (terms(c.text) or [""]) for c in a.chunks)
    question = "What is document 7 about?"
    assert [h.chunk.text for h in QA(index_dir, encoder=encoder).search(question)] == \
        [h.chunk.text for h in QA(fresh_dir, encoder=encoder).search(question)]


def test_a_changed_file_goes_into_a_new_segment_and_the_old_files_are_not_rewritten(tmp_path, hash_encoder):
    docs, index_dir = tmp_path / "docs", tmp_path / "idx"
    _write_docs(docs, 20)
    _sync(docs, index_dir, hash_encoder)
    (first,) = _manifest(index_dir)["segments"]
    before = _files(index_dir)
    (docs / "doc05.txt").write_text("Document 5 now talks about rivers. Rivers flow.", encoding="utf-8")
    _sync(docs, index_dir, hash_encoder)
    manifest = _manifest(index_dir)
    assert set(manifest["segments"]) - {first} and len(manifest["segments"]) == 2
    new = next(name for name in manifest["segments"] if name != first)
    assert [d.doc_id for d in read_segment(index_dir / SEGMENTS / new).documents()] == ["doc05.txt"]
    assert manifest["documents"]["doc05.txt"]["segment"] == new
    assert all(manifest["documents"][f"doc{i:02d}.txt"]["segment"] == first for i in range(20) if i != 5)
    after = _files(index_dir)
    assert {k: v for k, v in after.items() if k.startswith(f"{SEGMENTS}/{first}/")} == before  # untouched
    answer = QA(index_dir, encoder=hash_encoder).search("rivers flow")
    assert answer[0].chunk.doc_id == "doc05.txt" and "rivers" in answer[0].chunk.text
    assert all("topic5" not in c.text for c in load_index(index_dir).chunks)  # the old text is gone
    _same_as_a_fresh_build(docs, index_dir, tmp_path, hash_encoder)


def test_a_rename_writes_no_segment(tmp_path, hash_encoder):
    docs, index_dir = tmp_path / "docs", tmp_path / "idx"
    _write_docs(docs, 5)
    _sync(docs, index_dir, hash_encoder)
    segments = _manifest(index_dir)["segments"]
    (docs / "doc03.txt").rename(docs / "renamed.txt")
    report = _sync(docs, index_dir, hash_encoder)
    assert report.embedded == 0 and _manifest(index_dir)["segments"] == segments
    assert _manifest(index_dir)["documents"]["renamed.txt"]["source"] == "doc03.txt"
    assert {c.doc_id for c in load_index(index_dir).chunks} >= {"renamed.txt"}
    _same_as_a_fresh_build(docs, index_dir, tmp_path, hash_encoder)


def test_many_small_syncs_are_merged_and_the_index_stays_exact(tmp_path, hash_encoder):
    docs, index_dir = tmp_path / "docs", tmp_path / "idx"
    _write_docs(docs, 30)
    _sync(docs, index_dir, hash_encoder)
    counts = []
    for i in range(MAX_SEGMENTS + 3):
        (docs / f"new{i:02d}.txt").write_text(f"New note {i} mentions harbour{i}.", encoding="utf-8")
        _sync(docs, index_dir, hash_encoder)
        counts.append(len(_manifest(index_dir)["segments"]))
    assert max(counts) == MAX_SEGMENTS and counts[-1] < MAX_SEGMENTS  # merged once there were too many
    on_disk = {p.name for p in (index_dir / SEGMENTS).iterdir()}
    previous = json.loads((index_dir / sorted(p.name for p in index_dir.glob("gen-*"))[0] / "manifest.json")
                          .read_text())["segments"]
    assert on_disk == set(_manifest(index_dir)["segments"]) | set(previous)  # nothing else is left behind
    _same_as_a_fresh_build(docs, index_dir, tmp_path, hash_encoder)


def test_dead_rows_beyond_the_limit_are_compacted_away(tmp_path, hash_encoder):
    docs, index_dir = tmp_path / "docs", tmp_path / "idx"
    _write_docs(docs, 20)
    _sync(docs, index_dir, hash_encoder)
    dropped = int(20 * MAX_DEAD) + 1
    for i in range(dropped):
        (docs / f"doc{i:02d}.txt").unlink()
    _sync(docs, index_dir, hash_encoder)
    manifest = _manifest(index_dir)
    (segment,) = manifest["segments"]
    stored = read_segment(index_dir / SEGMENTS / segment)
    assert [d.doc_id for d in stored.documents()] == sorted(manifest["documents"])  # only live documents
    assert len(stored.chunks) == manifest["chunk_count"]
    _same_as_a_fresh_build(docs, index_dir, tmp_path, hash_encoder)
