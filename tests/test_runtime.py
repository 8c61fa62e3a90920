"""The ONNX runtime: same vectors and spans as torch, no torch on the question path, exports kept honest."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import ROOT, SEEDS

TEXTS = [line.strip() for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
         if line.strip()][:60] + [
    "a", "Ünïcödé — “quotes”, 日本語 and emoji 🙂.", "word " * 400,  # the last is cut at 256 tokens
]

_QUESTION_PATH = """
import json, sys
from qa import QA
answer = QA(index_dir={index!r}).answer("How many Lao students are studying in Vietnam?")
print(json.dumps({{"span": answer.span, "loaded": [m for m in {heavy!r} if m in sys.modules]}}))
"""


def test_answering_a_question_imports_neither_torch_nor_sentence_transformers(seed_index_dir):
    heavy = ("torch", "sentence_transformers", "transformers")
    code = _QUESTION_PATH.format(index=str(seed_index_dir), heavy=heavy)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["loaded"] == [] and out["span"]


@pytest.fixture(scope="module")
def torch_vectors():
    from qa.models.embed import Encoder

    return Encoder(runtime="torch").encode(TEXTS)


@pytest.fixture(scope="module")
def fp32():
    from qa.models.embed import Encoder

    return Encoder(runtime="onnx")


def test_onnx_vectors_match_torch_within_cosine_0_9999(fp32, torch_vectors):
    vectors = fp32.encode(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == torch_vectors.shape
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * torch_vectors).sum(axis=1).min() >= 0.9999


def test_int8_vectors_the_default_are_close_but_another_family(encoder, torch_vectors):
    from qa.models.embed import Encoder

    assert encoder.runtime == "onnx-int8"
    cosines = (encoder.encode(TEXTS) * torch_vectors).sum(axis=1)
    assert cosines.min() > 0.95 and cosines.min() < 0.9999  # why an int8 index is rebuilt, not mixed
    assert encoder.vectors == "int8-per-text" and Encoder(runtime="onnx").vectors == "fp32"
    assert encoder.cache_id != Encoder(runtime="onnx").cache_id == Encoder(runtime="torch").cache_id


def test_an_int8_vector_does_not_depend_on_the_texts_encoded_with_it(encoder):
    """int8 activations are quantized per model call, so each text is its own call: the same text gives the
    same vector alone, in any batch, with any neighbours (the Ray engine batches otherwise than the local one)."""
    alone = np.stack([encoder.encode([t])[0] for t in TEXTS[:6]])
    together = encoder.encode(TEXTS[:6][::-1] + ["A much longer text about something else entirely. " * 20])
    assert np.array_equal(alone, together[:6][::-1])


def test_span_vectors_pooled_in_a_passage_match_torch(fp32):
    from qa.models.embed import Encoder

    texts = TEXTS[:8]
    spans = [[(0, len(t) // 2), (len(t) // 2, len(t))] for t in texts]
    onnx_passages, onnx_parts = fp32.encode_passages(texts, spans)
    torch_passages, torch_parts = Encoder(runtime="torch").encode_passages(texts, spans)
    assert (onnx_passages * torch_passages).sum(axis=1).min() >= 0.9999
    for a, b in zip(onnx_parts, torch_parts):
        live = np.linalg.norm(b, axis=1) > 0
        assert (np.linalg.norm(a, axis=1) > 0).tolist() == live.tolist()
        assert (a[live] * b[live]).sum(axis=1).min() >= 0.9999


def test_onnx_reader_reads_the_same_spans_as_torch():
    from qa.models.reader import Reader

    passages = [text for text in TEXTS[:12] if len(text) > 80]
    question = "How many Lao students are studying in Vietnam?"
    halves = [[(0, len(p) // 2), (len(p) // 2, len(p))] for p in passages]
    onnx = Reader(int8=False).read(question, passages, within=halves)
    torch = Reader(int8=False, runtime="torch").read(question, passages, within=halves)
    assert [(s.start, s.end, [x[:2] for x in s.inside]) for s in onnx] == \
           [(s.start, s.end, [x[:2] for x in s.inside]) for s in torch]
    assert np.allclose([s.score for s in onnx], [s.score for s in torch], atol=1e-3)
    assert np.allclose([s.answerable for s in onnx], [s.answerable for s in torch], atol=1e-3)


def test_a_damaged_or_stale_export_is_made_again(tmp_path, monkeypatch):
    from qa.models.runtime import model_dir, onnx_path, session

    shutil.copy(onnx_path("encoder-int8"), tmp_path / "encoder-int8.onnx")
    shutil.copy(model_dir() / "encoder-int8.json", tmp_path / "encoder-int8.json")
    path = tmp_path / "encoder-int8.onnx"
    assert onnx_path("encoder-int8", folder=tmp_path) == path  # whole and current: kept as it is
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.warns(UserWarning, match="damaged"):
        onnx_path("encoder-int8", folder=tmp_path)
    stamp = json.loads((tmp_path / "encoder-int8.json").read_text())
    from qa.indexing.ingest import file_hash

    assert stamp["sha256"] == file_hash(path)
    assert session(path).get_outputs()[0].name == "token_embeddings"


def test_an_index_of_other_vectors_is_refused_and_reported_stale(tmp_path, docs_copy):
    from qa.config import Config
    from qa.models.embed import Encoder
    from qa.errors import IndexStateError
    from qa.indexing.index import build_index, status
    from qa.pipeline import QA
    from qa.indexing.store import read_manifest

    int8 = Encoder(runtime="onnx-int8")
    build_index(docs_copy, tmp_path / "index", Config(), int8, progress=False)
    manifest = read_manifest(tmp_path / "index")
    assert manifest["encoder"] == "onnx-int8" and manifest["vectors"] == "int8-per-text"
    assert status(docs_copy, tmp_path / "index", Config(), int8) == "fresh"
    for other in ("onnx", "torch"):
        assert status(docs_copy, tmp_path / "index", Config(), Encoder(runtime=other)) == "stale"
        with pytest.raises(IndexStateError, match="QA_ENCODER=onnx-int8"):
            QA(index_dir=tmp_path / "index", encoder=Encoder(runtime=other))
    assert QA(index_dir=tmp_path / "index", encoder=int8).answer(
        "How many Lao students are studying in Vietnam?").found


def test_torch_and_onnx_share_an_index(tmp_path, docs_copy):
    from qa.config import Config
    from qa.models.embed import Encoder
    from qa.indexing.index import build_index, status
    from qa.pipeline import QA

    build_index(docs_copy, tmp_path / "index", Config(encoder="onnx"), Encoder(runtime="onnx"), progress=False)
    assert status(docs_copy, tmp_path / "index", Config(encoder="torch"), Encoder(runtime="torch")) == "fresh"
    answer = QA(index_dir=tmp_path / "index", config=Config(encoder="torch"),
                encoder=Encoder(runtime="torch")).answer("How many Lao students are studying in Vietnam?")
    assert answer.span == "over 14,000"


def test_an_unknown_encoder_names_the_choices(monkeypatch):
    from qa.config import Config
    from qa.errors import ConfigError

    monkeypatch.setenv("QA_ENCODER", "tensorflow")
    with pytest.raises(ConfigError, match="onnx, onnx-int8, torch"):
        Config.from_env()


def test_a_long_pair_is_read_by_the_int8_reader_a_short_one_by_float32():
    from qa.models.reader import Reader, encode_pairs

    question, short, long = "How many Lao students are studying in Vietnam?", TEXTS[0], " ".join(TEXTS[:6])
    mixed = Reader(int8=False, int8_above=64)
    mixed.load()
    sizes = [len(encode_pairs(mixed._tokenizer, [question], [p])[1][0]) for p in (short, long)]
    assert sizes[0] <= 64 < sizes[1]
    got = mixed.read(question, [short, long])
    full, quick = Reader(int8=False).read(question, [short, long]), Reader(int8=True).read(question, [short, long])
    assert got[0].answerable == full[0].answerable != quick[0].answerable  # short: float32
    assert got[1].answerable == quick[1].answerable != full[1].answerable  # long: int8
    assert Reader(int8=False).int8_above == 0  # a Reader made by hand reads everything as asked


def test_warm_up_loads_the_int8_reader_so_the_first_long_answer_does_not_wait(seed_index_dir, monkeypatch):
    from qa.models import runtime
    from qa.pipeline import QA

    monkeypatch.setattr(runtime, "_sessions", {})  # this process may have loaded it already
    qa = QA(index_dir=seed_index_dir)
    qa.warm_up()
    assert qa.warm_up_error is None
    names = [p.name for p in runtime._sessions]
    assert any(n.startswith("reader-int8-") for n in names)  # the long pair's reader
    assert any(n.startswith("reader-") and not n.startswith("reader-int8-") for n in names)  # float32's


def test_the_default_config_reads_long_pairs_in_int8_and_checks_the_setting(monkeypatch):
    from qa.config import Config
    from qa.errors import ConfigError

    assert Config().reader_int8_above == 192 and not Config().reader_int8
    monkeypatch.setenv("QA_READER_INT8_ABOVE", "0")
    assert Config.from_env().reader_int8_above == 0
    with pytest.raises(ConfigError, match="reader_int8_above"):
        Config(reader_int8_above=-1)


def test_qa_export_makes_both_readers_the_default_reads_with(capsys):
    from qa.cli import main

    assert main(["export"]) == 0
    out = capsys.readouterr().out
    assert "reader:" in out and "reader-int8:" in out and "encoder-int8:" in out


def test_qa_export_lists_the_models_it_keeps(capsys):
    from qa.cli import main

    assert main(["export", "--all"]) == 0
    out = capsys.readouterr().out
    for name in ("encoder:", "encoder-int8:", "reader:", "reader-int8:"):  # --all: every variant
        assert name in out


def test_a_model_folder_that_cannot_be_written_names_the_fix(tmp_path, monkeypatch, capsys):
    from qa.cli import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the model folder should be", encoding="utf-8")
    monkeypatch.setenv("QA_MODEL_DIR", str(blocker / "models"))
    assert main(["export"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("qa: error: cannot write the ONNX models") and "QA_MODEL_DIR" in error
    assert len(error.splitlines()) == 1


def test_the_tokenizer_reads_a_ligature_as_its_letters_with_offsets_into_the_text_as_given():
    from qa.models.runtime import tokenizer

    text = "The inﬂuenza pandemic"
    encoding = tokenizer(64).encode(text)
    assert "influenza" in encoding.tokens
    start, end = encoding.offsets[encoding.tokens.index("influenza")]
    assert text[start:end] == "inﬂuenza"
