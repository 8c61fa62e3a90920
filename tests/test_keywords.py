"""qa.keywords builds the same BM25 index as bm25s's own build, only faster."""
from __future__ import annotations

import random

import bm25s
import numpy as np
import pytest

from conftest import SEEDS
from qa.chunking import chunk_document
from qa.ingest import find_files, read_document
from qa.keywords import build_bm25
from qa.text import terms


def _stock(chunk_terms):
    bm25 = bm25s.BM25()
    bm25.index(chunk_terms, show_progress=False)
    return bm25


def _random_corpus(seed):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(200)]
    corpus = [[rng.choice(words) for _ in range(rng.randint(1, 30))] for _ in range(1500)]
    return corpus + [[""], [""]]  # chunks without terms, as qa.index stores them


def _seed_corpus():
    chunks = [c for s in find_files(SEEDS) for c in chunk_document(read_document(s), 300, 1)]
    return [terms(c.text) or [""] for c in chunks]


@pytest.mark.parametrize("corpus, queries", [
    (_random_corpus(1), [["w1", "w2"], ["w7", "w7", "w150"], ["absent", "w3"], [""]]),
    (_random_corpus(2), [["w0"], ["w199", "w42", "w42", "w42"]]),
    (_seed_corpus(), [terms("How many Lao students study in Vietnam?"), terms("rice exports"), terms("Vietnam education cooperation")]),
])
def test_scores_and_rankings_equal_bm25s_own_build(corpus, queries, tmp_path):
    stock, ours = _stock(corpus), build_bm25(corpus)
    assert ours.scores["num_docs"] == stock.scores["num_docs"] == len(corpus)
    assert len(ours.scores["data"]) == len(stock.scores["data"])  # one entry per (chunk, distinct term)
    assert set(ours.vocab_dict) == set(stock.vocab_dict)
    for query in queries:
        expected = stock.get_scores(query)
        assert expected.max() > 0 or query == [""]
        np.testing.assert_allclose(ours.get_scores(query), expected, rtol=1e-6, atol=1e-7)
        k = min(10, len(corpus))
        a = stock.retrieve([query], k=k, show_progress=False)
        b = ours.retrieve([query], k=k, show_progress=False)
        np.testing.assert_allclose(b.scores, a.scores, rtol=1e-6)
    ours.save(str(tmp_path / "bm25"), show_progress=False)
    loaded = bm25s.BM25.load(str(tmp_path / "bm25"), show_progress=False)
    np.testing.assert_allclose(loaded.get_scores(queries[0]), stock.get_scores(queries[0]), rtol=1e-6, atol=1e-7)


def test_a_term_in_few_chunks_outweighs_a_common_one():
    corpus = [["common", "rare"]] + [["common"]] * 50
    scores = build_bm25(corpus).get_scores(["rare"])
    assert scores[0] > 0 and not scores[1:].any()
    common = build_bm25(corpus).get_scores(["common"])
    assert 0 < common[0] < scores[0]
