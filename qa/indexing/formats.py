"""Bytes of an HTML, PDF or Word file -> the plain text qa indexes, a title, page offsets.

The text returned here becomes ``Document.text`` itself, so every citation's
offsets point into it and a quote is always a slice of it. Readers never
guess at layout beyond what sentence splitting needs: block elements, pages
and paragraphs become line breaks. Plain text is read in ``ingest``; this
module only knows the richer formats. The libraries for PDF (pypdf) and
Word (python-docx) are imported only when such a file is read.
"""
from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

PAGE_SEPARATOR = "\n\n"  # between the texts of two PDF pages


class Unreadable(Exception):
    """This file cannot be indexed; the message says why, as a clause ("it is encrypted")."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None  # from markup or metadata; None lets ingest find one in the text
    pages: tuple[int, ...] = ()  # start offset of each page in `text`, PDFs only


# ---------------------------------------------------------------- HTML

# Elements whose start or end breaks the line, so paragraphs, headings, list
# items and table rows never run together into one sentence. A table row is one
# line, its cells separated by " | " as in Word and Markdown tables: a cell alone
# on its line ("€5.95") lost the row that says what it is the price of.
_BLOCKS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol option p pre section summary "
    "table tbody tfoot thead tr ul".split())
_CELLS = ("td", "th")
# Elements whose content is never shown as text on the page.
_HIDDEN = frozenset("script style template noscript svg iframe".split())
_HEADINGS = ("h1", "h2", "h3")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class _VisibleText(HTMLParser):
    """Collects the text a browser would show, one line per block, plus <title> and the first h1-h3."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []  # open elements whose content is not shown
        self.pre = 0
        self.title_parts: list[str] | None = None  # collecting while inside <title>
        self.title = ""
        self.heading: list[str] | None = None  # collecting while inside the first h1-h3
        self.first_heading = ""
        self.cells = 0  # cells begun in the open table row
        self.lists: list[int | None] = []  # per open list: the last item's number (<ol>), None (<ul>)

    def handle_starttag(self, tag, attrs):
        if tag == "title" and not self.title:
            self.title_parts = []
        elif tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag in _HEADINGS and not self.first_heading and self.heading is None and not self.hidden:
            self.heading = []
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self.pre += 1
        elif tag == "tr":
            self.cells = 0
        elif tag in _CELLS:
            self.parts.append(" | " if self.cells else "")
            self.cells += 1
        elif tag in ("ol", "ul"):
            start = dict(attrs).get("start") or "1"
            self.lists.append(int(start) - 1 if tag == "ol" and start.isdigit() else None)
        elif tag == "li" and self.lists and self.lists[-1] is not None and not self.hidden:
            self.lists[-1] += 1  # the number a browser shows before the item: "What is the third step?"
            self.parts.append(f"{self.lists[-1]}. ")

    def handle_endtag(self, tag):
        if tag == "title" and self.title_parts is not None:
            self.title = _collapse("".join(self.title_parts))
            self.title_parts = None
        elif self.hidden and tag == self.hidden[-1]:
            self.hidden.pop()
        elif tag in _HEADINGS and self.heading is not None:
            self.first_heading = _collapse("".join(self.heading))  # an empty one lets the next one try
            self.heading = None
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "pre" and self.pre:
            self.pre -= 1
        elif tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def handle_data(self, data):
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.hidden:
            return
        if self.heading is not None and not self.first_heading:
            self.heading.append(data)
        self.parts.append(data if self.pre else _HTML_SPACE.sub(" ", data))

    def text(self) -> str:
        lines = (_collapse(line) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def read_html(raw: bytes) -> Extracted:
    """Visible text of an HTML page, one line per block element; title from <title>, else the first h1-h3.

    Example: b"<title>T</title><p>One <b>two</b></p><script>x()</script><p>Three</p>" -> "One two\\nThree"
    """
    parser = _VisibleText()
    parser.feed(_decode_html(raw))
    parser.close()
    return Extracted(text=parser.text(), title=parser.title or parser.first_heading or None)


def _decode_html(raw: bytes) -> str:
    """UTF-8, or the encoding the page declares in a <meta> tag; anything else is unreadable."""
    if b"\x00" in raw[:8192]:
        raise Unreadable("it looks binary, not HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise Unreadable(f"it is not valid {declared.group(1).decode('ascii')}, the encoding it declares") from None
    raise Unreadable("it is not UTF-8 and declares no other encoding in a <meta charset> tag")


# ---------------------------------------------------------------- PDF

# A layout line break inside a sentence: the next line starts in lower case.
_HYPHEN_BREAK = re.compile(r"(?<=\w-)[ \t]*\n[ \t]*(?=[a-z])")
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*(?=[a-z])")


def read_pdf(raw: bytes) -> Extracted:
    """The text of every page, joined by PAGE_SEPARATOR, with each page's start offset.

    Lines that a PDF broke inside a sentence (the next line starts in lower case) are joined,
    because sentence splitting treats every line break as a boundary.
    """
    from pypdf import PdfReader

    # pypdf logs what it repairs ("EOF marker not found") without naming the file; the
    # SkippedFile warning, which does, is what a user should see.
    pypdf_log = logging.getLogger("pypdf")
    level, pypdf_log.level = pypdf_log.level, logging.ERROR
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("it is encrypted with a password")
        page_texts = [_unwrap((page.extract_text() or "").strip()) for page in reader.pages]
        title = (reader.metadata.title or "").strip() if reader.metadata else ""
    except Unreadable:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a damaged file; none should stop indexing
        raise Unreadable(f"it is not a readable PDF ({type(exc).__name__}: {exc})") from None
    finally:
        pypdf_log.setLevel(level)
    if not any(page_texts):
        raise Unreadable("it has no text layer (a scanned PDF needs OCR first)")
    pages, offset = [], 0
    for text in page_texts:
        pages.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return Extracted(text=PAGE_SEPARATOR.join(page_texts), title=title or None, pages=tuple(pages))


def _unwrap(text: str) -> str:
    """Example: "a sen-\\ntence that\\ngoes on.\\nNext" -> "a sen-tence that goes on.\\nNext" """
    return _SOFT_BREAK.sub(" ", _HYPHEN_BREAK.sub("", text))


# ---------------------------------------------------------------- Word

# A .docx is a zip; one that would unpack to more than this (a "zip bomb") is not opened.
MAX_UNPACKED_BYTES = 500 * 2**20


def read_docx(raw: bytes) -> Extracted:
    """Paragraphs and table rows in document order, one per line; title from the document
    properties, else the first paragraph styled Title or Heading."""
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:  # not a zip at all: python-docx would say the same
        raise Unreadable(f"it is not a readable Word document ({type(exc).__name__}: {exc})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise Unreadable(f"it would unpack to {unpacked / 2**20:,.0f} MB, more than the "
                         f"{MAX_UNPACKED_BYTES // 2**20} MB qa opens")
    try:
        document = docx.Document(io.BytesIO(raw))
        lines, heading = [], None
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                lines.extend(_table_rows(block))
                continue
            text = block.text.strip()
            lines.append(text)
            style = block.style.name if block.style is not None else ""
            if text and heading is None and (style == "Title" or style.startswith("Heading")):
                heading = text
        title = (document.core_properties.title or "").strip() or heading
    except Exception as exc:  # a damaged or encrypted file raises zip, XML or package errors
        raise Unreadable(f"it is not a readable Word document ({type(exc).__name__}: {exc})") from None
    return Extracted(text="\n".join(line for line in lines if line), title=title)


def _table_rows(table) -> list[str]:
    """One line per row, cells separated by " | "; a merged cell is written once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_collapse(cell.text))
        rows.append(" | ".join(c for c in cells if c))
    return rows


READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".html": read_html, ".htm": read_html, ".pdf": read_pdf, ".docx": read_docx,
}
