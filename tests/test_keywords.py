"""qa.indexing.keywords builds the same BM25 index as bm25s's own build: same vocabulary, score arrays and rankings."""
from __future__ import annotations

import random

import bm25s
import numpy as np
import pytest

from conftest import SEEDS
from qa.indexing.chunking import chunk_document
from qa.indexing.ingest import find_files, read_document
from qa.indexing.keywords import bm25_from_ids, build_bm25
from qa.text import terms


def _stock(chunk_terms):
    bm25 = bm25s.BM25()
    bm25.index(chunk_terms, show_progress=False)
    return bm25


def _random_corpus(seed, empty_chunks):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(200)]
    # Few words and long chunks: most chunks repeat some word (term frequency > 1).
    corpus = [[rng.choice(words) for _ in range(rng.randint(1, 30))] for _ in range(1500)]
    for i in range(empty_chunks):  # chunks without terms, as qa.indexing.index stores them
        corpus.insert(rng.randrange(len(corpus) + 1), [""])
    return corpus


def _seed_corpus():
    """The seed documents in sentence windows, tokenized as qa.indexing.index tokenizes them."""
    chunks = [c for s in find_files(SEEDS) for c in chunk_document(read_document(s), 300, 1)]
    return [terms(c.text) or [""] for c in chunks]


RANDOM_QUERIES = [["w1", "w2"], ["w7", "w7", "w150"], ["absent", "w3"], ["w0"], ["w199", "w42", "w42", "w42"]]
SEED_QUERIES = [terms(q) for q in ("How many Lao students study in Vietnam?", "rice exports",
                                   "Vietnam education cooperation", "When was the agreement signed?")]
CORPORA = [
    pytest.param(_random_corpus(1, 0), RANDOM_QUERIES, id="random"),
    pytest.param(_random_corpus(2, 40), RANDOM_QUERIES + [[""]], id="random-with-empty-chunks"),
    pytest.param([[""], ["a", "b", "a"], [""], ["b"]], [["a"], ["b", "a"], [""]], id="tiny-with-empty-chunks"),
    pytest.param(_seed_corpus(), SEED_QUERIES, id="seeds"),
]


def _assert_same_index(ours, stock):
    assert list(ours.vocab_dict.items()) == list(stock.vocab_dict.items())
    assert ours.unique_token_ids_set == stock.unique_token_ids_set
    assert ours.scores["num_docs"] == stock.scores["num_docs"]
    assert ours.scores["data"].dtype == stock.scores["data"].dtype
    assert np.allclose(ours.scores["data"], stock.scores["data"], rtol=1e-6, atol=0)
    for name in ("indices", "indptr"):
        assert ours.scores[name].dtype == stock.scores[name].dtype, name
        assert np.array_equal(ours.scores[name], stock.scores[name]), name


def _assert_same_results(ours, stock, queries, n_chunks):
    for query in queries:
        expected = stock.get_scores(query)
        assert expected.max() > 0, f"query {query} matches nothing, so it tests nothing"
        assert np.allclose(ours.get_scores(query), expected, rtol=1e-6, atol=0)
        k = min(10, n_chunks)
        a = stock.retrieve([query], k=k, show_progress=False)
        b = ours.retrieve([query], k=k, show_progress=False)
        assert np.array_equal(b.documents, a.documents), query
        assert np.allclose(b.scores, a.scores, rtol=1e-6, atol=0)


@pytest.mark.parametrize("corpus, queries", CORPORA)
def test_build_bm25_equals_bm25s_own_build(corpus, queries):
    stock, ours = _stock(corpus), build_bm25(corpus)
    assert ours.scores["num_docs"] == len(corpus)
    _assert_same_index(ours, stock)
    _assert_same_results(ours, stock, queries, len(corpus))


@pytest.mark.parametrize("corpus, queries", CORPORA)
def test_save_and_load_with_plain_bm25s_gives_the_same_index(corpus, queries, tmp_path):
    stock = _stock(corpus)
    build_bm25(corpus).save(str(tmp_path / "bm25"), show_progress=False)
    loaded = bm25s.BM25.load(str(tmp_path / "bm25"), show_progress=False)
    assert type(loaded) is bm25s.BM25
    _assert_same_index(loaded, stock)
    _assert_same_results(loaded, stock, queries, len(corpus))


@pytest.mark.parametrize("corpus, queries", CORPORA)
def test_bm25_from_ids_in_first_seen_order_ranks_as_bm25s(corpus, queries):
    """qa.indexing.index numbers terms in the order it first reads them, not bm25s's: only the rankings must agree."""
    vocab: dict[str, int] = {}
    ids = np.array([vocab.setdefault(t, len(vocab)) for chunk in corpus for t in chunk], dtype=np.int64)
    counts = np.array([len(chunk) for chunk in corpus], dtype=np.int64)
    ours, stock = bm25_from_ids(ids, counts, list(vocab)), _stock(corpus)
    assert set(ours.vocab_dict) == set(stock.vocab_dict)
    assert ours.scores["num_docs"] == stock.scores["num_docs"]
    assert len(ours.scores["data"]) == len(stock.scores["data"])  # one entry per (chunk, distinct term)
    _assert_same_results(ours, stock, queries, len(corpus))


def test_a_term_in_few_chunks_outweighs_a_common_one():
    corpus = [["common", "rare"]] + [["common"]] * 50
    bm25 = build_bm25(corpus)
    rare = bm25.get_scores(["rare"])
    assert rare[0] > 0 and not rare[1:].any()
    common = bm25.get_scores(["common"])
    assert 0 < common[0] < rare[0]
