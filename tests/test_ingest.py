import warnings
from pathlib import Path

import pytest

from qa.errors import DocumentsError
from qa.indexing.ingest import SkippedFile, find_date, find_title, read_documents


@pytest.mark.parametrize("text, title", [
    ("MOIT VIETNAM | Vietnam-Laos: A Special Bond\n\n/ News\n", "Vietnam-Laos: A Special Bond"),
    (" date 2023-10-29 Vietnam's foreign affairs grew. More text.", "Vietnam's foreign affairs grew"),
    ("Increasingly deep relationship\n\nThe body starts here.", "Increasingly deep relationship"),
    ("# Markdown Heading\n\nBody.", "Markdown Heading"),
    ("\n\n   \n", "fallback"),
])
def test_title_is_a_headline_not_a_dateline(text, title):
    assert find_title(text, Path("fallback.txt")) == title


def test_a_long_first_sentence_is_shortened_for_the_title():
    title = find_title("word " * 60 + "end.", Path("x.txt"))
    assert title.endswith("…") and len(title) <= 91


@pytest.mark.parametrize("text, date", [
    (" date 2023-10-29 Vietnam's foreign affairs", "2023-10-29"),
    ("Title\n\n13th September 2023 post by MOIT Vietnam", "2023-09-13"),
    ("Title\n\nOn June 24, 2024, they met.", "2024-06-24"),
    ("A text with no date at all.", None),
    ("Born 2023-13-45 is not a date", None),
])
def test_date_is_found_near_the_top(text, date):
    assert find_date(text) == date


def test_read_documents_keeps_text_exactly_and_ids_relative(tmp_path):
    (tmp_path / "sub").mkdir()
    raw = "Title line\r\n\r\nBody with “quotes” and  two spaces.\n"
    (tmp_path / "sub" / "a.txt").write_bytes(raw.encode("utf-8"))
    (tmp_path / "b.md").write_text("# B\n\nText.", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x,y", encoding="utf-8")
    docs = read_documents(tmp_path)
    assert [d.doc_id for d in docs] == ["b.md", "sub/a.txt"]
    assert docs[1].text == (tmp_path / "sub" / "a.txt").read_bytes().decode("utf-8")


def test_unreadable_files_are_skipped_with_a_warning_naming_them(tmp_path):
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Café crème.".encode("cp1252"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = read_documents(tmp_path)
    messages = " | ".join(str(w.message) for w in caught if issubclass(w.category, SkippedFile))
    assert [d.doc_id for d in docs] == ["good.txt", "latin.txt"]
    assert docs[1].text == "Café crème."
    assert "binary.txt" in messages and "empty.txt" in messages and "latin.txt" in messages


def test_an_empty_or_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DocumentsError, match="no readable documents"):
        read_documents(tmp_path)
    with pytest.raises(DocumentsError, match="does not exist"):
        read_documents(tmp_path / "nope")
