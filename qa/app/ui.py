"""The Gradio app: chat with the indexed documents, read a source beside the chat, manage the collection.

``build_app`` lays out three parts around one ``QA``:

- the chat, a ``gr.ChatInterface``: each reply is an answer message (the
  sentence with its exact phrase in bold, a confidence, and "not found in the
  documents" with the reason when nothing answers) followed by one message per
  numbered source with a link to its passage (qa.app.render, qa.app.links); follow-ups
  pass the earlier questions as ``history``; the thumbs save feedback
  (qa.app.feedback); the copy button copies the answer with its numbered sources;
- conversations are kept in the user's browser (ChatInterface's
  ``save_history``): a reload reopens the one that was open, and "New chat"
  starts another. What each reply cites is kept there too (qa.app.turns);
- the viewer beside the chat: clicking a source (the Chatbot's ``select``
  event), or opening a passage link, shows its whole document with the
  passage marked and scrolled to;
- the documents panel (qa.app.panel): list, upload, remove, the documents the
  next questions are restricted to, and the "answer only when confident"
  slider (``min_confidence``).

While the models load (in the background, from the start of ``qa serve``), a
notice at the top of the page says so; a question asked meanwhile waits for them.

Two named endpoints serve programs: ``/answer`` (question, history, doc_ids,
min_confidence -> ``Answer.to_dict()``, the JSON of ``qa ask --json``, with
passage links) and ``/documents``. Everything shown is escaped text from the
index; no file path from a user reaches Gradio's file serving, and the index
and documents folders are blocked from it. Library errors become messages,
never tracebacks.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from ..errors import ConfigError, QAError, QuestionError
from ..indexing.cache import user_cache
from ..pipeline import QA
from ..types import Answer, Citation
from . import panel
from .feedback import feedback_path
from .gradio_import import gr
from .links import parse_link, with_links
from .render import VIEWER_EMPTY, answer_messages, answer_text, document_view, escape
from .turns import citation_at, message_text, rate, remember, turn_at, user_questions

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
# The copy button has already copied the reply's markup; this replaces it with the answer and its sources.
WRITE_CLIPBOARD = "(text) => { if (text && navigator.clipboard) navigator.clipboard.writeText(text); return []; }"
SCROLL_TO_PASSAGE = """
watch('value', () => {
  const box = element.querySelector('.qa-doc-text');
  const mark = element.querySelector('#qa-cited');
  if (box) box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 4) : 0;
});
"""


_log = logging.getLogger(__name__)
FAILED = ("Sorry, qa failed on this question ({error}). Your documents and the index are not affected; please "
          "report it with the question.")


def respond(message: str, history: list[dict], qa: QA, doc_ids: list[str] | None = None,
            min_confidence: float | None = None) -> tuple[list[dict], Answer | None]:
    """The chat reply to ``message`` (assistant messages) and the Answer behind it, if one was given.

    ``history`` is the chat so far; its user questions make follow-ups work.
    ``doc_ids`` restricts the answer to those documents (ids no longer indexed are dropped);
    ``min_confidence`` is the chat's "answer only when confident" setting (None: the configured default).
    """
    if not isinstance(message, str) or not message.strip():
        return [_assistant(ASK_PROMPT)], None
    only = None
    if doc_ids:
        only = [d for d in doc_ids if d in qa.index.documents]
        if not only:
            return [_assistant(NOTHING_CHOSEN)], None
    try:
        answer = qa.answer(message, history=user_questions(history), doc_ids=only, min_confidence=min_confidence)
    except QuestionError as exc:  # e.g. only punctuation: the library's message says what to do
        return [_assistant(escape(str(exc)))], None
    except QAError as exc:
        return [_assistant(f"Sorry, that could not be answered: {escape(str(exc))}")], None
    except Exception as exc:  # a fault of qa's own: said in the chat and logged, the chat and the index go on
        _log.exception("answering %r failed", message[:200])
        return [_assistant(FAILED.format(error=escape(f"{type(exc).__name__}: {exc}")))], None
    return [_assistant(text) for text in answer_messages(answer, only)], answer


def show_document(qa: QA, doc_id: str, citation: Citation | None = None) -> str:
    """The viewer's HTML for an indexed document; any other id gets a message, never a file."""
    document = qa.index.documents.get(doc_id) if isinstance(doc_id, str) else None
    if document is None:
        return f'<p class="qa-doc-empty">{escape(str(doc_id))} is not in the index (any more).</p>'
    return document_view(document, citation, panel.passage_counts(qa).get(doc_id, 0))


def show_link(qa: QA, query: dict) -> str | None:
    """The viewer's HTML for a passage link's query parameters (qa.app.links); None when they name no passage."""
    linked = parse_link(query)
    if linked is None:
        return None
    doc_id, start, end = linked
    document = qa.index.documents.get(doc_id)
    if document is None:
        return (f'<p class="qa-doc-empty">This link is to {escape(doc_id)}, which is no longer indexed: it was '
                "removed or renamed. Ask the question again to find where the documents say it now.</p>")
    if end > len(document.text):
        return (f'<p class="qa-doc-empty">This link is to characters {start}-{end} of {escape(doc_id)}, which now '
                f"has only {len(document.text)}: the document changed since the link was made. Ask the question "
                "again for a fresh link.</p>")
    citation = Citation(doc_id, document.title, document.date, start, end, document.text[start:end], 0.0,
                        answers=False)
    return show_document(qa, doc_id, citation)


def copy_text(turns: dict, chat: list[dict], copied: str, base: str) -> str | None:
    """What the copy button of a reply puts on the clipboard: the answer then its numbered sources with links
    (qa.app.render.answer_text). ``copied`` is the text Gradio copied (the reply's messages); None if no reply matches."""
    for index, message in enumerate(chat or []):
        head = message_text(message)
        if head and copied.startswith(head) and (index == 0 or chat[index - 1].get("role") != "assistant"):
            turn, _ = turn_at(turns, chat, index)
            if turn is not None:
                return answer_text(with_links(Answer.from_dict(turn["answer"]), base))
    return None


def request_base(request, configured: str) -> str:
    """The app's own address: QA_URL when set (behind a proxy it must be), else the one the browser used."""
    if configured or request is None:
        return configured
    url = urlsplit(str(getattr(request, "base_url", "") or ""))
    return f"{url.scheme}://{url.netloc}{url.path}".rstrip("/") if url.scheme and url.netloc else ""


def build_app(qa: QA | None = None, config: Config | None = None, feedback_file: str | Path | None = None
              ) -> gr.Blocks:
    """The app over ``qa``, or over a QA opened from ``config`` (default: the environment)."""
    if qa is None:
        qa = QA(config=config or Config.from_env())
    feedback_file = Path(feedback_file) if feedback_file else feedback_path(qa.index_dir)
    qa.warm_up_in_background()  # unless it already is: the page says "loading" until the models are ready

    def chat(message: str, history: list[dict], doc_ids: list[str] | None, min_confidence: float | None,
             turns: dict):
        messages, answer = respond(message, history, qa, doc_ids, _threshold(min_confidence))
        only = [d for d in doc_ids or [] if d in qa.index.documents] or None
        return messages, remember(turns, message, messages, answer, history, only)

    def open_source(chat_messages: list[dict], turns: dict, event: gr.SelectData):
        citation = citation_at(turns, chat_messages, event.index if isinstance(event.index, int) else -1)
        return show_document(qa, citation.doc_id, citation) if citation else gr.skip()

    def open_row(row_ids: list[str], event: gr.SelectData):
        row = event.index[0] if isinstance(event.index, (list, tuple)) else -1
        return show_document(qa, row_ids[row]) if 0 <= row < len(row_ids or []) else gr.skip()

    def open_link(request: gr.Request):
        shown = show_link(qa, dict(request.query_params)) if request is not None else None
        return shown if shown is not None else gr.skip()

    def like(chat_messages: list[dict], turns: dict, event: gr.LikeData):
        index = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        gr.Info(rate(feedback_file, turns, chat_messages, index, event.liked))

    def copy(chat_messages: list[dict], turns: dict, event: gr.CopyData, request: gr.Request):
        text = copy_text(turns, chat_messages, str(event.value or ""), request_base(request, qa.config.url))
        return text if text is not None else gr.skip()

    def reopen(opened, conversations):
        """After a reload: the conversation that was open, if it is still saved."""
        index = opened.get("open") if isinstance(opened, dict) else None
        if isinstance(index, int) and 0 <= index < len(conversations or []):
            return index, conversations[index], conversations[index]
        return gr.skip(), gr.skip(), gr.skip()

    def answer_endpoint(question: str, history: list[str] | None = None, doc_ids: list[str] | None = None,
                        min_confidence: float | None = None, request: gr.Request = None) -> dict:
        """Answer a question from the documents: the JSON of `qa ask --json` (Answer.to_dict()).

        history: earlier questions of the conversation, oldest first; doc_ids: only answer from these
        documents (ids from the /documents endpoint); min_confidence: abstain below this confidence, 0 to 1
        (default: the server's). Each citation's url opens its passage in this app.
        """
        unknown = [d for d in doc_ids or [] if d not in qa.index.documents]
        if unknown:
            raise gr.Error(f"unknown document id(s): {', '.join(unknown)}; the /documents endpoint lists them")
        try:
            answer = qa.answer(question, history=list(history or []), doc_ids=list(doc_ids or []) or None,
                               min_confidence=min_confidence)
        except QAError as exc:
            raise gr.Error(str(exc)) from None
        except Exception as exc:  # a fault of qa's own: a clear error for the caller, the traceback in the log
            _log.exception("answering %r failed", str(question)[:200])
            raise gr.Error(FAILED.format(error=f"{type(exc).__name__}: {exc}")) from None
        return with_links(answer, request_base(request, qa.config.url)).to_dict()

    def documents_endpoint() -> list[dict]:
        """The indexed documents: doc_id, title, date and number of passages."""
        return panel.document_list(qa)

    def loading_state():
        ready = qa.ready.is_set()
        text = LOAD_FAILED.format(error=escape(str(qa.warm_up_error))) if qa.warm_up_error else LOADING
        return gr.update(value=text, visible=not ready or qa.warm_up_error is not None), gr.Timer(active=not ready)

    with gr.Blocks(title="qa: ask the documents", fill_height=True, fill_width=True) as app:
        secret = browser_secret()  # the same after a restart, so browsers can still read what they kept
        turns = gr.BrowserState({}, storage_key="qa_turns", secret=secret)  # in this browser only
        open_conversation = gr.BrowserState(None, storage_key="qa_open_conversation", secret=secret)
        clipboard = gr.Textbox(visible="hidden", elem_id="clipboard")
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
                conversation = gr.ChatInterface(
                    chat,
                    chatbot=chatbot,
                    textbox=gr.Textbox(placeholder="Ask a question about the documents", submit_btn=True,
                                       elem_id="question"),
                    additional_inputs=[controls.only, controls.threshold, turns],
                    additional_outputs=[turns],
                    examples=[[question, None, None, None] for question in EXAMPLES],
                    save_history=True,  # conversations are kept in the browser; "New chat" starts another
                    title="Ask the documents",
                    description="Answers are quoted word for word from the documents listed on the left, "
                                "with numbered sources. Follow-up questions may refer to earlier ones. Like or "
                                "dislike an answer to help improve qa. Conversations are kept in this browser.",
                    flagging_mode="never",
                    fill_height=False,
                    api_visibility="private",  # programs use /answer, which returns the Answer as JSON
                )
            with gr.Column(scale=2, min_width=320):
                viewer = gr.HTML(VIEWER_EMPTY, label="Document", show_label=True, css_template=VIEWER_CSS,
                                 js_on_load=SCROLL_TO_PASSAGE, elem_id="viewer", container=True, padding=True)
        chatbot.select(open_source, [chatbot, turns], [viewer], api_visibility="private")
        chatbot.like(like, [chatbot, turns], None, api_visibility="private")
        chatbot.copy(copy, [chatbot, turns], [clipboard], api_visibility="private").then(
            None, [clipboard], None, js=WRITE_CLIPBOARD)
        app.load(open_link, None, [viewer], api_visibility="private", show_progress="hidden")
        conversation.saved_conversations.storage_key = "qa_conversations"
        conversation.saved_conversations.secret = secret or conversation.saved_conversations.secret
        # Which conversation is open, for a reload: the one just saved or chosen; none after "New chat".
        # (Kept as {"open": i}: the browser's storage keeps no 0 or None. The change event that follows the
        # saved conversations' own loading carries no id, and is skipped.)
        conversation.saved_conversations.change(lambda i: {"open": i} if isinstance(i, int) else gr.skip(),
                                                conversation.conversation_id, open_conversation,
                                                api_visibility="private", queue=False)
        conversation.chat_history_dataset.click(lambda i: {"open": i}, conversation.chat_history_dataset,
                                                open_conversation, api_visibility="private", queue=False)
        conversation.new_chat_button.click(lambda: {"open": None}, None, open_conversation, api_visibility="private",
                                           queue=False)
        app.load(reopen, [open_conversation, conversation.saved_conversations],
                 [conversation.conversation_id, chatbot, conversation.chatbot_state], api_visibility="private",
                 queue=False)
        controls.table.select(open_row, [controls.row_ids], [viewer], api_visibility="private")
        panel.wire_panel(qa, controls, app)
        gr.api(answer_endpoint, api_name="answer")
        gr.api(documents_endpoint, api_name="documents")
    return app


def browser_secret() -> str | None:
    """The key that hides what browsers keep (conversations, sources) in their storage, kept in the user's cache
    (``browser-secret``) so it survives a restart. None if it cannot be kept: each start then makes its own."""
    path = user_cache() / "browser-secret"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            secret = path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return secret if len(secret) >= 16 else None
    except OSError:
        return None
    secret = secrets.token_urlsafe(24)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(secret + "\n")
    return secret


def _threshold(value) -> float | None:
    """The slider's value as a min_confidence; anything else (an example click, a cleared slider) is the default."""
    return float(value) if isinstance(value, (int, float)) and 0.0 <= value <= 1.0 else None


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
