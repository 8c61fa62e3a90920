"""Dense, sparse and fused retrieval: (question, k) -> list[Hit].

Dense search ranks chunks by cosine similarity in FAISS; sparse search ranks
them by BM25 over stemmed words; fusion merges the two rankings with
reciprocal rank fusion. Choosing the answer inside the passages is not done here.
"""
from __future__ import annotations

import numpy as np

from .config import Config
from .index import Index
from .text import terms
from .types import Hit


class Retriever:
    def __init__(self, index: Index, encoder, config: Config):
        self.index = index
        self.encoder = encoder
        self.config = config
        self._doc_chunk_ids: dict[str, np.ndarray] = {}
        for c in index.chunks:
            self._doc_chunk_ids.setdefault(c.doc_id, []).append(c.chunk_id)
        self._doc_chunk_ids = {d: np.array(ids, dtype=np.int64) for d, ids in self._doc_chunk_ids.items()}

    def allowed_chunks(self, doc_ids: list[str] | None) -> np.ndarray | None:
        if doc_ids is None:
            return None
        parts = [self._doc_chunk_ids[d] for d in doc_ids if d in self._doc_chunk_ids]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def dense(self, query_vector: np.ndarray, depth: int, allowed: np.ndarray | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
        """(chunk ids, cosine scores), best first."""
        import faiss

        params = None
        if allowed is not None:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
        depth = min(depth, self.index.faiss_index.ntotal)
        scores, ids = self.index.faiss_index.search(query_vector.reshape(1, -1), depth, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def sparse(self, query: str, depth: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """(chunk ids, BM25 scores) of chunks sharing at least one term, best first."""
        query_terms = terms(query)
        if not query_terms:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = np.asarray(self.index.bm25.get_scores(query_terms), dtype=np.float32)
        if allowed is not None:
            masked = np.full_like(scores, 0.0)
            masked[allowed] = scores[allowed]
            scores = masked
        depth = min(depth, len(scores))
        top = np.argpartition(-scores, depth - 1)[:depth]
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[scores[top] > 0]
        return top.astype(np.int64), scores[top]

    def search(self, query: str, k: int | None = None, doc_ids: list[str] | None = None,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best chunks for ``query`` by reciprocal rank fusion of dense and BM25 rankings."""
        k = k or self.config.top_k
        depth = max(self.config.candidate_depth, k)
        if query_vector is None:
            query_vector = self.encoder.encode_one(query)
        allowed = self.allowed_chunks(doc_ids)
        if allowed is not None and len(allowed) == 0:
            return []
        dense_ids, dense_scores = self.dense(query_vector, depth, allowed)
        sparse_ids, sparse_scores = self.sparse(query, depth, allowed)
        fused: dict[int, dict] = {}
        for rank, (cid, score) in enumerate(zip(dense_ids, dense_scores), 1):
            fused.setdefault(int(cid), {})["dense"] = (rank, float(score))
        for rank, (cid, score) in enumerate(zip(sparse_ids, sparse_scores), 1):
            fused.setdefault(int(cid), {})["sparse"] = (rank, float(score))
        rrf_k = self.config.rrf_k
        hits = []
        for cid, parts in fused.items():
            score = sum(1.0 / (rrf_k + rank) for rank, _ in parts.values())
            dense_rank, dense_score = parts.get("dense", (None, 0.0))
            sparse_rank, sparse_score = parts.get("sparse", (None, 0.0))
            hits.append(Hit(self.index.chunks[cid], score, dense_rank, sparse_rank, dense_score, sparse_score))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]
