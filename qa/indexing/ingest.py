"""Files -> Document: decode, keep the text exactly as read, find a title and a date.

Plain text (.txt, .md) is kept exactly as decoded; HTML, PDF and Word files
become the text ``qa.indexing.formats`` extracts, and that text is the Document's, so
offsets stay true for every format. Only reading happens here; splitting and
indexing are later stages. Files that cannot be read are skipped with a
warning that names the file and the reason: no permission, a broken link,
binary content under a text name, more than ``MAX_FILE_BYTES``, nothing in it.
Text that is not UTF-8 is read as Windows-1252, with a warning; UTF-16 and
UTF-32 files with a byte-order mark are read as such. Folders reached through a
symbolic link are not entered (so a link to a parent cannot loop); linked files are read.
"""
from __future__ import annotations

import bisect
import codecs
import hashlib
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..config import SUPPORTED_SUFFIXES
from ..errors import DocumentsError
from ..text import DATELINE, MONTH_NAMES
from ..types import Document
from .formats import READERS, Extracted, Unreadable

MAX_TITLE_CHARS = 90
MAX_FILE_BYTES = 100 * 2**20  # larger files are skipped: reading one whole would risk the memory
_BINARY_SHARE = 0.10  # text whose first 8,192 characters are more control characters than this is binary
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # UTF-32 first: its LE BOM
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # starts with UTF-16's

_MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\s*,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\b")
_SITE_PREFIX = re.compile(r"^[^|]{2,40}\|\s*")  # "MOIT VIETNAM | Title" -> "Title"


class SkippedFile(UserWarning):
    """A file in the documents folder was not indexed; the message says why."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    doc_id: str


def find_files(docs_dir: Path) -> list[SourceFile]:
    """Every supported file under ``docs_dir``, recursively, sorted by id.

    Hidden files and folders (a name starting with ".", such as ``.git/`` or the
    ``.removed/`` folder that qa.indexing.index moves removed documents to) are left out.
    """
    docs_dir = Path(docs_dir)
    if docs_dir.exists() and not docs_dir.is_dir():
        raise DocumentsError(f"{str(docs_dir)!r} is a file, not a documents folder; pass its folder "
                             "(qa index DOCS_DIR) or set QA_DOCS_DIR")
    if not docs_dir.is_dir():
        raise DocumentsError(f"documents folder {str(docs_dir)!r} does not exist; "
                             "pass an existing folder (qa index DOCS_DIR) or set QA_DOCS_DIR")
    found = []
    # rglob does not enter symbolically linked folders, so a link to a parent cannot loop.
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if any(part.startswith(".") for part in path.relative_to(docs_dir).parts):
            continue
        if path.is_file() or (path.is_symlink() and not path.exists()):  # a broken link is reported when read
            found.append(SourceFile(path, path.relative_to(docs_dir).as_posix()))
    return found


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, read in blocks; for a file that cannot be read, a marker naming the reason.

    The marker lets an unreadable file be recorded as skipped and noticed again once it can be read.
    """
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(2**20), b""):
                digest.update(block)
    except OSError as exc:
        return f"unreadable: {exc.strerror or type(exc).__name__}"
    return digest.hexdigest()


def read_document(source: SourceFile) -> Document | None:
    """The Document for one file, or None (with a SkippedFile warning) if it cannot be read."""
    raw = _read_bytes(source)
    if raw is None:
        return None
    read = READERS.get(source.path.suffix.lower())
    try:
        extracted = read(raw) if read else _read_plain_text(raw, source.doc_id)
    except Unreadable as exc:
        warnings.warn(f"skipped {source.doc_id}: {exc}", SkippedFile)
        return None
    text = extracted.text
    if not text.strip():
        warnings.warn(f"skipped {source.doc_id}: it is empty", SkippedFile)
        return None
    return Document(doc_id=source.doc_id, text=text, title=find_title(extracted.title or text, source.path),
                    date=find_date(text), pages=extracted.pages)


def _read_bytes(source: SourceFile) -> bytes | None:
    """The file's bytes, or None with a SkippedFile warning saying why they cannot be had."""
    path, doc_id = source.path, source.doc_id
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            warnings.warn(f"skipped {doc_id}: it is {size / 2**20:,.0f} MB, more than the "
                          f"{MAX_FILE_BYTES // 2**20} MB qa reads; split it into smaller files", SkippedFile)
            return None
        return path.read_bytes()
    except OSError as exc:
        if path.is_symlink() and not path.exists():
            reason = "it is a symbolic link to a file that does not exist"
        elif isinstance(exc, PermissionError):
            reason = "no permission to read it; allow reading it (chmod +r) or move it out of the folder"
        else:
            reason = f"cannot read it ({exc.strerror or exc})"
        warnings.warn(f"skipped {doc_id}: {reason}", SkippedFile)
        return None


def _read_plain_text(raw: bytes, doc_id: str) -> Extracted:
    """UTF-8 (or UTF-16/32 with a byte-order mark), else Windows-1252 with a warning; binary is Unreadable."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return Extracted(_checked_text(raw.decode(encoding)))
            except UnicodeDecodeError:
                raise Unreadable(f"it starts with a {encoding.upper()} byte-order mark but is not "
                                 f"valid {encoding.upper()}") from None
    if b"\x00" in raw[:8192]:
        raise Unreadable("it looks binary, not text (UTF-16 text needs a byte-order mark, or save it as UTF-8)")
    try:
        return Extracted(_checked_text(raw.decode("utf-8-sig")))
    except UnicodeDecodeError:
        text = _checked_text(raw.decode("cp1252", errors="replace"))
        warnings.warn(f"{doc_id} is not UTF-8; read it as Windows-1252", SkippedFile)
        return Extracted(text)


def _checked_text(text: str) -> str:
    """``text`` itself, unless its start is mostly control characters or undecodable bytes (binary)."""
    head = text[:8192]
    odd = sum(1 for ch in head if (ch < " " and ch not in "\t\n\r\f\v") or ch in "\x7f\ufffd")
    if head and odd > _BINARY_SHARE * len(head):
        raise Unreadable("it looks binary, not text")
    return text


def page_of(document: Document, offset: int) -> int | None:
    """The 1-based page that holds ``document.text[offset]``, or None when the document has no pages.

    Example: with ``pages == (0, 120, 300)``, offsets 0 and 119 -> 1, 120 -> 2, 999 -> 3;
    a .txt, .md, .html or .docx document (``pages == ()``) -> None.
    """
    if not document.pages:
        return None
    return max(1, bisect.bisect_right(document.pages, offset))


def read_saying_why(source: SourceFile) -> tuple[Document | None, list[str]]:
    """``read_document`` with its SkippedFile warnings caught and returned as text, for a caller that reports
    them itself (the sync, here or on a Ray worker); the last one says why a None was skipped."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SkippedFile)
        doc = read_document(source)
    return doc, [str(w.message) for w in caught]


def read_documents(docs_dir: Path) -> list[Document]:
    docs = [d for d in (read_document(s) for s in find_files(docs_dir)) if d is not None]
    if not docs:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise DocumentsError(f"no readable documents ({kinds}) in {str(docs_dir)!r}; add files there "
                             "or point qa index at another folder")
    return docs


def _first_line(text: str) -> str:
    """The first line with words, without a date line, a heading's marks or a site's name before "|"."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = DATELINE.sub("", first).lstrip("# ").strip()
    return _SITE_PREFIX.sub("", first) if "|" in first[:45] else first


def _is_headline(line: str) -> bool:
    return bool(line) and len(line) <= MAX_TITLE_CHARS and not line.endswith((".", "!", "?", ":", ";"))


def headline_span(text: str) -> tuple[int, int] | None:
    """Where the text's first line, read as a headline (find_title), is written; None when it reads as none.
    "MOIT VIETNAM | Vietnam-Laos: A Bond\\n..." -> the span of "Vietnam-Laos: A Bond"."""
    first = _first_line(text)
    at = text.find(first) if _is_headline(first) else -1
    return (at, at + len(first)) if at >= 0 else None


def find_title(text: str, path: Path) -> str:
    """A headline: the first line when it reads as one, else the opening sentence, shortened.

    Example: "MOIT VIETNAM | Vietnam-Laos: A Bond\\n..." -> "Vietnam-Laos: A Bond"
    """
    first = _first_line(text)
    if not first:
        return path.stem
    if _is_headline(first):
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= MAX_TITLE_CHARS:
        return sentence.rstrip(".")
    return sentence[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def find_date(text: str) -> str | None:
    """The publication date near the top of the text, as YYYY-MM-DD, or None."""
    found = date_span(text)
    return found[2] if found else None


def date_span(text: str) -> tuple[int, int, str] | None:
    """Where the publication date near the top of the text is written, and that date as YYYY-MM-DD, or None."""
    head = text[:400]
    match = _ISO_DATE.search(head)
    if match and _valid(*map(int, match.groups())):
        return match.start(), match.end(), "-".join(match.groups())
    for pattern, order in ((_DAY_MONTH_YEAR, (2, 1, 0)), (_MONTH_DAY_YEAR, (2, 0, 1))):
        for match in pattern.finditer(head):
            parts = match.groups()
            year, month_name, day = parts[order[0]], parts[order[1]], parts[order[2]]
            month = _MONTHS.get(month_name.lower())
            if month and _valid(int(year), month, int(day)):
                return match.start(), match.end(), f"{int(year):04d}-{month:02d}-{int(day):02d}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1800 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31
