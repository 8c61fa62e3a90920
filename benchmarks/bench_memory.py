"""Peak memory (RSS) of `qa serve` on the seeds and of answer() on the large collection; cold start times.

    python benchmarks/bench_memory.py [DATA] [--encoders onnx,torch] [--runs 3] [--large-dir DIR]
        [--skip-large] [--json FILE]

Each figure comes from a fresh process, read from its ``VmHWM`` (peak resident
set) in /proc after the work is done:

- ``qa serve`` on an index of the seeds, after the page answers and one
  question was answered through the /answer API (so the model is loaded);
- a Python process that opens the large index (built by bench_query.py into
  ``--large-dir``; built here if missing) and answers 20 questions;
- as a baseline, a process that only loads the model and encodes one question.

Cold start, wall clock from a shell: ``qa ask "..."`` (load index and models,
answer, exit; the median of ``--runs``), beside ``python -c pass``;
``qa serve`` and ``python app.py`` until the page answers, and until the first
answer. Each figure is taken for every ``--encoders`` value in the same run
(torch is the baseline), each on its own index of the seeds. Linux only
(/proc). Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
PYTHON = sys.executable
QUESTION = "How many Lao students are studying in Vietnam?"

_ANSWER_LARGE = """
import json, resource, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {benchmarks!r})
from pathlib import Path
from bench_query import fixed_questions
from qa.config import Config
from qa.pipeline import QA
qa = QA({index!r}, config=Config(chunk_chars={chunk_chars}))
for q in fixed_questions(Path({data!r}), "large")[:20]:
    qa.answer(q["question"], history=q["history"])
print(json.dumps({{"chunks": len(qa.index.chunks), "peak_mb": _peak()}}))
"""

_MODEL_ONLY = """
import json
from qa.config import Config
from qa.models.embed import Encoder
Encoder.from_config(Config.from_env()).encode_one("How many Lao students are studying in Vietnam?")
print(json.dumps({"peak_mb": _peak()}))
"""

_PEAK = """
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
"""


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmHWM for process {pid}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_page(url: str, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def ask_api(url: str) -> None:
    from gradio_client import Client

    Client(url, verbose=False, analytics_enabled=False).predict(question=QUESTION, history=[], doc_ids=[],
                                                                api_name="/answer")


def serve_figures(command: list[str], env: dict, port: int) -> dict:
    """Start a server on ``port``, time it until the page answers and until its first answer, read its peak RSS."""
    env = dict(env, GRADIO_ANALYTICS_ENABLED="False")
    url = f"http://127.0.0.1:{port}/"
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_page(url, process)
        page = time.perf_counter() - started
        ask_api(url)
        first = time.perf_counter() - started
        return {"page_s": round(page, 2), "first_answer_s": round(first, 2), "peak_mb": peak_mb(process.pid)}
    finally:
        process.terminate()
        process.wait(timeout=30)


def run_json(code: str, env: dict) -> dict:
    result = subprocess.run([PYTHON, "-c", _PEAK + code], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def cold_seconds(command: list[str], env: dict, runs: int) -> float:
    """The median wall clock of ``command`` over ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return round(sorted(times)[len(times) // 2], 2)


def encoder_figures(encoder: str, tmp: Path, runs: int) -> dict:
    """Cold starts and peak memory with QA_ENCODER=encoder, on an index of the seeds built by that encoder."""
    qa_bin = str(Path(PYTHON).parent / "qa")
    index_dir = tmp / f"seed-index-{encoder}"
    env = dict(os.environ, QA_INDEX_DIR=str(index_dir), QA_ENCODER=encoder)
    subprocess.run([qa_bin, "index", str(ROOT / "seeds"), "--quiet"], env=env, check=True, stdout=subprocess.DEVNULL)
    figures = {"model_only_peak_mb": run_json(_MODEL_ONLY, env)["peak_mb"],
               "qa_ask_s": cold_seconds([qa_bin, "ask", QUESTION], env, runs)}
    port = free_port()
    figures["qa_serve"] = serve_figures([qa_bin, "serve", "--port", str(port)], env, port)
    figures["app_py"] = serve_figures([PYTHON, "app.py"], env, 7860)  # app.py always serves on 7860
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="evaluation folder (default ../shared/eval)")
    parser.add_argument("--encoders", default="onnx,torch",
                        help="QA_ENCODER values to measure, side by side (default onnx,torch: torch is the baseline)")
    parser.add_argument("--runs", type=int, default=3, help="cold `qa ask` runs per encoder; the median is shown")
    parser.add_argument("--large-dir", type=Path, default=Path(tempfile.gettempdir()) / "qa-bench-large")
    parser.add_argument("--large-chunk-chars", type=int, default=100, help="as in bench_query.py")
    parser.add_argument("--skip-large", action="store_true", help="only the seeds and the cold starts")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    import gradio_client  # noqa: F401  (imported now, so the client's import is not timed as the server's)

    encoders = [e for e in args.encoders.split(",") if e]
    figures: dict = {"python_pass_s": cold_seconds([PYTHON, "-c", "pass"], dict(os.environ), args.runs),
                     "qa_help_s": cold_seconds([str(Path(PYTHON).parent / "qa"), "--help"], dict(os.environ),
                                               args.runs)}
    with tempfile.TemporaryDirectory() as tmp:
        for encoder in encoders:
            figures[encoder] = encoder_figures(encoder, Path(tmp), args.runs)
    if not args.skip_large:
        index = args.large_dir / "index"
        if not (index / "CURRENT").exists():
            subprocess.run([PYTHON, str(ROOT / "benchmarks" / "bench_query.py"), str(args.data), "--collections",
                            "large", "--large-dir", str(args.large_dir)], check=True)
        figures["large_answer"] = run_json(_ANSWER_LARGE.format(
            root=str(ROOT), benchmarks=str(ROOT / "benchmarks"), index=str(index), data=str(args.data),
            chunk_chars=args.large_chunk_chars), dict(os.environ, QA_ENCODER=encoders[0]))
    rows = [("peak RSS, model loaded + one encode", "model_only_peak_mb", " MB"),
            ("peak RSS, qa serve, seeds, one answer", ("qa_serve", "peak_mb"), " MB"),
            ("qa ask (cold: index, models, answer)", "qa_ask_s", " s"),
            ("qa serve until the page answers", ("qa_serve", "page_s"), " s"),
            ("qa serve until the first answer", ("qa_serve", "first_answer_s"), " s"),
            ("python app.py until the page answers", ("app_py", "page_s"), " s"),
            ("python app.py until the first answer", ("app_py", "first_answer_s"), " s")]
    print(f"{'what':<42}" + "".join(f"{'QA_ENCODER=' + e:>20}" for e in encoders))
    for label, key, unit in rows:
        values = [figures[e][key[0]][key[1]] if isinstance(key, tuple) else figures[e][key] for e in encoders]
        print(f"{label:<42}" + "".join(f"{v:>{20 - len(unit)}.2f}{unit}" for v in values))
    print(f"{'python -c pass (floor)':<42}{figures['python_pass_s']:>18.2f} s")
    print(f"{'qa --help':<42}{figures['qa_help_s']:>18.2f} s")
    if "large_answer" in figures:
        label = f"peak RSS, answer(), {figures['large_answer']['chunks']:,} chunks"
        print(f"{label:<42}{figures['large_answer']['peak_mb']:>17.0f} MB  (QA_ENCODER={encoders[0]})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
