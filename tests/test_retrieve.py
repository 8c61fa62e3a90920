"""Fusion of dense and BM25 rankings, with a tiny encoder whose "meaning" is a word list, so the two disagree."""
import numpy as np
import pytest

from qa.answering.retrieve import Retriever, fuse, reciprocal_rank_fusion
from qa.config import Config, Fusion, Retrieval
from qa.errors import ConfigError
from qa.indexing.index import build_index, load_index
from qa.text import words

_TOPICS = ({"car", "cars", "automobile", "vehicle"}, {"fruit", "apple", "apples", "pie", "juice"})


class TopicEncoder:
    """Dimension 0 counts vehicle words, 1 fruit words, 2 everything else (a little): synonyms match densely."""

    model_name = "test/topic-encoder"
    dimension = 3

    def __init__(self):
        self.calls = 0

    def encode(self, texts, progress=False):
        self.calls += len(texts)
        out = np.zeros((len(texts), 3), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in words(text):
                dim = next((i for i, topic in enumerate(_TOPICS) if word in topic), 2)
                out[row, dim] += 1.0 if dim < 2 else 0.1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def encode_one(self, text):
        return self.encode([text])[0]


def _topic_index(tmp_path, config: Config):
    docs = tmp_path / "docs"
    docs.mkdir()
    # "automobile" is a BM25 match only in auto.txt; densely, car.txt is the closest (it is all about cars).
    (docs / "car.txt").write_text("A car drives on the road.", encoding="utf-8")
    (docs / "auto.txt").write_text("The automobile museum sells apples, fruit, apple pie and fruit juice.",
                                   encoding="utf-8")
    (docs / "fruit.txt").write_text("A vehicle and a car on a road, selling fruit. Apple juice is fruit juice.",
                                    encoding="utf-8")
    (docs / "truck.txt").write_text("Vehicles: a car, a truck.", encoding="utf-8")
    encoder = TopicEncoder()
    build_index(docs, tmp_path / "idx", config, encoder, progress=False)
    return load_index(tmp_path / "idx"), encoder


@pytest.fixture
def topic_index(tmp_path):
    return _topic_index(tmp_path, Config())


def _retriever(topic_index, **settings):
    index, encoder = topic_index
    return Retriever(index, encoder, Config(**settings))


def test_fuse_scales_each_score_to_the_candidates_then_weighs_them():
    dense, bm25 = [0.9, 0.8, 0.1], [0.0, 10.0, 5.0]
    assert np.allclose(fuse(dense, bm25, 0.7), [0.7, 0.7 * 0.875 + 0.3, 0.15])
    assert list(np.argsort(-fuse(dense, bm25, 1.0))) == [0, 1, 2]  # dense alone
    assert list(np.argsort(-fuse(dense, bm25, 0.0))) == [1, 2, 0]  # BM25 alone
    # A constant score (one candidate; no shared word) adds nothing, and never NaN.
    assert np.allclose(fuse([0.5], [3.0], 0.7), [0.0])
    assert np.allclose(fuse(dense, [0, 0, 0], 0.5), [0.5, 0.5 * 0.875, 0.0])


def test_reciprocal_rank_fusion_adds_one_over_k_plus_rank_of_each_ranking_holding_the_candidate():
    assert np.allclose(reciprocal_rank_fusion([1, 0, 2], [2, 1, 0], 60), [1 / 61 + 1 / 62, 1 / 61, 1 / 62])


def test_a_candidate_only_one_search_found_still_gets_its_exact_other_score(topic_index):
    # Three dense candidates (truck, car, fruit: all closer than auto) and one BM25 candidate (auto).
    retriever = _retriever(topic_index, candidate_depth=1, fusion=Fusion.WEIGHTED, dense_weight=0.2)
    hits = retriever.search("automobile", k=3)
    by_doc = {h.chunk.doc_id: h for h in hits}
    assert hits[0].chunk.doc_id == "auto.txt" and "car.txt" in by_doc
    car, auto = by_doc["car.txt"], by_doc["auto.txt"]
    assert car.dense_rank is not None and (car.sparse_rank, car.sparse_score) == (None, 0.0)
    assert (auto.dense_rank, auto.sparse_rank) == (None, 1) and auto.sparse_score > 0
    index, encoder = topic_index
    cosine = float(encoder.encode_one(auto.chunk.text) @ encoder.encode_one("automobile"))
    assert auto.dense_score == pytest.approx(cosine) and 0 < cosine < car.dense_score


@pytest.mark.parametrize("settings, first", [
    ({"fusion": Fusion.WEIGHTED, "dense_weight": 0.7}, "truck.txt"),  # dense favourite wins when dense weighs more
    ({"fusion": Fusion.WEIGHTED, "dense_weight": 0.2}, "auto.txt"),  # the keyword match when BM25 does
    ({"retrieval": Retrieval.DENSE}, "truck.txt"),
    ({"retrieval": Retrieval.BM25}, "auto.txt"),
    ({"fusion": Fusion.RRF}, "auto.txt"),  # RRF: in both rankings (3rd dense, 1st BM25) beats 1st in one
])
def test_the_settings_choose_the_ranking(topic_index, settings, first):
    assert _retriever(topic_index, **settings).search("automobile", k=3)[0].chunk.doc_id == first


def test_bm25_alone_never_runs_the_encoder_and_finds_only_keyword_matches(topic_index):
    retriever = _retriever(topic_index, retrieval="bm25")
    before = retriever.encoder.calls
    hits = retriever.search("automobile", k=5)
    assert retriever.encoder.calls == before
    assert [h.chunk.doc_id for h in hits] == ["auto.txt"]


def test_documents_gives_each_document_once_ranked_by_its_best_chunk(tmp_path):
    config = Config(chunk_chars=40, overlap_sentences=0)  # fruit.txt becomes two chunks
    index, encoder = _topic_index(tmp_path, config)
    assert len(index.chunks) > len(index.documents)
    retriever = Retriever(index, encoder, config)
    chunks = retriever.search("fruit juice apple", k=20)
    documents = retriever.documents("fruit juice apple", k=3)
    assert [h.chunk for h in documents] == [h.chunk for h in chunks if h is _first_of_its_document(h, chunks)][:3]
    assert [h.score for h in documents] == sorted((h.score for h in documents), reverse=True)
    restricted = retriever.documents("fruit juice apple", k=3, doc_ids=["car.txt"])
    assert [h.chunk.doc_id for h in restricted] == ["car.txt"]


def _first_of_its_document(hit, hits):
    return next(h for h in hits if h.chunk.doc_id == hit.chunk.doc_id)


def test_retrieval_settings_fail_fast_and_name_the_choices():
    with pytest.raises(ConfigError, match="bm25, dense, hybrid"):
        Config(retrieval="sparse")
    with pytest.raises(ConfigError, match="dense_weight"):
        Config(dense_weight=1.5)
    with pytest.raises(ConfigError, match="chunk_chars must be at least 20"):
        Config(chunk_chars=5)


def test_a_name_no_retrieved_chunk_writes_brings_the_best_chunks_that_write_it(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    # the fruit documents fill the first place; only one document writes the name "Toyota"
    (docs / "fruit.txt").write_text("Apple pie and apple juice are fruit.", encoding="utf-8")
    (docs / "juice.txt").write_text("Fruit juice from apples.", encoding="utf-8")
    (docs / "brand.txt").write_text("The Toyota plant makes a car.", encoding="utf-8")
    encoder = TopicEncoder()
    build_index(docs, tmp_path / "idx", Config(), encoder, progress=False)
    retriever = Retriever(load_index(tmp_path / "idx"), encoder, Config())
    hits = retriever.search("Which apple juice does Toyota sell?", k=1)
    assert [h.chunk.doc_id for h in hits] != ["brand.txt"]
    named = retriever.naming("Which apple juice does Toyota sell?", hits, ["Toyota"], k=1)
    assert named[:1] == hits and [h.chunk.doc_id for h in named[1:]] == ["brand.txt"]
    # a name a retrieved chunk writes, or one no chunk writes, adds nothing; nor does a document left out
    everything = retriever.search("Which apple juice does Toyota sell?", k=3)
    assert retriever.naming("Which apple juice does Toyota sell?", everything, ["Toyota"]) == everything
    assert retriever.naming("Which apple juice does Nissan sell?", hits, ["Nissan"]) == hits
    assert retriever.naming("Toyota juice", hits, ["Toyota"], doc_ids=["fruit.txt", "juice.txt"]) == hits



def test_an_acronym_asked_brings_the_chunks_that_write_its_plural(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "fruit.txt").write_text("Apple pie and apple juice are fruit.", encoding="utf-8")
    (docs / "immune.txt").write_text("Lampreys possess variable lymphocyte receptors (VLRs).", encoding="utf-8")
    encoder = TopicEncoder()
    build_index(docs, tmp_path / "idx", Config(), encoder, progress=False)
    retriever = Retriever(load_index(tmp_path / "idx"), encoder, Config())
    hits = [h for h in retriever.search("What apple juice has VLR?", k=2) if h.chunk.doc_id == "fruit.txt"]
    named = retriever.naming("What apple juice has VLR?", hits, ["VLR"], k=1)
    assert [h.chunk.doc_id for h in named] == ["fruit.txt", "immune.txt"]
    assert retriever.naming("What apple juice has Vlr?", hits, ["Vlr"], k=1) == hits  # a name, no acronym
