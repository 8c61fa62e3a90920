"""Links to a passage: the app's URL with the document and its ``[start, end)`` offsets in the query string.

    http://127.0.0.1:7860/?doc=news%2Flaos.txt&start=120&end=388

Opening one in the chat app shows that document with the passage marked and
scrolled into view (qa.app.ui). ``qa ask --url``, ``QA_URL`` and the app's
``/answer`` endpoint put them on each citation (``Citation.url``). A link
keeps working while the document is indexed unchanged; the offsets are
those of ``Document.text``, as everywhere in qa.
"""
from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlencode, urlsplit

from ..errors import ConfigError
from ..types import Answer


def base_url(url: str) -> str:
    """``url`` checked and without a trailing slash; empty stays empty (no links).

    Example: "http://qa.example.org:7860/" -> "http://qa.example.org:7860"
    """
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"the app's URL must look like http://host:7860 (optionally with a path), got {url!r}")
    return url.rstrip("/")


def passage_link(base: str, doc_id: str, start: int, end: int) -> str:
    """The link to ``[start, end)`` of ``doc_id``; with an empty ``base``, a link relative to the app's page.

    Example: passage_link("http://h:7860", "a b.txt", 3, 9) -> "http://h:7860/?doc=a+b.txt&start=3&end=9"
    """
    query = urlencode({"doc": doc_id, "start": int(start), "end": int(end)})
    base = base_url(base)
    return f"{base}/?{query}" if base else f"?{query}"


def parse_link(query: str | dict) -> tuple[str, int, int] | None:
    """``(doc_id, start, end)`` from a link, its query string or its parsed parameters; None if it names no passage.

    Offsets that are not whole numbers, negative or reversed make it None too.
    """
    if isinstance(query, str):
        query = parse_qs(urlsplit(query).query if "?" in query else query)
    values = {k: (v[0] if isinstance(v, (list, tuple)) and v else v) for k, v in dict(query).items()}
    doc, start, end = values.get("doc"), values.get("start"), values.get("end")
    if not isinstance(doc, str) or not doc:
        return None
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return None
    return (doc, start, end) if 0 <= start < end else None


def with_links(answer: Answer, base: str) -> Answer:
    """``answer`` with ``url`` set on every citation; unchanged when ``base`` is empty."""
    if not base:
        return answer
    return replace(answer, citations=[replace(c, url=passage_link(base, c.doc_id, c.start, c.end))
                                      for c in answer.citations])
