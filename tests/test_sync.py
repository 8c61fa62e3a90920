"""Incremental sync: add, edit, delete and rename files; add_documents / remove_documents; readers reload."""
from __future__ import annotations

import numpy as np
import pytest

from qa.config import Config
from qa.errors import DocumentsError
from qa.indexing.chunking import chunk_document
from qa.indexing.index import build_index, load_index
from qa.indexing.ingest import find_files, read_document
from qa.indexing.store import read_terms
from qa.pipeline import QA
from qa.text import split_sentences, terms

FRUIT = "Mangoes ripen in May. The orchard ships them north. Buyers pay well."
RICE = "Rice exports grew last year. Farmers were glad."
TEA = "Tea grows on the hills. Pickers start at dawn. The leaves dry in the sun. It sells abroad."


def _write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _expected_chunks(folder, config=Config()) -> int:
    """Chunk counts computed from scratch, independently of any index."""
    total = 0
    for source in find_files(folder):
        doc = read_document(source)
        total += len(chunk_document(doc, config.chunk_chars, config.overlap_sentences, 0, split_sentences(doc.text)))
    return total


def _texts(folder) -> int:
    """Texts one full embedding of ``folder`` sends to the encoder: chunks plus sentences."""
    return _expected_chunks(folder) + sum(len(split_sentences(read_document(s).text)) for s in find_files(folder))


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "fruit.txt", FRUIT)
    _write(docs, "rice.txt", RICE)
    _write(docs, "notes/tea.md", TEA + "\n\n" + "More about tea picking and the weather. " * 40)
    return docs


def _sync(docs, index_dir, encoder, **kw):
    return build_index(docs, index_dir, Config(), encoder, progress=False, **kw)


def _check_consistent(index_dir, docs):
    index = load_index(index_dir)
    assert len(index.chunks) == _expected_chunks(docs)
    assert index.faiss_index.ntotal == len(index.chunks)
    assert len({c.chunk_id for c in index.chunks}) == len(index.chunks)  # no duplicate chunk survives
    assert len({(c.doc_id, c.start, c.end) for c in index.chunks}) == len(index.chunks)
    assert set(index.documents) == {s.doc_id for s in find_files(docs)}
    stored = read_terms(index)
    for c in index.chunks:  # every chunk is the current text of its file, and BM25 holds its current terms
        assert index.documents[c.doc_id].text[c.start:c.end] == c.text
        assert stored[c.chunk_id] == (terms(c.text) or [""])
    return index


def test_add_edit_delete_rename_sync_exactly(folder, tmp_path, hash_encoder):
    index_dir = tmp_path / "idx"
    report = _sync(folder, index_dir, hash_encoder)
    assert report.added == ["fruit.txt", "notes/tea.md", "rice.txt"] and report.embedded == _texts(folder)
    assert hash_encoder.calls == _texts(folder)
    first = _check_consistent(index_dir, folder)
    tea_ids = [c.chunk_id for c in first.chunks if c.doc_id == "notes/tea.md"]

    calls = hash_encoder.calls
    _write(folder, "salt.txt", "Salt comes from the coast. It is dried in pans.")  # add
    _write(folder, "fruit.txt", FRUIT.replace("May", "June"))  # edit
    (folder / "rice.txt").unlink()  # delete
    (folder / "notes/tea.md").rename(folder / "tea-notes.md")  # rename: same bytes
    report = _sync(folder, index_dir, hash_encoder)
    assert report.added == ["salt.txt", "tea-notes.md"] and report.updated == ["fruit.txt"]
    assert report.removed == ["notes/tea.md", "rice.txt"] and report.unchanged == []
    # only salt.txt and fruit.txt were embedded: 1 chunk + 2 sentences, 1 chunk + 3 sentences
    assert hash_encoder.calls - calls == report.embedded == 7
    second = _check_consistent(index_dir, folder)
    assert [c.chunk_id for c in second.chunks if c.doc_id == "tea-notes.md"] == tea_ids  # the rename kept them
    assert "June" in second.documents["fruit.txt"].text and "rice.txt" not in second.documents

    calls = hash_encoder.calls
    report = _sync(folder, index_dir, hash_encoder)  # nothing changed: nothing embedded, nothing written
    assert not report.changed and hash_encoder.calls == calls and len(report.unchanged) == 3
    assert load_index(index_dir).path == second.path


def test_rebuild_embeds_everything_again(folder, tmp_path, hash_encoder):
    _sync(folder, tmp_path / "idx", hash_encoder)
    calls = hash_encoder.calls
    report = _sync(folder, tmp_path / "idx", hash_encoder, rebuild=True)
    assert report.added == sorted(s.doc_id for s in find_files(folder))  # a rebuild starts from nothing
    assert report.embedded == _texts(folder)
    assert hash_encoder.calls - calls in (0, _texts(folder))  # the embedding cache may answer instead
    _check_consistent(tmp_path / "idx", folder)


def test_answers_follow_an_edit_and_never_come_from_a_deleted_file(docs_copy, tmp_path, encoder):
    index_dir = tmp_path / "idx"
    _write(docs_copy, "harbour.txt", "The Danang harbour master is Nguyen Van Binh. He took office in 2019.")
    _sync(docs_copy, index_dir, encoder)
    qa = QA(index_dir, encoder=encoder)
    question = "Who is the Danang harbour master?"
    assert "Nguyen Van Binh" in qa.answer(question).text

    _write(docs_copy, "harbour.txt", "The Danang harbour master is Tran Thi Lan. She took office in 2024.")
    _sync(docs_copy, index_dir, encoder)
    assert qa.reload()
    edited = qa.answer(question)
    assert "Tran Thi Lan" in edited.text and edited.citations[0].doc_id == "harbour.txt"
    assert all("Nguyen Van Binh" not in c.quote for c in edited.citations)

    (docs_copy / "harbour.txt").unlink()
    _sync(docs_copy, index_dir, encoder)
    assert qa.reload()
    gone = qa.answer(question)
    assert all(c.doc_id != "harbour.txt" for c in gone.citations)
    assert "Tran Thi Lan" not in gone.text


def test_add_and_remove_documents_through_the_library(folder, tmp_path, hash_encoder):
    index_dir = tmp_path / "idx"
    _sync(folder, index_dir, hash_encoder)
    qa = QA(index_dir, encoder=hash_encoder)
    outside = tmp_path / "outside"
    new = _write(outside, "salt.txt", "Salt comes from the coast. It is dried in pans.")
    clash = _write(outside / "other", "salt.txt", "A different salt file about mines.")
    report = qa.add_documents([new, clash, new])
    assert report.added == ["uploads/salt (2).txt", "uploads/salt.txt"]
    assert (folder / "uploads" / "salt.txt").read_text() == new.read_text()  # copied, the original left alone
    assert new.exists() and set(qa.index.documents) >= {"uploads/salt.txt", "uploads/salt (2).txt"}
    assert qa.search("salt coast pans")[0].chunk.doc_id == "uploads/salt.txt"  # answerable without a restart

    report = qa.remove_documents(["rice.txt"])
    assert report.removed == ["rice.txt"] and "rice.txt" not in qa.index.documents
    assert (folder / ".removed" / "rice.txt").read_text() == RICE  # moved aside, never deleted
    _check_consistent(index_dir, folder)
    with pytest.raises(DocumentsError, match="no document 'nope.txt'"):
        qa.remove_documents(["nope.txt"])
    everything = sorted(qa.index.documents)
    with pytest.raises(DocumentsError, match="at least one document"):
        qa.remove_documents(everything)
    assert sorted(qa.index.documents) == everything and (folder / "fruit.txt").exists()  # nothing moved


def test_bad_additions_are_skipped_with_a_reason(folder, tmp_path, hash_encoder):
    index_dir = tmp_path / "idx"
    _sync(folder, index_dir, hash_encoder)
    qa = QA(index_dir, config=Config(max_file_mb=0.001), encoder=hash_encoder)
    big = _write(tmp_path / "in", "big.txt", "word " * 1000)
    exe = _write(tmp_path / "in", "tool.exe", "MZ")
    with pytest.raises(DocumentsError, match="big.txt: 5.0 KB|over the 0.001 MB limit"):
        qa.add_documents([big])
    ok = _write(tmp_path / "in", "ok.txt", "A small file about ducks.")
    report = qa.add_documents([exe, ok, tmp_path / "missing.txt"])
    assert report.added == ["uploads/ok.txt"]
    assert "unsupported type '.exe'" in report.skipped["tool.exe"] and report.skipped["missing.txt"] == "no such file"
    assert not (folder / "uploads" / "tool.exe").exists()


def test_a_reader_switches_whole_between_generations(folder, tmp_path, hash_encoder):
    index_dir = tmp_path / "idx"
    _sync(folder, index_dir, hash_encoder)
    reader = QA(index_dir, encoder=hash_encoder)
    before = reader.index
    assert not reader.reload()  # nothing new yet
    _write(folder, "salt.txt", "Salt comes from the coast.")
    _sync(folder, index_dir, hash_encoder)  # as another process's `qa index` would
    assert "salt.txt" not in reader.index.documents  # still the old one, whole, until it reloads
    assert reader.reload() and "salt.txt" in reader.index.documents
    assert reader.retriever.index is reader.index is reader.extractor.index
    assert before.faiss_index.ntotal == len(before.chunks)


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_vector_indexes_sync_and_search(folder, tmp_path, hash_encoder, kind):
    config = Config(vector_index=kind, nprobe=1000)  # every list searched: the same results as flat
    index_dir = tmp_path / kind
    build_index(folder, index_dir, config, hash_encoder, progress=False)
    _write(folder, "salt.txt", "Salt comes from the coast. It is dried in pans.")
    (folder / "rice.txt").unlink()
    build_index(folder, index_dir, config, hash_encoder, progress=False)
    index = _check_consistent(index_dir, folder)
    assert index.manifest["vector_index"] == kind
    exact = QA(index_dir, config=Config(), encoder=hash_encoder)
    approximate = QA(index_dir, config=config, encoder=hash_encoder)
    for question in ("Where does salt come from?", "When do mangoes ripen?"):
        assert [h.chunk.chunk_id for h in approximate.search(question, k=3)] == \
               [h.chunk.chunk_id for h in exact.search(question, k=3)]
    vectors = index.faiss_index.reconstruct_batch(index.row_ids)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_folder_moves_never_overwrite_or_leave_the_folder(tmp_path):
    from qa.indexing.folder import copy_into, move_aside

    docs = tmp_path / "docs"
    source = _write(tmp_path / "a" / "b", "x.txt", "one")
    assert copy_into(source, docs / "uploads") == docs / "uploads" / "x.txt"
    assert copy_into(_write(tmp_path / "c", "x.txt", "two"), docs / "uploads") == docs / "uploads" / "x (2).txt"
    assert not list((docs / "uploads").glob(".*"))  # no partial copy left behind
    first = move_aside(docs / "uploads" / "x.txt", docs, docs / ".removed" / "x.txt")
    _write(docs / "uploads", "x.txt", "three")
    second = move_aside(docs / "uploads" / "x.txt", docs, docs / ".removed" / "x.txt")
    assert (first.read_text(), second.read_text()) == ("one", "three") and second.name == "x (2).txt"
    assert move_aside(source, docs, docs / ".removed" / "y.txt") is None  # outside the folder: left alone
    assert source.read_text() == "one"


def test_qa_index_prints_what_it_did(folder, tmp_path, capsys, monkeypatch):
    from qa.cli import main

    index_dir = tmp_path / "idx"
    assert main(["index", str(folder), "--index-dir", str(index_dir), "--quiet"]) == 0
    assert "added 3, updated 0, removed 0, unchanged 0; 3 documents" in capsys.readouterr().out
    (folder / "rice.txt").unlink()
    _write(folder, "fruit.txt", FRUIT + " Prices rose.")
    assert main(["index", str(folder), "--index-dir", str(index_dir), "--quiet"]) == 0
    assert "added 0, updated 1, removed 1, unchanged 1; 2 documents" in capsys.readouterr().out
    assert main(["index", str(folder), "--index-dir", str(index_dir), "--quiet"]) == 0
    assert "is up to date" in capsys.readouterr().out
    assert main(["index", str(folder), "--index-dir", str(index_dir), "--quiet", "--rebuild"]) == 0
    assert "added 2, updated 0, removed 0, unchanged 0; 2 documents" in capsys.readouterr().out


def test_auto_picks_flat_for_small_collections_even_with_tiny_windows(folder, tmp_path, hash_encoder):
    # chunk_chars=20 makes every sentence piece a chunk: a few dozen chunks, far below flat_max_chunks
    build_index(folder, tmp_path / "idx", Config(chunk_chars=20), hash_encoder, progress=False)
    assert load_index(tmp_path / "idx").manifest["vector_index"] == "flat"
    build_index(folder, tmp_path / "idx", Config(chunk_chars=20, flat_max_chunks=5), hash_encoder, progress=False)
    index = load_index(tmp_path / "idx")  # crossing the threshold moves the same vectors into IVF
    assert index.manifest["vector_index"] == "ivf" and index.faiss_index.ntotal == len(index.chunks)
