"""Chunk and sentence vectors from one forward pass per chunk (qa.indexing.passages, Encoder.encode_passages)."""
import numpy as np

from conftest import SEEDS
from qa.indexing.cache import EmbeddingCache
from qa.indexing.chunking import chunk_document
from qa.models.embed import _pool_spans
from qa.indexing.passages import encode_documents
from qa.text import split_sentences
from qa.types import Document


def _documents(n=2, chunk_chars=700):
    docs, chunks, sentences = [], [], {}
    for path in sorted(SEEDS.iterdir())[:n]:
        doc = Document(path.name, path.read_text(encoding="utf-8"), path.stem)
        docs.append(doc)
        sentences[doc.doc_id] = split_sentences(doc.text)
        chunks += chunk_document(doc, chunk_chars, 1, first_id=len(chunks), sentences=sentences[doc.doc_id])
    return docs, chunks, sentences


def test_pool_spans_averages_the_tokens_inside_each_span_and_zeroes_a_cut_off_span():
    tokens = np.array([[9.0, 9.0], [1.0, 0.0], [0.0, 1.0], [3.0, 0.0], [9.0, 9.0]], dtype=np.float32)
    offsets = [(0, 0), (0, 2), (3, 5), (6, 8), (0, 0)]  # [CLS] "ab" "cd" "ef" [SEP]
    pooled = _pool_spans(tokens, offsets, [(0, 5), (6, 8), (6, 12)], 2)
    assert np.allclose(pooled[0], [2 ** -0.5, 2 ** -0.5])  # mean of rows 1 and 2, normalized
    assert np.allclose(pooled[1], [1.0, 0.0])
    assert not pooled[2].any()  # the text was read only up to character 8


def test_passage_vectors_are_those_of_encode_and_span_vectors_are_unit_length(encoder):
    text = open(sorted(SEEDS.iterdir())[1], encoding="utf-8").read()[:700]
    spans = split_sentences(text)
    passages, pooled = encoder.encode_passages([text, "A second, short passage."], [spans, [(0, 8)]])
    plain = encoder.encode([text, "A second, short passage."])
    assert np.allclose(passages, plain, atol=1e-5)
    assert pooled[0].shape == (len(spans), encoder.dimension)
    assert np.allclose(np.linalg.norm(pooled[0], axis=1), 1.0, atol=1e-5)
    # On average a pooled sentence vector is nearer that sentence encoded alone than the passage's other sentences.
    alone = encoder.encode([text[s:e] for s, e in spans])
    similarity = pooled[0] @ alone.T
    own = np.diag(similarity).mean()
    others = (similarity.sum() - np.trace(similarity)) / (len(spans) ** 2 - len(spans))
    assert own > others + 0.1


def test_a_span_beyond_the_models_reach_is_zero_and_then_encoded_on_its_own(encoder):
    long_text = "Rice grows in the delta. " * 120  # far more than 256 tokens
    last = (len(long_text) - 25, len(long_text) - 1)
    _, pooled = encoder.encode_passages([long_text], [[(0, 24), last]])
    assert pooled[0][0].any() and not pooled[0][1].any()
    doc = Document("long.txt", long_text.strip(), "long")
    sentences = {doc.doc_id: split_sentences(doc.text)}
    chunks = chunk_document(doc, 10_000, 1, sentences=sentences[doc.doc_id])
    _, vectors = encode_documents([doc], chunks, sentences, encoder)
    assert np.allclose(np.linalg.norm(vectors[doc.doc_id].astype(np.float32), axis=1), 1.0, atol=1e-2)


def test_encode_documents_reads_each_chunk_once_and_gives_every_sentence_a_vector(encoder, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    docs, chunks, sentences = _documents()
    before = encoder.calls
    chunk_vectors, sentence_vectors = encode_documents(docs, chunks, sentences, encoder)
    assert encoder.calls - before == len(chunks)  # no sentence encoded on its own
    assert np.allclose(chunk_vectors, encoder.encode([c.text for c in chunks]), atol=1e-5)
    for doc in docs:
        vectors = sentence_vectors[doc.doc_id].astype(np.float32)
        assert vectors.shape == (len(sentences[doc.doc_id]), encoder.dimension)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-2)


def test_an_encoder_without_encode_passages_encodes_sentences_on_their_own(hash_encoder, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    docs, chunks, sentences = _documents()
    chunk_vectors, sentence_vectors = encode_documents(docs, chunks, sentences, hash_encoder)
    doc = docs[0]
    alone = hash_encoder.encode([doc.text[s:e] for s, e in sentences[doc.doc_id]])
    assert np.allclose(sentence_vectors[doc.doc_id].astype(np.float32), alone, atol=1e-2)
    assert np.allclose(chunk_vectors, hash_encoder.encode([c.text for c in chunks]))


class CountingPassageEncoder:
    """Pretends to pool spans: each span's vector is the hash vector of its text."""

    model_name, cache_id = "test/hash-encoder", "test/hash-encoder@1"

    def __init__(self, inner):
        self.inner, self.dimension, self.passages = inner, inner.dimension, 0

    def encode(self, texts, progress=False):
        return self.inner.encode(texts)

    def encode_passages(self, texts, spans):
        self.passages += len(texts)
        return self.inner.encode(texts), [self.inner.encode([t[s:e] for s, e in sp]) for t, sp in zip(texts, spans)]


def test_the_cache_returns_passage_and_span_vectors_without_the_model(tmp_path, hash_encoder):
    encoder = CountingPassageEncoder(hash_encoder)
    cache = EmbeddingCache(tmp_path / "e.sqlite", encoder.cache_id, encoder.dimension)
    texts, spans = ["Rice grew. Exports fell.", "Coffee rose."], [[(0, 10), (11, 24)], [(0, 12)]]
    first = cache.encode_passages(encoder, texts, spans)
    assert encoder.passages == 2
    second = cache.encode_passages(encoder, texts, spans)
    assert encoder.passages == 2 and (cache.hits, cache.misses) == (2, 2)
    assert np.array_equal(first[0], second[0])
    assert all(np.array_equal(a, b) for a, b in zip(first[1], second[1]))
    cache.encode_passages(encoder, texts[:1], [[(0, 10)]])  # same text, spans it has stored: a hit
    cache.encode_passages(encoder, texts[:1], [[(0, 5)]])  # a span never stored: the model reads it again
    assert encoder.passages == 3
    # A span vector never answers a plain look-up of the span's text.
    cache.encode(hash_encoder, ["Rice grew."])
    assert cache.misses == 4
