"""HTML, PDF and Word files: the text qa indexes, titles, PDF pages, and skipping what cannot be read."""
from __future__ import annotations

import io
import sys
import warnings

import pytest

from qa.indexing.formats import PAGE_SEPARATOR, Unreadable, read_docx, read_html, read_pdf
from qa.indexing.ingest import SkippedFile, page_of, read_documents
from qa.types import Document

PAGE = """<!DOCTYPE html>
<html><head>
  <title>River  Report &amp; Notes</title>
  <style>p { color: red }</style>
  <script>var hidden = "script text";</script>
</head><body>
  <nav><a href="/">Home</a></nav>
  <h1>The Mekong Dam</h1>
  <p>The dam produces <b>42 megawatts</b>
     of power.</p><p>It opened in 2021.</p>
  <template><p>template text</p></template>
  <noscript>noscript text</noscript>
  <ul><li>First item</li><li>Second &lt;item&gt;</li></ul>
  <div>Line one<br>Line two</div>
</body></html>"""


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A real PDF, written by hand: one text line per string, each page in Helvetica.

    Offsets in the cross-reference table are computed, so pypdf reads it without repairs.
    """
    font = 3 + 2 * len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{3 + 2 * i} 0 R' for i in range(len(pages)))}] "
               f"/Count {len(pages)} >>".encode()]
    for i, lines in enumerate(pages):
        escaped = (line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines)
        stream = "\n".join(["BT /F1 12 Tf 14 TL 72 720 Td", *(f"({line}) Tj T*" for line in escaped), "ET"])
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream.encode("latin-1")))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    info = ""
    if title:
        objects.append(f"<< /Title ({title}) >>".encode("latin-1"))
        info = f" /Info {len(objects)} 0 R"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REPORT_PAGES = [
    ["Mekong Power Report", "The Xayaburi dam on the Mekong produces 1,285 megawatts of", "electricity for Thailand."],
    ["Page two begins here.", "The fish ladder was completed in 2019."],
    [],  # a blank page still counts
    ["The last page mentions sediment."],
]


def make_docx(title: str = "", heading: str | None = "Water Plan") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph("Draft for comment")
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph("The reservoir holds 3 million litres.")
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "Year", (0, 1): "Flow", (1, 0): "2020", (1, 1): "12"}.items():
        table.cell(row, col).text = value
    document.add_paragraph("")
    document.add_paragraph("Closing paragraph.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- HTML

def test_html_keeps_visible_text_one_line_per_block():
    extracted = read_html(PAGE.encode("utf-8"))
    assert extracted.text == ("Home\nThe Mekong Dam\nThe dam produces 42 megawatts of power.\nIt opened in 2021.\n"
                              "First item\nSecond <item>\nLine one\nLine two")
    for hidden in ("script text", "color", "template text", "noscript text", "River"):
        assert hidden not in extracted.text


def test_html_table_rows_are_lines_of_cells_and_ordered_lists_keep_their_numbers():
    html = ("<table><tr><th>Country</th><th>Standard</th></tr><tr><td>Germany</td><td> €5.95 </td></tr></table>"
            "<ol><li>Peel.</li><li>Cut <b>it</b>.</li></ol><ol start='4'><li>Roast.</li></ol><ul><li>Serve.</li></ul>")
    assert read_html(html.encode("utf-8")).text == (
        "Country | Standard\nGermany | €5.95\n1. Peel.\n2. Cut it.\n4. Roast.\nServe.")


@pytest.mark.parametrize("html, title", [
    (PAGE, "River Report & Notes"),
    ("<body><p>intro</p><h2>Second  level</h2><h1>Later</h1></body>", "Second level"),
    ("<title>   </title><h3><img src=x></h3><h3>Real heading</h3>", "Real heading"),
    ("<p>No title at all.</p>", None),
])
def test_html_title_is_the_title_tag_else_the_first_heading(html, title):
    assert read_html(html.encode("utf-8")).title == title


def test_html_in_a_declared_encoding_is_read_and_undeclared_non_utf8_is_not():
    declared = '<meta charset="windows-1252"><p>Café crème</p>'.encode("cp1252")
    assert read_html(declared).text == "Café crème"
    with pytest.raises(Unreadable, match="not UTF-8"):
        read_html("<p>Café crème</p>".encode("cp1252"))
    with pytest.raises(Unreadable, match="binary"):
        read_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


# ---------------------------------------------------------------- PDF

def test_pdf_text_is_the_pages_joined_and_pages_record_their_start():
    extracted = read_pdf(make_pdf(REPORT_PAGES, title="Dam Report"))
    text, pages = extracted.text, extracted.pages
    assert extracted.title == "Dam Report"
    assert len(pages) == 4 and pages[0] == 0
    # a line the PDF broke mid-sentence is joined, so the sentence stays whole
    assert "The Xayaburi dam on the Mekong produces 1,285 megawatts of electricity for Thailand." in text
    assert text[pages[1]:].startswith("Page two begins here.")
    assert text[pages[1] - len(PAGE_SEPARATOR):pages[1]] == PAGE_SEPARATOR
    assert pages[2] == pages[1] + len("Page two begins here.\nThe fish ladder was completed in 2019.\n\n")
    assert text[pages[3]:] == "The last page mentions sediment."


def test_page_of_maps_offsets_to_one_based_pages():
    extracted = read_pdf(make_pdf(REPORT_PAGES))
    doc = Document("r.pdf", extracted.text, "R", pages=extracted.pages)
    assert page_of(doc, 0) == 1
    assert page_of(doc, extracted.text.index("1,285")) == 1
    assert page_of(doc, extracted.text.index("fish ladder")) == 2
    assert page_of(doc, extracted.text.index("sediment")) == 4  # page 3 is blank, so nothing starts there
    assert page_of(Document("a.txt", "plain", "A"), 0) is None


def test_an_encrypted_pdf_is_unreadable_but_one_with_an_empty_password_is_read():
    from pypdf import PdfReader, PdfWriter

    def encrypted(user_password: str) -> bytes:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(REPORT_PAGES))))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    with pytest.raises(Unreadable, match="encrypted"):
        read_pdf(encrypted("secret"))
    assert "fish ladder" in read_pdf(encrypted("")).text


@pytest.mark.parametrize("raw, reason", [
    (make_pdf(REPORT_PAGES)[:300], "not a readable PDF"),
    (b"%PDF-1.4\nthis is not really a pdf", "not a readable PDF"),
    (make_pdf([[], []]), "no text layer"),
])
def test_damaged_or_textless_pdfs_are_unreadable(raw, reason):
    with pytest.raises(Unreadable, match=reason):
        read_pdf(raw)


# ---------------------------------------------------------------- Word

def test_docx_paragraphs_and_table_rows_become_lines():
    extracted = read_docx(make_docx())
    assert extracted.text == ("Draft for comment\nWater Plan\nThe reservoir holds 3 million litres.\n"
                              "Year | Flow\n2020 | 12\nClosing paragraph.")
    assert extracted.pages == ()


@pytest.mark.parametrize("title, heading, expected", [
    ("Properties Title", "Water Plan", "Properties Title"),
    ("", "Water Plan", "Water Plan"),
    ("", None, None),
])
def test_docx_title_is_the_core_property_else_the_first_heading(title, heading, expected):
    assert read_docx(make_docx(title, heading)).title == expected


# ---------------------------------------------------------------- the folder

def test_read_documents_reads_every_format_with_ids_titles_and_pages(tmp_path):
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "page.HTML").write_text(PAGE, encoding="utf-8")
    (tmp_path / "short.htm").write_text("<h2>Only a heading</h2><p>Body text.</p>", encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(make_pdf(REPORT_PAGES))
    (tmp_path / "plan.docx").write_bytes(make_docx())
    (tmp_path / "notes.txt").write_text("Notes\n\nPlain text.", encoding="utf-8")
    docs = {d.doc_id: d for d in read_documents(tmp_path)}
    assert sorted(docs) == ["notes.txt", "plan.docx", "report.pdf", "short.htm", "web/page.HTML"]
    assert docs["web/page.HTML"].title == "River Report & Notes"
    assert docs["short.htm"].title == "Only a heading"
    assert docs["report.pdf"].title == "Mekong Power Report"  # no metadata title: the first line
    assert docs["plan.docx"].title == "Water Plan"
    assert docs["report.pdf"].pages == read_pdf(make_pdf(REPORT_PAGES)).pages
    assert docs["notes.txt"].pages == () and docs["web/page.HTML"].pages == ()


def test_unreadable_files_of_every_format_are_skipped_with_a_warning_naming_them(tmp_path, monkeypatch):
    (tmp_path / "good.html").write_text("<p>Fine.</p>", encoding="utf-8")
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.4\nnot a pdf at all")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin.htm").write_bytes("<p>Café</p>".encode("cp1252"))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "scripts-only.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = read_documents(tmp_path)
    messages = [str(w.message) for w in caught if issubclass(w.category, SkippedFile)]
    assert [d.doc_id for d in docs] == ["good.html"]
    for name, reason in [("corrupt.pdf", "not a readable PDF"), ("image.html", "binary"),
                         ("latin.htm", "not UTF-8"), ("broken.docx", "not a readable Word document"),
                         ("scripts-only.html", "empty")]:
        assert [m for m in messages if m.startswith(f"skipped {name}: ") and reason in m and "\n" not in m], name


def test_reading_text_files_imports_no_format_library(tmp_path):
    import subprocess

    (tmp_path / "a.txt").write_text("Plain.", encoding="utf-8")
    code = ("import sys; from qa.indexing.ingest import read_documents; read_documents(sys.argv[1]); "
            "print(sorted(m for m in ('pypdf', 'docx', 'bs4', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- end to end

def test_a_question_is_answered_from_a_pdf_with_a_verbatim_quote(tmp_path, encoder):
    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "energy.pdf").write_bytes(make_pdf(REPORT_PAGES))
    (docs / "city.html").write_text(
        "<title>City news</title><p>The new library in Vientiane opened on Monday.</p>"
        "<p>It holds 20,000 books in Lao and English.</p>", encoding="utf-8")
    build_index(docs, tmp_path / "idx", Config(), encoder, progress=False)
    qa = QA(tmp_path / "idx", encoder=encoder)

    answer = qa.answer("How many megawatts does the Xayaburi dam produce?")
    assert answer.found
    assert "1,285" in answer.text
    first = answer.citations[0]
    assert first.doc_id == "energy.pdf" and first.page == 1  # pages survive saving and loading the index
    assert qa.answer("How many books does the library hold?").citations[0].page is None  # HTML: no pages
    for citation in answer.citations:
        assert citation.quote == qa.document(citation.doc_id).text[citation.start:citation.end]
    assert answer.text in qa.document("energy.pdf").text


@pytest.mark.parametrize("page, shown", [(3, "page 3"), (None, None)])
def test_the_page_is_shown_in_the_cli_and_the_chat_only_for_pdfs(page, shown):
    from qa.app.render import answer_text
    from qa.types import Answer, Citation
    from qa.app.render import source_message as _source

    citation = Citation("r.pdf", "Report", None, 0, 11, "Dam output.", 0.9, page=page)
    outputs = [answer_text(Answer("Q?", "Dam output.", True, 0.8, [citation])), _source(1, citation)]
    for output in outputs:
        assert ("page" in output) == (shown is not None)
        if shown:
            assert shown in output
