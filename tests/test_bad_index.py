"""A missing, damaged, foreign or read-only index: one clear error naming the fix, or (read-only) answers as usual.

Every file of an index (its live generation and its segments) is damaged in every way (deleted, emptied, cut in half, header
overwritten) and loaded through load_index, QA and `qa ask`. test_index.py already checks
four single damages and a foreign model or format through load_index; this extends them.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest import SEEDS, HashEncoder
from qa.indexing.checksums import seal
from qa.cli import main
from qa.config import Config
from qa.errors import IndexStateError
from qa.indexing.index import CURRENT, build_index, load_index
from qa.pipeline import QA
from qa.models.reader import Reader
from test_bad_documents import unprivileged

GOOD = "How many Lao students are studying in Vietnam?"
DAMAGES = ("delete", "empty", "truncate", "garbage_head")


@pytest.fixture(scope="module")
def hash_index(tmp_path_factory) -> Path:
    """An index of the seeds built with the fast test encoder, copied by each test before it damages it."""
    index_dir = tmp_path_factory.mktemp("hash-index")
    build_index(SEEDS, index_dir, Config(), HashEncoder(), progress=False)
    return index_dir


def _copy(index_dir: Path, target: Path) -> Path:
    shutil.copytree(index_dir, target, symlinks=True)
    return target


def _generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / CURRENT).read_text().strip()


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "delete":
        path.unlink()
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "truncate":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(b"\xde\xad\xbe\xef garbage!" + data[16:])


def _index_files(index_dir: Path) -> list[str]:
    """Files of the live generation and of the segments it uses, relative to ``index_dir``."""
    gen = _generation(index_dir)
    segments = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))["segments"]
    folders = [gen] + [index_dir / "segments" / name for name in segments]
    return sorted(p.relative_to(index_dir).as_posix() for f in folders for p in f.rglob("*") if p.is_file())


def _segment_file(index_dir: Path, name: str) -> Path:
    (segment,) = json.loads((_generation(index_dir) / "manifest.json").read_text(encoding="utf-8"))["segments"]
    return index_dir / "segments" / segment / name


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("qa: error: ") and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("how", DAMAGES)
def test_every_file_of_a_generation_damaged_is_refused_with_the_fix(hash_index, tmp_path, how):
    files = _index_files(hash_index)
    names = {f.split("/")[-1] for f in files}
    assert {"manifest.json", "documents.jsonl", "layout.npz", "chunk_vectors.npy", "sentence_vectors.npy"} <= names
    assert any("/bm25/" in f for f in files)
    reference = load_index(hash_index)
    missed = []
    for n, name in enumerate(files):
        index_dir = _copy(hash_index, tmp_path / f"idx{n}")
        _damage(index_dir / name, how)
        try:
            loaded = load_index(index_dir)
            # A file that loading does not read (what only a sync uses, such as stored BM25 terms) may be
            # damaged: the index must then load whole and unchanged.
            if (loaded.documents, loaded.chunks) != (reference.documents, reference.chunks) or \
                    loaded.faiss_index.ntotal != reference.faiss_index.ntotal:
                missed.append(f"{name}: loaded, but differs from the undamaged index")
        except IndexStateError as exc:
            if "qa index" not in str(exc):
                missed.append(f"{name}: message names no fix: {exc}")
        except Exception as exc:  # anything else would reach the user as a traceback
            missed.append(f"{name}: {type(exc).__name__}: {exc}")
    assert not missed, f"{how}: " + "; ".join(missed)


@pytest.mark.parametrize("pointer", ["", "\n", "../elsewhere\n", ".hidden\n", "gen-that-does-not-exist\n",
                                     "manifest.json\n", "\x00\xff\n", b"gen-\x96\xfe\n"])  # the last: not UTF-8
def test_a_current_pointer_naming_no_build_is_refused_with_the_fix(hash_index, tmp_path, pointer):
    index_dir = _copy(hash_index, tmp_path / "idx")
    (tmp_path / "elsewhere").mkdir()
    (index_dir / CURRENT).write_bytes(pointer.encode("utf-8", "surrogateescape") if isinstance(pointer, str)
                                      else pointer)
    with pytest.raises(IndexStateError, match="qa index"):
        load_index(index_dir)


@pytest.mark.parametrize("manifest", [[], "text", {"documents": []}, {"format_version": 2},
                                      {"documents": {}, "format_version": None}])
def test_a_manifest_of_the_wrong_shape_is_refused_with_the_fix(hash_index, tmp_path, manifest):
    index_dir = _copy(hash_index, tmp_path / "idx")
    (_generation(index_dir) / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexStateError, match="qa index"):
        load_index(index_dir)


def test_a_sync_over_a_damaged_index_rebuilds_it(hash_index, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    (docs / "new.txt").write_text("Rice exports from Laos grew by a third.", encoding="utf-8")
    clean = _copy(hash_index, tmp_path / "clean")
    build_index(docs, clean, Config(), HashEncoder(), progress=False)
    expected = QA(clean, encoder=HashEncoder()).search("rice exports Laos")
    for n, name in enumerate(_index_files(hash_index)):
        index_dir = _copy(hash_index, tmp_path / f"idx{n}")
        _damage(index_dir / name, "truncate")
        build_index(docs, index_dir, Config(), HashEncoder(), progress=False)
        index = load_index(index_dir)
        assert len(index.documents) == 6 and index.faiss_index.ntotal == len(index.chunks), name
        found = QA(index_dir, encoder=HashEncoder()).search("rice exports Laos")
        assert [(h.chunk.doc_id, h.chunk.start) for h in found] == \
            [(h.chunk.doc_id, h.chunk.start) for h in expected], name


# ---------------------------------------------------------------- through QA and the command line

@pytest.mark.parametrize("name", ["manifest.json", "bm25", "documents.jsonl", "layout.npz", "chunk_vectors.npy",
                                  "sentence_vectors.npy"])
def test_qa_and_qa_ask_over_a_damaged_index_give_one_line_naming_the_fix(seed_index_dir, tmp_path, capsys, name):
    index_dir = _copy(seed_index_dir, tmp_path / "idx")
    target = _generation(index_dir) / name if name in ("manifest.json", "bm25") else _segment_file(index_dir, name)
    if target.is_dir():
        shutil.rmtree(target)
    else:
        _damage(target, "truncate")
    with pytest.raises(IndexStateError, match="--rebuild"):
        QA(index_dir, encoder=HashEncoder() if name == "manifest.json" else None)
    code = main(["ask", GOOD, "--index-dir", str(index_dir)])
    line = _one_error_line(capsys.readouterr().err)
    assert code == 1 and "--rebuild" in line and str(index_dir) in line


def test_the_rebuild_the_damage_message_names_repairs_the_index(seed_index_dir, tmp_path, capsys, encoder):
    index_dir = _copy(seed_index_dir, tmp_path / "idx")
    _damage(_segment_file(index_dir, "chunk_vectors.npy"), "truncate")
    assert main(["ask", GOOD, "--index-dir", str(index_dir)]) == 1
    command = capsys.readouterr().err.split("`")[3]  # after qa check --repair: qa index DOCS_DIR ... --rebuild
    assert command.startswith("qa index DOCS_DIR") and command.endswith("--rebuild")
    args = command.split()[1:]
    assert main([SEEDS.as_posix() if a == "DOCS_DIR" else a for a in args] + ["--quiet"]) == 0
    assert QA(index_dir, encoder=encoder).answer(GOOD).span == "over 14,000"


@pytest.mark.parametrize("change, message", [
    ({"model": "sentence-transformers/other-model"}, "built with model"),
    ({"dimension": 768}, "built with dimension"),
    ({"format_version": 0}, "format version 0"),
    ({"format_version": 999}, "format version 999"),
    ({"tokenizer": 1}, "older qa"),
])
def test_an_index_built_differently_is_refused_by_qa_ask_in_one_line(seed_index_dir, tmp_path, capsys,
                                                                     change, message):
    index_dir = _copy(seed_index_dir, tmp_path / "idx")
    manifest_path = _generation(index_dir) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest_path.write_text(json.dumps(seal({**manifest, **change})), encoding="utf-8")  # as built so
    code = main(["ask", GOOD, "--index-dir", str(index_dir)])
    line = _one_error_line(capsys.readouterr().err)
    assert code == 1 and message in line and "qa index" in line


def test_an_index_of_the_test_encoder_is_refused_by_the_real_model(hash_index, encoder):
    with pytest.raises(IndexStateError, match="built with model 'test/hash-encoder'.*--rebuild"):
        QA(hash_index, encoder=encoder)


@pytest.mark.parametrize("where", ["missing", "empty folder", "a file"])
def test_qa_ask_without_an_index_says_how_to_build_one(tmp_path, capsys, where):
    index_dir = tmp_path / "idx"
    if where == "empty folder":
        index_dir.mkdir()
    elif where == "a file":
        index_dir.write_text("not a folder", encoding="utf-8")
    code = main(["ask", GOOD, "--index-dir", str(index_dir)])
    line = _one_error_line(capsys.readouterr().err)
    assert code == 1 and ("qa index" in line or "--index-dir" in line)
    assert "permission" not in line  # root may read anything: the message must not blame access


# ---------------------------------------------------------------- read-only

@pytest.fixture
def read_only_index(seed_index_dir):
    """A copy of the seed index in a folder nobody may write (but anyone may read)."""
    base = Path(tempfile.mkdtemp(prefix="qa-read-only-"))
    base.chmod(0o755)
    index_dir = _copy(seed_index_dir, base / "idx")
    for path in [index_dir, *index_dir.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    yield index_dir
    for path in [index_dir, *index_dir.rglob("*")]:
        path.chmod(0o755)
    shutil.rmtree(base)


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in [folder, *folder.rglob("*")]}


def test_a_read_only_index_is_loaded_and_answers(read_only_index, encoder):
    encoder.encode_one("load the model before giving up privileges")
    Reader().load()  # and the reader: both are exported into this (root) user's own cache
    before = _snapshot(read_only_index)
    with unprivileged():
        with pytest.raises(PermissionError):  # really read-only for this user
            (read_only_index / "probe").write_text("x", encoding="utf-8")
        qa = QA(read_only_index, encoder=encoder)
        answer = qa.answer(GOOD)
    assert answer.found and answer.span == "over 14,000"
    assert _snapshot(read_only_index) == before  # loading and answering wrote nothing


def test_qa_index_into_a_read_only_folder_says_so_in_one_line(read_only_index, capsys):
    docs = read_only_index.parent / "docs"
    shutil.copytree(SEEDS, docs)
    (docs / "new.txt").write_text("A new document about rice exports.", encoding="utf-8")
    for path in [docs, *docs.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    before = _snapshot(read_only_index)
    with unprivileged():
        code = main(["index", str(docs), "--index-dir", str(read_only_index), "--quiet"])
    line = _one_error_line(capsys.readouterr().err)
    assert code == 1 and "cannot write" in line and str(read_only_index) in line
    assert _snapshot(read_only_index) == before
    assert len(load_index(read_only_index).documents) == 5
