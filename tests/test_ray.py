"""`qa index --engine ray`: the same index as the local engine, incremental syncs, failures, the install hint."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import EVAL_DIR, ROOT, SEEDS

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")

from qa.config import Config  # noqa: E402
from qa.models.embed import Encoder  # noqa: E402
from qa.errors import ConfigError, IndexStateError  # noqa: E402
from qa.indexing.index import build_index, load_index  # noqa: E402
from qa.pipeline import QA  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def cluster():
    """One local Ray cluster for the module: 2 CPUs, no dashboard, no usage statistics, no embedding cache."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             runtime_env={"env_vars": {"QA_CACHE_DIR": "off", "HF_HUB_OFFLINE": "1"}})
    yield
    ray.shutdown()


def _chunk_vectors(index) -> np.ndarray:
    """The chunk vectors of a flat index, in chunk order."""
    import faiss

    ids = faiss.vector_to_array(index.faiss_index.id_map)
    flat = faiss.downcast_index(index.faiss_index.index)
    vectors = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    row = {int(i): r for r, i in enumerate(ids)}
    return np.stack([vectors[row[c.chunk_id]] for c in index.chunks])


def _same_index(a_dir, b_dir) -> None:
    a, b = load_index(a_dir), load_index(b_dir)
    assert a.documents == b.documents
    assert [(c.chunk_id, c.doc_id, c.start, c.end, c.text) for c in a.chunks] == \
        [(c.chunk_id, c.doc_id, c.start, c.end, c.text) for c in b.chunks]
    assert a.sentences == b.sentences
    assert np.abs(_chunk_vectors(a) - _chunk_vectors(b)).max() <= 1e-5
    assert np.abs(a.sentence_vectors.astype(np.float32) - b.sentence_vectors.astype(np.float32)).max() <= 2e-3  # fp16
    for key in ("data", "indices", "indptr"):
        assert np.array_equal(a.bm25.scores[key], b.bm25.scores[key])


# Most tests use the float32 encoder; test_the_default_int8_encoder_gives_the_same_vectors_on_ray covers the default.
FP32 = "onnx"


def test_the_default_int8_encoder_gives_the_same_vectors_on_ray(tmp_path, monkeypatch):
    """int8 activations are quantized per model call, so the encoder gives each text its own call and a vector
    never depends on how an engine batches: Ray's actors and the local engine store the same vectors."""
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    encoder = Encoder()
    assert encoder.runtime == "onnx-int8"
    build_index(SEEDS, tmp_path / "local", Config(), encoder, progress=False)
    build_index(SEEDS, tmp_path / "ray", Config(), encoder, progress=False, engine="ray")
    _same_index(tmp_path / "local", tmp_path / "ray")


def test_a_ray_build_equals_the_local_one_and_answers_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", "off")  # both engines really run the model
    encoder = Encoder(runtime=FP32)
    build_index(SEEDS, tmp_path / "local", Config(encoder=FP32), encoder, progress=False)
    report = build_index(SEEDS, tmp_path / "ray", Config(encoder=FP32), encoder, progress=False, engine="ray")
    assert report.added == sorted(load_index(tmp_path / "local").documents)
    _same_index(tmp_path / "local", tmp_path / "ray")
    path = EVAL_DIR / "seeds_dev.jsonl"  # without the evaluation data, questions of our own
    questions = [json.loads(line) for line in path.read_text().splitlines() if line] if path.is_file() else [
        {"id": str(n), "question": q} for n, q in enumerate([
            "How many Lao students are studying in Vietnam?", "Who is the General Secretary and President of Laos?",
            "When did Vietnam and Cambodia sign an economic-trade agreement?", "What is the capital of Australia?"])]
    config = Config(encoder=FP32)
    local, on_ray = (QA(tmp_path / "local", config=config, encoder=encoder),
                     QA(tmp_path / "ray", config=config, encoder=encoder))
    for q in questions:
        a, b = local.answer(q["question"], history=q.get("history")), on_ray.answer(q["question"], history=q.get("history"))
        assert (a.text, a.span, a.found, [c.doc_id for c in a.citations]) == \
            (b.text, b.span, b.found, [c.doc_id for c in b.citations]), q["id"]


def test_an_incremental_sync_through_ray_equals_the_local_one(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    encoder = Encoder(runtime=FP32)
    folders = {}
    for engine in ("local", "ray"):
        docs = tmp_path / f"docs-{engine}"
        shutil.copytree(SEEDS, docs)
        build_index(docs, tmp_path / engine, Config(encoder=FP32), encoder, progress=False, engine=engine)
        with open(docs / "002_3af41b6c1b72c433.txt", "a", encoding="utf-8") as f:
            f.write("\nThe two sides also agreed to expand rice trade next year.\n")  # edit
        (docs / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")  # add
        (docs / "003_a6d0d1f9815041fb.txt").unlink()  # remove
        (docs / "notes.txt").write_bytes(b"\x00\x01binary")  # unreadable: skipped, with the reason
        report = build_index(docs, tmp_path / engine, Config(encoder=FP32), encoder, progress=False, engine=engine)
        folders[engine] = report
    assert folders["ray"].added == folders["local"].added == ["rice.txt"]
    assert folders["ray"].updated == folders["local"].updated == ["002_3af41b6c1b72c433.txt"]
    assert folders["ray"].removed == folders["local"].removed == ["003_a6d0d1f9815041fb.txt"]
    assert folders["ray"].skipped.keys() == folders["local"].skipped.keys() == {"notes.txt"}
    _same_index(tmp_path / "local", tmp_path / "ray")


def test_a_failing_ray_job_is_one_line_and_the_previous_index_stays_live(tmp_path, docs_copy, capsys):
    encoder = Encoder()
    build_index(docs_copy, tmp_path / "index", Config(), encoder, progress=False)
    before = load_index(tmp_path / "index")
    (docs_copy / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")

    class Broken(Encoder):  # every embedding actor fails as it starts: the job cannot finish
        runtime = "no-such-runtime"

    with pytest.raises(IndexStateError, match="the Ray job failed.*previous index is still the live one"):
        build_index(docs_copy, tmp_path / "index", Config(), Broken.__new__(Broken), progress=False, engine="ray")
    after = load_index(tmp_path / "index")
    assert after.generation == before.generation and set(after.documents) == set(before.documents)
    build_index(docs_copy, tmp_path / "index", Config(), encoder, progress=False, engine="ray")  # the next completes
    assert "rice.txt" in load_index(tmp_path / "index").documents


def test_without_ray_the_engine_says_how_to_install_it(monkeypatch):
    from qa.indexing import ray_engine

    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    with pytest.raises(ConfigError, match=r"pip install -e '\.\[ray\]'"):
        ray_engine.connect(None)


def test_the_local_engine_imports_nothing_from_ray(tmp_path):
    code = (f"import sys; from qa.cli import main; main(['index', {str(SEEDS)!r}, '--index-dir', "
            f"{str(tmp_path / 'index')!r}, '--quiet']); print('ray' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "False"


COPIES = 12


def test_an_embedding_actor_killed_mid_build_fails_the_job_and_leaves_the_index_whole(tmp_path, docs_copy):
    """SIGKILL, as when a node is lost or the OOM killer strikes: no index is half written."""
    import signal
    import threading
    import time

    encoder = Encoder()
    build_index(docs_copy, tmp_path / "index", Config(), encoder, progress=False)
    before = load_index(tmp_path / "index")
    text = (SEEDS / "002_3af41b6c1b72c433.txt").read_text(encoding="utf-8")
    for n in range(COPIES):  # enough new documents for the actors to be busy for a few seconds
        (docs_copy / f"copy-{n:02d}.txt").write_text(f"Copy {n}.\n\n{text[:3000]}\nCopy number {n} ends here.\n",
                                                     encoding="utf-8")
    killed = []

    def kill_an_actor():
        deadline = time.time() + 120
        while time.time() < deadline and not killed:
            listing = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True).stdout
            for line in listing.splitlines():
                pid, _, args = line.strip().partition(" ")
                if "ray::" in args and "_Embedder" in args and args.endswith(".submit"):  # at work on a batch
                    os.kill(int(pid), signal.SIGKILL)
                    killed.append(args)
                    return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_an_actor, daemon=True)
    killer.start()
    with pytest.raises(IndexStateError, match="the Ray job failed.*previous index is still the live one") as caught:
        build_index(docs_copy, tmp_path / "index", Config(), encoder, progress=False, engine="ray")
    killer.join()
    assert killed, "no embedding actor was found to kill"
    assert "\n" not in str(caught.value)
    after = load_index(tmp_path / "index")  # checks every file against its recorded checksum
    assert after.generation == before.generation and set(after.documents) == set(before.documents)
    report = build_index(docs_copy, tmp_path / "index", Config(), encoder, progress=False, engine="ray")
    assert len(report.added) == COPIES and f"copy-{COPIES - 1:02d}.txt" in load_index(tmp_path / "index").documents


def test_a_renamed_file_is_not_sent_to_the_cluster(tmp_path, docs_copy, monkeypatch):
    """A rename keeps its vectors, so the cluster never embeds it; a new file beside it still goes there.
    A 'rename' whose text differs (another format) is embedded here, and the index still equals a local sync."""
    from qa.indexing import ray_engine

    monkeypatch.setenv("QA_CACHE_DIR", "off")
    encoder = Encoder(runtime=FP32)
    sent = []
    real = ray_engine.read_and_embed
    monkeypatch.setattr(ray_engine, "read_and_embed", lambda sources, *a, **k: sent.append(
        sorted(s.doc_id for s in sources)) or real(sources, *a, **k))
    local_docs = tmp_path / "local-docs"
    shutil.copytree(docs_copy, local_docs)
    for docs, engine in ((local_docs, "local"), (docs_copy, "ray")):
        (docs / "ferry.txt").write_text("<p>The Mekong ferry leaves Pakse at <b>7:15</b> on Tuesdays.</p>\n",
                                        encoding="utf-8")
        build_index(docs, tmp_path / engine, Config(encoder=FP32), encoder, progress=False, engine=engine)
        (docs / "002_3af41b6c1b72c433.txt").rename(docs / "renamed.txt")
        (docs / "ferry.txt").rename(docs / "ferry.html")  # the same bytes, but as HTML another text
        (docs / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")
        report = build_index(docs, tmp_path / engine, Config(encoder=FP32), encoder, progress=False, engine=engine)
        assert {"renamed.txt", "ferry.html", "rice.txt"} <= set(report.added)
    assert sent[-1] == ["rice.txt"]  # neither renamed file reached the cluster
    ray_index = load_index(tmp_path / "ray")
    assert "<p>" not in ray_index.documents["ferry.html"].text
    assert ray_index.manifest["documents"]["renamed.txt"]["segment"] != \
        ray_index.manifest["documents"]["ferry.html"]["segment"]  # kept its vectors; embedded anew
    _same_index(tmp_path / "local", tmp_path / "ray")
