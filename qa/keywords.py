"""The BM25 keyword index, built with numpy from stored term ids: what bm25s builds, without its Python loops.

bm25s scores queries and saves and loads the index, but builds its score matrix
with a Python loop over every chunk (seconds at 100,000 chunks, paid by every
sync). ``bm25_from_ids`` computes the same matrix with numpy: bm25s's default
"lucene" BM25 (k1 1.5, b 0.75, idf ``log(1 + (N - df + 0.5) / (df + 0.5))``),
float32, chunks as rows and terms as columns, and hands it to a ``bm25s.BM25``
that then searches, saves and loads it as its own. tests/test_keywords.py
checks that its scores equal bm25s's own build. Terms come from qa.text.terms.
"""
from __future__ import annotations

import numpy as np


def build_bm25(chunk_terms: list[list[str]]):
    """A bm25s.BM25 over ``chunk_terms``, one non-empty list of terms per chunk."""
    vocab: dict[str, int] = {}
    ids = np.array([vocab.setdefault(t, len(vocab)) for terms in chunk_terms for t in terms], dtype=np.int64)
    return bm25_from_ids(ids, np.array([len(t) for t in chunk_terms], dtype=np.int64), list(vocab))


def bm25_from_ids(ids: np.ndarray, counts: np.ndarray, vocab: list[str]):
    """A bm25s.BM25 over chunks whose terms are ``vocab[ids]``, the first ``counts[0]`` for chunk 0, and so on."""
    import bm25s
    import scipy.sparse

    bm25 = bm25s.BM25()
    n_docs, n_terms = len(counts), len(vocab)
    ids = np.asarray(ids, dtype=np.int64)
    counts = np.asarray(counts, dtype=np.int64)
    pairs, tf = np.unique(np.repeat(np.arange(n_docs, dtype=np.int64), counts) * n_terms + ids, return_counts=True)
    doc, term = pairs // n_terms, pairs % n_terms
    df = np.bincount(term, minlength=n_terms)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
    length = counts[doc] / counts.mean() if n_docs else counts
    tfc = tf / (bm25.k1 * ((1 - bm25.b) + bm25.b * length) + tf)
    matrix = scipy.sparse.csc_matrix(((idf[term] * tfc).astype(np.float32), (doc, term)),
                                     shape=(n_docs, n_terms), dtype=np.float32)
    bm25.scores = {"data": matrix.data, "indices": matrix.indices.astype(np.int32),
                   "indptr": matrix.indptr.astype(np.int64), "num_docs": n_docs}
    bm25.vocab_dict = {t: i for i, t in enumerate(vocab)}
    bm25.vocab_dict.setdefault("", n_terms)  # as bm25s.BM25.index does: a token for chunks with no terms
    bm25.unique_token_ids_set = set(bm25.vocab_dict.values())
    bm25.nonoccurrence_array = None
    return bm25
