"""The reader's network and its weights file: the bundled MiniLM with a span head and an answerability head.

This is the one module of the reader that imports torch; qa.reader loads it
only when the first passage is read, and training/train_reader.py builds on
it. The transformer layers are stored as int8 rows with one float32 scale per
row (the layers were all fine-tuned, so they must ship); the word, position
and type embeddings are never trained, so they come from the bundled base
model and are not in the file.
"""
from __future__ import annotations

import torch
from torch import nn

MAX_LENGTH = 256  # tokens per (question, passage) pair
MAX_QUESTION_CHARS = 300  # a longer question is cut before tokenizing, so the passage always fits
MAX_ANSWER_TOKENS = 64  # COVID-QA answers are often a whole clause


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


def load_base(base_path: str):
    """The bundled all-MiniLM-L6-v2 as a transformers BertModel and its fast tokenizer, offline."""
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    bert = AutoModel.from_pretrained(base_path, local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(base_path, local_files_only=True, use_fast=True)
    return bert, tokenizer


def encode_pairs(tokenizer, questions: list[str], passages: list[str]):
    """Tokenize (question, passage) pairs; the passage is cut at MAX_LENGTH, never the question.

    Returns the batch as tensors, plus per pair the character offsets of each
    token into its passage (None for question and special tokens).
    """
    batch = tokenizer([q[:MAX_QUESTION_CHARS] for q in questions], passages, truncation="only_second",
                      max_length=MAX_LENGTH, padding=True, return_offsets_mapping=True, return_tensors="pt")
    offsets = []
    for i in range(len(passages)):
        ids = batch.sequence_ids(i)
        offsets.append([tuple(o) if s == 1 else None for s, o in zip(ids, batch["offset_mapping"][i].tolist())])
    inputs = {k: batch[k] for k in ("input_ids", "attention_mask", "token_type_ids")}
    return inputs, offsets


def best_spans(start: torch.Tensor, end: torch.Tensor, offsets: list[list],
               within: list[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
    """Per pair, the passage tokens (s, e), s <= e < s + MAX_ANSWER_TOKENS, maximizing start[s] + end[e].

    Returns (first token, last token, score); only passage tokens are eligible, and with ``within``
    only those inside that pair's [start, end) characters (a score of -inf when none is).
    """
    n, length = start.shape

    def eligible(i, o):
        return o is not None and (within is None or (within[i][0] <= o[0] and o[1] <= within[i][1]))

    allowed = torch.tensor([[eligible(i, o) for o in row] + [False] * (length - len(row))
                            for i, row in enumerate(offsets)])
    neg = torch.finfo(start.dtype).min / 4
    start = start.masked_fill(~allowed, neg)
    end = end.masked_fill(~allowed, neg)
    scores = start[:, :, None] + end[:, None, :]
    band = torch.ones(length, length, dtype=torch.bool).triu().tril(MAX_ANSWER_TOKENS - 1)
    scores = scores.masked_fill(~band, neg)
    flat = scores.view(n, -1).argmax(-1)
    out = []
    for i, f in enumerate(flat.tolist()):
        s, e = divmod(f, length)
        out.append((s, e, float(scores[i, s, e]) if allowed[i].any() else float("-inf")))
    return out


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
