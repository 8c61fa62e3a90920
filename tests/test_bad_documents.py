"""Bad documents: each is skipped or read with a warning naming it, never a traceback, and the index survives.

Covered elsewhere and not repeated here: a NUL-byte binary .txt, a Windows-1252 .txt, a blank
.txt and an empty or missing folder for ``read_documents`` (test_ingest.py); damaged PDF, Word
and HTML files (test_formats.py).
"""
from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

from conftest import SEEDS
from qa.indexing.chunking import chunk_document
from qa.cli import main
from qa.config import Config
from qa.errors import DocumentsError
from qa.indexing.index import build_index, load_index, status
from qa.indexing.ingest import MAX_FILE_BYTES, SkippedFile, file_hash, read_documents
from qa.text import MAX_SENTENCE_CHARS, split_sentences
from qa.types import Document

NOBODY = 65534


def _build(docs, index_dir, encoder, **kw):
    return build_index(docs, index_dir, Config(), encoder, progress=False, **kw)


def _skipped_messages(docs_dir: Path) -> tuple[list[Document], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = read_documents(docs_dir)
    return docs, [str(w.message) for w in caught if issubclass(w.category, SkippedFile)]


@contextlib.contextmanager
def unprivileged():
    """Run the block as a user without root's power to read anything.

    As root, chmod 000 does not stop reading, so the block runs with the effective user id
    of ``nobody`` (a real permission check by the kernel, not a simulated error); as any other
    user it runs unchanged.
    """
    if os.geteuid() != 0:
        yield
        return
    try:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    except OSError as exc:
        pytest.skip(f"running as root and cannot drop to user nobody ({exc}), so chmod cannot deny reading")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_dir():
    """A folder any user may enter and write (tmp_path's parents are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="qa-bad-docs-"))
    path.chmod(0o777)
    yield path
    for p in path.rglob("*"):
        if not p.is_symlink():
            p.chmod(0o777)
    shutil.rmtree(path)


# ---------------------------------------------------------------- one file at a time

@pytest.mark.parametrize("name, raw, reason", [
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary"),
    ("no-nul.txt", bytes(random.Random(8).choices(range(1, 256), k=4000)), "binary"),
    ("utf16-no-bom.md", "Plain words in UTF-16.".encode("utf-16-le"), "UTF-16"),
    ("bad-bom.txt", b"\xff\xfe\x00\xd8", "byte-order mark"),
    ("zero.txt", b"", "empty"),
])
def test_a_file_that_is_not_text_is_skipped_with_a_warning_naming_it(tmp_path, name, raw, reason):
    (tmp_path / "good.txt").write_text("A good file.", encoding="utf-8")
    (tmp_path / name).write_bytes(raw)
    docs, messages = _skipped_messages(tmp_path)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [m for m in messages if m.startswith(f"skipped {name}: ") and reason in m and "\n" not in m], messages


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding):
    text = "Vientiane has 20,000 books.\nCafé “quotes” and 越南."
    (tmp_path / "notes.txt").write_bytes(text.encode(encoding))
    docs, messages = _skipped_messages(tmp_path)
    assert [d.text for d in docs] == [text] and messages == []


def test_windows_1252_bytes_it_does_not_define_are_read_as_replacement_characters(tmp_path):
    (tmp_path / "old.txt").write_bytes(b"Price \x80 5, quote \x93ok\x94 and \x81 undefined.")
    docs, messages = _skipped_messages(tmp_path)
    assert docs[0].text == "Price € 5, quote “ok” and \ufffd undefined."
    assert messages == ["old.txt is not UTF-8; read it as Windows-1252"]


def test_a_file_over_the_size_limit_is_skipped_without_being_read(tmp_path):
    (tmp_path / "good.txt").write_text("A good file.", encoding="utf-8")
    with open(tmp_path / "huge.txt", "wb") as f:  # sparse: no disk used
        f.truncate(MAX_FILE_BYTES + 1)
    docs, messages = _skipped_messages(tmp_path)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [m for m in messages if m.startswith("skipped huge.txt: ") and "MB" in m and "split it" in m]


# ---------------------------------------------------------------- a huge single line

@pytest.mark.parametrize("unit", ["The dam holds water. ", "word ", "x"])
def test_a_5_mb_line_splits_into_bounded_verbatim_sentences_and_chunks(unit):
    text = unit * (5 * 2**20 // len(unit))  # no newline anywhere
    spans = split_sentences(text)
    assert spans and all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans[:1000])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # in order, never overlapping
    covered = sum(e - s for s, e in spans) + text.count(" ")
    assert covered >= len(text) - len(spans)  # nothing but white space is left out
    chunks = chunk_document(Document("big.txt", text, "t"), 700, 1, sentences=spans)
    assert all(len(c.text) <= MAX_SENTENCE_CHARS and text[c.start:c.end] == c.text for c in chunks)


def test_a_5_mb_single_line_file_is_indexed_and_searchable(tmp_path, hash_encoder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "big.txt").write_text(("lorem ipsum dolor sit amet " * 200_000)[:5 * 2**20], encoding="utf-8")
    (docs / "small.txt").write_text("The Mekong river is long. Fish swim in it.", encoding="utf-8")
    report = _build(docs, tmp_path / "idx", hash_encoder)
    index = load_index(tmp_path / "idx")
    assert set(index.documents) == {"big.txt", "small.txt"} and report.chunks == len(index.chunks)
    assert max(len(c.text) for c in index.chunks) <= MAX_SENTENCE_CHARS
    assert all(index.documents[c.doc_id].text[c.start:c.end] == c.text for c in index.chunks)


# ---------------------------------------------------------------- links and permissions

def test_a_symlink_loop_is_not_followed_and_linked_files_are_read_once(tmp_path, hash_encoder):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text("Alpha text about rice.", encoding="utf-8")
    (docs / "sub" / "b.txt").write_text("Beta text about fish.", encoding="utf-8")
    (docs / "sub" / "up").symlink_to("..", target_is_directory=True)  # a loop: docs/sub/up/sub/up/...
    (docs / "self").symlink_to(docs, target_is_directory=True)
    (docs / "gone.txt").symlink_to(tmp_path / "deleted.txt")  # a broken link
    docs_found, messages = _skipped_messages(docs)
    assert [d.doc_id for d in docs_found] == ["a.txt", "sub/b.txt"]
    assert [m for m in messages if m.startswith("skipped gone.txt: ") and "link" in m]
    _build(docs, tmp_path / "idx", hash_encoder)
    assert set(load_index(tmp_path / "idx").documents) == {"a.txt", "sub/b.txt"}
    assert status(docs, tmp_path / "idx", Config(), hash_encoder) == "fresh"  # the broken link is remembered


def test_a_file_without_read_permission_is_skipped_then_indexed_once_readable(open_dir, hash_encoder, capsys):
    docs = open_dir / "docs"
    docs.mkdir(mode=0o777)
    (docs / "open.txt").write_text("Open text about rice.", encoding="utf-8")
    locked = docs / "locked.txt"
    locked.write_text("Locked text about fish.", encoding="utf-8")
    locked.chmod(0)
    index_dir = open_dir / "idx"
    with unprivileged():
        assert file_hash(locked).startswith("unreadable")
        read, messages = _skipped_messages(docs)
        _build(docs, index_dir, hash_encoder)
        fresh = status(docs, index_dir, Config(), hash_encoder)
        index = load_index(index_dir)
    assert [d.doc_id for d in read] == ["open.txt"]
    assert [m for m in messages if m.startswith("skipped locked.txt: ") and "permission" in m], messages
    assert "skipped locked.txt" in capsys.readouterr().out  # the build tells the user too
    assert set(index.documents) == {"open.txt"} and fresh == "fresh"
    locked.chmod(0o644)
    assert status(docs, index_dir, Config(), hash_encoder) == "stale"  # readable now: the next sync takes it
    _build(docs, index_dir, hash_encoder)
    assert set(load_index(index_dir).documents) == {"open.txt", "locked.txt"}


# ---------------------------------------------------------------- nothing to index

@pytest.mark.parametrize("folder", ["empty", "only-bad", "missing", "a-file.txt"])
def test_qa_index_of_a_folder_with_nothing_readable_fails_in_one_line_and_keeps_the_index(
        tmp_path, hash_encoder, capsys, folder):
    docs = tmp_path / folder
    if folder == "a-file.txt":
        docs.write_text("A file where a folder should be.", encoding="utf-8")
    elif folder != "missing":
        docs.mkdir()
    if folder == "only-bad":
        (docs / "blob.txt").write_bytes(b"\x00\x01binary")
        (docs / "blank.md").write_text("  \n", encoding="utf-8")
        (docs / "notes.csv").write_text("a,b", encoding="utf-8")
    index_dir = tmp_path / "idx"
    _build(SEEDS, index_dir, hash_encoder)
    before = set(load_index(index_dir).documents)
    with pytest.raises(DocumentsError, match="does not exist|no readable documents|is a file, not a"):
        _build(docs, index_dir, hash_encoder)
    capsys.readouterr()
    code = main(["index", str(docs), "--index-dir", str(index_dir), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    error_lines = [line for line in err.splitlines() if line.startswith("qa: error:")]
    assert len(error_lines) == 1 and "Traceback" not in err
    assert any(fix in error_lines[0] for fix in (".txt", "existing folder", "pass its folder"))  # names the fix
    assert set(load_index(index_dir).documents) == before


def test_a_word_file_that_would_unpack_too_large_is_skipped(tmp_path, monkeypatch):
    import io

    import docx

    from qa.indexing import formats

    document = docx.Document()
    document.add_paragraph("The reservoir holds 3 million litres. " * 60_000)  # ~2.3 MB of XML, zipped small
    out = io.BytesIO()
    document.save(out)
    (tmp_path / "bomb.docx").write_bytes(out.getvalue())
    (tmp_path / "good.txt").write_text("A good file.", encoding="utf-8")
    assert len(out.getvalue()) < 200_000
    monkeypatch.setattr(formats, "MAX_UNPACKED_BYTES", 2**20)  # the real limit is 500 MB
    docs, messages = _skipped_messages(tmp_path)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [m for m in messages if m.startswith("skipped bomb.docx: ") and "unpack" in m], messages
    monkeypatch.setattr(formats, "MAX_UNPACKED_BYTES", 10 * 2**20)
    assert "3 million litres" in formats.read_docx(out.getvalue()).text
