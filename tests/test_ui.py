"""The Gradio chat: the app builds, replies answer with numbered sources, and document text stays text."""
from __future__ import annotations

import html

import gradio as gr
import pytest

from qa.errors import IndexStateError
from qa.types import Answer, Citation
from qa.ui import ASK_PROMPT, build_app, render_answer, respond, user_questions


def test_app_builds(seed_qa):
    app = build_app(seed_qa)
    assert isinstance(app, gr.Blocks)


def test_reply_has_answer_and_numbered_sources(seed_qa):
    question = "How many Lao students are studying in Vietnam?"
    reply = respond(question, [], seed_qa)
    answer = seed_qa.answer(question)
    assert "<strong>14,000</strong>" in reply
    assert "[1] " + html.escape(answer.citations[0].title) in reply
    assert "<mark>" in reply and "Confidence:" in reply
    assert "Not found" not in reply


def test_unanswerable_question_says_not_found(seed_qa):
    reply = respond("Who is the coach of the Vietnam national football team?", [], seed_qa)
    assert reply.startswith("<p><strong>Not found in the documents.</strong>")
    assert "<mark>" not in reply  # closest passages are offered, but nothing is marked as the answer


@pytest.mark.parametrize("message", ["", "   ", "\n"])
def test_empty_message_gets_a_prompt(seed_qa, message):
    assert respond(message, [], seed_qa) == ASK_PROMPT


def test_punctuation_only_message_gets_the_library_message(seed_qa):
    reply = respond("?!", [], seed_qa)
    assert "question" in reply.lower() and "Traceback" not in reply


def test_follow_up_uses_earlier_questions(seed_qa):
    history = [
        {"role": "user", "content": [{"type": "text", "text": "Who is the General Secretary and President of Laos?"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "(earlier reply)"}]},
    ]
    follow_up = "When did he visit Vietnam?"
    with_history = respond(follow_up, history, seed_qa)
    assert "Thongloun Sisoulith" in with_history
    assert with_history != respond(follow_up, [], seed_qa)


def test_user_questions_reads_both_content_shapes():
    history = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "reply"},
        {"role": "user", "content": [{"type": "text", "text": "second"}]},
    ]
    assert user_questions(history) == ["first", "second"]


def test_library_errors_become_a_message():
    class BrokenQA:
        def answer(self, question, history=None):
            raise IndexStateError("the index is locked; run `qa index` again")

    reply = respond("How many?", [], BrokenQA())
    assert reply.startswith("Sorry") and "qa index" in reply


def test_document_html_is_escaped():
    text = 'Alert <script>alert("x")</script> said 42 people.'
    title = "<b>Bold</b> & co"
    citation = Citation(doc_id="evil.txt", title=title, date="2024-01-02", start=0, end=len(text), quote=text,
                        score=1.0, sentence_start=0, sentence_end=len(text), span_start=text.index("42"),
                        span_end=text.index("42") + 2)
    reply = render_answer(Answer("How many?", text, True, 0.9, [citation], "42"))
    assert "<script>" not in reply and "<b>" not in reply
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in reply
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in reply
    assert "<strong>42</strong>" in reply
