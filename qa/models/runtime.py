"""ONNX Runtime: the encoder and the reader exported to ONNX, run without torch.

The models are exported once, from the installed base model and the shipped
reader weights (qa/models/export.py, which needs torch), into the model folder:
``QA_MODEL_DIR``, else ``$XDG_CACHE_HOME/qa/models``, else ``~/.cache/qa/models``.
``make setup`` exports them (``qa export``); otherwise the first use does.
Each file has a stamp beside it (``<name>.json``) naming what it was made from
(base model version, reader sha256, export format, onnxruntime version), its
size and sha256. A file whose stamp does not match, or whose bytes do not, is
exported again; nothing is ever fetched from a hub.

This module never imports torch: answering a question runs onnxruntime and
the model's own ``tokenizer.json`` (the ``tokenizers`` package).
"""
from __future__ import annotations

import json
import os
import threading
import warnings
from pathlib import Path

from ..errors import ModelError

FORMAT = 1  # bump when qa/models/export.py changes what it writes, so older exports are made again
MODELS = ("encoder", "encoder-int8", "reader", "reader-int8")
_sessions: dict[Path, object] = {}
_verified: dict[Path, tuple] = {}  # files found whole in this process: (source, size, mtime)
_lock = threading.Lock()


def model_dir() -> Path:
    raw = os.environ.get("QA_MODEL_DIR", "").strip()
    if raw:
        return Path(raw).expanduser()
    from ..indexing.cache import user_cache

    return user_cache() / "models"


def encoder_model(runtime: str) -> str | None:
    """The export an encoder runtime ("onnx", "onnx-int8", "torch") runs; None for torch."""
    return {"onnx": "encoder", "onnx-int8": "encoder-int8"}.get(runtime)


def reader_model(int8: bool) -> str:
    return "reader-int8" if int8 else "reader"


def source_of(name: str, reader_sha256: str | None = None) -> dict:
    """What the export ``name`` is made from; a stamp that differs means the file must be made again."""
    from importlib.metadata import version

    from .embed import package_version

    source = {"format": FORMAT, "base": package_version(), "onnxruntime": version("onnxruntime")}
    if name.startswith("reader"):
        source["reader_sha256"] = reader_sha256
    return source


def onnx_path(name: str, weights: Path | None = None, sha256: str | None = None,
              folder: Path | None = None) -> Path:
    """The exported file ``name`` (one of MODELS), exporting it first if it is missing or stale.

    The reader's exports are made from ``weights`` whose ``sha256`` its card gives (``Reader.check()``),
    and named by it, so readers trained apart keep exports apart.
    """
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; one of {', '.join(MODELS)}")
    folder = Path(folder) if folder is not None else model_dir()
    path = folder / (f"{name}-{sha256[:16]}.onnx" if name.startswith("reader") else f"{name}.onnx")
    source = source_of(name, sha256)
    if _is_current(path, source):
        return path
    from filelock import FileLock

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with FileLock(str(folder / ".export.lock"), timeout=600):
            if not _is_current(path, source):  # another process may have made it while we waited
                from .export import export

                export(name, path, source, weights)
    except OSError as exc:
        raise ModelError(f"cannot write the ONNX models to {folder} ({exc.strerror or exc}); set QA_MODEL_DIR "
                         f"to a writable folder, or QA_ENCODER=torch to run without ONNX") from None
    return path


def _is_current(path: Path, source: dict) -> bool:
    """The file matches its stamp and ``source``; hashed once per process while its size and mtime stay."""
    from ..indexing.ingest import file_hash

    key = json.dumps(source, sort_keys=True)
    try:
        stat = path.stat()
    except OSError:  # gone, or no longer ours to look at (privileges dropped): trust only this process's check
        return _verified.get(path, (None,))[0] == key
    try:
        if _verified.get(path) == (key, stat.st_size, stat.st_mtime_ns):
            return True
        stamp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if stamp.get("source") != source or stat.st_size != stamp.get("bytes"):
            return False
    except (OSError, ValueError):
        return False
    if file_hash(path) != stamp.get("sha256"):
        warnings.warn(f"{path} is damaged (its sha256 differs from its stamp); exporting it again")
        return False
    _verified[path] = (key, stat.st_size, stat.st_mtime_ns)
    return True


def session(path: Path):
    """One onnxruntime session per file per process, on the CPU, using every core it may."""
    path = Path(path)
    with _lock:
        if path not in _sessions:
            import onnxruntime as ort

            options = ort.SessionOptions()
            # OMP_NUM_THREADS when set (Ray sets it to each worker's CPUs), else every core this process may use
            threads = os.environ.get("OMP_NUM_THREADS", "")
            options.intra_op_num_threads = int(threads) if threads.isdigit() and int(threads) > 0 \
                else max(1, len(os.sched_getaffinity(0)))
            options.log_severity_level = 3  # ORT's notices about unused initializers are noise here
            # Each session has its own threads; spinning ones starve the other session's (encoder then reader):
            # a question took 32 ms with spinning, 20 ms without (docs/performance.md).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            try:
                _sessions[path] = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            except Exception as exc:  # onnxruntime raises its own error types
                raise ModelError(f"onnxruntime cannot load {path} ({str(exc)[:200]}); delete it and run "
                                 f"`qa export`, or set QA_ENCODER=torch") from None
        return _sessions[path]


def tokenizer(max_length: int, pairs: bool = False):
    """The base model's fast tokenizer from its tokenizer.json: truncation at ``max_length``, no padding.

    With ``pairs``, only the second text of a pair (the passage) is ever cut.
    """
    from tokenizers import Tokenizer

    from .embed import model_path

    tok = Tokenizer.from_file(str(Path(model_path()) / "tokenizer.json"))
    compatible(tok)
    tok.enable_truncation(max_length=max_length, strategy="only_second" if pairs else "longest_first")
    tok.no_padding()
    return tok


# How a tokenizer reads text, in Encoder.cache_id: "nfkc" folds compatibility characters first, so "inﬂuenza" (a
# ligature, as text copied from a PDF often has) is read as "influenza"; offsets still point into the text as given.
TEXT_FORM = "nfkc"


def compatible(tok) -> None:
    """Make the ``tokenizers.Tokenizer`` ``tok`` fold compatibility characters (NFKC) before its own normalizer."""
    from tokenizers import normalizers

    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), tok.normalizer]) if tok.normalizer \
        else normalizers.NFKC()


def batch_arrays(encodings) -> dict:
    """input_ids, attention_mask, token_type_ids as int64 arrays, padded with zeros to the longest."""
    import numpy as np

    length = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), length), dtype=np.int64)
    mask, types = np.zeros_like(ids), np.zeros_like(ids)
    for i, e in enumerate(encodings):
        n = len(e.ids)
        ids[i, :n], mask[i, :n], types[i, :n] = e.ids, 1, e.type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
