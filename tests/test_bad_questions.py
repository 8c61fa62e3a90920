"""Bad questions through the library, the CLI and the chat: a clear message or an honest answer, never a traceback.

Every case runs on the real seed index and model; after all of them the index still answers.
"""
from __future__ import annotations

import pytest

from qa.app.ui import ASK_PROMPT, respond
from qa.cli import main
from qa.errors import QuestionError
from qa.types import Answer

GOOD = "How many Lao students are studying in Vietnam?"
NOTHING_TO_ASK = {
    "empty": "",
    "whitespace": " \t\n  ",
    "punctuation": "?!...;:,",
    "emoji": "🙂🤔🇻🇳❓",
    "control characters": "\x00\x01\x07\x1b\x7f",
    "zero-width and marks": "\u200b\u200d\ufeff\u0301",
}
OTHER_SCRIPTS = {  # "How many Lao students study in Vietnam?" in each: the seeds are English only
    "Chinese": "有多少老挝学生在越南学习？",
    "Arabic": "كم عدد الطلاب اللاويين الذين يدرسون في فيتنام؟",
    "Russian": "Сколько лаосских студентов учится во Вьетнаме?",
    "Hindi": "वियतनाम में कितने लाओ छात्र पढ़ते हैं?",
}
LONG = GOOD + " " + "Please answer this carefully. " * 400  # over 10,000 characters


@pytest.mark.parametrize("question", NOTHING_TO_ASK.values(), ids=NOTHING_TO_ASK.keys())
def test_a_question_with_nothing_to_ask_is_refused_with_a_message(seed_qa, question):
    with pytest.raises(QuestionError, match="type a question"):
        seed_qa.answer(question)
    assert seed_qa.answer(GOOD).found  # the index is untouched


@pytest.mark.parametrize("question", OTHER_SCRIPTS.values(), ids=OTHER_SCRIPTS.keys())
def test_a_question_in_another_script_gets_an_honest_not_found(seed_qa, question):
    answer = seed_qa.answer(question)
    assert isinstance(answer, Answer) and not answer.found
    for citation in answer.citations:  # the closest passages, still verbatim
        assert citation.quote == seed_qa.document(citation.doc_id).text[citation.start:citation.end]


def test_a_question_over_10000_characters_is_truncated_and_answered(seed_qa):
    assert len(LONG) > 10_000
    answer = seed_qa.answer(LONG)
    # the first 2,000 characters, and the question mark a question is read with (qa.asking.question.plain_question)
    assert len(answer.question.removesuffix("?")) <= seed_qa.config.max_question_chars
    assert answer.found and answer.span == "over 14,000"
    assert "first 2,000 characters were read" in answer.reason  # the user learns the rest was not read


def test_a_question_cut_only_in_trailing_blanks_carries_no_note(seed_qa):
    limit = seed_qa.config.max_question_chars
    padded = GOOD + " " * (limit - len(GOOD))
    assert "characters were read" not in seed_qa.answer(padded + " \x00\n" * 5_000).reason
    assert "characters were read" in seed_qa.answer(padded + " x").reason


def test_control_characters_inside_a_real_question_are_ignored(seed_qa):
    answer = seed_qa.answer("How many\x00 Lao\x1b[0m students\x07 are studying\r in Vietnam?\x7f")
    assert answer.found and answer.span == "over 14,000"
    assert all(ch.isprintable() or ch in "\n\t" for ch in answer.question)
    assert "[0m" not in answer.question  # a terminal's colour code goes whole


def test_a_question_that_is_not_text_is_refused(seed_qa):
    for question in (None, 42, b"bytes?", ["a", "list"]):
        with pytest.raises(QuestionError, match="must be text"):
            seed_qa.answer(question)


@pytest.mark.parametrize("history", ["How many projects does Vietnam have in Laos?", [None], [42, "text"],
                                     b"bytes"])
def test_a_history_that_is_not_a_list_of_text_is_refused(seed_qa, history):
    with pytest.raises(QuestionError, match="history must be a list"):
        seed_qa.answer("What is their total capital?", history=history)


def test_blank_huge_and_noisy_earlier_questions_do_not_break_a_follow_up(seed_qa):
    history = ["x" * 1_000_000, "", "  \x00 ", "?!", "How many projects does Vietnam\x00 have in Laos?"]
    answer = seed_qa.answer("What is their total capital?", history=history)
    assert answer.found and "5.5 billion" in answer.text


def test_a_question_of_megabytes_with_leading_control_characters_is_answered(seed_qa):
    answer = seed_qa.answer("\x00" * 1_000_000 + GOOD + " x" * 2_000_000)
    assert answer.found and answer.span == "over 14,000"
    assert "characters were read" in answer.reason
    # the first 2,000 characters, and the question mark a question is read with (qa.asking.question.plain_question)
    assert len(answer.question.removesuffix("?")) <= seed_qa.config.max_question_chars


# ---------------------------------------------------------------- the command line

@pytest.mark.parametrize("question", NOTHING_TO_ASK.values(), ids=NOTHING_TO_ASK.keys())
def test_qa_ask_with_nothing_to_ask_exits_1_with_one_line(seed_index_dir, capsys, question):
    code = main(["ask", question, "--index-dir", str(seed_index_dir)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("qa: error: ") and "question" in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_qa_ask_answers_long_foreign_and_noisy_questions(seed_index_dir, capsys):
    for question, expected in ((LONG, "14,000"), (OTHER_SCRIPTS["Chinese"], "not"),
                               ("How many Lao\x00 students are studying in Vietnam?", "14,000")):
        code = main(["ask", question, "--index-dir", str(seed_index_dir)])
        out, err = capsys.readouterr()
        assert code == 0 and "Traceback" not in err, err
        assert expected in out.splitlines()[0] + out.splitlines()[1]


# ---------------------------------------------------------------- the chat

def chat_reply(qa, question, history=()) -> str:
    """The chat's whole reply as one text, whether ``respond`` returns a string or (messages, answer)."""
    reply = respond(question, list(history), qa)
    messages = reply[0] if isinstance(reply, tuple) else [reply]
    return "\n".join(m.get("content") or "" if isinstance(m, dict) else str(m) for m in messages)


@pytest.mark.parametrize("question", NOTHING_TO_ASK.values(), ids=NOTHING_TO_ASK.keys())
def test_the_chat_answers_nothing_to_ask_with_a_prompt(seed_qa, question):
    reply = chat_reply(seed_qa, question)
    assert reply == ASK_PROMPT or "type a question" in reply
    assert "Traceback" not in reply


@pytest.mark.parametrize("question, expected", [
    (LONG, "<strong>over 14,000</strong>"),
    (OTHER_SCRIPTS["Chinese"], "Not found in the documents"),
    (OTHER_SCRIPTS["Arabic"], "Not found in the documents"),
    ("How many\x00 Lao students\x1b are studying in Vietnam?", "<strong>over 14,000</strong>"),
])
def test_the_chat_answers_long_foreign_and_noisy_questions(seed_qa, question, expected):
    reply = chat_reply(seed_qa, question)
    assert expected in reply and "Traceback" not in reply


def test_the_chat_survives_odd_history(seed_qa):
    odd = [{"role": "user", "content": "x" * 50_000}, {"role": "user", "content": None},
           {"role": "user", "content": [{"type": "image"}]}, {"role": "assistant"}, {}]
    reply = chat_reply(seed_qa, "What about their capital?", odd)
    assert isinstance(reply, str) and "Traceback" not in reply


def test_output_cut_short_by_a_pipe_is_no_error(seed_index_dir):
    """`qa ask ... | head -1`: the reader of the output leaves early (here `true`, before qa writes anything);
    qa exits 0 without a traceback."""
    import subprocess
    import sys
    from pathlib import Path

    qa_command = Path(sys.executable).parent / "qa"
    script = (f"set -o pipefail; {qa_command} ask 'How many Lao students are studying in Vietnam?' "
              f"--index-dir {seed_index_dir} | true")
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
