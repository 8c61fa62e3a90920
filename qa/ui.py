"""The Gradio app: chat with the indexed documents, read a source beside the chat, manage the collection.

``build_app`` lays out three parts around one ``QA``:

- the chat, a ``gr.ChatInterface``: each reply is an answer message (the
  sentence with its exact phrase in bold, a confidence, and "not found in the
  documents" when nothing answers) followed by one message per numbered source
  (qa.render); follow-ups pass the earlier questions as ``history``; the
  thumbs save feedback (qa.feedback) beside the index;
- the viewer beside the chat: clicking a source (the Chatbot's ``select``
  event) shows its whole document with the passage marked and scrolled to;
- the documents panel (qa.panel): list, upload, remove, and the documents
  the next questions are restricted to.

While the models load (in the background, from the start of ``qa serve``), a
notice at the top of the page says so; a question asked meanwhile waits for them.

Two named endpoints serve programs: ``/answer`` (question, history, doc_ids ->
``Answer.to_dict()``, the JSON of ``qa ask --json``) and ``/documents``.
Everything shown is escaped text from the index; no file path from a user
reaches Gradio's file serving, and the index and documents folders are
blocked from it. Library errors become messages, never tracebacks.
"""
from __future__ import annotations

import ipaddress
import uuid
from pathlib import Path

from .gradio_import import gr

from . import panel
from .config import Config
from .errors import ConfigError, QAError, QuestionError
from .feedback import feedback_path, feedback_row, save_feedback, withdraw_feedback
from .pipeline import QA
from .render import VIEWER_EMPTY, answer_messages, document_view, escape
from .types import Answer, Citation

EXAMPLES = [
    "How many Lao students are studying in Vietnam?",
    "When did Vietnam and Cambodia sign an economic-trade agreement?",
    "Who is the General Secretary and President of Laos?",
    "When did Vietnam and Laos sign the Treaty of Friendship and Cooperation?",
]
ASK_PROMPT = f"Please type a question about the documents, for example: <em>{EXAMPLES[0]}</em>"
LOADING = ("⏳ Loading the models (a few seconds, once). You can type your question now: "
           "it is answered as soon as they are ready.")
LOAD_FAILED = "⚠️ The models could not be loaded: {error}"
NOTHING_CHOSEN = ("The documents chosen on the left are no longer indexed; choose others, or clear the "
                  "choice to search every document.")

# The viewer keeps its own scroll box, so showing the passage never scrolls the chat out of sight.
VIEWER_CSS = """
.qa-doc h2 { margin: 0 0 0.25em 0; font-size: 1.2em; }
.qa-doc-meta { margin: 0 0 0.6em 0; font-size: 0.85em; opacity: 0.75; }
.qa-doc-text { position: relative; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.55;
               max-height: 68vh; overflow-y: auto; padding: 0.6em 0.8em; border-radius: 6px;
               border: 1px solid var(--border-color-primary); background: var(--background-fill-secondary); }
.qa-doc-text mark { padding: 0.1em 0; }
.qa-doc-empty { opacity: 0.75; padding: 1em 0; }
"""
APP_CSS = """
#documents * { font-family: var(--font); }
#documents .virtual-row, #documents thead, #documents [role=columnheader] { font-size: var(--text-sm); }
"""
SCROLL_TO_PASSAGE = """
watch('value', () => {
  const box = element.querySelector('.qa-doc-text');
  const mark = element.querySelector('#qa-cited');
  if (box) box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 4) : 0;
});
"""


def user_questions(history: list[dict]) -> list[str]:
    """The user's earlier questions in a messages-format history, oldest first.

    Content is a string, or (Gradio 6) a list of parts like {"type": "text", "text": ...}.
    """
    questions = []
    for message in history or []:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        if isinstance(content, str) and content.strip():
            questions.append(content.strip())
    return questions


def respond(message: str, history: list[dict], qa: QA, doc_ids: list[str] | None = None
            ) -> tuple[list[dict], Answer | None]:
    """The chat reply to ``message`` (assistant messages) and the Answer behind it, if one was given.

    ``history`` is the chat so far; its user questions make follow-ups work.
    ``doc_ids`` restricts the answer to those documents (ids no longer indexed are dropped).
    """
    if not isinstance(message, str) or not message.strip():
        return [_assistant(ASK_PROMPT)], None
    only = None
    if doc_ids:
        only = [d for d in doc_ids if d in qa.index.documents]
        if not only:
            return [_assistant(NOTHING_CHOSEN)], None
    try:
        answer = qa.answer(message, history=user_questions(history), doc_ids=only)
    except QuestionError as exc:  # e.g. only punctuation: the library's message says what to do
        return [_assistant(escape(str(exc)))], None
    except QAError as exc:
        return [_assistant(f"Sorry, that could not be answered: {escape(str(exc))}")], None
    return [_assistant(text) for text in answer_messages(answer, only)], answer


def turn_record(answer: Answer, history: list[str], doc_ids: list[str] | None) -> dict:
    """What the session keeps about one reply, for its sources and its rating."""
    return {"id": f"chat-{uuid.uuid4().hex[:12]}", "question": answer.question, "history": list(history),
            "doc_ids": list(doc_ids) if doc_ids else None, "answer": answer.to_dict()}


def remember(turns: dict, history: list[dict], answer: Answer | None, doc_ids: list[str] | None) -> dict:
    """``turns`` once the question following ``history`` got ``answer`` (None: a prompt or a message).

    Replies from this question's place on are dropped: the chat was cleared,
    undone or retried there. The new reply's first message follows the history and the question.
    """
    kept = {k: v for k, v in (turns or {}).items() if int(k) < len(history)}
    if answer is not None:
        kept[str(len(history) + 1)] = turn_record(answer, user_questions(history), doc_ids)
    return kept


def turn_at(turns: dict, index: int) -> tuple[dict, int] | tuple[None, None]:
    """The reply that chat message ``index`` belongs to, and its first message's index.

    ``turns`` maps the index of each reply's first message (as a string) to its turn_record.
    """
    first = max((int(k) for k in turns or {} if int(k) <= index), default=None)
    if first is None:
        return None, None
    turn = turns[str(first)]
    if index > first + len(turn["answer"]["citations"]):
        return None, None
    return turn, first


def citation_at(turns: dict, index: int) -> Citation | None:
    """The source that chat message ``index`` shows; the answer message opens its first source."""
    turn, first = turn_at(turns, index)
    if turn is None or not turn["answer"]["citations"]:
        return None
    return Citation(**turn["answer"]["citations"][max(0, index - first - 1)])


def show_document(qa: QA, doc_id: str, citation: Citation | None = None) -> str:
    """The viewer's HTML for an indexed document; any other id gets a message, never a file."""
    document = qa.index.documents.get(doc_id) if isinstance(doc_id, str) else None
    if document is None:
        return f'<p class="qa-doc-empty">{escape(str(doc_id))} is not in the index (any more).</p>'
    return document_view(document, citation, panel.passage_counts(qa).get(doc_id, 0))


def rate(path: Path, turns: dict, index: int, liked) -> str:
    """Save (or, when ``liked`` is neither True nor False, withdraw) the rating of the reply at ``index``."""
    turn, _ = turn_at(turns, index)
    if turn is None:
        return "Only answers can be rated."
    try:
        if liked is True or liked is False:
            save_feedback(path, feedback_row(turn, liked))
            return "Thanks: your rating was saved."
        withdraw_feedback(path, turn["id"])
        return "Your rating was withdrawn."
    except OSError as exc:  # a read-only or full disk: say so, the chat goes on
        return f"Your rating could not be saved ({exc.strerror or exc})."


def build_app(qa: QA | None = None, config: Config | None = None, feedback_file: str | Path | None = None
              ) -> gr.Blocks:
    """The app over ``qa``, or over a QA opened from ``config`` (default: the environment)."""
    if qa is None:
        qa = QA(config=config or Config.from_env())
    feedback_file = Path(feedback_file) if feedback_file else feedback_path(qa.index_dir)

    def chat(message: str, history: list[dict], doc_ids: list[str] | None, turns: dict):
        messages, answer = respond(message, history, qa, doc_ids)
        only = [d for d in doc_ids or [] if d in qa.index.documents] or None
        return messages, remember(turns, history, answer, only)

    def open_source(turns: dict, event: gr.SelectData):
        citation = citation_at(turns, event.index if isinstance(event.index, int) else -1)
        return show_document(qa, citation.doc_id, citation) if citation else gr.skip()

    def open_row(row_ids: list[str], event: gr.SelectData):
        row = event.index[0] if isinstance(event.index, (list, tuple)) else -1
        return show_document(qa, row_ids[row]) if 0 <= row < len(row_ids or []) else gr.skip()

    def like(turns: dict, event: gr.LikeData):
        index = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        gr.Info(rate(feedback_file, turns, index, event.liked))

    def answer_endpoint(question: str, history: list[str] | None = None,
                        doc_ids: list[str] | None = None) -> dict:
        """Answer a question from the documents: the JSON of `qa ask --json` (Answer.to_dict()).

        history: earlier questions of the conversation, oldest first; doc_ids: only answer from these
        documents (ids from the /documents endpoint).
        """
        unknown = [d for d in doc_ids or [] if d not in qa.index.documents]
        if unknown:
            raise gr.Error(f"unknown document id(s): {', '.join(unknown)}; the /documents endpoint lists them")
        try:
            return qa.answer(question, history=list(history or []), doc_ids=list(doc_ids or []) or None).to_dict()
        except QAError as exc:
            raise gr.Error(str(exc)) from None

    def documents_endpoint() -> list[dict]:
        """The indexed documents: doc_id, title, date and number of passages."""
        return panel.document_list(qa)

    def loading_state():
        ready = qa.ready.is_set()
        text = LOAD_FAILED.format(error=escape(str(qa.warm_up_error))) if qa.warm_up_error else LOADING
        return gr.update(value=text, visible=not ready or qa.warm_up_error is not None), gr.Timer(active=not ready)

    with gr.Blocks(title="qa: ask the documents", fill_height=True, fill_width=True) as app:
        turns = gr.State({})
        notice = gr.Markdown(LOADING, visible=not qa.ready.is_set(), elem_id="loading")
        timer = gr.Timer(0.5, active=not qa.ready.is_set())
        timer.tick(loading_state, None, [notice, timer], api_visibility="private", show_progress="hidden")
        app.load(loading_state, None, [notice, timer], api_visibility="private", show_progress="hidden")
        with gr.Sidebar(label="Documents", width=380):
            controls = panel.build_panel(qa)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(label="Answers", height="72vh", latex_delimiters=[], buttons=["copy"],
                                     elem_id="chat")
                gr.ChatInterface(
                    chat,
                    chatbot=chatbot,
                    textbox=gr.Textbox(placeholder="Ask a question about the documents", submit_btn=True,
                                       elem_id="question"),
                    additional_inputs=[controls.only, turns],
                    additional_outputs=[turns],
                    examples=[[question, None, None] for question in EXAMPLES],
                    title="Ask the documents",
                    description="Answers are quoted word for word from the documents listed on the left, "
                                "with numbered sources. Follow-up questions may refer to earlier ones. Like or "
                                "dislike an answer to help improve qa.",
                    flagging_mode="never",
                    fill_height=False,
                    api_visibility="private",  # programs use /answer, which returns the Answer as JSON
                )
            with gr.Column(scale=2, min_width=320):
                viewer = gr.HTML(VIEWER_EMPTY, label="Document", show_label=True, css_template=VIEWER_CSS,
                                 js_on_load=SCROLL_TO_PASSAGE, elem_id="viewer", container=True, padding=True)
        chatbot.select(open_source, [turns], [viewer], api_visibility="private")
        chatbot.like(like, [turns], None, api_visibility="private")
        controls.table.select(open_row, [controls.row_ids], [viewer], api_visibility="private")
        panel.wire_panel(qa, controls, app)
        gr.api(answer_endpoint, api_name="answer")
        gr.api(documents_endpoint, api_name="documents")
    return app


def parse_auth(text: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; empty -> None (no login asked)."""
    if not text:
        return None
    user, colon, password = text.partition(":")
    if not colon or not user or not password:
        raise ConfigError("authentication must be given as user:password (e.g. --auth alice:s3cret or "
                          "QA_AUTH=alice:s3cret)")
    return user, password


def launch(app: gr.Blocks, qa: QA, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None,
           share: bool = False, block: bool = True):
    """Serve ``app`` on ``host:port``: no share link unless asked, index and documents folders never served."""
    try:
        return app.launch(server_name=host, server_port=port, auth=auth, share=share, prevent_thread_lock=not block,
                          blocked_paths=[str(Path(qa.index_dir).resolve()), str(Path(qa.docs_dir).resolve())],
                          max_file_size=int(qa.config.max_file_mb * 2**20), ssr_mode=False, quiet=not share,
                          css=APP_CSS, footer_links=["api"])
    except OSError as exc:  # Gradio's "Cannot find empty port", an address this machine does not have
        raise ConfigError(f"cannot serve on {host}:{port} ({exc}); choose another --port or --host") from None


def serve(config: Config, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None,
          share: bool = False, feedback_file: str | Path | None = None, qa: QA | None = None) -> None:
    """Serve the app over ``qa`` (else the index named by ``config``) on ``host:port`` until interrupted.

    The models load in the background meanwhile (``QA.warm_up_in_background``), and the page says so;
    callers that open the QA before importing this module (qa serve, app.py) overlap that with Gradio's import.
    """
    if not auth and not is_loopback(host):
        print(f"warning: serving on {host} without --auth: anyone who can reach this machine can ask, upload "
              "and remove documents")
    qa = qa or QA(config=config).warm_up_in_background()
    app = build_app(qa, feedback_file=feedback_file)
    launch(app, qa, host, port, auth, share, block=False)
    print(f"qa: serving http://{host}:{port} (Ctrl+C stops)" + ("; login required" if auth else ""), flush=True)
    app.block_thread()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _assistant(content: str) -> dict:
    return {"role": "assistant", "content": content}
