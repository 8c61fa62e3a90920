"""The documents panel of the app: what is indexed, adding and removing files, choosing where to search and how sure an answer must be.

``add_files`` and ``remove_files`` go through ``QA.add_documents`` and
``QA.remove_documents``, which keep the files inside the documents folder
(uploads under its ``uploads/``, removed ones moved to ``.removed/``) and
index incrementally; the chat answers from the new index at once. Each
returns a message for the panel, never raising: a refused file is named with
the reason. Laying out the chat is qa.app.ui.
"""
from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path

from ..config import SUPPORTED_SUFFIXES
from ..errors import QAError
from .gradio_import import gr
from .render import escape

HEADERS = ["Title", "Date", "Passages"]


@dataclass(frozen=True)
class Controls:
    table: gr.Dataframe
    row_ids: gr.State  # doc_id of each table row, in the order this session shows them
    only: gr.Dropdown
    threshold: gr.Slider  # min_confidence for the next questions
    uploader: gr.File
    status: gr.Markdown
    to_remove: gr.Dropdown
    remove: gr.Button


def passage_counts(qa) -> dict[str, int]:
    return collections.Counter(chunk.doc_id for chunk in qa.index.chunks)


def document_list(qa) -> list[dict]:
    """Every indexed document, by title: ``doc_id``, ``title``, ``date``, ``passages``."""
    counts = passage_counts(qa)
    documents = sorted(qa.index.documents.values(), key=lambda d: (d.title.lower(), d.doc_id))
    return [{"doc_id": d.doc_id, "title": d.title, "date": d.date, "passages": counts.get(d.doc_id, 0)}
            for d in documents]


def document_rows(qa) -> list[list]:
    return [[d["title"], d["date"] or "", d["passages"]] for d in document_list(qa)]


def document_choices(qa) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for the dropdowns; the label shows the file so equal titles stay apart."""
    return [(f"{d['title']} ({d['doc_id']})", d["doc_id"]) for d in document_list(qa)]


def add_files(qa, paths, progress: bool = False) -> str:
    """Index the files at ``paths`` (as uploaded) and say what happened, in Markdown."""
    paths = [Path(p) for p in paths or []]
    if not paths:
        return "Choose one or more files to add."
    try:
        report = qa.add_documents(paths, progress=progress)
    except QAError as exc:
        return f"**Nothing was added.** {escape(str(exc))}"
    except OSError as exc:  # e.g. a full disk while copying
        return f"**Nothing was added:** the files could not be stored ({escape(exc.strerror or str(exc))})."
    lines = []
    if report.added or report.updated:
        names = ", ".join(escape(d) for d in report.added + report.updated)
        lines.append(f"**Added** {names}: now answerable ({report.chunks} passages in all, {report.seconds:.1f} s).")
    elif not report.skipped:
        lines.append("These files were already indexed; nothing changed.")
    for name, why in report.skipped.items():
        lines.append(f"**Not added:** {escape(str(name))}: {escape(str(why))}")
    return "\n\n".join(lines)


def remove_files(qa, doc_ids) -> str:
    """Take ``doc_ids`` out of the index (their files move to the folder's .removed/) and say so."""
    doc_ids = [d for d in doc_ids or [] if isinstance(d, str)]
    if not doc_ids:
        return "Choose the documents to remove first."
    if len(doc_ids) >= len(qa.index.documents):
        return "**Not removed:** the index must keep at least one document."
    try:
        report = qa.remove_documents(doc_ids)
    except QAError as exc:
        return f"**Nothing was removed.** {escape(str(exc))}"
    except OSError as exc:
        return f"**Nothing was removed:** the files could not be moved ({escape(exc.strerror or str(exc))})."
    return f"**Removed** {', '.join(escape(d) for d in report.removed)} ({report.seconds:.1f} s)."


def build_panel(qa) -> Controls:
    """The panel's components, laid out in the current Blocks context (the sidebar)."""
    gr.Markdown("## Documents")
    table = gr.Dataframe(document_rows(qa), headers=HEADERS, interactive=False, wrap=True, max_height=300,
                         column_widths=["46%", "27%", "27%"], show_label=False, buttons=[], elem_id="documents")
    row_ids = gr.State([d["doc_id"] for d in document_list(qa)])
    only = gr.Dropdown(document_choices(qa), value=[], multiselect=True, label="Answer only from",
                       info="Leave empty to search every document.", elem_id="only")
    default = qa.config.min_confidence
    threshold = gr.Slider(0, 1, value=default, step=0.05, label="Answer only when confident",
                          info=f"Below this confidence qa says \"not found\" and why (default {default:.2f}).",
                          elem_id="threshold")
    uploader = gr.File(label=f"Add documents ({' '.join(SUPPORTED_SUFFIXES)})", file_count="multiple",
                       file_types=list(SUPPORTED_SUFFIXES), elem_id="upload")
    status = gr.Markdown(elem_id="panel-status", min_height=84)
    to_remove = gr.Dropdown(document_choices(qa), value=[], multiselect=True, label="Remove documents",
                            info="Their files are moved aside, never deleted.")
    remove = gr.Button("Remove", variant="stop", size="sm")
    return Controls(table, row_ids, only, threshold, uploader, status, to_remove, remove)


def wire_panel(qa, controls: Controls, app: gr.Blocks) -> None:
    """Connect the panel's events; after a change, every list shows the new index."""

    def refreshed(chosen):
        try:
            qa.reload()  # another process (qa index, a second app) may have changed the index
        except QAError:
            pass  # a broken newer index: keep showing the one still answering
        known = qa.index.documents
        return (document_rows(qa), [d["doc_id"] for d in document_list(qa)], gr.Dropdown(choices=document_choices(qa), value=[d for d in chosen or []
                                                                                   if d in known]),
                gr.Dropdown(choices=document_choices(qa), value=[]))

    def on_upload(files, chosen, progress=gr.Progress(track_tqdm=True)):
        progress(0, desc=f"Indexing {len(files or [])} file(s)")
        message = add_files(qa, files, progress=True)
        return (message, None, *refreshed(chosen))

    def on_remove(doc_ids, chosen):
        return (remove_files(qa, doc_ids), *refreshed(chosen))

    lists = [controls.table, controls.row_ids, controls.only, controls.to_remove]
    # One progress bar, on the status line, rather than one over every list being refreshed.
    controls.uploader.upload(on_upload, [controls.uploader, controls.only],
                             [controls.status, controls.uploader, *lists], api_visibility="private",
                             concurrency_id="index", concurrency_limit=1, show_progress_on=controls.status)
    controls.remove.click(on_remove, [controls.to_remove, controls.only], [controls.status, *lists],
                          api_visibility="private", concurrency_id="index", concurrency_limit=1,
                          show_progress_on=controls.status)
    app.load(refreshed, [controls.only], lists, api_visibility="private")
