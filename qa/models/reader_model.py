"""The reader's network and its weights file: the bundled MiniLM with a span head and an answerability head.

This is the one module of the reader that imports torch. qa answers with the
ONNX export of this network (qa/models/export.py, run by qa/models/runtime.py); it loads it
only to export it, for the torch reference runtime (QA_ENCODER=torch), and
for training (training/train_reader.py). The transformer layers are stored as int8 rows with one float32 scale per
row (the layers were all fine-tuned, so they must ship); the word, position
and type embeddings are never trained, so they come from the bundled base
model and are not in the file.
"""
from __future__ import annotations

import torch
from torch import nn


class ReaderNet(nn.Module):
    """BERT encoder -> start/end logits per token, and one answerability logit from the [CLS] token."""

    def __init__(self, bert):
        super().__init__()
        self.bert = bert
        hidden = bert.config.hidden_size
        self.span = nn.Linear(hidden, 2)
        self.answerable = nn.Linear(hidden, 1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        states = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
        start, end = self.span(states).unbind(-1)
        return start, end, self.answerable(states[:, 0]).squeeze(-1)

    def trained_state(self) -> dict[str, torch.Tensor]:
        """The tensors a fine-tune changes and the file ships: everything but the embeddings and the pooler."""
        return {k: v for k, v in self.state_dict().items()
                if not k.startswith(("bert.embeddings.word_embeddings", "bert.embeddings.position_embeddings",
                                     "bert.embeddings.token_type_embeddings", "bert.pooler"))}


def load_base(base_path: str, eager: bool = False):
    """The bundled all-MiniLM-L6-v2 as a transformers BertModel, offline.

    ``eager`` picks the plain attention code (not torch's fused kernel): the form qa.models.export can trace and fuse.
    The tokenizer is qa.models.reader.pair_tokenizer(), the same for training and every runtime.
    """
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    return AutoModel.from_pretrained(base_path, local_files_only=True,
                                     **({"attn_implementation": "eager"} if eager else {}))


# --- the weights file -----------------------------------------------------------------------

def pack(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """int8 rows with a float32 scale each for every matrix; vectors (biases, norms) stay float32."""
    packed = {}
    for name, tensor in state.items():
        tensor = tensor.detach().float().contiguous()
        if tensor.dim() == 2 and tensor.shape[0] > 8:
            scale = tensor.abs().amax(dim=1).clamp(min=1e-12) / 127.0
            packed[f"{name}.int8"] = torch.round(tensor / scale[:, None]).clamp(-127, 127).to(torch.int8)
            packed[f"{name}.scale"] = scale
        else:
            packed[name] = tensor
    return packed


def unpack(packed: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    state = {}
    for name, tensor in packed.items():
        if name.endswith(".int8"):
            base = name[:-len(".int8")]
            state[base] = tensor.float() * packed[f"{base}.scale"][:, None]
        elif not name.endswith(".scale"):
            state[name] = tensor
    return state
