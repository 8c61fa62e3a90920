"""The Gradio chat: ask the indexed documents in the browser.

``build_app`` wraps a ``QA`` in a ``gr.ChatInterface``; ``respond`` is the chat
callback and ``render_answer`` turns an ``Answer`` into the reply (plain HTML
blocks): the answer sentence with its exact phrase in bold, a confidence
word, and numbered sources quoting the passage with the answer sentence marked.
Everything taken from a document is escaped, so document text always shows as
text. Library errors become a sentence in the chat, never a traceback.

It does not build or update the index (``qa index`` does), does not answer
anything itself, and serves on this machine only unless told otherwise; there
is no share link and no custom JavaScript.
"""
from __future__ import annotations

import html
import re

import gradio as gr

from .config import Config
from .errors import QAError, QuestionError
from .pipeline import QA
from .types import Answer, Citation

EXAMPLES = [
    "How many Lao students are studying in Vietnam?",
    "When did Vietnam and Cambodia sign an economic-trade agreement?",
    "Who is the General Secretary and President of Laos?",
    "When did Vietnam and Laos sign the Treaty of Friendship and Cooperation?",
]
ASK_PROMPT = f"Please type a question about the documents, for example: <em>{EXAMPLES[0]}</em>"
NOT_FOUND = "<p><strong>Not found in the documents.</strong> No passage answers this question.</p>"


def escape(text: str) -> str:
    """Document text as inert HTML, each whitespace run folded to one space.

    Example: "<script>x</script>\n  y" -> "&lt;script&gt;x&lt;/script&gt; y"
    """
    return re.sub(r"\s+", " ", html.escape(text, quote=True))


def confidence_words(confidence: float) -> str:
    level = "high" if confidence >= 0.75 else "medium" if confidence >= 0.5 else "low"
    return f"Confidence: {level} ({confidence:.0%})"


def render_answer(answer: Answer) -> str:
    """The chat reply for ``answer``: HTML blocks (<p>, <strong>, <mark>, <blockquote>), document text escaped.

    HTML blocks rather than Markdown, so that no character of a quote can turn into markup.
    """
    if not answer.found:
        parts = [NOT_FOUND]
        if answer.citations:
            parts.append("<p><strong>Closest passages</strong> (they do not answer it):</p>")
            parts += [_source(n, c) for n, c in enumerate(answer.citations, 1)]
        return "\n\n".join(parts)
    parts = [f"<p>{_answer_sentence(answer)}</p>", f"<p><small>{confidence_words(answer.confidence)}</small></p>",
             "<p><strong>Sources</strong></p>"]
    parts += [_source(n, c) for n, c in enumerate(answer.citations, 1)]
    return "\n\n".join(parts)


def _answer_sentence(answer: Answer) -> str:
    """The answer sentence with its exact answer phrase in bold (placed by offsets, else by search)."""
    text, span = answer.text, answer.span
    first = answer.citations[0] if answer.citations else None
    at = -1
    if first and first.span_start is not None and first.sentence_start is not None:
        at = first.span_start - first.sentence_start
    if at < 0 or text[at:at + len(span)] != span:
        at = text.find(span)
    if not span or span == text or at < 0:
        return escape(text).strip()
    return _marked(text, at, at + len(span), "strong")


def _marked(text: str, start: int, end: int, tag: str) -> str:
    """``text`` escaped, with ``text[start:end]`` wrapped in ``<tag>``."""
    before, inside, after = (escape(part) for part in (text[:start], text[start:end], text[end:]))
    return f"{before}<{tag}>{inside}</{tag}>{after}".strip()


def _source(number: int, citation: Citation) -> str:
    """``[n] Title``, a small line with date and file, then the quoted passage, its answer sentence
    marked when it answers."""
    page = f"page {citation.page}" if citation.page is not None else None
    where = " · ".join(escape(part) for part in (citation.date, citation.doc_id, page) if part)
    heading = f"<strong>[{number}] {escape(citation.title)}</strong><br><small>{where}</small>"
    quote = citation.quote
    if citation.answers and citation.sentence_start is not None and citation.sentence_end is not None:
        start = max(0, citation.sentence_start - citation.start)
        end = min(len(quote), citation.sentence_end - citation.start)
        body = _marked(quote, start, end, "mark")
    else:
        body = escape(quote).strip()
    return f"<p>{heading}</p><blockquote>{body}</blockquote>"


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


def respond(message: str, history: list[dict], qa: QA) -> str:
    """The chat callback: answer ``message`` in the light of the earlier questions in ``history``."""
    if not isinstance(message, str) or not message.strip():
        return ASK_PROMPT
    try:
        return render_answer(qa.answer(message, history=user_questions(history)))
    except QuestionError as exc:  # e.g. only punctuation: the library's message says what to do
        return escape(str(exc))
    except QAError as exc:
        return f"Sorry, that could not be answered: {escape(str(exc))}"


def build_app(qa: QA | None = None, config: Config | None = None) -> gr.Blocks:
    """The chat app over ``qa``, or over a QA opened from ``config.index_dir`` (default: the environment)."""
    if qa is None:
        qa = QA(config=config or Config.from_env())

    def chat(message: str, history: list[dict]) -> str:
        return respond(message, history, qa)

    count = len(qa.documents())
    return gr.ChatInterface(
        chat,
        chatbot=gr.Chatbot(label="Answers", scale=1, latex_delimiters=[], buttons=["copy"]),
        textbox=gr.Textbox(placeholder="Ask a question about the documents", submit_btn=True),
        examples=EXAMPLES,
        title="Ask the documents",
        description=f"Answers are quoted word for word from {count} indexed documents, with numbered sources. "
                    "Follow-up questions may refer to earlier ones.",
        flagging_mode="never",
        api_name="answer",
    )


def serve(config: Config, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Open the index named by ``config`` and serve the chat on ``host:port`` until interrupted."""
    build_app(config=config).launch(server_name=host, server_port=port, share=False)
