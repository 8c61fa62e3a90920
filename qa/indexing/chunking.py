"""Document -> Chunk windows: whole sentences packed up to ``chunk_chars``, with overlap.

A chunk is ``document.text[start:end]`` from its first sentence's start to its
last sentence's end. A sentence longer than ``chunk_chars`` is first cut at
white space into pieces of at most ``chunk_chars`` (``sentence_spans``), and the
pieces count as sentences everywhere (chunks, sentence vectors, answers). So a
chunk never exceeds its window, and the encoder, which reads only its first
256 word pieces (about 1,000 characters), sees all of it.
"""
from __future__ import annotations

from ..text import MAX_SENTENCE_CHARS, split_sentences

SPLITTER_VERSION = 7  # in the index manifest: 2 cuts sentences longer than chunk_chars; 3 keeps "3. " with its item;
# 4 reads a line that goes on in lower case as the same sentence (hard-wrapped text); 5 also one after a line
# ending in a comma, a hyphen, "the", "of" and the like, or leaving a bracket open; 6 ends a sentence after a wiki's
# note ("principle.[citation needed] Since ..."); 7 reads on after "were" and the like, and, in a text hard-wrapped
# throughout, after any line about as long as most


def sentence_spans(text: str, chunk_chars: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, the longer than ``chunk_chars`` cut into pieces."""
    return split_sentences(text, max_chars=min(chunk_chars, MAX_SENTENCE_CHARS))
from ..types import Chunk, Document


def chunk_document(doc: Document, chunk_chars: int, overlap_sentences: int,
                   first_id: int = 0, sentences: list[tuple[int, int]] | None = None) -> list[Chunk]:
    """Sentence-aligned windows over ``doc``; ids count up from ``first_id``.

    Example: sentences of 40 chars, chunk_chars=100, overlap 1 -> windows of
    sentences [0, 1], [1, 2], [2, 3], ...
    """
    spans = sentence_spans(doc.text, chunk_chars) if sentences is None else sentences
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][1] - spans[i][0] <= chunk_chars:
            j += 1
        start, end = spans[i][0], spans[j - 1][1]
        chunks.append(Chunk(first_id + len(chunks), doc.doc_id, start, end, doc.text[start:end]))
        if j >= len(spans):
            break
        i = max(i + 1, j - overlap_sentences)
    return chunks
