"""HTML for the chat: answer and source messages, and the document viewer.

Every character taken from a document (text, title, date, file name) is
escaped, so document text always shows as text, ``<script>`` included; the
only markup is the few tags written here (<p>, <strong>, <mark>, <small>,
<blockquote>, <article>, <h2>, <div>, and <a> to a passage link of qa.app.links). Chat messages are single-line HTML
blocks, so the chat's Markdown renderer leaves a quote's ``*`` or ``[`` alone.

Nothing here calls Gradio or the index: qa.app.ui feeds it ``Answer`` and
``Document`` values.
"""
from __future__ import annotations

import html
import re
from typing import Callable

from ..types import Answer, Citation, Document
from .links import passage_link

NOT_FOUND = ("<p><strong>Not found in the documents.</strong> None of the indexed passages answers this "
             "question; try other words, or check which documents are chosen on the left.</p>")
NOT_FOUND_BECAUSE = ("<p><strong>Not found in the documents.</strong> {reason} Try other words, or check which "
                     "documents are chosen on the left.</p>")
VIEWER_EMPTY = ('<p class="qa-doc-empty">Click a source in the chat, or a document in the list on the left, '
                "to read it here.</p>")


def escape(text: str) -> str:
    """Document text as inert HTML, each whitespace run folded to one space.

    Example: "<script>x</script>\n  y" -> "&lt;script&gt;x&lt;/script&gt; y"
    """
    return re.sub(r"\s+", " ", html.escape(text, quote=True))


def confidence_words(confidence: float) -> str:
    level = "high" if confidence >= 0.75 else "medium" if confidence >= 0.5 else "low"
    return f"Confidence: {level} ({confidence:.0%})"


def answer_messages(answer: Answer, only: list[str] | None = None) -> list[str]:
    """The chat reply for ``answer``: the answer message, then one message per numbered source.

    ``only`` names the documents the question was restricted to, for a note under the answer.
    """
    chosen = f"only from {len(only)} chosen document{'s' * (len(only) != 1)}" if only else ""
    scope = f" · {chosen}" if chosen else ""
    if not answer.found:
        head = NOT_FOUND_BECAUSE.format(reason=escape(answer.reason)) if answer.reason else NOT_FOUND
        if answer.citations:
            head += ("<p><strong>Closest passages</strong> <small>(they do not answer it; click one to read "
                     f"the whole document){scope}</small></p>")
        elif chosen:
            head += f"<p><small>Searched {chosen}.</small></p>"
        return [head] + [source_message(n, c) for n, c in enumerate(answer.citations, 1)]
    # a warning when a cited passage says otherwise (the reason then says so first); notes on how the question
    # was read (spelling, a question cut short) are information
    sign = "⚠️" if any(not c.answers for c in answer.citations) else "ℹ️"
    caution = f"<p><small>{sign} {escape(answer.reason)}</small></p>" if answer.reason else ""
    head = (f"<p>{answer_sentence(answer)}</p>{caution}"
            f"<p><small>{confidence_words(answer.confidence)}{scope}</small></p>")
    if answer.citations:
        head += "<p><strong>Sources</strong> <small>(click one to read the whole document)</small></p>"
    return [head] + [source_message(n, c, "" if c.answers else "says otherwise")
                     for n, c in enumerate(answer.citations, 1)]


def answer_text(answer: Answer) -> str:
    """``answer`` as plain text, for `qa ask` and the chat's copy button: the answer, its confidence,
    then its numbered sources (title, file, date, page, offsets, quote and, when known, the link)."""
    lines = [" ".join(answer.text.split())]  # a sentence a text broke over lines reads as one, as in the chat
    if answer.found and answer.span and answer.span != answer.text:
        lines.append(f"  answer: {' '.join(answer.span.split())}")
    if answer.reason:
        lines.append(f"  {'note' if answer.found else 'why'}: {answer.reason}")
    lines.append(f"  confidence: {answer.confidence:.2f}")
    if answer.citations:
        lines.append("")
        lines.append("Sources:" if answer.found else "Closest passages (they do not answer it):")
    for n, c in enumerate(answer.citations, 1):
        dated = f", {c.date}" if c.date else ""
        paged = f", page {c.page}" if c.page is not None else ""
        lines.append(f"[{n}] {c.title} ({c.doc_id}{dated}{paged}) chars {c.start}-{c.end}")
        lines.append(f"    \"{' '.join(c.quote.split())}\"")
        if c.url:
            lines.append(f"    {c.url}")
    return "\n".join(lines)


def answer_sentence(answer: Answer) -> str:
    """The answer sentence with its exact answer phrase in bold (placed by offsets, else by search)."""
    text, span = answer.text, answer.span
    first = answer.citations[0] if answer.citations else None
    at = -1
    if first and first.span_start is not None and first.sentence_start is not None:
        at = first.span_start - first.sentence_start
    if at < 0 or text[at:at + len(span)] != span:
        at = text.find(span)
    if not span or span == text or at < 0:
        return escape(text).strip()
    return highlight(text, [(at, at + len(span), "strong")]).strip()


def source_message(number: int, citation: Citation, note: str = "") -> str:
    """``[n] Title``, a small line with date, file, page and a link to the passage, then the quote with the answer
    marked."""
    link = citation.url or passage_link("", citation.doc_id, citation.start, citation.end)
    opened = f' · <a href="{html.escape(link, quote=True)}" target="_blank">open the passage ↗</a>'
    noted = f" <small>({escape(note)})</small>" if note else ""
    heading = (f"<strong>[{number}] {escape(citation.title)}</strong>{noted}<br>"
               f"<small>{_where(citation)}{opened}</small>")
    sentence, phrase = _answer_ranges(citation, citation.start)
    layers = [(*sentence, "mark")] if sentence else []
    if sentence and phrase:
        layers.append((*phrase, "strong"))
    return f"<p>{heading}</p><blockquote>{highlight(citation.quote, layers).strip()}</blockquote>"


def document_view(document: Document, citation: Citation | None = None, passages: int | None = None) -> str:
    """The whole ``document`` for the viewer, line breaks kept, the cited passage marked.

    The passage is ``<mark id="qa-cited">`` with its answer sentence in <strong>
    (none for the closest passages of an abstention); qa.app.ui scrolls the mark into view.
    """
    meta = [document.date or "undated", document.doc_id]
    if passages is not None:
        meta.append(f"{passages} passage{'s' * (passages != 1)}")
    layers = []
    if citation is not None and citation.doc_id == document.doc_id:
        sentence, _ = _answer_ranges(citation, 0)
        layers = [(citation.start, citation.end, 'mark id="qa-cited"')] + ([(*sentence, "strong")] if sentence else [])
        meta.append(_page(citation) or "")
    body = highlight(document.text, layers, html.escape)
    return (f'<article class="qa-doc"><h2>{escape(document.title)}</h2>'
            f'<p class="qa-doc-meta">{" · ".join(escape(m) for m in meta if m)}</p>'
            f'<div class="qa-doc-text">{body}</div></article>')


def highlight(text: str, layers: list[tuple[int, int, str]], escape_text: Callable[[str], str] = escape) -> str:
    """``text`` escaped, with nested ranges wrapped in tags: each layer lies inside the one before.

    A layer is ``(start, end, tag)`` in offsets of ``text``; ``tag`` may carry
    attributes (``'mark id="x"'``). An inner layer is clipped to its outer one.
    Example: highlight("a b c", [(2, 5, "mark"), (2, 3, "strong")]) -> "a <mark><strong>b</strong> c</mark>"
    """
    if not layers:
        return escape_text(text)
    start, end, tag = layers[0]
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end <= start:
        return escape_text(text)
    inner = [(s - start, e - start, t) for s, e, t in layers[1:]]
    name = tag.split()[0]
    return (escape_text(text[:start]) + f"<{tag}>" + highlight(text[start:end], inner, escape_text)
            + f"</{name}>" + escape_text(text[end:]))


def _answer_ranges(citation: Citation, origin: int):
    """The answer sentence's and phrase's ``(start, end)``, counted from ``origin``; None where absent.

    The closest passages of an abstention (``answers=False``) have neither.
    """
    if not citation.answers or citation.sentence_start is None or citation.sentence_end is None:
        return None, None
    sentence = (citation.sentence_start - origin, citation.sentence_end - origin)
    if citation.span_start is None or citation.span_end is None:
        return sentence, None
    return sentence, (citation.span_start - origin, citation.span_end - origin)


def _where(citation: Citation) -> str:
    return " · ".join(escape(part) for part in (citation.date or "undated", citation.doc_id, _page(citation))
                      if part)


def _page(citation: Citation) -> str | None:
    return f"page {citation.page}" if citation.page is not None else None
