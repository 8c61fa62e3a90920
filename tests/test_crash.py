"""A build killed at any moment leaves the previous index loadable; two builds never write at once."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from qa.config import Config
from qa.errors import IndexStateError
from qa.indexing.index import build_index, load_index


def _index_process(docs, index_dir, rebuild=True):
    env = dict(os.environ, HF_HUB_OFFLINE="1", QA_CACHE_DIR="off")
    return subprocess.Popen([sys.executable, "-m", "qa.cli", "index", str(docs), "--index-dir", str(index_dir),
                             "--quiet"] + (["--rebuild"] if rebuild else []), cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("delay, rebuild", [(0.5, True), (4.0, True), (9.0, True), (3.0, False), (6.0, False)])
def test_a_killed_build_leaves_the_previous_index_loadable(docs_copy, tmp_path, encoder, delay, rebuild):
    index_dir = tmp_path / "idx"
    build_index(docs_copy, index_dir, Config(), encoder, progress=False)
    before = load_index(index_dir)
    (docs_copy / "extra.txt").write_text("A new file that the killed build was adding. " * 20, encoding="utf-8")
    (docs_copy / "001_ccd8898416adcc99.txt").unlink()  # and a removal, for the incremental sync
    process = _index_process(docs_copy, index_dir, rebuild)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    after = load_index(index_dir)  # never half-written: the old build or, if it finished, the new one
    new = set(before.documents) - {"001_ccd8898416adcc99.txt"} | {"extra.txt"}
    assert set(after.documents) in (set(before.documents), new)
    assert after.faiss_index.ntotal == len(after.chunks)
    report = build_index(docs_copy, index_dir, Config(), encoder, progress=False)  # the next sync completes
    assert set(load_index(index_dir).documents) == new
    assert report.chunks == len(load_index(index_dir).chunks)
    assert not [p for p in index_dir.iterdir() if p.name.endswith(".tmp")]  # leftovers cleaned up


def test_a_second_build_on_the_same_folder_is_refused_while_one_runs(docs_copy, tmp_path, encoder):
    index_dir = tmp_path / "idx"
    build_index(docs_copy, index_dir, Config(), encoder, progress=False)
    from filelock import FileLock

    with FileLock(str(index_dir / ".lock")):  # as if another `qa index` were writing
        with pytest.raises(IndexStateError, match="another `qa index` is writing"):
            build_index(docs_copy, index_dir, Config(), encoder, progress=False, rebuild=True)
    assert load_index(index_dir).faiss_index.ntotal > 0
