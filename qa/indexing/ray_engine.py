"""Index on a Ray cluster: ``qa index DOCS --engine ray``. Only qa.indexing.index imports this, for that engine.

The sync (qa.indexing.index) decides, as it always does, which files are new or
changed; only those come here, never an unchanged file. Ray Data then

1. reads, parses and splits each file into sentences and chunks, in tasks
   (``_parse``: qa.indexing.ingest and qa.indexing.chunking, exactly as the local engine);
2. embeds the chunks and sentences in an actor pool (``_Embedder``): each actor
   loads the encoder once (the ONNX export, or torch with QA_ENCODER=torch)
   and embeds a batch of documents with qa.indexing.passages, as the local engine does.
   Actors ask for a GPU each when the cluster has GPUs, one CPU otherwise.

The rows come back to the driver, which numbers the chunks and commits one
generation exactly as a local sync does. Nothing is written by the workers, so
a failed or cancelled job leaves nothing behind and the previous index live.
Ray retries a parsing task that dies (its default task retries); an error
inside a task, or an embedding actor that dies, fails the job, which is one
IndexStateError, and the previous index stays live.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from ..errors import ConfigError, IndexStateError

INSTALL = "pip install -e '.[ray]' (or pip install 'ray[data]')"
DOCS_PER_BATCH = 4  # documents an actor embeds at once: small, so the actors' loads stay even


@dataclass(frozen=True)
class Embedded:
    """One file as the workers return it: the document and its vectors, or why it was skipped."""

    doc_id: str
    document: object | None  # qa.types.Document
    reason: str
    sentences: list[tuple[int, int]]
    chunks: list[tuple[int, int]]  # [start, end) of each chunk, in order; the driver gives the ids
    chunk_vectors: np.ndarray
    sentence_vectors: np.ndarray
    node: str = ""  # the Ray node that embedded it


def connect(address: str | None):
    """The ``ray`` module, connected to ``address`` (else $RAY_ADDRESS, else a local cluster)."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError(f"--engine ray needs Ray, which is not installed; install it with {INSTALL}") from None
    import logging

    for name in ("ray", "ray.data"):  # its progress notes; its warnings and errors still show
        logging.getLogger(name).setLevel(logging.WARNING)
    if not ray.is_initialized():
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(address=address or os.environ.get("RAY_ADDRESS") or None, include_dashboard=False,
                 log_to_driver=False, configure_logging=False,
                 runtime_env={"env_vars": {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}})
    return ray


def read_and_embed(sources, config, runtime: str, address: str | None = None,
                   progress: bool = False) -> list[Embedded]:
    """Parse, chunk and embed ``sources`` (qa.indexing.ingest.SourceFile) on Ray; one Embedded per source, in order."""
    if not sources:
        return []
    ray = connect(address)
    import logging

    ray.data.DataContext.get_current().enable_progress_bars = progress
    logging.getLogger("ray.data").setLevel(logging.WARNING if progress else logging.ERROR)
    gpus = ray.cluster_resources().get("GPU", 0)
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    actors = max(1, min(int(gpus) or cpus, -(-len(sources) // DOCS_PER_BATCH)))
    items = [{"order": i, "path": str(s.path), "doc_id": s.doc_id} for i, s in enumerate(sources)]
    settings = {"chunk_chars": config.chunk_chars, "overlap_sentences": config.overlap_sentences}
    import warnings

    warnings.filterwarnings("ignore", message=".*ray_remote_args.*deprecated")  # max_restarts has no named form
    dataset = (ray.data.from_items(items, override_num_blocks=min(len(items), cpus * 4))
               .map(_parse, fn_kwargs=settings, num_cpus=0)  # light; the embedding actors hold the CPUs
               .map_batches(_Embedder, fn_constructor_kwargs={"runtime": runtime,
                                                              "batch_size": config.embed_batch_size},
                            batch_size=DOCS_PER_BATCH, batch_format="pandas",
                            compute=ray.data.ActorPoolStrategy(size=actors),
                            num_gpus=1 if gpus else 0, num_cpus=0 if gpus else 1,
                            max_restarts=0))  # a dead actor fails the job: one clear line, nothing written
    try:
        rows = dataset.take_all()
    except Exception as exc:  # Ray wraps a worker's error in its own types
        raise IndexStateError(f"the Ray job failed ({type(exc).__name__}: {str(exc).splitlines()[0][:300]}); the "
                              "previous index is still the live one; run `qa index` again") from None
    return [_embedded(row) for row in sorted(rows, key=lambda r: r["order"])]


def _parse(item: dict, chunk_chars: int, overlap_sentences: int) -> dict:
    """Read one file and split it, as the local engine does; a file that cannot be read says why."""
    from pathlib import Path

    from .chunking import chunk_document, sentence_spans
    from .ingest import SourceFile, read_saying_why

    doc, said = read_saying_why(SourceFile(Path(item["path"]), item["doc_id"]))
    row = dict(item, reason="", text="", title="", date="", pages=[], sentences=[], chunks=[])
    if doc is None:
        row["reason"] = said[-1] if said else "unreadable"
        return row
    sentences = sentence_spans(doc.text, chunk_chars)
    chunks = chunk_document(doc, chunk_chars, overlap_sentences, sentences=sentences)
    row.update(text=doc.text, title=doc.title, date=doc.date or "", pages=[int(p) for p in doc.pages],
               sentences=[list(s) for s in sentences], chunks=[[c.start, c.end] for c in chunks])
    return row


class _Embedder:
    """A Ray actor: the encoder, loaded once; embeds batches of parsed documents."""

    def __init__(self, runtime: str, batch_size: int):
        from ..models.embed import Encoder

        self.encoder = Encoder(batch_size=batch_size, runtime=runtime)

    def __call__(self, batch):
        from ..types import Chunk
        from .passages import encode_documents

        documents, chunks, sentences = [], [], {}
        for row in batch.itertuples(index=False):
            if row.reason:
                continue
            doc = _document(row)
            documents.append(doc)
            sentences[doc.doc_id] = [tuple(s) for s in row.sentences]
            chunks += [Chunk(i, doc.doc_id, s, e, doc.text[s:e]) for i, (s, e) in enumerate(row.chunks)]
        chunk_vectors, sentence_vectors = encode_documents(documents, chunks, sentences, self.encoder)
        out, first = [], 0
        for row in batch.itertuples(index=False):
            n = 0 if row.reason else len(row.chunks)
            mine = chunk_vectors[first:first + n]
            first += n
            out.append(np.asarray(mine, dtype=np.float32).tobytes())
        import ray

        batch = batch.copy()
        batch["node"] = ray.get_runtime_context().get_node_id()
        batch["chunk_vectors"] = out
        batch["sentence_vectors"] = [b"" if row.reason else sentence_vectors[row.doc_id].astype(np.float16).tobytes()
                                     for row in batch.itertuples(index=False)]
        return batch


def _document(row):
    from ..types import Document

    return Document(row.doc_id, row.text, row.title, row.date or None, tuple(int(p) for p in row.pages))


def _embedded(row: dict) -> Embedded:
    from ..models.embed import DIMENSION

    class Row:  # the pandas row's attribute access, for _document
        pass

    r = Row()
    r.__dict__.update(row)
    document = None if row["reason"] else _document(r)
    return Embedded(row["doc_id"], document, row["reason"], [tuple(s) for s in row["sentences"]],
                    [tuple(c) for c in row["chunks"]],
                    np.frombuffer(row["chunk_vectors"], dtype=np.float32).reshape(-1, DIMENSION),
                    np.frombuffer(row["sentence_vectors"], dtype=np.float16).reshape(-1, DIMENSION), row["node"])
