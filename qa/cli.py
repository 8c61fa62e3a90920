"""The command line: a thin shell over the library.

    qa index [DOCS_DIR] [--index-dir DIR] [--rebuild] [--engine local|ray] [--ray-address ADDR]
    qa ask "QUESTION" [--index-dir DIR] [--doc ID ...] [--json]
    qa serve [--host HOST] [--port PORT] [--auth USER:PASSWORD] [--share]
    qa eval QUESTIONS.jsonl [--docs DIR] [--index-dir DIR] [--json] [--output FILE]
    qa export [--all]
    qa check [--index-dir DIR] [--docs DIR] [--json] [--repair]

Library errors become one-line messages and exit code 1; nothing here does
the work itself. Heavy libraries are imported inside the commands, so
``qa --help`` answers at once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .config import Config
from .errors import QAError


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `qa ask ... | head`: the reader of the output left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush stays quiet
        return 0
    except Exception as exc:  # a fault of qa's own: one line that says so, the traceback on request
        if os.environ.get("QA_DEBUG"):
            raise
        print(f"qa: internal error: {type(exc).__name__}: {exc}\nThis is a bug in qa, not in your documents or "
              "question; run again with QA_DEBUG=1 for the traceback, and report it with the command you ran.",
              file=sys.stderr)
        return 70  # EX_SOFTWARE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Answer questions from your documents, "
                                     "quoting them word for word and citing where.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", help="build or update the index of a documents folder",
                       description="Sync the index with every supported file (.txt .md .html .htm .pdf .docx) "
                       "under DOCS_DIR, recursively: new files are added, changed ones re-embedded, deleted ones "
                       "removed. "
                       "Unchanged files keep their vectors; an up-to-date index is left as it is.")
    p.add_argument("docs_dir", nargs="?", type=Path, default=None,
                   help="documents folder (default: $QA_DOCS_DIR or seeds/)")
    _index_dir_option(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed everything, ignoring the current index")
    p.add_argument("--engine", choices=["local", "ray"], default=os.environ.get("QA_ENGINE") or "local",
                   help="where new and changed files are read, split and embedded: here (local, the default) or "
                   "on a Ray cluster (ray; needs pip install -e '.[ray]'); default $QA_ENGINE")
    p.add_argument("--ray-address", default=None, metavar="ADDR",
                   help="the Ray cluster to use with --engine ray (default: $RAY_ADDRESS, else a local one)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_index)

    p = sub.add_parser("ask", help="answer one question", description="Answer QUESTION from the index, "
                       "printing the answer and its numbered sources.")
    p.add_argument("question", help="the question, in quotes")
    _index_dir_option(p)
    p.add_argument("--history", action="append", default=[], metavar="EARLIER",
                   help="an earlier question of the same conversation (repeat, oldest first)")
    p.add_argument("--doc", action="append", default=None, metavar="DOC_ID",
                   help="only answer from this document (repeat for several)")
    p.add_argument("--min-confidence", type=float, default=None,
                   help="abstain below this confidence (default: $QA_MIN_CONFIDENCE or the built-in default)")
    p.add_argument("--url", default=None, metavar="URL",
                   help="the chat app's address (default: $QA_URL), e.g. http://127.0.0.1:7860: each source "
                        "then gets a link that opens its passage there")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.set_defaults(run=_ask)

    p = sub.add_parser("eval", help="score qa on a JSONL question set",
                       description="Ask every question of QUESTIONS (schema: ../shared/eval/README.md) and report "
                       "answer accuracy, span EM/F1, citation accuracy, abstention precision/recall and "
                       "retrieval recall@5/MRR, overall and per type.")
    p.add_argument("questions", type=Path, help="JSONL file of questions")
    p.add_argument("--docs", type=Path, default=None, help="index this folder first (into --index-dir)")
    _index_dir_option(p)
    p.add_argument("--output", type=Path, default=None, help="write one JSON line per question here")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_eval)

    p = sub.add_parser("serve", help="serve the chat in the browser",
                       description="Serve the Gradio chat on HOST:PORT (default 127.0.0.1:7860).")
    _index_dir_option(p)
    p.add_argument("--host", default=os.environ.get("QA_HOST", "127.0.0.1"),
                   help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=int(os.environ.get("QA_PORT", "7860")), help="port (default 7860)")
    p.add_argument("--auth", default=os.environ.get("QA_AUTH"), metavar="USER:PASSWORD",
                   help="ask for this login before anything else (default: $QA_AUTH; none when unset); "
                   "use it whenever --host is not 127.0.0.1")
    p.add_argument("--share", action="store_true",
                   help="also open a public Gradio share link (off by default; needs internet access)")
    p.add_argument("--feedback", type=Path, default=None, metavar="FILE",
                   help="where likes and dislikes are saved (default: feedback.jsonl in the index folder)")
    p.set_defaults(run=_serve)

    p = sub.add_parser("check", help="verify every file of an index; --repair mends what is damaged",
                       description="Verify the live index: every file's checksum, the manifest against the "
                       "segments, chunk and sentence offsets, vector norms, and BM25 against the stored terms; "
                       "and which documents changed in the documents folder since (stale, not damage). Prints one "
                       "line per problem and a summary; exits 0 when nothing is damaged, 1 otherwise.")
    _index_dir_option(p)
    p.add_argument("--docs", type=Path, default=None,
                   help="documents folder to compare with (default: the one the index was built from)")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.add_argument("--repair", action="store_true",
                   help="re-embed only the damaged documents from the documents folder, through the normal sync")
    p.add_argument("--quiet", action="store_true", help="no progress bar while repairing")
    p.set_defaults(run=_check)

    p = sub.add_parser("export", help="export the models to ONNX now (else the first question does)",
                       description="Export the bundled encoder and the trained reader to ONNX, from the installed "
                       "files, into $QA_MODEL_DIR (default ~/.cache/qa/models). Files already made from the same "
                       "sources are kept. `make setup` runs `qa export --all`.")
    p.add_argument("--all", action="store_true", help="also the variants not in use (fp32 and int8 of both)")
    p.set_defaults(run=_export)
    return parser


def _index_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index-dir", type=Path, default=None, help="index folder (default: $QA_INDEX_DIR or index/)")


def _index(args) -> int:
    from .indexing.index import build_index, status

    config = Config.from_env(docs_dir=args.docs_dir, index_dir=args.index_dir)
    from .models.embed import Encoder

    encoder = Encoder.from_config(config)
    if not args.rebuild and status(config.docs_dir, config.index_dir, config, encoder) == "fresh":
        print(f"index {config.index_dir} is up to date with {config.docs_dir}")
        return 0
    report = build_index(config.docs_dir, config.index_dir, config, encoder, rebuild=args.rebuild,
                         progress=not args.quiet, engine=args.engine, ray_address=args.ray_address)
    print(f"indexed {config.docs_dir} into {config.index_dir}: {report.summary()}")
    return 0


def _ask(args) -> int:
    from .app.render import answer_text
    from .pipeline import QA

    config = Config.from_env(index_dir=args.index_dir, url=args.url)
    answer = QA(config=config).answer(args.question, history=args.history, doc_ids=args.doc,
                                      min_confidence=args.min_confidence)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer_text(answer))
    return 0


def _eval(args) -> int:
    from .evaluate import evaluate, format_report, read_questions
    from .pipeline import QA

    questions = read_questions(args.questions)
    config = Config.from_env(index_dir=args.index_dir)
    if args.docs is not None:
        from .indexing.index import build_index

        report = build_index(args.docs, config.index_dir, config, progress=not args.quiet)
        print(f"indexed {args.docs} into {config.index_dir}: {report.summary()}", file=sys.stderr)
    result = evaluate(QA(config=config), questions, progress=not args.quiet, output=args.output)
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0


def _serve(args) -> int:
    from .pipeline import QA

    config = Config.from_env(index_dir=args.index_dir)
    qa = QA(config=config).warm_up_in_background()  # the models load while Gradio is imported
    from .app.ui import parse_auth, serve

    serve(config, host=args.host, port=args.port, auth=parse_auth(args.auth), share=args.share,
          feedback_file=args.feedback, qa=qa)
    return 0


def _check(args) -> int:
    from .indexing.check import check_index, report_json, summary
    from .indexing.store import read_manifest

    config = Config.from_env(index_dir=args.index_dir)
    docs = args.docs
    if docs is None:
        try:
            built_from = Path(read_manifest(config.index_dir).get("docs_dir") or config.docs_dir)
        except QAError:
            built_from = config.docs_dir
        docs = built_from if built_from.is_dir() else None
    problems = check_index(config.index_dir, docs)
    damaged = any(p.kind == "damaged" for p in problems)
    if args.repair and damaged:
        from .indexing.index import repair

        if docs is None:
            raise QAError("--repair needs the documents folder the index was built from; give it with --docs")
        _, report = repair(docs, config.index_dir, config, progress=not args.quiet)
        print(f"repaired {config.index_dir}: {report.summary()}", file=sys.stderr)
        problems = check_index(config.index_dir, docs)
        damaged = any(p.kind == "damaged" for p in problems)
    if args.json:
        print(report_json(problems))
    else:
        for problem in problems:
            print(problem.line())
        print(summary(problems))
    return 1 if damaged else 0


def _export(args) -> int:
    from .models.reader import Reader
    from .models.runtime import MODELS, encoder_model, onnx_path, reader_model

    config = Config.from_env()
    if args.all:
        names = MODELS
    elif encoder_model(config.encoder.value) is None:
        names = []  # torch runs both models
    else:
        readers = {reader_model(config.reader_int8), reader_model(bool(config.reader_int8_above))}
        names = [encoder_model(config.encoder.value)] + (sorted(readers) if config.reader else [])
    if not names:
        print("QA_ENCODER=torch runs no ONNX model: nothing to export", file=sys.stderr)
    reader = Reader()
    for name in names:
        path = onnx_path(name, reader.weights, reader.check()["sha256"]) if name.startswith("reader") \
            else onnx_path(name)
        print(f"{name}: {path} ({path.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
