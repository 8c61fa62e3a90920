"""qa: extractive question answering over your documents, with exact citations.

>>> import qa                                                     # doctest: +SKIP
>>> a = qa.answer("How many Lao students are studying in Vietnam?")  # doctest: +SKIP
>>> a.text, a.citations[0].doc_id                                 # doctest: +SKIP
"""
from .config import Config
from .errors import ConfigError, DocumentsError, IndexStateError, ModelError, QAError, QuestionError
from .types import Answer, Chunk, Citation, Document, Hit

__all__ = ["QA", "answer", "build_index", "Answer", "Citation", "Document", "Chunk", "Hit", "Config",
           "QAError", "ConfigError", "DocumentsError", "IndexStateError", "ModelError", "QuestionError"]


def __getattr__(name):
    # Heavy modules (numpy, faiss, torch) load only when used, so `import qa` stays fast.
    if name in ("QA", "answer"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "build_index":
        from .indexing.index import build_index
        return build_index
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
