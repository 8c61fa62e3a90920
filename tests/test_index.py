import json

import numpy as np
import pytest

from qa.config import Config
from qa.errors import IndexStateError
from qa.indexing.index import CURRENT, FORMAT_VERSION, build_index, load_index, status
from qa.pipeline import QA


def _build(docs, index_dir, encoder, **kw):
    return build_index(docs, index_dir, Config(), encoder, progress=False, **kw)


def test_manifest_records_settings_and_a_hash_per_file(docs_copy, tmp_path, hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    manifest = load_index(tmp_path / "idx").manifest
    assert manifest["format_version"] == FORMAT_VERSION and manifest["model"] == hash_encoder.model_name
    assert manifest["dimension"] == 64 and manifest["chunk_chars"] == Config().chunk_chars
    assert len(manifest["documents"]) == 5
    assert all(len(info["sha256"]) == 64 for info in manifest["documents"].values())


def test_every_chunk_and_sentence_is_a_verbatim_slice(docs_copy, tmp_path, hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    index = load_index(tmp_path / "idx")
    for chunk in index.chunks:
        assert index.documents[chunk.doc_id].text[chunk.start:chunk.end] == chunk.text
    for doc_id, spans in index.sentences.items():
        text = index.documents[doc_id].text
        assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)


def test_save_then_load_gives_identical_answers(docs_copy, tmp_path, hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    first = QA(tmp_path / "idx", encoder=hash_encoder)
    second = QA(tmp_path / "idx", encoder=hash_encoder)
    for question in ["How many Lao students are studying in Vietnam?", "What is the motto?"]:
        assert first.answer(question) == second.answer(question)
    assert first.index.faiss_index.ntotal == second.index.faiss_index.ntotal
    assert np.array_equal(first.index.sentence_vectors, second.index.sentence_vectors)


def test_status_goes_missing_fresh_stale(docs_copy, tmp_path, hash_encoder):
    config = Config()
    assert status(docs_copy, tmp_path / "idx", config, hash_encoder) == "missing"
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    assert status(docs_copy, tmp_path / "idx", config, hash_encoder) == "fresh"
    (docs_copy / "new.txt").write_text("A new document about rice exports.", encoding="utf-8")
    assert status(docs_copy, tmp_path / "idx", config, hash_encoder) == "stale"
    assert status(docs_copy, tmp_path / "idx", Config(chunk_chars=300), hash_encoder) == "stale"


def test_rebuilding_keeps_vectors_of_unchanged_files(docs_copy, tmp_path, hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    before = hash_encoder.calls
    (docs_copy / "new.txt").write_text("Rice exports grew. Farmers were glad.", encoding="utf-8")
    report = _build(docs_copy, tmp_path / "idx", hash_encoder)
    assert report.added == ["new.txt"] and len(report.unchanged) == 5
    assert hash_encoder.calls - before == 3  # one chunk and two sentences: only the new file
    index = load_index(tmp_path / "idx")
    assert index.faiss_index.ntotal == len(index.chunks)
    assert len({(c.doc_id, c.start) for c in index.chunks}) == len(index.chunks)  # no duplicates


def test_a_build_replaces_the_live_generation_and_keeps_only_the_previous(docs_copy, tmp_path, hash_encoder):
    names = []
    for _ in range(3):
        _build(docs_copy, tmp_path / "idx", hash_encoder, rebuild=True)
        names.append((tmp_path / "idx" / CURRENT).read_text().strip())
    assert len(set(names)) == 3
    # the previous generation stays for readers that opened it just before the switch; older ones go,
    # and so do the segments only they used
    assert sorted(p.name for p in (tmp_path / "idx").iterdir() if p.is_dir()) == sorted(names[1:] + ["segments"])
    used = {s for n in names[1:] for s in json.loads((tmp_path / "idx" / n / "manifest.json").read_text())["segments"]}
    assert sorted(p.name for p in (tmp_path / "idx" / "segments").iterdir()) == sorted(used) and len(used) == 2


def test_missing_index_names_the_command_that_builds_it(tmp_path):
    with pytest.raises(IndexStateError, match="qa index"):
        load_index(tmp_path / "nothing")


def _segment(index_dir):
    gen = index_dir / (index_dir / CURRENT).read_text().strip()
    (name,) = json.loads((gen / "manifest.json").read_text())["segments"]
    return index_dir / "segments" / name


@pytest.mark.parametrize("damage", ["truncate_vectors", "bad_json", "delete_bm25", "bad_pointer"])
def test_a_damaged_index_is_detected_with_the_fix(docs_copy, tmp_path, hash_encoder, damage):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    gen = tmp_path / "idx" / (tmp_path / "idx" / CURRENT).read_text().strip()
    if damage == "truncate_vectors":
        data = (_segment(tmp_path / "idx") / "chunk_vectors.npy").read_bytes()
        (_segment(tmp_path / "idx") / "chunk_vectors.npy").write_bytes(data[: len(data) // 2])
    elif damage == "bad_json":
        (_segment(tmp_path / "idx") / "documents.jsonl").write_text("{not json", encoding="utf-8")
    elif damage == "delete_bm25":
        for f in (gen / "bm25").iterdir():
            f.unlink()
    else:
        (tmp_path / "idx" / CURRENT).write_text("gen-missing\n")
    with pytest.raises(IndexStateError, match="--rebuild|qa index"):
        load_index(tmp_path / "idx")


def test_an_index_from_another_model_or_format_is_refused(docs_copy, tmp_path, hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    with pytest.raises(IndexStateError, match="built with model"):
        load_index(tmp_path / "idx", model_name="other/model")
    gen = tmp_path / "idx" / (tmp_path / "idx" / CURRENT).read_text().strip()
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["format_version"] = 99
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexStateError, match="format version 99"):
        load_index(tmp_path / "idx")


def test_a_damaged_file_behind_an_intact_manifest_is_stale_and_the_next_sync_repairs_it(docs_copy, tmp_path,
                                                                                         hash_encoder):
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    (_segment(tmp_path / "idx") / "sentence_vectors.npy").write_bytes(b"not numpy")
    assert status(docs_copy, tmp_path / "idx", Config(), hash_encoder) == "stale"
    _build(docs_copy, tmp_path / "idx", hash_encoder)
    assert status(docs_copy, tmp_path / "idx", Config(), hash_encoder) == "fresh"
    assert len(load_index(tmp_path / "idx").documents) == 5
