"""The trained reader: (question, passages) -> the best answer span of each passage and whether it answers.

A fine-tuned all-MiniLM-L6-v2 (training/train_reader.py) reads each
(question, passage) pair and gives, per passage, the span its start and end
heads like best and an answerability logit. Spans are character offsets into
the passage given, mapped back through the tokenizer's offset mapping, so a
caller slices the document for the quote. Choosing between passages, and the
confidence, are qa.extract's and qa.reading's job.

Construction is cheap; the weights load on the first ``read``. They are
checked first (``check``, once per Reader): the file must exist, have the size and sha256 its card
records, and match the installed base model. Anything else is a ModelError
that names the fix; the file is never replaced silently.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ModelError

MODELS = Path(__file__).resolve().parent / "models"
WEIGHTS = MODELS / "reader.safetensors"
FORMAT = 1
FIX = ("restore the shipped file with `git checkout -- qa/models/`, retrain it with "
       "`python training/train_reader.py`, or set QA_READER=off to answer without the reader")


@dataclass(frozen=True)
class ReadSpan:
    passage: int  # index into the passages read
    start: int  # [start, end) characters into that passage
    end: int
    score: float  # start logit + end logit of the span
    answerable: float  # logit that the passage answers the question
    focus_start: int = 0  # the best span inside the focus range asked for (see Reader.read), else 0, 0
    focus_end: int = 0
    focus_score: float = float("-inf")


def card_path(weights: Path) -> Path:
    return weights.with_suffix(".json")


def base_version() -> str:
    from .embed import package_version

    package = package_version()
    if package is None:
        raise ModelError("the bundled base model package is missing; run `make setup`")
    return package


def check_weights(weights: Path) -> dict:
    """The card of ``weights`` once the file is found whole and made for the installed base model."""
    card_file = card_path(weights)
    if not weights.is_file() or not card_file.is_file():
        missing = weights if not weights.is_file() else card_file
        raise ModelError(f"the reader's {missing.name} is missing from {missing.parent}; {FIX}")
    try:
        card = json.loads(card_file.read_text(encoding="utf-8"))
        expected_sha, expected_size = card["sha256"], int(card["bytes"])
    except (ValueError, KeyError, TypeError):
        raise ModelError(f"the reader's card {card_file} is unreadable; {FIX}") from None
    if card.get("format") != FORMAT:
        raise ModelError(f"{weights.name} is in reader format {card.get('format')!r}, this qa reads {FORMAT}; {FIX}")
    from .ingest import file_hash

    if weights.stat().st_size != expected_size or file_hash(weights) != expected_sha:
        raise ModelError(f"the reader's weights {weights} are damaged (size or sha256 differ from its card); {FIX}")
    if card.get("base") != base_version():
        raise ModelError(f"{weights.name} was trained on {card.get('base')}, but {base_version()} is installed; "
                         f"install that version or retrain with `python training/train_reader.py`, "
                         f"or set QA_READER=off")
    return card


class Reader:
    """Reads passages for a question. ``Reader().read(q, passages) -> list[ReadSpan]``, one per passage."""

    def __init__(self, weights: str | Path | None = None, int8: bool = True):
        self.weights = Path(weights) if weights is not None else WEIGHTS
        self.int8 = int8  # run the linear layers as int8 (torch dynamic quantization): about 2x faster
        self._net = None
        self._tokenizer = None
        self._card = None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, net, tokenizer) -> "Reader":
        """A Reader over a network already in memory (training validates with it); no file is read."""
        reader = cls()
        reader._net, reader._tokenizer = net, tokenizer
        return reader

    def check(self) -> dict:
        """The weights' card, once the file is found whole (check_weights); the file is hashed once."""
        if self._card is None:
            self._card = check_weights(self.weights)
        return self._card

    def load(self) -> None:
        if self._net is None:
            with self._lock:
                if self._net is None:
                    self.check()
                    self._tokenizer, self._net = _load(self.weights, self.int8)

    def read(self, question: str, passages: list[str], focus: list[tuple[int, int]] | None = None) -> list[ReadSpan]:
        """The best span of each passage; with ``focus`` (one [start, end) range of characters per passage,
        a sentence say) also the best span inside that range, from the same forward pass."""
        if not passages:
            return []
        self.load()
        import torch

        from .reader_model import best_spans, encode_pairs

        inputs, offsets = encode_pairs(self._tokenizer, [question] * len(passages), passages)
        with torch.inference_mode():
            start, end, answerable = self._net(**inputs)
        spans = [ReadSpan(i, *_characters(offsets[i], s, e), score, float(answerable[i]))
                 for i, (s, e, score) in enumerate(best_spans(start, end, offsets))]
        if focus is None:
            return spans
        inside = best_spans(start, end, offsets, focus)
        return [replace(span, focus_start=first, focus_end=last, focus_score=score)
                for span, (first, last), (_, _, score) in
                zip(spans, (_characters(offsets[i], s, e) for i, (s, e, _) in enumerate(inside)), inside)]


def _characters(offsets: list, first: int, last: int) -> tuple[int, int]:
    """[start, end) characters of tokens first..last; 0, 0 for a passage with no readable token."""
    if offsets[first] is None or offsets[last] is None:
        return 0, 0
    return offsets[first][0], offsets[last][1]


def _load(weights: Path, int8: bool):
    """Tokenizer and network from a file that ``Reader.check`` found whole."""
    from safetensors.torch import load_file

    from .embed import model_path
    from .reader_model import ReaderNet, load_base, unpack

    try:
        state = unpack(load_file(str(weights)))
    except Exception as exc:  # safetensors raises its own error types, which differ across versions
        raise ModelError(f"the reader's weights {weights} cannot be read ({exc}); {FIX}") from None
    bert, tokenizer = load_base(model_path())
    net = ReaderNet(bert)
    expected = set(net.trained_state())
    if set(state) != expected:
        raise ModelError(f"{weights.name} does not fit this reader ({len(expected ^ set(state))} tensors differ); {FIX}")
    try:
        net.load_state_dict(state, strict=False)
    except RuntimeError as exc:
        raise ModelError(f"{weights.name} does not fit this reader ({str(exc).splitlines()[0]}); {FIX}") from None
    net.eval()
    if int8:
        net = _dynamic_int8(net)
    return tokenizer, net


def _dynamic_int8(net):
    """The linear layers as int8 with one scale per output row, the same rows the file stores.

    Activations are quantized per batch on the fly (torch's dynamic quantization, fbgemm/x86 or qnnpack).
    """
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notice that eager quantization is moving to torchao
        return quantize_dynamic(net, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8, inplace=True)
