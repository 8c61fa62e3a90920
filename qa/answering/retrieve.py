"""Dense, sparse and fused retrieval: (question, k) -> list[Hit], of chunks or of documents.

Dense search ranks chunks by cosine similarity in FAISS; sparse search ranks
them by BM25 over stemmed words (qa.text.terms). The hybrid takes the
``candidate_depth`` best chunks of each and gives every candidate both of its
exact scores (a chunk only BM25 found still gets its cosine), then fuses:

- ``fusion=rrf`` (default): reciprocal rank fusion, ``sum 1 / (rrf_k + rank)``
  over the rankings that hold the chunk;
- ``fusion=weighted``: each score min-max scaled over the candidates, then
  ``dense_weight * dense + (1 - dense_weight) * bm25``.

A document ranks as its best chunk (``Retriever.documents``); the sum or the
best two of its chunks measured worse. Measured with benchmarks/scifact.py:
weighted fusion ranks SciFact better (nDCG@10 0.890 against 0.867 on the
training claims, where dense_weight was tuned; 0.721 against 0.712 on the test
claims) and answers SQuAD's held-out articles as well, but on the seed
documents it puts a keyword-heavy passage from the wrong document first
(seeds_dev d09), so RRF, which the answerer's weights were fitted with, stays
the default. Choosing the answer inside the passages is not done here.
"""
from __future__ import annotations

import math
import re

import numpy as np

from ..config import Config, Fusion, Retrieval
from ..indexing.store import Index
from ..text import terms
from ..types import Hit

# the chunks added for a name of the question that no retrieved chunk writes (Retriever.naming)
NAMED_HITS = 2


def fuse(dense: np.ndarray, sparse: np.ndarray, dense_weight: float) -> np.ndarray:
    """Convex combination of the two score arrays, each min-max scaled to [0, 1] first.

    A constant array (one candidate, or a question sharing no word with the
    documents) scales to zeros, so it neither helps nor hurts any candidate.
    Example: ``fuse([0.9, 0.5, 0.1], [0, 2, 4], 0.5)`` -> ``[0.5, 0.5, 0.5]``
    """
    return dense_weight * _scaled(dense) + (1.0 - dense_weight) * _scaled(sparse)


def reciprocal_rank_fusion(dense_ranks, sparse_ranks, k: int) -> np.ndarray:
    """Sum of ``1 / (k + rank)`` over the rankings a candidate is in (rank 0: not in that ranking).

    Example: ``reciprocal_rank_fusion([1, 0], [2, 1], 60)`` -> ``[1/61 + 1/62, 1/61]``
    """
    total = np.zeros(len(dense_ranks), dtype=np.float64)
    for ranks in (np.asarray(dense_ranks), np.asarray(sparse_ranks)):
        total += np.where(ranks > 0, 1.0 / (k + np.maximum(ranks, 1)), 0.0)
    return total


def _scaled(scores) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    if scores.size == 0:
        return scores
    low, span = scores.min(), scores.max() - scores.min()
    return (scores - low) / span if span > 0 else np.zeros_like(scores)


class Retriever:
    """Searches one loaded index with the settings in ``config`` (retrieval, candidate_depth, dense_weight)."""

    def __init__(self, index: Index, encoder, config: Config):
        self.index = index
        self.encoder = encoder
        self.config = config
        # Chunks are handled by row (their place in index.chunks and in BM25); FAISS knows them by chunk id.
        doc_rows: dict[str, list[int]] = {}
        for row, c in enumerate(index.chunks):
            doc_rows.setdefault(c.doc_id, []).append(row)
        self._doc_rows = {d: np.array(rows, dtype=np.int64) for d, rows in doc_rows.items()}

    def allowed_chunks(self, doc_ids: list[str] | None) -> np.ndarray | None:
        """Rows of the chunks of ``doc_ids`` (None: every chunk)."""
        if doc_ids is None:
            return None
        parts = [self._doc_rows[d] for d in doc_ids if d in self._doc_rows]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def dense(self, query_vector: np.ndarray, depth: int, allowed: np.ndarray | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
        """(chunk rows, cosine scores), best first; ``allowed`` holds rows too."""
        from ..indexing.vectors import search_one, search_params

        allowed_ids = self.index.row_ids[allowed] if allowed is not None else None
        params = search_params(self.index.faiss_index, allowed_ids, self.config)
        depth = min(depth, self.index.faiss_index.ntotal)
        scores, ids = search_one(self.index.faiss_index, query_vector, depth, params)
        keep = (ids[0] >= 0) & (ids[0] < len(self.index.id_rows))
        rows = self.index.id_rows[ids[0][keep]]
        return rows[rows >= 0], scores[0][keep][rows >= 0]

    def bm25_scores(self, query: str, allowed: np.ndarray | None = None) -> np.ndarray:
        """The BM25 score of every chunk (0 outside ``allowed`` and for chunks sharing no term)."""
        query_terms = terms(query)
        if not query_terms:
            return np.zeros(len(self.index.chunks), dtype=np.float32)
        scores = np.asarray(self.index.bm25.get_scores(query_terms), dtype=np.float32)
        if allowed is not None:
            masked = np.zeros_like(scores)
            masked[allowed] = scores[allowed]
            scores = masked
        return scores

    def sparse(self, query: str, depth: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """(chunk ids, BM25 scores) of chunks sharing at least one term, best first."""
        return _top(self.bm25_scores(query, allowed), depth)

    def search(self, query: str, k: int | None = None, doc_ids: list[str] | None = None,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best chunks for ``query``, best first (see the module docstring for the ranking).

        ``doc_ids`` restricts the search to those documents; ``query_vector``
        saves encoding ``query`` again when the caller already has it.
        """
        k = k or self.config.top_k
        return self._ranked(query, max(self.config.candidate_depth, k), doc_ids, query_vector)[:k]

    def naming(self, query: str, hits: list[Hit], names: list[str], doc_ids: list[str] | None = None,
               query_vector: np.ndarray | None = None, k: int = NAMED_HITS) -> list[Hit]:
        """``hits`` and, after them, for each of the question's ``names`` that none of their chunks writes, the
        ``k`` best chunks that do write it (ranked as ``search`` ranks): "What is the case fatality rate of the
        disease caused by SFTSV?" finds the one paper on SFTSV, whose "CFR of 12%" shares few words with the
        question, when the chunks on other diseases' case fatality rates fill the first places."""
        held = [h.chunk.text for h in hits]
        allowed = self.allowed_chunks(doc_ids)
        added: list[Hit] = []
        for name in names:
            plural = "s?" if re.fullmatch(r"[A-Z][A-Z\d]+", name) else ""  # an acronym's plural: "VLRs" of "VLR"
            written = re.compile(rf"(?<!\w){re.escape(name)}{plural}(?!\w)")
            if any(written.search(text) for text in held):
                continue
            scores = self.bm25_scores(f"{name} {name}s" if plural else name, allowed)
            rows = np.flatnonzero(scores > 0)
            rows = rows[[bool(written.search(self.index.chunks[int(r)].text)) for r in rows]]
            if len(rows) == 0:
                continue
            found = self._ranked(query, max(self.config.candidate_depth, k), None, query_vector, rows)[:k]
            added += found
            held += [h.chunk.text for h in found]
        seen = {h.chunk.chunk_id for h in hits}
        return hits + [h for h in added if h.chunk.chunk_id not in seen]

    def documents(self, query: str, k: int, doc_ids: list[str] | None = None,
                  query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best documents, each given as the Hit of its best chunk, best first.

        Candidates are taken deep enough for k documents: k times the mean
        number of chunks per document, or ``candidate_depth`` if that is more.
        """
        per_document = len(self.index.chunks) / max(1, len(self._doc_rows))
        depth = max(self.config.candidate_depth, math.ceil(k * per_document))
        best: dict[str, Hit] = {}
        for hit in self._ranked(query, depth, doc_ids, query_vector):
            best.setdefault(hit.chunk.doc_id, hit)
        return list(best.values())[:k]

    def _ranked(self, query: str, depth: int, doc_ids: list[str] | None,
                query_vector: np.ndarray | None, rows: np.ndarray | None = None) -> list[Hit]:
        """Every candidate chunk as a Hit, best first; among the chunks of ``doc_ids``, or those of ``rows``."""
        mode = self.config.retrieval
        allowed = self.allowed_chunks(doc_ids) if rows is None else rows
        if allowed is not None and len(allowed) == 0:
            return []
        use_dense, use_sparse = mode is not Retrieval.BM25, mode is not Retrieval.DENSE
        dense_ids = sparse_ids = np.zeros(0, dtype=np.int64)
        if use_dense:
            if query_vector is None:
                query_vector = self.encoder.encode_one(query)
            dense_ids, _ = self.dense(query_vector, depth, allowed)
        if use_sparse:
            bm25 = self.bm25_scores(query, allowed)
            sparse_ids, _ = _top(bm25, depth)
        candidates = np.unique(np.concatenate([dense_ids, sparse_ids]))
        if len(candidates) == 0:
            return []
        # Exact scores for every candidate, including those the other search did not return.
        cosines = (self.index.faiss_index.reconstruct_batch(self.index.row_ids[candidates])
                   @ query_vector.astype(np.float32)
                   if use_dense else np.zeros(len(candidates), dtype=np.float32))
        keywords = bm25[candidates] if use_sparse else np.zeros(len(candidates), dtype=np.float32)
        dense_rank = {int(c): r for r, c in enumerate(dense_ids, 1)}
        sparse_rank = {int(c): r for r, c in enumerate(sparse_ids, 1)}
        if mode is Retrieval.HYBRID and self.config.fusion is Fusion.RRF:
            scores = reciprocal_rank_fusion([dense_rank.get(int(c), 0) for c in candidates],
                                            [sparse_rank.get(int(c), 0) for c in candidates], self.config.rrf_k)
        else:
            weight = {Retrieval.DENSE: 1.0, Retrieval.BM25: 0.0, Retrieval.HYBRID: self.config.dense_weight}[mode]
            scores = fuse(cosines, keywords, weight)
        hits = [Hit(self.index.chunks[int(c)], float(s), dense_rank.get(int(c)), sparse_rank.get(int(c)),
                    float(cos), float(kw))
                for c, s, cos, kw in zip(candidates, scores, cosines, keywords)]
        # Ties (equal fused scores) keep the dense, then the BM25 order, so results are deterministic.
        hits.sort(key=lambda h: (-h.score, h.dense_rank or depth + 1, h.sparse_rank or depth + 1, h.chunk.chunk_id))
        return hits


def _top(scores: np.ndarray, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """(ids, scores) of the ``depth`` highest positive scores, best first."""
    depth = min(depth, len(scores))
    if depth == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    top = np.argpartition(-scores, depth - 1)[:depth]
    top = top[np.argsort(-scores[top], kind="stable")]
    top = top[scores[top] > 0]
    return top.astype(np.int64), scores[top]
