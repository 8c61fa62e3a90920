"""The BM25 keyword index, built with numpy: exactly what bm25s builds, without its Python loops.

bm25s scores queries and saves and loads the index, but builds its vocabulary,
document frequencies and score matrix with Python loops over every chunk
(seconds at 100,000 chunks, paid by every sync). This module computes the same
arrays with numpy and hands them to a plain ``bm25s.BM25``, which then searches,
saves and loads them as its own (``bm25s.BM25.load`` reads them back).

"The same" is bit for bit: bm25s's default "lucene" BM25 (k1 1.5, b 0.75, idf
``log(1 + (N - df + 0.5) / (df + 0.5))``), with its float64 arithmetic in its
order and float32 scores, chunks as rows and terms as columns in CSC order.
``build_bm25`` also numbers the terms as bm25s does, so its ``vocab_dict`` equals
bm25s's too. It does not support bm25s's other methods or parameters.
tests/test_keywords.py compares both with bm25s's own build.
"""
from __future__ import annotations

import itertools
import math

import numpy as np


def build_bm25(chunk_terms: list[list[str]]):
    """The ``bm25s.BM25`` that ``BM25().index(chunk_terms)`` builds, one list of terms per chunk.

    A chunk without terms should be ``[""]``, as qa.indexing.index stores it.
    """
    import bm25s

    # bm25s numbers terms in the iteration order of a set filled chunk by chunk;
    # filling one the same way reproduces its vocab_dict (string hashes, hence
    # the order, vary between processes, but bm25s's own build varies with them).
    vocab = list(bm25s.get_unique_tokens(chunk_terms, show_progress=False))
    number = {term: i for i, term in enumerate(vocab)}
    counts = np.fromiter(map(len, chunk_terms), dtype=np.int64, count=len(chunk_terms))
    ids = np.fromiter(map(number.__getitem__, itertools.chain.from_iterable(chunk_terms)),
                      dtype=np.int64, count=int(counts.sum()))
    return bm25_from_ids(ids, counts, vocab)


def bm25_from_ids(ids: np.ndarray, counts: np.ndarray, vocab: list[str]):
    """A ``bm25s.BM25`` over chunks whose terms are ``vocab[ids]``: the first ``counts[0]`` for chunk 0, and so on.

    Example: ids [0, 1, 0], counts [2, 1], vocab ["a", "b"] is the chunks ["a", "b"] and ["a"].
    """
    import bm25s

    bm25 = bm25s.BM25()
    ids = np.asarray(ids, dtype=np.int64)
    counts = np.asarray(counts, dtype=np.int64)
    n_docs, n_terms = len(counts), len(vocab)

    # One key per term occurrence, term-major: sorted unique keys are the
    # (term, chunk) pairs in CSC order, and their counts are the term frequencies.
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), counts)
    keys, tf = np.unique(ids * max(n_docs, 1) + doc_of, return_counts=True)
    term, doc = np.divmod(keys, max(n_docs, 1))
    df = np.bincount(term, minlength=n_terms)

    # idf with math.log, as bm25s computes it per term, over the few distinct df values.
    distinct, where = np.unique(df, return_inverse=True)
    idf_of_term = np.array([math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) for d in distinct.tolist()],
                           dtype=np.float32)[where]
    idf = idf_of_term[term]

    # bm25s: tf / (k1 * ((1 - b) + b * l_d / l_avg) + tf) in float64, times the
    # float32 idf, stored as float32. The same operations in the same order give
    # the same bits.
    k1, b = bm25.k1, bm25.b
    l_avg = counts.mean() if n_docs else 1.0
    length = counts[doc].astype(np.float64)
    tf = tf.astype(np.float64)
    tfc = tf / (k1 * ((1 - b) + b * length / l_avg) + tf)
    data = (idf * tfc).astype(bm25.dtype)

    # bm25s's default (numpy) CSC builder: int32 chunk indices, int64 column pointers.
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    bm25.scores = {"data": data, "indices": doc.astype(bm25.int_dtype), "indptr": indptr, "num_docs": n_docs}
    bm25.nonoccurrence_array = None
    # What bm25s.BM25.index sets after building: "" scores chunks with no terms.
    bm25.vocab_dict = {t: i for i, t in enumerate(vocab)}
    if "" not in bm25.vocab_dict:
        bm25.vocab_dict[""] = n_terms
    bm25.unique_token_ids_set = set(bm25.vocab_dict.values())
    return bm25
