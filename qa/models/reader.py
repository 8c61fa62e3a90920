"""The trained reader: (question, passages) -> the best answer span of each passage and whether it answers.

A fine-tuned all-MiniLM-L6-v2 (training/train_reader.py) reads each
(question, passage) pair and gives, per passage, the span its start and end
heads like best, an answerability logit, and the phrase to quote: the span of
highest expected F1 among the likely ones, in whole words (expected_f1_span).
Spans are character offsets into the passage given, mapped back through the
tokenizer's offset mapping, so a caller slices the document for the quote.
Choosing between passages, and the confidence, are qa.answering.extract's and
qa.answering.reading's job.

Construction is cheap; the weights load on the first ``read``. They are
checked first (``check``, once per Reader): the file must exist, have the size and sha256 its card
records, and match the installed base model. Anything else is a ModelError
that names the fix; the file is never replaced silently.

It runs on ONNX Runtime (the export of those weights, made once by qa.models.export
and named by their sha256), or on torch, the reference, with
``runtime="torch"``. Both tokenize with the base model's tokenizer.json and
share the span search below, in numpy; this module never imports torch itself.
"""
from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from ..errors import ModelError
from ..text import STOPWORDS, starts_sentence

MODELS = Path(__file__).resolve().parent  # the weights ship beside this module
WEIGHTS = MODELS / "reader.safetensors"
FORMAT = 1
RUNTIMES = ("onnx", "torch")
MAX_LENGTH = 256  # tokens per (question, passage) pair
MAX_QUESTION_CHARS = 300  # a longer question is cut before tokenizing, so the passage always fits
MAX_ANSWER_TOKENS = 64  # COVID-QA answers are often a whole clause
SPANS_WEIGHED = 100  # best spans per pair that expected_f1_span weighs when choosing the phrase to quote
FIX = ("restore the shipped file with `git checkout -- qa/models/`, retrain it with "
       "`python training/train_reader.py`, or set QA_READER=off to answer without the reader")


@dataclass(frozen=True)
class ReadSpan:
    passage: int  # index into the passages read
    start: int  # [start, end) characters into that passage
    end: int
    score: float  # start logit + end logit of the span
    answerable: float  # logit that the passage answers the question
    # the phrase to quote, (start, end) characters: the span of highest expected F1 (expected_f1_span)
    quote: tuple = (0, 0)
    # per range asked for (see Reader.read): the best span inside it and the phrase to quote there,
    # (start, end, score, quote start, quote end); (0, 0, -inf, 0, 0) if none
    inside: tuple = ()


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
    from ..indexing.ingest import file_hash

    if weights.stat().st_size != expected_size or file_hash(weights) != expected_sha:
        raise ModelError(f"the reader's weights {weights} are damaged (size or sha256 differ from its card); {FIX}")
    if card.get("base") != base_version():
        raise ModelError(f"{weights.name} was trained on {card.get('base')}, but {base_version()} is installed; "
                         f"install that version or retrain with `python training/train_reader.py`, "
                         f"or set QA_READER=off")
    return card


class Reader:
    """Reads passages for a question. ``Reader().read(q, passages) -> list[ReadSpan]``, one per passage.

    ``runtime`` is "onnx" (the default: onnxruntime, no torch; the export is made on first use, see
    qa.models.runtime) or "torch" (the reference the reader was trained in). With ONNX and ``int8`` off, a pair of
    more than ``int8_above`` tokens (0: none) is read by the int8 reader all the same.
    """

    def __init__(self, weights: str | Path | None = None, int8: bool = True, runtime: str = "onnx",
                 int8_above: int = 0):
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown reader runtime {runtime!r}; one of {', '.join(RUNTIMES)}")
        self.weights = Path(weights) if weights is not None else WEIGHTS
        self.int8 = int8  # run the linear layers as int8 (dynamic quantization): about 2x faster
        self.int8_above = int8_above  # with ONNX, pairs of more tokens than this are read in int8 all the same
        self.runtime = runtime
        self._run = None  # inputs (numpy) -> start, end, answerable logits (numpy)
        self._tokenizer = None
        self._card = None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, net) -> "Reader":
        """A Reader over a torch network already in memory (training validates with it); no file is read."""
        reader = cls(runtime="torch")
        reader._run, reader._tokenizer = _torch_runner(net), pair_tokenizer()
        return reader

    def check(self) -> dict:
        """The weights' card, once the file is found whole (check_weights); the file is hashed once."""
        if self._card is None:
            self._card = check_weights(self.weights)
        return self._card

    def load(self) -> None:
        if self._run is None:
            with self._lock:
                if self._run is None:
                    card = self.check()
                    self._tokenizer = pair_tokenizer()
                    if self.runtime == "torch":
                        self._run = _torch_runner(_load_torch(self.weights, self.int8))
                    else:
                        self._run = _onnx_runner(self.weights, card["sha256"], self.int8)
                        if self.int8_above and not self.int8:
                            int8 = lambda: _onnx_runner(self.weights, card["sha256"], True)  # noqa: E731
                            self._run = _by_length(self._run, int8, self.int8_above)

    def read(self, question: str, passages: list[str], within: list[list[tuple[int, int]]] | None = None
             ) -> list[ReadSpan]:
        """The best span of each passage; with ``within`` (per passage, [start, end) ranges of its characters,
        its sentences say) also the best span inside each range, from the same forward pass."""
        if not passages:
            return []
        self.load()
        inputs, offsets = encode_pairs(self._tokenizer, [question] * len(passages), passages)
        start, end, answerable = run_each(self._run, inputs)

        def quoted(i: int, tokens: tuple[int, int]) -> tuple[int, int]:  # pair i's phrase to quote, characters
            return whole_words(passages[i], *_characters(offsets[i], *tokens))

        spans = [ReadSpan(i, *_characters(offsets[i], s, e), score, float(answerable[i]), quoted(i, quote))
                 for i, (s, e, score, quote) in enumerate(best_spans(start, end, offsets))]
        if not within:
            return spans
        rows = [i for i, ranges in enumerate(within) for _ in ranges]  # one row per (passage, range)
        found = iter(best_spans(start[rows], end[rows], [offsets[i] for i in rows],
                                [r for ranges in within for r in ranges]) if rows else [])
        return [replace(span, inside=tuple((*_characters(offsets[i], s, e), score, *quoted(i, q))
                                           if math.isfinite(score) else (0, 0, score, 0, 0)
                                           for s, e, score, q in islice(found, len(ranges))))
                for i, (span, ranges) in enumerate(zip(spans, within))]


def run_each(run, inputs: dict):
    """``run`` on each pair alone, cut to its own tokens, and the logits padded back into one batch.

    On a CPU a pair costs what its tokens cost, so a short passage padded to a long one's length in a
    batch pays for the padding (benchmarks/bench_reader_batch.py). With the int8 reader, whose activations
    are quantized per call, it also keeps a pair's logits from depending on the passage read beside it.
    Padded positions get 0; no span may use them (their offsets are None).
    """
    import numpy as np

    rows, length = inputs["input_ids"].shape
    start, end = np.zeros((rows, length), dtype=np.float32), np.zeros((rows, length), dtype=np.float32)
    answerable = np.zeros(rows, dtype=np.float32)
    for i, n in enumerate(inputs["attention_mask"].sum(1).tolist()):
        s, e, a = run({k: v[i:i + 1, :n] for k, v in inputs.items()})
        start[i, :n], end[i, :n], answerable[i] = s[0], e[0], np.ravel(a)[0]
    return start, end, answerable


def pair_tokenizer():
    """The base model's tokenizer for (question, passage) pairs: only the passage is ever cut."""
    from .runtime import tokenizer

    return tokenizer(MAX_LENGTH, pairs=True)


def encode_pairs(tokenizer, questions: list[str], passages: list[str]) -> tuple[dict, list[list]]:
    """Tokenize (question, passage) pairs; the passage is cut at MAX_LENGTH tokens, never the question.

    Returns the batch as int64 numpy arrays, plus per pair the character offsets of
    each token into its passage (None for question and special tokens).
    """
    from .runtime import batch_arrays

    encodings = tokenizer.encode_batch([(q[:MAX_QUESTION_CHARS], p) for q, p in zip(questions, passages)])
    inputs = batch_arrays(encodings)
    length = inputs["input_ids"].shape[1]
    offsets = [[tuple(o) if s == 1 else None for s, o in zip(e.sequence_ids, e.offsets)] + [None] * (length - len(e.ids))
               for e in encodings]
    return inputs, offsets


def best_spans(start, end, offsets: list[list], within: list[tuple[int, int]] | None = None
               ) -> list[tuple[int, int, float, tuple[int, int]]]:
    """Per pair, the passage tokens (s, e), s <= e < s + MAX_ANSWER_TOKENS, maximizing start[s] + end[e].

    ``start`` and ``end`` are (pairs, tokens) arrays of logits. Returns (first token, last token, score,
    (first, last) token of the phrase to quote, expected_f1_span's); only passage tokens are eligible, and
    with ``within`` only those inside that pair's [start, end) characters (a score of -inf when none is).
    """
    import numpy as np

    start, end = np.asarray(start, dtype=np.float32), np.asarray(end, dtype=np.float32)
    n, length = start.shape
    allowed = np.zeros((n, length), dtype=bool)
    for i, row in enumerate(offsets):
        for j, o in enumerate(row[:length]):
            allowed[i, j] = o is not None and (within is None or (within[i][0] <= o[0] and o[1] <= within[i][1]))
    neg = np.finfo(np.float32).min / 4
    scores = np.where(allowed, start, neg)[:, :, None] + np.where(allowed, end, neg)[:, None, :]
    band = np.triu(np.ones((length, length), dtype=bool)) & ~np.triu(np.ones((length, length), dtype=bool),
                                                                      MAX_ANSWER_TOKENS)
    scores = np.where(band, scores, neg)
    out = []
    for i in range(n):
        tokens = np.flatnonzero(allowed[i])
        if not tokens.size:
            out.append((0, 0, float("-inf"), (0, 0)))
            continue
        a, b = int(tokens[0]), int(tokens[-1]) + 1  # the pair's eligible tokens, and the spans among them
        among = scores[i, a:b, a:b].ravel()
        s, e = divmod(int(among.argmax()), b - a)
        qs, qe = expected_f1_span(among, b - a)
        out.append((a + s, a + e, float(among[s * (b - a) + e]), (a + qs, a + qe)))
    return out


def expected_f1_span(scores, length: int, spans: int = SPANS_WEIGHED) -> tuple[int, int]:
    """Of the ``spans`` best spans in ``scores`` (one pair's flattened (first token, last token) logit sums,
    masked), the one with the highest expected token F1 against them all, each weighed by its softmax
    probability: where the heads are unsure of a boundary, the phrase the likely spans share, not the one
    peak (minimum Bayes risk decoding; the answer is scored by F1)."""
    import numpy as np

    top = np.argpartition(-scores, min(spans, scores.size - 1))[:spans]
    top = top[scores[top] > np.finfo(np.float32).min / 8]  # only real spans, not masked ones
    p = np.exp(scores[top] - scores[top].max())
    first, last = np.divmod(top, length)
    overlap = np.clip(np.minimum(last[:, None], last) - np.maximum(first[:, None], first) + 1, 0, None)
    f1 = 2 * overlap / ((last - first + 1)[:, None] + (last - first + 1))
    best = int(np.argmax(f1 @ (p / p.sum())))
    return int(first[best]), int(last[best])


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to whole words, whole names and whole brackets: a quote never ends inside a word
    ("55,000 ki" of "55,000 kip"), stops halfway through a name ("Bo" of "Mr. Xiong Bo" is "Xiong Bo") or
    leaves a bracket unclosed ("KPL)" is "KPL"), nor half of a range of numbers ("2021" of "the 2021-2025
    period" is "2021-2025")."""
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return _whole_brackets(text, *_whole_name(text, *_whole_range(text, *_whole_number(text, start, end))))


def _whole_number(text: str, start: int, end: int) -> tuple[int, int]:
    """Widened over the rest of a number the phrase begins or ends inside."""
    if start < end and text[start].isdigit():
        before = _DIGITS_BEFORE.search(text, max(0, start - 24), start)
        if before and before.end() == start:
            start = before.start()
    if end - 2 >= start and text[end - 1] in ".," and text[end - 2].isdigit() and text[end:end + 1].isdigit():
        end -= 1  # "1," of "1,234"
    if start < end and text[end - 1].isdigit():
        after = _DIGITS_AFTER.match(text, end)
        if after:
            end = after.end()
    return start, end


# A number, a dash and a number: "2021-2025", "10–15%", "1.5-2".
_NUMBER = r"\d+(?:[.,]\d+)*"
# a number's digits on the other side of a thousands comma or a decimal point: "309" of "581,309" is "581,309"
_DIGITS_BEFORE = re.compile(rf"(?<![\w.,]){_NUMBER}[.,]$")
_DIGITS_AFTER = re.compile(rf"[.,]{_NUMBER}(?!\w)")
_RANGE_AFTER = re.compile(rf"(?:[-–]{_NUMBER})+%?")
_RANGE_BEFORE = re.compile(rf"(?<![\w.,-]){_NUMBER}(?:[-–]{_NUMBER})*[-–]$")


def _whole_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Widened over the other end of a range of numbers that the phrase begins or ends with."""
    if start < end and text[end - 1].isdigit():
        after = _RANGE_AFTER.match(text, end)
        if after and not text[after.end():after.end() + 1].isalnum():
            end = after.end()
    if start < end and text[start].isdigit():
        before = _RANGE_BEFORE.search(text, max(0, start - 20), start)
        if before:
            start = before.start()
    return start, end


_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_OF_NAME = re.compile(r"[A-Z][\w'’-]* of $")  # "Minister of ": what follows is the end of a longer name
_SPACE = re.compile(r"\s")
# Words that come before a name without being part of it ("General Hun Manet" names "Hun Manet").
_TITLES = frozenset("""mr mrs ms miss mister madam madame dr doctor prof professor sir lord lady dame king queen
prince princess emperor empress pope saint st president vice prime minister premier chancellor secretary general
chairman chairwoman chair ambassador senator governor mayor judge justice bishop archbishop cardinal captain
colonel major lieutenant sergeant admiral commander marshal chief deputy duke duchess count baron sultan""".split())


def _whole_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Widened over the capitalized words next to a phrase that begins or ends with one, one space apart;
    not over a word that starts a sentence, a stopword ("The") or a word with a full stop ("Mr."), nor
    leftwards over capitalized words after a capitalized word and "of", which end another name."""
    def is_name(word_start: int, word_end: int) -> bool:
        word = text[word_start:word_end]
        return (bool(_NAME_WORD.fullmatch(word)) and word.lower() not in STOPWORDS and word.lower() not in _TITLES
                and (not word.endswith(("'s", "’s")) or word[:-2] == "People"))  # "Fresno's African-American": a
        # possessor, not the name; but "Lao People’s Revolutionary Party" is one

    if text[end:end + 2] in ("'s", "’s") and text[max(start, end - 6):end] == "People":
        end += 2  # "Lao People" of "Lao People’s Revolutionary Party"
    phrase_start = start
    while start < end and is_name(start, _first_space(text, start, end)) and text[start - 1:start] == " ":
        before = text.rfind(" ", 0, start - 1) + 1
        if not is_name(before, start - 1) or starts_sentence(text, before):
            break
        start = before
    if start < phrase_start and _OF_NAME.search(text, max(0, start - 40), start):
        start = phrase_start  # "Foreign Affairs" of "Minister of Foreign Affairs Bui Thanh Son" ends another name
    while start < end and is_name(text.rfind(" ", start, end) + 1 or start, end) and text[end:end + 1] == " ":
        word = _NAME_WORD.match(text, end + 1)  # "Son" of "Son," or of "Son." ending the sentence; not "U" of "U.S."
        after = word.end() if word else end + 1
        if not word or not is_name(end + 1, after) or re.match(r"\.\S", text[after:after + 2]):
            break
        end = after
    heads = list(_INSTITUTION_HEAD.finditer(text, start, end))
    tail = _OF_NAMES.match(text, heads[-1].end()) if heads else None
    return start, max(end, tail.end()) if tail else end


# A name of an institution that goes on with "of": "Ministry" and "Ministry of Industry" of "the Ministry of
# Industry and Trade" name no ministry.
_INSTITUTION_HEAD = re.compile(r"\b(?:Ministry|Department|Bureau|Office|Agency|Commission|Committee|Council|Bank|"
                               r"University|Institute|Academy|Association|Federation|Union|Court|Board)\b")
# At most two words, then "and" and two more: "of Industry and Trade", "of Foreign Affairs" but not the name
# after it in "the Ministry of Foreign Affairs Bui Thanh Son".
_OF_NAMES = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: (?:and|&) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?")


def _first_space(text: str, start: int, end: int) -> int:
    """Where the first word of text[start:end] ends (at white space, or at ``end``)."""
    match = _SPACE.search(text, start, end)
    return match.start() if match else end


def _whole_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """An unmatched bracket at the edge of the phrase dropped; one inside it closed when its mate is near."""
    for opening, closing in ("()", "[]", "“”"):
        phrase = text[start:end]
        if phrase.count(opening) == phrase.count(closing):
            continue
        if phrase.endswith(closing) and phrase.count(closing) > phrase.count(opening):
            end -= 1
        elif phrase.startswith(opening) and phrase.count(opening) > phrase.count(closing):
            start += 1
        elif phrase.count(opening) > phrase.count(closing):
            mate = text.find(closing, end, end + 40)
            end = mate + 1 if mate >= 0 and "\n" not in text[end:mate] else end
        else:
            mate = text.rfind(opening, max(0, start - 40), start)
            start = mate if mate >= 0 and "\n" not in text[mate:start] else start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _characters(offsets: list, first: int, last: int) -> tuple[int, int]:
    """[start, end) characters of tokens first..last; 0, 0 for a passage with no readable token."""
    if offsets[first] is None or offsets[last] is None:
        return 0, 0
    return offsets[first][0], offsets[last][1]


def _onnx_runner(weights: Path, sha256: str, int8: bool):
    from .runtime import onnx_path, reader_model, session

    model = session(onnx_path(reader_model(int8), weights, sha256))

    def run(inputs: dict):
        return model.run(["start", "end", "answerable"], inputs)

    return run


def _by_length(run, make_quick, longest: int):
    """``run`` for a pair of at most ``longest`` tokens, the int8 reader ``make_quick()`` makes for a longer one:
    made at the first long pair, so an answer that reads none (``qa ask`` on short documents) does not load it."""
    quick = []

    def either(inputs: dict):
        if inputs["input_ids"].shape[1] <= longest:
            return run(inputs)
        if not quick:
            quick.append(make_quick())  # qa.models.runtime.session keeps one session per file, under its lock
        return quick[0](inputs)

    return either


def _torch_runner(net):
    import torch

    def run(inputs: dict):
        with torch.inference_mode():
            outputs = net(**{k: torch.from_numpy(v) for k, v in inputs.items()})
        return [o.float().numpy() for o in outputs]

    return run


def read_state(weights: Path, net) -> dict:
    """The tensors of a file that ``check_weights`` found whole, checked to fit ``net`` (a ReaderNet)."""
    from safetensors.torch import load_file

    from .reader_model import unpack

    try:
        state = unpack(load_file(str(weights)))
    except Exception as exc:  # safetensors raises its own error types, which differ across versions
        raise ModelError(f"the reader's weights {weights} cannot be read ({exc}); {FIX}") from None
    expected = set(net.trained_state())
    if set(state) != expected:
        raise ModelError(f"{weights.name} does not fit this reader ({len(expected ^ set(state))} tensors differ); {FIX}")
    return state


def _load_torch(weights: Path, int8: bool):
    """The torch network (the reference runtime) from a file that ``Reader.check`` found whole."""
    from .embed import model_path
    from .reader_model import ReaderNet, load_base

    net = ReaderNet(load_base(model_path()))
    try:
        net.load_state_dict(read_state(weights, net), strict=False)
    except RuntimeError as exc:
        raise ModelError(f"{weights.name} does not fit this reader ({str(exc).splitlines()[0]}); {FIX}") from None
    net.eval()
    return _dynamic_int8(net) if int8 else net


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
