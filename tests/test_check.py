"""Checksums on every index file, `qa check`, repair, and writes that fail or are killed midway."""
from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT, SEEDS, HashEncoder
from qa.indexing.check import check_index
from qa.indexing.checksums import read_sealed, seal
from qa.cli import main
from qa.config import Config
from qa.errors import IndexStateError
from qa.indexing.index import CURRENT, build_index, load_index, repair
from qa.pipeline import QA
from qa.indexing.segments import CHECKSUMS, FILES

QUESTION = "How many Lao students are studying in Vietnam?"


@pytest.fixture
def built(tmp_path):
    """A private documents folder and its index, built with the fast test encoder."""
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    build_index(docs, tmp_path / "index", Config(), HashEncoder(), progress=False)
    return docs, tmp_path / "index"


def _generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / CURRENT).read_text().strip()


def _files(index_dir: Path) -> list[Path]:
    gen = _generation(index_dir)
    segments = json.loads((gen / "manifest.json").read_text())["segments"]
    folders = [gen] + [index_dir / "segments" / name for name in segments]
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


def _flip(path: Path, at: float = 0.5, length: int = 1) -> None:
    data = bytearray(path.read_bytes())
    start = min(int(len(data) * at), len(data) - length)
    for i in range(start, start + length):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _search(index_dir: Path) -> list:
    return [(h.chunk.doc_id, h.chunk.start) for h in QA(index_dir, encoder=HashEncoder()).search(QUESTION)]


def test_every_file_is_recorded_with_its_size_and_checksum(built):
    _, index_dir = built
    gen = _generation(index_dir)
    manifest = read_sealed(gen / "manifest.json")  # the manifest's own checksum holds
    assert set(manifest["files"]) == {p.relative_to(gen).as_posix() for p in gen.rglob("*")
                                      if p.is_file() and p.name != "manifest.json"}
    for name in manifest["segments"]:
        assert set(read_sealed(index_dir / "segments" / name / CHECKSUMS)["files"]) == set(FILES)
    assert check_index(index_dir) == []


def test_a_flipped_byte_in_any_file_is_refused_by_name_and_reported_by_qa_check(built, tmp_path, capsys):
    _, clean = built
    for n, path in enumerate(_files(clean)):
        index_dir = tmp_path / f"copy{n}"
        shutil.copytree(clean, index_dir)
        damaged = index_dir / path.relative_to(clean)
        _flip(damaged)
        with pytest.raises(IndexStateError) as error:
            load_index(index_dir)
        assert "--rebuild" in str(error.value), damaged
        if path.name != "manifest.json":  # a flipped manifest is unreadable JSON, reported as such
            assert path.name in str(error.value) or path.parent.name in str(error.value), str(error.value)
        problems = check_index(index_dir)
        assert any(p.kind == "damaged" for p in problems), damaged
        assert main(["check", "--index-dir", str(index_dir)]) == 1
        out = capsys.readouterr().out
        assert out.startswith("damaged: ") and "--repair" in out.splitlines()[-1]


def test_nan_in_a_vector_file_is_damage_even_with_a_matching_checksum(built):
    _, index_dir = built
    name = next(iter(json.loads((_generation(index_dir) / "manifest.json").read_text())["segments"]))
    folder = index_dir / "segments" / name
    vectors = np.load(folder / "chunk_vectors.npy")
    vectors[3, 7] = np.nan
    np.save(folder / "chunk_vectors.npy", vectors)
    from qa.indexing.checksums import checksums

    (folder / CHECKSUMS).write_text(json.dumps(seal({"files": checksums(folder, FILES)})))  # as if written so
    with pytest.raises(IndexStateError, match="NaN"):
        load_index(index_dir)
    assert any("NaN" in p.message for p in check_index(index_dir))


def test_qa_check_is_clean_and_reports_changed_documents_as_stale_not_damage(built, capsys):
    docs, index_dir = built
    assert main(["check", "--index-dir", str(index_dir), "--docs", str(docs)]) == 0
    assert capsys.readouterr().out.strip() == "no damage found"
    with open(docs / "001_ccd8898416adcc99.txt", "a", encoding="utf-8") as f:
        f.write("\nA sentence added after indexing.\n")
    (docs / "new.txt").write_text("A file never indexed.", encoding="utf-8")
    assert main(["check", "--index-dir", str(index_dir), "--docs", str(docs), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["clean"] is True
    assert {(p["kind"], p["where"]) for p in report["problems"]} == {("stale", "001_ccd8898416adcc99.txt"),
                                                                      ("stale", "new.txt")}


def test_repair_re_embeds_only_the_damaged_documents_and_keeps_the_previous_generation(built, tmp_path):
    docs, index_dir = built
    (docs / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")
    build_index(docs, index_dir, Config(), HashEncoder(), progress=False)  # rice.txt: a segment of its own
    expected = _search(index_dir)
    manifest = json.loads((_generation(index_dir) / "manifest.json").read_text())
    small = manifest["documents"]["rice.txt"]["segment"]
    _flip(index_dir / "segments" / small / "chunk_vectors.npy", at=0.9)
    damaged_generation = _generation(index_dir).name
    encoder = HashEncoder()
    problems, report = repair(docs, index_dir, Config(), encoder, progress=False)
    assert [p.where for p in problems] == [f"segments/{small}/chunk_vectors.npy"]
    assert report.added == ["rice.txt"] and encoder.calls == 1 + 1  # its one chunk and its one sentence
    assert check_index(index_dir, docs) == []
    assert _search(index_dir) == expected
    assert (index_dir / damaged_generation).is_dir()  # the generation before the repair stays on disk


def test_qa_check_repair_from_the_command_line_mends_a_real_index(seed_index_dir, tmp_path, capsys, encoder):
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index_dir, index_dir)
    segment = next((index_dir / "segments").iterdir())
    _flip(segment / "sentence_vectors.npy", at=0.6, length=8)
    assert main(["ask", QUESTION, "--index-dir", str(index_dir)]) == 1
    command = capsys.readouterr().err.split("`")[1]
    assert command == f"qa check --index-dir {index_dir} --repair"
    assert main(command.split()[1:] + ["--docs", str(SEEDS), "--quiet"]) == 0
    assert capsys.readouterr().out.strip() == "no damage found"
    assert QA(index_dir, encoder=encoder).answer(QUESTION).span == "over 14,000"


def test_the_committed_index_readme_is_ignored_by_loading_and_checking(built):
    _, index_dir = built
    shutil.copy(ROOT / "index" / "README.md", index_dir / "README.md")
    assert check_index(index_dir) == []
    assert len(load_index(index_dir).documents) == 5


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("where", ["numpy.save", "os.fsync"])
def test_a_write_that_fails_leaves_the_previous_index_live_and_the_next_sync_completes(built, monkeypatch, capsys,
                                                                                     code, where):
    docs, index_dir = built
    before = _search(index_dir)
    (docs / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")
    module, name = where.split(".")
    target = np if module == "numpy" else __import__(module)

    def fail(*args, **kwargs):
        raise OSError(code, __import__("os").strerror(code))

    monkeypatch.setattr(target, name, fail)
    assert main(["index", str(docs), "--index-dir", str(index_dir), "--quiet"]) == 1
    line = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert len(line) == 1 and line[0].startswith("qa: error: ") and __import__("os").strerror(code) in line[0]
    monkeypatch.undo()
    assert _search(index_dir) == before and check_index(index_dir) == []
    build_index(docs, index_dir, Config(), HashEncoder(), progress=False)
    assert "rice.txt" in load_index(index_dir).documents and check_index(index_dir, docs) == []


_KILL_AT = """
import os, sys
sys.path.insert(0, {tests!r})
from conftest import HashEncoder
import numpy
import qa.indexing.segments, qa.indexing.store
from qa.config import Config
from qa.indexing.index import build_index
steps = [0]
def stop_after(fn, label):
    def wrapped(*args, **kwargs):
        result = fn(*args, **kwargs)
        steps[0] += 1
        if steps[0] == {kill_at}:
            os._exit(9)  # killed right after this durability step
        return result
    return wrapped
os.fsync = stop_after(os.fsync, "fsync")
os.replace = stop_after(os.replace, "replace")
build_index({docs!r}, {index!r}, Config(), HashEncoder(), progress=False)
print(steps[0])
"""


def test_a_sync_killed_after_any_durability_step_leaves_a_sound_index(built):
    docs, index_dir = built
    (docs / "rice.txt").write_text("Rice exports from Laos grew by a third in 2024.", encoding="utf-8")

    def run(kill_at: int) -> subprocess.CompletedProcess:
        code = _KILL_AT.format(tests=str(ROOT / "tests"), kill_at=kill_at, docs=str(docs), index=str(index_dir))
        return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)

    backup = index_dir.parent / "backup"
    shutil.copytree(index_dir, backup)
    total = int(run(10**6).stdout.split()[-1])  # every fsync and rename of one sync, counted
    assert total >= 6
    for kill_at in range(1, total + 1):
        shutil.rmtree(index_dir)
        shutil.copytree(backup, index_dir)
        assert run(kill_at).returncode == 9
        index = load_index(index_dir)  # the old index or the new one, whole
        assert set(index.documents) in (set(load_index(backup).documents), set(load_index(backup).documents) | {"rice.txt"})
        assert [p for p in check_index(index_dir) if p.kind == "damaged"] == [], kill_at
        build_index(docs, index_dir, Config(), HashEncoder(), progress=False)
        assert "rice.txt" in load_index(index_dir).documents


def test_no_nan_reaches_an_answer_even_from_a_broken_encoder(built):
    _, index_dir = built

    class Broken(HashEncoder):
        def encode(self, texts, progress=False):
            return super().encode(texts) * np.nan

    with pytest.raises(IndexStateError, match="not a number"):
        QA(index_dir, encoder=Broken()).answer(QUESTION)
