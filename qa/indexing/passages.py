"""Chunk and sentence vectors of documents, from one forward pass of the model per chunk.

The answerer needs a vector for every sentence as well as for every chunk.
Encoding each sentence again on its own would run the model over every
character twice or more (4-5x the chunk text with overlapping windows), so a
sentence's vector is instead the mean of its contextual token embeddings inside
the chunks that hold it whole (several when windows overlap), L2-normalized
(``Encoder.encode_passages``). A sentence that no chunk holds whole within the
model's ``max_seq_length`` tokens is encoded on its own, as is every sentence
when the encoder has no ``encode_passages`` (the tests' stand-in encoder).

Vectors go through the on-disk embedding cache (qa.indexing.cache). Deciding which
documents need vectors is qa.indexing.index.
"""
from __future__ import annotations

import numpy as np

from ..types import Chunk, Document

BATCH = 256  # chunks per cache look-up and progress step
SENTENCE_VECTORS = "pooled-in-chunk"  # in the index manifest: vectors made another way are re-encoded


def encode_documents(documents: list[Document], chunks: list[Chunk], sentences: dict, encoder,
                     progress: bool = False) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Vectors of ``chunks`` (float32, in order) and, per document, of its sentences (float16).

    ``chunks`` are the chunks of ``documents``; ``sentences[doc_id]`` their
    sentence spans, as offsets into the document text.
    """
    from tqdm.auto import tqdm

    from .cache import EmbeddingCache

    dim = encoder.dimension
    texts = {d.doc_id: d.text for d in documents}
    rows, total = {}, 0
    for d in documents:
        rows[d.doc_id] = total
        total += len(sentences[d.doc_id])
    sums = np.zeros((total, dim), dtype=np.float32)
    counts = np.zeros(total, dtype=np.int32)
    chunk_vectors = np.zeros((len(chunks), dim), dtype=np.float32)
    in_context = hasattr(encoder, "encode_passages")
    bounds = {d: (np.array([s for s, _ in spans], dtype=np.int64), np.array([e for _, e in spans], dtype=np.int64))
              for d, spans in sentences.items() if d in texts} if in_context else {}
    spans, owners = [], []  # per chunk: sentence spans relative to the chunk, and their global rows
    for c in chunks:
        inside = _inside(*bounds[c.doc_id], c.start, c.end) if in_context else range(0)
        spans.append([(sentences[c.doc_id][i][0] - c.start, sentences[c.doc_id][i][1] - c.start) for i in inside])
        owners.append([rows[c.doc_id] + i for i in inside])
    cache = EmbeddingCache.for_encoder(encoder) if chunks else None
    try:
        with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress or not chunks) as bar:
            for first in range(0, len(chunks), BATCH):
                part = slice(first, first + BATCH)
                batch_texts = [c.text for c in chunks[part]]
                if not in_context:
                    chunk_vectors[part] = cache.encode(encoder, batch_texts) if cache else encoder.encode(batch_texts)
                else:
                    passages, pooled = (cache.encode_passages(encoder, batch_texts, spans[part]) if cache
                                        else encoder.encode_passages(batch_texts, spans[part]))
                    chunk_vectors[part] = passages
                    for owned, vectors in zip(owners[part], pooled):
                        read = np.flatnonzero(vectors.any(axis=1))  # zero rows: cut off by truncation
                        np.add.at(sums, [owned[j] for j in read], vectors[read])
                        np.add.at(counts, [owned[j] for j in read], 1)
                bar.update(len(batch_texts))
        alone = np.flatnonzero(counts == 0)
        if len(alone):
            where = [(d.doc_id, i) for d in documents for i in range(len(sentences[d.doc_id]))]
            alone_texts = [texts[where[r][0]][slice(*sentences[where[r][0]][where[r][1]])] for r in alone]
            for i in range(0, len(alone), BATCH):
                part_texts = alone_texts[i:i + BATCH]
                sums[alone[i:i + BATCH]] = cache.encode(encoder, part_texts) if cache else encoder.encode(part_texts)
    finally:
        if cache:
            cache.close()
    sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
    sentence_vectors = {d.doc_id: sums[rows[d.doc_id]:rows[d.doc_id] + len(sentences[d.doc_id])].astype(np.float16)
                        for d in documents}
    return chunk_vectors, sentence_vectors


def _inside(starts: np.ndarray, ends: np.ndarray, start: int, end: int) -> range:
    """Indices of the sentences lying within ``[start, end)``, given their sorted starts and ends.

    Example: starts ``[0, 6, 10]``, ends ``[5, 9, 14]``, window ``(6, 14)`` -> ``range(1, 3)``
    """
    first = int(np.searchsorted(starts, start, side="left"))
    last = int(np.searchsorted(ends, end, side="right"))
    return range(first, max(first, last))
