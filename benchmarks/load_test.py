"""Load test: concurrent chat sessions against a served qa, every answer checked; optionally with churn.

    python benchmarks/load_test.py [--url URL] [--clients 20] [--seconds 60] [--churn] [--json FILE]

Without ``--url`` it copies seeds/ to a temporary folder, indexes it with
``qa index`` and starts ``qa serve`` on a free local port (stopped at the end).
Each client is its own gradio_client session asking a fixed list of seed
questions, round robin, through the app's ``/answer`` endpoint; an answer
counts as right when it holds the expected phrase (or, for a question the
seeds cannot answer, says not found). It reports throughput, latency p50/p95,
errors (an exception or no reply) and wrong answers; the target is 0 of both.

The endpoint is read from the app's API description: ``/answer(question,
history, doc_ids) -> Answer JSON`` is used when present, else the chat's
``/answer(message) -> reply`` (the follow-up question is then left out).

``--churn`` (only with the server it starts) runs a second process that, while
the clients ask, adds and deletes documents in the served folder and syncs the
index with ``qa index`` (the same code, imported once) in a loop; the server
picks up each new index by itself. At the end it checks the final index
against the folder: same documents, no duplicate chunk, vectors for every
chunk; and that the server lists the same documents. Nothing is asserted: it prints.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")

# (question, earlier questions, a phrase the answer must hold; None: must say not found).
# The seed development questions qa answers right (../shared/eval/seeds_dev.jsonl, tests/test_answer.py).
QUESTIONS = [
    ("How many Lao students are studying in Vietnam?", [], "14,000"),
    ("How many active projects does Vietnam have in Laos?", [], "241"),
    ("When did Vietnam and Cambodia sign an economic-trade agreement?", [], "1998"),
    ("How many investment projects does Vietnam have in Cambodia?", [], "205"),
    ("Who is the General Secretary and President of Laos?", [], "Thongloun Sisoulith"),
    ("Which anniversary of the Vietnam-Laos Treaty of Friendship and Cooperation was celebrated in 2023?", [], "46th"),
    ("How many years of diplomatic relations between Vietnam and Cambodia were marked on June 24, 2024?", [], "57"),
    ("What rank does Vietnam hold among foreign investors in Laos?", [], "third largest"),
    ("By which year does Vietnam aim to become a developed nation?", [], "2045"),
    ("What sports plan is Vietnam helping Laos to build?", [], "sports development strategy"),
    ("What is the GDP of Vietnam?", [], None),
    ("Who is the coach of the Vietnam national football team?", [], None),
    ("What did he say about Vietnam-China relations?", ["Who is China's ambassador to Vietnam?"], "prime time"),
]
CHURN_FACTS = ["The river festival in Pakse drew {n} boat crews this year.",
               "The Hue lantern market sold {n} paper lanterns during the autumn fair.",
               "A ferry between Kratie and Stung Treng now carries {n} passengers a day."]


# ---------------------------------------------------------------- the clients

class Session:
    """One chat session; knows which /answer endpoint the app offers."""

    def __init__(self, url: str):
        from gradio_client import Client

        self.client = Client(url, verbose=False)
        api = self.client.view_api(print_info=False, return_format="dict")
        params = [p.get("parameter_name") for p in api["named_endpoints"].get("/answer", {}).get("parameters", [])]
        self.json_api = "question" in params

    def ask(self, question: str, history: list[str]) -> tuple[str, bool]:
        """(text of the reply, whether it claims an answer)."""
        if self.json_api:
            answer = self.client.predict(question, history, [], api_name="/answer")
            return f"{answer['text']} {answer.get('span') or ''}", bool(answer["found"])
        reply = self.client.predict(question, api_name="/answer")
        text = _flatten(reply)
        return text, not ("Not found" in text or "do not say" in text)

    def documents(self) -> list[str] | None:
        try:
            return sorted(d["doc_id"] for d in self.client.predict(api_name="/documents"))
        except Exception:  # an app without the endpoint
            return None


def _flatten(reply) -> str:
    if isinstance(reply, str):
        return reply
    if isinstance(reply, dict):
        return _flatten(reply.get("content", "")) if "content" in reply else json.dumps(reply)
    if isinstance(reply, (list, tuple)):
        return "\n".join(_flatten(part) for part in reply)
    return str(reply)


def run_client(url: str, number: int, deadline: float, results: list, lock: threading.Lock) -> None:
    try:
        session = Session(url)
    except Exception as exc:
        with lock:
            results.append((0.0, "error", f"client {number} could not connect: {type(exc).__name__}: {exc}"))
        return
    questions = [q for q in QUESTIONS if session.json_api or not q[1]]
    i = number
    while time.monotonic() < deadline:
        question, history, expected = questions[i % len(questions)]
        i += 1
        started = time.perf_counter()
        try:
            text, found = session.ask(question, history)
            seconds = time.perf_counter() - started
            right = (not found) if expected is None else (found and expected in text)
            outcome = ("ok", "") if right else ("wrong", f"{question!r} -> {' '.join(text.split())[:120]!r}")
        except Exception as exc:
            seconds = time.perf_counter() - started
            outcome = ("error", f"{question!r}: {type(exc).__name__}: {str(exc)[:200]}")
        with lock:
            results.append((seconds, *outcome))


# ---------------------------------------------------------------- the server it starts

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(workdir: Path) -> tuple[subprocess.Popen, str, Path, Path]:
    docs, index_dir = workdir / "docs", workdir / "index"
    shutil.copytree(ROOT / "seeds", docs)
    subprocess.run([sys.executable, "-m", "qa.cli", "index", str(docs), "--index-dir", str(index_dir), "--quiet"],
                   cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    log = open(workdir / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--index-dir", str(index_dir),
                               "--port", str(port)], cwd=ROOT, env=dict(ENV, QA_DOCS_DIR=str(docs)),
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"qa serve exited with {server.returncode}; see {workdir / 'serve.log'}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return server, url, docs, index_dir
        except OSError:
            time.sleep(1)
    server.kill()
    raise SystemExit(f"qa serve did not answer within 240 s; see {workdir / 'serve.log'}")


# ---------------------------------------------------------------- churn (a second process)

def churn_worker(docs: Path, index_dir: Path, seconds: float) -> None:
    """Add and delete documents and sync the index in a loop; then check the index against the folder.

    Prints one JSON line: syncs done, failures, and the final check.
    """
    import contextlib
    import io

    sys.path.insert(0, str(ROOT))
    import sentence_transformers  # noqa: F401  (the import is the slow part of a first sync: done before the clock)

    from qa.cli import main

    print("ready", flush=True)
    rng = random.Random(7)
    deadline = time.monotonic() + seconds
    syncs, failures, added, deleted = 0, [], 0, 0
    while time.monotonic() < deadline:
        name = docs / f"churn-{rng.randrange(4)}.txt"
        if name.exists():
            name.unlink()
            deleted += 1
        else:
            fact = rng.choice(CHURN_FACTS).format(n=rng.randrange(100, 10_000))
            name.write_text(f"Churn note {syncs}\n\n{fact}\n", encoding="utf-8")
            added += 1
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["index", str(docs), "--index-dir", str(index_dir), "--quiet"])
        syncs += 1
        if code != 0:
            failures.append(err.getvalue().strip()[-300:])
    print(json.dumps({"syncs": syncs, "added": added, "deleted": deleted, "failures": failures,
                      "check": check_index(docs, index_dir)}), flush=True)


def check_index(docs: Path, index_dir: Path) -> dict:
    from qa.indexing.index import load_index
    from qa.indexing.ingest import find_files

    index = load_index(index_dir)
    files = sorted(s.doc_id for s in find_files(docs))
    spans = [(c.doc_id, c.start, c.end) for c in index.chunks]
    return {"files": len(files), "documents": len(index.documents),
            "same_documents": sorted(index.documents) == files, "doc_ids": sorted(index.documents),
            "chunks": len(index.chunks), "duplicate_chunk_ids": len(index.chunks) - len({c.chunk_id for c in index.chunks}),
            "duplicate_chunk_spans": len(spans) - len(set(spans)),
            "vectors_match_chunks": index.faiss_index.ntotal == len(index.chunks)}


def watch_documents(url: str, deadline: float, seen: list) -> None:
    """Record the document count the server reports, once a second, to show it follows the churn
    (and any list with a document twice)."""
    session = Session(url)
    while time.monotonic() < deadline:
        ids = session.documents()
        if ids is not None and len(set(ids)) != len(ids):
            seen.append(f"duplicates in {ids}")
        elif ids is not None and (not seen or seen[-1] != len(ids)):
            seen.append(len(ids))
        time.sleep(1)


# ---------------------------------------------------------------- report

def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


def report(results: list, seconds: float, clients: int, json_api: bool) -> dict:
    latencies = [r[0] for r in results if r[1] != "error"]
    counts = {kind: sum(1 for r in results if r[1] == kind) for kind in ("ok", "wrong", "error")}
    summary = {"clients": clients, "seconds": round(seconds, 1), "requests": len(results), **counts,
               "throughput_per_s": round(len(latencies) / seconds, 2) if seconds else 0.0,
               "p50_ms": round(1000 * statistics.median(latencies)) if latencies else None,
               "p95_ms": round(1000 * percentile(latencies, 0.95)) if latencies else None,
               "max_ms": round(1000 * max(latencies)) if latencies else None,
               "endpoint": "/answer(question, history, doc_ids) -> JSON" if json_api else "/answer(message) -> chat"}
    problems = [r[2] for r in results if r[1] != "ok"]
    summary["first_problems"] = problems[:5]
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running qa serve (default: start one over a copy of seeds/)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent sessions (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long the clients ask (default 60)")
    parser.add_argument("--churn", action="store_true", help="add, delete and re-index documents meanwhile")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--churn-worker", nargs=3, metavar=("DOCS", "INDEX", "SECONDS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.churn_worker:
        churn_worker(Path(args.churn_worker[0]), Path(args.churn_worker[1]), float(args.churn_worker[2]))
        return 0
    if args.churn and args.url:
        parser.error("--churn needs the server this script starts (it writes the served folder); drop --url")

    workdir = Path(tempfile.mkdtemp(prefix="qa-load-"))
    server = None
    try:
        if args.url:
            url = args.url
        else:
            print("indexing a copy of seeds/ and starting qa serve ...", file=sys.stderr)
            server, url, docs, index_dir = start_server(workdir)
        warm = Session(url)  # the first question loads the model in the server: not part of the figures
        json_api = warm.json_api
        warm.ask(*QUESTIONS[0][:2])
        churn = None
        seen: list[int] = []
        if args.churn:
            churn = subprocess.Popen([sys.executable, __file__, "--churn-worker", str(docs), str(index_dir),
                                      str(args.seconds)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True)
            churn.stdout.readline()  # "ready"
        deadline = time.monotonic() + args.seconds
        if churn:
            threading.Thread(target=watch_documents, args=(url, deadline, seen), daemon=True).start()
        print(f"{args.clients} clients asking {url} for {args.seconds:g} s{' with churn' if churn else ''} ...",
              file=sys.stderr)
        results, lock = [], threading.Lock()
        started = time.monotonic()
        threads = [threading.Thread(target=run_client, args=(url, n, deadline, results, lock))
                   for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        summary = report(results, time.monotonic() - started, args.clients, json_api)
        if churn:
            out, _ = churn.communicate(timeout=600)
            churned = json.loads(out.strip().splitlines()[-1])
            time.sleep(3)  # the server looks for a newer index before a question, at most every 2 s
            final = Session(url)
            question, history, expected = QUESTIONS[0]
            text, found = final.ask(question, history)
            churned["answer_after_churn_right"] = found and expected in text
            served = final.documents()
            churned["server_documents_match"] = served == churned["check"]["doc_ids"] if served is not None else None
            churned["server_document_counts_seen"] = seen
            summary["churn"] = churned
        print(json.dumps(summary, indent=1))
        if args.json:
            args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
