"""An on-disk cache of text embeddings, so that rebuilding an index does not run the model again.

Vectors are stored in one SQLite file, ``embeddings.sqlite``, in ``QA_CACHE_DIR``
(else ``$XDG_CACHE_HOME/qa``, else ``~/.cache/qa``); ``QA_CACHE_DIR=off``
switches the cache off. A vector is keyed by the encoder's ``cache_id`` (its
model name and version) and the SHA-256 of the exact text, and kept as the
float32 bytes the model returned, so a cached build is identical to a cold one.

Only encoders that name their weights with a ``cache_id`` are cached; a test
encoder without one is always called. A cache that cannot be opened or written
is a warning, never an error: the texts are then simply encoded. Nothing here
decides what to embed; ``qa.indexing.index`` does.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import warnings
from pathlib import Path

import numpy as np

DISABLED = ("off", "none", "0", "false")
FILE_NAME = "embeddings.sqlite"
SPAN_SUFFIX = "#span-mean"  # vectors of spans pooled inside a passage (Encoder.encode_passages)


def cache_dir() -> Path | None:
    """The cache folder from the environment, or None when the cache is switched off."""
    raw = os.environ.get("QA_CACHE_DIR", "").strip()
    if raw.lower() in DISABLED:
        return None
    if raw:
        return Path(raw).expanduser()
    return user_cache()


def user_cache() -> Path:
    """qa's folder in the user's cache: ``$XDG_CACHE_HOME/qa``, else ``~/.cache/qa``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "qa"


class EmbeddingCache:
    """Vectors of one encoder, by text. ``encode`` looks up, encodes the misses, stores them."""

    def __init__(self, path: Path, cache_id: str, dimension: int):
        self.path = Path(path)
        self.cache_id = cache_id
        self.dimension = dimension
        self.hits = 0
        self.misses = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A writer holds the lock for one batch; another indexer waits rather than fails.
        self._db = sqlite3.connect(str(self.path), timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, text_sha256 BLOB NOT NULL, "
                         "vector BLOB NOT NULL, PRIMARY KEY (model, text_sha256)) WITHOUT ROWID")
        self._db.commit()

    @classmethod
    def for_encoder(cls, encoder) -> "EmbeddingCache | None":
        """The cache for ``encoder``, or None if it has no ``cache_id``, the cache is off or unusable."""
        cache_id = getattr(encoder, "cache_id", None)
        folder = cache_dir()
        if not cache_id or folder is None:
            return None
        try:
            return cls(folder / FILE_NAME, cache_id, encoder.dimension)
        except (OSError, sqlite3.Error) as exc:
            warnings.warn(f"embedding cache in {str(folder)!r} is unusable ({exc}); encoding without it "
                          "(set QA_CACHE_DIR to a writable folder, or QA_CACHE_DIR=off)")
            return None

    def encode(self, encoder, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts`` (float32, one row per text): cached rows read, the rest encoded and stored.

        Call it with batches: the whole batch is looked up in one query.
        """
        keys = [hashlib.sha256(t.encode("utf-8")).digest() for t in texts]
        found = self._lookup(keys)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        missing = []
        for i, key in enumerate(keys):
            if key in found:
                out[i] = found[key]
            else:
                missing.append(i)
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = np.asarray(encoder.encode([texts[i] for i in missing]), dtype=np.float32)
            out[missing] = vectors
            self._store([(keys[i], vectors[n]) for n, i in enumerate(missing)])
        return out

    def encode_passages(self, encoder, texts: list[str], spans: list[list[tuple[int, int]]]
                        ) -> tuple[np.ndarray, list[np.ndarray]]:
        """``encoder.encode_passages`` through the cache: a passage is read when its vector and all its
        span vectors are stored, else the model reads it again (and all of them are stored).

        A span's vector is keyed by its offsets and the passage text, under ``cache_id`` + ``SPAN_SUFFIX``,
        so it never mixes with the vector of a text encoded on its own.
        """
        keys = [hashlib.sha256(t.encode("utf-8")).digest() for t in texts]
        span_keys = [[_span_key(t, s, e) for s, e in text_spans] for t, text_spans in zip(texts, spans)]
        found = self._lookup(keys)
        found_spans = self._lookup([k for ks in span_keys for k in ks], self.cache_id + SPAN_SUFFIX)
        passages = np.zeros((len(texts), self.dimension), dtype=np.float32)
        pooled: list[np.ndarray] = [np.zeros((len(s), self.dimension), dtype=np.float32) for s in spans]
        missing = []
        for i, key in enumerate(keys):
            if key in found and all(k in found_spans for k in span_keys[i]):
                passages[i] = found[key]
                for j, k in enumerate(span_keys[i]):
                    pooled[i][j] = found_spans[k]
            else:
                missing.append(i)
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors, parts = encoder.encode_passages([texts[i] for i in missing], [spans[i] for i in missing])
            for n, i in enumerate(missing):
                passages[i] = vectors[n]
                pooled[i] = np.asarray(parts[n], dtype=np.float32)
            self._store([(keys[i], vectors[n]) for n, i in enumerate(missing)])
            self._store([(k, pooled[i][j]) for i in missing for j, k in enumerate(span_keys[i])],
                        self.cache_id + SPAN_SUFFIX)
        return passages, pooled

    def _lookup(self, keys: list[bytes], model: str | None = None) -> dict[bytes, np.ndarray]:
        unique = list(set(keys))
        found: dict[bytes, np.ndarray] = {}
        try:
            for i in range(0, len(unique), 500):  # stay under SQLite's limit on query parameters
                part = unique[i:i + 500]
                rows = self._db.execute(
                    f"SELECT text_sha256, vector FROM vectors WHERE model = ? AND text_sha256 IN "
                    f"({','.join('?' * len(part))})", [model or self.cache_id, *part])
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (self.dimension,):  # a damaged row is a miss
                        found[key] = vector
        except sqlite3.Error as exc:
            warnings.warn(f"embedding cache {str(self.path)!r} could not be read ({exc}); encoding instead")
        return found

    def _store(self, rows: list[tuple[bytes, np.ndarray]], model: str | None = None) -> None:
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                     [(model or self.cache_id, key, v.astype(np.float32).tobytes())
                                      for key, v in rows])
        except sqlite3.Error as exc:
            warnings.warn(f"embedding cache {str(self.path)!r} could not be written ({exc}); continuing without it")

    def close(self) -> None:
        self._db.close()


def _span_key(text: str, start: int, end: int) -> bytes:
    return hashlib.sha256(f"{start}:{end}\n".encode("ascii") + text.encode("utf-8")).digest()
