"""The app's HTTP API against a running server: /answer with gradio_client, login, and what is never served.

Each test launches the real app over the seed index on a free local port in
this process, and closes it at the end.
"""
from __future__ import annotations

import contextlib
import json
import socket
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from gradio_client import Client

from qa.app.links import with_links
from qa.app.ui import build_app, launch
from qa.cli import main

STUDENTS = "How many Lao students are studying in Vietnam?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(qa, auth=None):
    """The app serving ``qa`` on 127.0.0.1; yields its URL."""
    app = build_app(qa)
    port = free_port()
    launch(app, qa, "127.0.0.1", port, auth=auth, block=False)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


@pytest.fixture(scope="module")
def server(seed_qa):
    with running(seed_qa) as url:
        yield url


def test_answer_endpoint_returns_what_qa_ask_json_prints(server, seed_index_dir, capsys):
    client = Client(server, verbose=False, analytics_enabled=False)
    result = client.predict(question=STUDENTS, history=[], doc_ids=[], api_name="/answer")
    assert main(["ask", STUDENTS, "--index-dir", str(seed_index_dir), "--json", "--url", server]) == 0
    assert result == json.loads(capsys.readouterr().out)  # passage links included, the same on both
    assert result["found"] and result["span"] == "over 14,000"
    first = result["citations"][0]
    assert first["url"] == f"{server.rstrip('/')}/?" + urlencode(
        {"doc": first["doc_id"], "start": first["start"], "end": first["end"]})


def test_answer_endpoint_takes_a_confidence_threshold(server, seed_qa):
    client = Client(server, verbose=False, analytics_enabled=False)
    question = "What rank does Vietnam hold among foreign investors in Laos?"
    confidence = seed_qa.answer(question).confidence
    above = client.predict(question=question, min_confidence=min(1.0, confidence + 0.05), api_name="/answer")
    below = client.predict(question=question, min_confidence=max(0.0, confidence - 0.05), api_name="/answer")
    assert not above["found"] and above["reason"] and below["found"]
    with pytest.raises(Exception, match="min_confidence"):
        client.predict(question=question, min_confidence=1.5, api_name="/answer")


def test_answer_endpoint_takes_history_and_documents(server, seed_qa):
    client = Client(server, verbose=False, analytics_enabled=False)
    follow = client.predict(question="When did he visit Vietnam?",
                            history=["Who is the General Secretary and President of Laos?"], api_name="/answer")
    assert follow == with_links(seed_qa.answer("When did he visit Vietnam?",
                                               history=["Who is the General Secretary and President of Laos?"]),
                                server).to_dict()
    only = ["000_ca834de449c598df.txt"]
    restricted = client.predict(question=STUDENTS, doc_ids=only, api_name="/answer")
    assert restricted["citations"] and {c["doc_id"] for c in restricted["citations"]} <= set(only)
    documents = client.predict(api_name="/documents")
    assert {d["doc_id"] for d in documents} == set(seed_qa.index.documents)


def test_answer_endpoint_errors_are_messages(server):
    client = Client(server, verbose=False, analytics_enabled=False)
    with pytest.raises(Exception, match="unknown document id"):
        client.predict(question=STUDENTS, doc_ids=["../../etc/passwd"], api_name="/answer")
    with pytest.raises(Exception, match="question"):
        client.predict(question="?!", api_name="/answer")


def test_a_fault_of_qa_s_own_is_an_error_message_and_the_server_goes_on(server, seed_qa, monkeypatch):
    client = Client(server, verbose=False, analytics_enabled=False)

    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'split'")

    with monkeypatch.context() as patch:
        patch.setattr(seed_qa, "answer", broken)
        with pytest.raises(Exception, match="qa failed on this question"):
            client.predict(question=STUDENTS, api_name="/answer")
    assert client.predict(question=STUDENTS, api_name="/answer")["found"]


def test_only_the_two_endpoints_are_offered(server):
    info = Client(server, verbose=False, analytics_enabled=False).view_api(print_info=False, return_format="dict")
    assert set(info["named_endpoints"]) == {"/answer", "/documents"}


@pytest.mark.parametrize("target", ["seed", "/etc/passwd", "index"])
def test_files_are_never_served(server, seed_qa, seed_index_dir, target):
    path = {"seed": Path(seed_qa.docs_dir) / "000_ca834de449c598df.txt", "/etc/passwd": Path("/etc/passwd"),
            "index": Path(seed_index_dir) / "CURRENT"}[target]
    for url in (f"{server}gradio_api/file={path}", f"{server}file={path}"):
        response = httpx.get(url)
        assert response.status_code in (403, 404), (url, response.status_code)
        assert "Vietnam" not in response.text and "root:" not in response.text


def test_an_uploaded_name_cannot_climb_out(server, own_uploads):
    """Gradio keeps an upload under its own folder by base name; add_documents keeps it under uploads/."""
    from qa.app.panel import add_files

    response = httpx.post(f"{server}gradio_api/upload",
                          files={"files": ("../../escape.txt", b"The escape hatch is painted green.\n")})
    stored = Path(response.json()[0])
    assert stored.name == "escape.txt" and ".." not in stored.parts
    qa = own_uploads
    assert "uploads/escape.txt" in add_files(qa, [stored])
    assert (Path(qa.docs_dir) / "uploads" / "escape.txt").is_file()


@pytest.fixture
def own_uploads(tmp_path, encoder):
    import shutil

    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    docs = tmp_path / "docs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", docs)
    build_index(docs, tmp_path / "index", Config(), encoder, progress=False)
    return QA(index_dir=tmp_path / "index", encoder=encoder)


def test_a_login_is_asked_when_auth_is_set(seed_qa):
    with running(seed_qa, auth=("alice", "s3cret")) as url:
        assert httpx.get(f"{url}gradio_api/info").status_code == 401
        with pytest.raises(Exception):
            Client(url, verbose=False, analytics_enabled=False, auth=("alice", "wrong"))
        client = Client(url, verbose=False, analytics_enabled=False, auth=("alice", "s3cret"))
        assert client.predict(question=STUDENTS, api_name="/answer")["span"] == "over 14,000"


def test_a_busy_port_is_a_message(seed_qa):
    from qa.errors import ConfigError

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ConfigError, match=f"cannot serve on 127.0.0.1:{port}"):
            launch(build_app(seed_qa), seed_qa, "127.0.0.1", port, block=False)


def test_two_servers_on_one_index_both_pick_up_a_sync(tmp_path):
    """Replicas behind a load balancer: each `qa serve` reloads the live generation a sync writes."""
    import os
    import shutil
    import subprocess
    import sys
    import time

    from conftest import ROOT, SEEDS

    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    shutil.copytree(SEEDS, docs)
    assert main(["index", str(docs), "--index-dir", str(index_dir), "--quiet"]) == 0
    ports = [free_port(), free_port()]
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False")
    servers = [subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--index-dir", str(index_dir),
                                 "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for port in ports]
    question = "By how much did rice exports from the Mekong delta grow?"
    try:
        clients = []
        for port, server in zip(ports, servers):
            deadline = time.monotonic() + 120
            while True:
                assert server.poll() is None, "a server exited"
                try:
                    clients.append(Client(f"http://127.0.0.1:{port}/", verbose=False, analytics_enabled=False))
                    break
                except Exception:
                    assert time.monotonic() < deadline, "a server did not start"
                    time.sleep(0.5)
        assert not any(c.predict(question=question, api_name="/answer")["span"] == "a third" for c in clients)
        (docs / "rice.txt").write_text("Rice exports from the Mekong delta grew by a third in 2024.\n",
                                       encoding="utf-8")
        assert main(["index", str(docs), "--index-dir", str(index_dir), "--quiet"]) == 0  # one writer syncs
        time.sleep(2.5)  # each replica checks for a new generation every 2 s (qa.pipeline.RELOAD_SECONDS)
        for client in clients:
            answer = client.predict(question=question, api_name="/answer")
            assert answer["found"] and answer["citations"][0]["doc_id"] == "rice.txt"
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def test_a_fault_of_qas_own_is_one_line_on_the_command_line_and_a_traceback_on_request(monkeypatch, capsys):
    import qa.cli

    def broken(args):
        raise RuntimeError("the answerer fell over")

    monkeypatch.setattr(qa.cli, "_ask", broken)
    assert main(["ask", "How many Lao students are studying in Vietnam?"]) == 70
    err = capsys.readouterr().err
    assert "qa: internal error: RuntimeError: the answerer fell over" in err and "Traceback" not in err
    assert "QA_DEBUG=1" in err
    monkeypatch.setenv("QA_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["ask", "How many Lao students are studying in Vietnam?"])
