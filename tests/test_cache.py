"""The embedding cache: a second build of the same texts does not call the model, and gives the same index."""
import numpy as np

from qa.config import Config
from qa.indexing.cache import EmbeddingCache
from qa.indexing.index import build_index, load_index


class CachedHashEncoder:
    """The conftest hash encoder, but naming its weights so that qa.indexing.cache caches it."""

    def __init__(self, inner):
        self.inner = inner
        self.model_name, self.dimension = inner.model_name, inner.dimension
        self.cache_id = "test/hash-encoder@1"

    def encode(self, texts, progress=False):
        return self.inner.encode(texts)

    def encode_one(self, text):
        return self.inner.encode_one(text)


def test_a_rebuild_reads_every_vector_from_the_cache(docs_copy, tmp_path, hash_encoder, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    encoder = CachedHashEncoder(hash_encoder)
    build_index(docs_copy, tmp_path / "a", Config(), encoder, progress=False)
    cold = hash_encoder.calls
    assert cold > 0
    build_index(docs_copy, tmp_path / "b", Config(), encoder, progress=False, rebuild=True)
    assert hash_encoder.calls == cold  # nothing encoded the second time
    a, b = load_index(tmp_path / "a"), load_index(tmp_path / "b")
    assert np.array_equal(a.sentence_vectors, b.sentence_vectors)
    n = a.faiss_index.ntotal
    assert np.array_equal(a.faiss_index.reconstruct_n(0, n), b.faiss_index.reconstruct_n(0, n))


def test_the_cache_keys_on_the_model_and_the_exact_text(tmp_path, hash_encoder):
    first = EmbeddingCache(tmp_path / "e.sqlite", "model-a", hash_encoder.dimension)
    first.encode(hash_encoder, ["rice exports grew", "rice exports grew"])
    assert (first.hits, first.misses) == (0, 2)
    first.encode(hash_encoder, ["rice exports grew", "Rice exports grew"])
    assert (first.hits, first.misses) == (1, 3)  # a different text is a different key
    other = EmbeddingCache(tmp_path / "e.sqlite", "model-b", hash_encoder.dimension)
    other.encode(hash_encoder, ["rice exports grew"])
    assert other.misses == 1  # another model never reads model-a's vectors


def test_an_encoder_without_a_cache_id_or_a_switched_off_cache_is_not_cached(monkeypatch, tmp_path, hash_encoder):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    assert EmbeddingCache.for_encoder(hash_encoder) is None
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    assert EmbeddingCache.for_encoder(CachedHashEncoder(hash_encoder)) is None
