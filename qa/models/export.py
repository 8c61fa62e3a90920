"""Export the encoder and the reader to ONNX, once, from files already installed (never from a hub).

The bundled all-MiniLM-L6-v2 becomes ``encoder.onnx`` (token embeddings;
pooling and normalization are done in numpy by qa.models.embed), and the trained
reader (qa/models/reader.safetensors over that base) becomes ``reader.onnx``
(start, end and answerable logits). Each is exported with torch's own ONNX
exporter, then its attention, GELU and layer norms are fused by onnxruntime's
transformer optimizer; the ``-int8`` variants are that file with its weights
quantized to int8 (onnxruntime's dynamic quantization, one scale per channel).

Why not sentence-transformers' ``backend="onnx"`` or optimum: both go through
optimum-onnx, which requires transformers < 4.58, and qa runs on 5.x.

This is the only module besides the torch reference paths that imports torch;
qa.models.runtime calls it when a file is missing or stale, and ``qa export`` calls it
at setup.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import warnings
from pathlib import Path

OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def export(name: str, path: Path, source: dict, weights: Path | None = None) -> None:
    """Write the ONNX file ``name`` to ``path`` with its stamp; a crash leaves the old file or none.

    The reader's exports are made from ``weights``, a file that qa.models.reader.check_weights found whole.
    """
    path = Path(path)
    print(f"qa: exporting the {name} model to ONNX in {path.parent} (once; about 10 s)", file=sys.stderr)
    module, outputs = _module(name.removesuffix("-int8"), weights)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".export-") as tmp:
        raw, fused, final = (Path(tmp) / f for f in ("raw.onnx", "fused.onnx", "final.onnx"))
        _to_onnx(module, outputs, raw)
        _fuse(raw, fused)
        if name.endswith("-int8"):
            _quantize(fused, final)
        else:
            fused.replace(final)
        os.replace(final, path)
    from ..indexing.ingest import file_hash

    stamp = {"source": source, "bytes": path.stat().st_size, "sha256": file_hash(path)}
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    os.replace(temporary, path.with_suffix(".json"))


def _module(kind: str, weights: Path | None):
    """The torch module to export and the names of its outputs."""
    import torch

    from .embed import model_path
    from .reader_model import load_base

    bert = load_base(model_path(), eager=True)  # eager attention: the form the optimizer can fuse
    if kind == "encoder":
        class TokenEmbeddings(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.bert = bert

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=token_type_ids).last_hidden_state

        return TokenEmbeddings().eval(), ["token_embeddings"]
    from .reader import read_state
    from .reader_model import ReaderNet

    net = ReaderNet(bert)
    net.load_state_dict(read_state(weights, net), strict=False)
    return net.eval(), ["start", "end", "answerable"]


def _to_onnx(module, outputs: list[str], path: Path) -> None:
    import torch

    example = torch.randint(1000, 2000, (2, 16))
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    axes.update({name: {0: "batch", 1: "tokens"} if name != "answerable" else {0: "batch"} for name in outputs})
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # the tracer's notes on Python values it treats as constants
        torch.onnx.export(module, (example, torch.ones_like(example), torch.zeros_like(example)), str(path),
                          input_names=list(INPUTS), output_names=outputs, dynamic_axes=axes,
                          opset_version=OPSET, dynamo=False)


def _fuse(source: Path, target: Path) -> None:
    from onnxruntime.transformers.optimizer import optimize_model

    from .embed import DIMENSION

    model = optimize_model(str(source), model_type="bert", num_heads=12, hidden_size=DIMENSION, opt_level=1)
    model.save_model_to_file(str(target))


def _quantize(source: Path, target: Path) -> None:
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)  # its advice to pre-process, logged on the root logger, is for static quantization
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})  # fused ops have no inferred type
    finally:
        logging.disable(logging.NOTSET)
