"""Shared fixtures. The seed index is built once per test session with the real bundled model."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Tests never write to the user's embedding cache (~/.cache/qa): they get a private one,
# removed when the test run ends (each run used to leave 4 MB behind in the temp folder).
if "QA_CACHE_DIR" not in os.environ:
    os.environ["QA_CACHE_DIR"] = tempfile.mkdtemp(prefix="qa-test-cache-")
    atexit.register(shutil.rmtree, os.environ["QA_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL_DIR = Path(os.environ.get("QA_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@pytest.fixture(scope="session")
def encoder():
    from qa.models.embed import Encoder

    return Encoder()


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory, encoder) -> Path:
    from qa.config import Config
    from qa.indexing.index import build_index

    index_dir = tmp_path_factory.mktemp("seed-index")
    build_index(SEEDS, index_dir, Config(), encoder, progress=False)
    return index_dir


@pytest.fixture(scope="session")
def seed_qa(seed_index_dir, encoder):
    from qa.pipeline import QA

    return QA(index_dir=seed_index_dir, encoder=encoder)


@pytest.fixture
def docs_copy(tmp_path) -> Path:
    """A private copy of the seeds that a test may edit."""
    target = tmp_path / "docs"
    shutil.copytree(SEEDS, target)
    return target


class HashEncoder:
    """A tiny deterministic stand-in for the model, for fast unit tests of indexing only.

    Each word adds to a hashed dimension, so texts sharing words are similar.
    End-to-end tests use the real model instead.
    """

    model_name = "test/hash-encoder"
    dimension = 64

    def __init__(self):
        self.calls = 0

    def encode(self, texts, progress=False):
        import zlib

        import numpy as np

        from qa.text import terms

        self.calls += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in terms(text) or ["empty"]:
                out[row, zlib.crc32(term.encode()) % self.dimension] += 1.0
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out

    def encode_one(self, text):
        return self.encode([text])[0]


@pytest.fixture
def hash_encoder():
    return HashEncoder()


def qa_over(tmp_path: Path, encoder, name: str, text: str):
    """qa over one document ``text`` (file ``name``), built in ``tmp_path`` with the real models."""
    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    config = Config()
    build_index(tmp_path / "docs", tmp_path / "index", config, encoder, progress=False)
    return QA(tmp_path / "index", config=config, encoder=encoder)
