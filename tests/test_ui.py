"""The Gradio app without a browser: replies, sources, the viewer, feedback, the documents panel.

Each handler is called as Gradio would call it, on the real seed index (or a
private copy where a test changes the documents). tests/test_api.py and
tests/test_browser.py drive a running server.
"""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import gradio as gr
import pytest

from qa.cli import main
from qa.config import Config
from qa.errors import IndexStateError
from qa.indexing.index import build_index
from qa.app.panel import add_files, document_list, remove_files
from qa.pipeline import QA
from qa.app.render import answer_messages, document_view
from qa.types import Answer, Citation, Document
from qa.app.links import passage_link
from qa.app.turns import MAX_TURNS, citation_at, rate, remember, reply_key, user_questions
from qa.app.ui import ASK_PROMPT, build_app, copy_text, is_loopback, parse_auth, respond, show_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STUDENTS = "How many Lao students are studying in Vietnam?"
EVIL = ('Warning notice.\n\nThe <script>alert("x")</script> tag was found in 42 pages of the Harbour '
        'Report, said the auditor.\n\n<b>Bold</b> & more text follows here.\n')


def contents(messages: list[dict]) -> str:
    return "\n".join(m["content"] for m in messages)


@pytest.fixture
def own_qa(tmp_path, encoder):
    """A QA over a private copy of the seeds, which a test may add to and remove from."""
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    shutil.copytree(SEEDS, docs)
    build_index(docs, index_dir, Config(), encoder, progress=False)
    return QA(index_dir=index_dir, config=Config(max_file_mb=0.05), encoder=encoder)


def test_app_builds_with_two_named_endpoints(seed_qa):
    app = build_app(seed_qa)
    assert isinstance(app, gr.Blocks)
    public = {d["api_name"] for d in app.config["dependencies"] if d.get("api_visibility") == "public"}
    assert public == {"answer", "documents"}


def test_reply_is_an_answer_message_then_numbered_sources(seed_qa):
    messages, answer = respond(STUDENTS, [], seed_qa)
    assert answer is not None and answer.found
    assert [m["role"] for m in messages] == ["assistant"] * (1 + len(answer.citations))
    head = messages[0]["content"]
    assert "<strong>over 14,000</strong>" in head and "Confidence: high" in head and "Not found" not in head
    first = messages[1]["content"]
    assert first.startswith("<p><strong>[1] " + html.escape(answer.citations[0].title))
    assert "<mark>" in first and "<strong>over 14,000</strong>" in first  # the answer sentence and phrase, in the quote
    assert all(f"[{n}] " in m["content"] for n, m in enumerate(messages[1:], 1))


def test_unanswerable_question_says_not_found_and_shows_closest_passages(seed_qa):
    messages, answer = respond("Who is the coach of the Vietnam national football team?", [], seed_qa)
    assert not answer.found
    assert messages[0]["content"].startswith("<p><strong>Not found in the documents.</strong>")
    assert answer.reason and html.escape(answer.reason) in messages[0]["content"]  # why, in plain words
    assert "Closest passages" in messages[0]["content"] and len(messages) > 1
    assert "<mark>" not in contents(messages)  # offered, but nothing marked as the answer


@pytest.mark.parametrize("message", ["", "   ", "\n"])
def test_empty_message_gets_a_prompt(seed_qa, message):
    messages, answer = respond(message, [], seed_qa)
    assert answer is None and contents(messages) == ASK_PROMPT


def test_punctuation_only_message_gets_the_library_message(seed_qa):
    messages, answer = respond("?!", [], seed_qa)
    assert answer is None and "question" in contents(messages).lower() and "Traceback" not in contents(messages)


def test_follow_up_uses_earlier_questions(seed_qa):
    history = [
        {"role": "user", "content": [{"type": "text", "text": "Who is the General Secretary and President of Laos?"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "(earlier reply)"}]},
    ]
    follow_up = "When did he visit Vietnam?"
    with_history, _ = respond(follow_up, history, seed_qa)
    assert "Thongloun Sisoulith" in contents(with_history)
    assert contents(with_history) != contents(respond(follow_up, [], seed_qa)[0])


def test_user_questions_reads_both_content_shapes():
    history = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "reply"},
        {"role": "user", "content": [{"type": "text", "text": "second"}]},
    ]
    assert user_questions(history) == ["first", "second"]


def test_chosen_documents_restrict_the_answer(seed_qa):
    only = ["000_ca834de449c598df.txt"]
    messages, answer = respond(STUDENTS, [], seed_qa, doc_ids=only)
    assert {c.doc_id for c in answer.citations} <= set(only)
    assert "only from 1 chosen document" in messages[0]["content"]
    messages, answer = respond(STUDENTS, [], seed_qa, doc_ids=["gone.txt"])
    assert answer is None and "no longer indexed" in contents(messages)


def test_library_errors_become_a_message():
    class BrokenQA:
        def answer(self, question, history=None, doc_ids=None, min_confidence=None):
            raise IndexStateError("the index is locked; run `qa index` again")

    messages, answer = respond("How many?", [], BrokenQA())
    assert answer is None and contents(messages).startswith("Sorry") and "qa index" in contents(messages)


def chat_after(history: list[dict], question: str, messages: list[dict]) -> list[dict]:
    """The chat as the browser holds it once ``question`` got the reply ``messages``."""
    return history + [{"role": "user", "content": question}] + messages


def test_each_source_message_opens_its_own_citation(seed_qa):
    history = [{"role": "user", "content": "earlier"}, {"role": "assistant", "content": "reply"}]
    messages, answer = respond(STUDENTS, history, seed_qa)
    turns = remember({}, STUDENTS, messages, answer, history, None)
    chat = chat_after(history, STUDENTS, messages)
    first = len(history) + 1  # the reply follows the history and the question
    assert citation_at(turns, chat, first) == answer.citations[0]  # the answer message opens the first source
    for n, citation in enumerate(answer.citations, 1):
        assert citation_at(turns, chat, first + n) == citation
    assert citation_at(turns, chat, first - 1) is None  # the question
    assert citation_at(turns, chat, 1) is None  # a reply this browser has no record of
    assert citation_at(turns, chat, len(chat)) is None


def test_a_reply_finds_its_record_wherever_it_is_shown(seed_qa):
    """Records are keyed by what the chat shows, so a reopened conversation, or the same reply moved by a
    clear or a retry, still finds its sources; another question with the same reply does not."""
    messages, answer = respond(STUDENTS, [], seed_qa)
    turns = remember({}, STUDENTS, messages, answer, [], ["001_ccd8898416adcc99.txt"])
    moved = chat_after([{"role": "user", "content": "q0"}, {"role": "assistant", "content": "a0"}], STUDENTS,
                       messages)
    assert citation_at(turns, moved, 3) == answer.citations[0]
    assert turns[reply_key(STUDENTS, messages[0]["content"])]["doc_ids"] == ["001_ccd8898416adcc99.txt"]
    assert citation_at(turns, chat_after([], "Another question?", messages), 1) is None
    parts = [{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in moved]
    assert citation_at(turns, parts, 3) == answer.citations[0]  # Gradio 6's content as a list of parts


def test_records_are_capped(seed_qa):
    messages, answer = respond(STUDENTS, [], seed_qa)
    turns = {}
    for n in range(MAX_TURNS + 5):
        turns = remember(turns, f"question {n}?", messages, answer, [], None)
    assert len(turns) == MAX_TURNS and reply_key("question 0?", messages[0]["content"]) not in turns
    assert reply_key(f"question {MAX_TURNS + 4}?", messages[0]["content"]) in turns


def test_copy_gives_the_answer_then_its_sources_with_links(seed_qa):
    messages, answer = respond(STUDENTS, [], seed_qa)
    turns = remember({}, STUDENTS, messages, answer, [], None)
    chat = chat_after([], STUDENTS, messages)
    copied = "\n".join(m["content"] for m in messages)  # what Gradio's copy button copied: the markup
    text = copy_text(turns, chat, copied, "http://qa.example.org:7860")
    assert text.startswith(answer.text) and "<" not in text.replace("<b>", "")
    first = answer.citations[0]
    assert f"[1] {first.title}" in text
    assert passage_link("http://qa.example.org:7860", first.doc_id, first.start, first.end) in text
    assert copy_text(turns, chat, "something else", "") is None


def test_viewer_shows_the_whole_document_with_the_passage_marked(seed_qa):
    answer = seed_qa.answer(STUDENTS)
    citation = answer.citations[0]
    view = show_document(seed_qa, citation.doc_id, citation)
    document = seed_qa.document(citation.doc_id)
    marked = view.split('<mark id="qa-cited">', 1)[1].split("</mark>", 1)[0]
    assert marked.replace("<strong>", "").replace("</strong>", "") == html.escape(citation.quote)
    assert "<strong>" in marked  # the answer sentence inside the passage
    assert html.escape(document.text[-80:]) in view and html.escape(document.text[:80]) in view


@pytest.mark.parametrize("doc_id", ["../../etc/passwd", "/etc/passwd", str(SEEDS / "000_ca834de449c598df.txt"), None])
def test_viewer_shows_only_indexed_documents(seed_qa, doc_id):
    view = show_document(seed_qa, doc_id)
    assert "not in the index" in view and "root:" not in view and "Vietnam" not in view


def test_document_html_is_shown_as_text_in_chat_and_viewer():
    start = EVIL.index("The <script>")
    end = EVIL.index("auditor.") + len("auditor.")
    title = "<b>Bold</b> & co"
    citation = Citation(doc_id="evil.txt", title=title, date="2024-01-02", start=start, end=end,
                        quote=EVIL[start:end], score=1.0, sentence_start=start, sentence_end=end,
                        span_start=EVIL.index("42"), span_end=EVIL.index("42") + 2)
    reply = "\n".join(answer_messages(Answer("How many pages?", EVIL[start:end], True, 0.9, [citation], "42")))
    view = document_view(Document("evil.txt", EVIL, title, "2024-01-02"), citation)
    for shown in (reply, view):
        assert "<script>" not in shown and "<b>" not in shown
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in shown
        assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in shown
    assert "<strong>42</strong>" in reply


@pytest.mark.parametrize("name, text", [
    ("harbour.txt", EVIL),
    ("harbour.html", "<html><head><title>Harbour</title></head><body><p>Warning notice.</p><p>The "
                     "&lt;script&gt;alert(1)&lt;/script&gt; tag was found in 42 pages of the Harbour Report, said "
                     "the auditor.</p><script>alert(2)</script></body></html>"),
])
def test_a_document_with_script_tags_is_answered_and_viewed_as_text(own_qa, tmp_path, name, text):
    evil = tmp_path / name
    evil.write_text(text, encoding="utf-8")
    assert "Added" in add_files(own_qa, [evil])
    messages, answer = respond("In how many pages of the Harbour Report was the tag found?", [], own_qa)
    assert answer.found and answer.citations[0].doc_id == f"uploads/{name}"
    view = show_document(own_qa, f"uploads/{name}", answer.citations[0])
    for shown in (contents(messages), view):
        assert "<script" not in shown and "&lt;script&gt;" in shown


def reply_turns(qa, questions: list[str]) -> tuple[dict, list[dict]]:
    """The records and the chat after asking ``questions`` in turn (each with no history, to keep answers plain)."""
    turns, chat = {}, []
    for question in questions:
        messages, answer = respond(question, [], qa)
        turns = remember(turns, question, messages, answer, [], None)
        chat = chat_after(chat, question, messages)
    return turns, chat


def test_feedback_is_saved_and_read_back_by_qa_eval(seed_qa, seed_index_dir, tmp_path, capsys):
    path = tmp_path / "feedback.jsonl"
    liked = seed_qa.answer(STUDENTS)
    missing = seed_qa.answer("Who is the coach of the Vietnam national football team?")
    turns, chat = reply_turns(seed_qa, [STUDENTS, "Who is the coach of the Vietnam national football team?"])
    second = len(chat) - 1 - len(missing.citations)
    assert "saved" in rate(path, turns, chat, 1, True)
    assert "saved" in rate(path, turns, chat, second, False)
    assert "saved" in rate(path, turns, chat, second, True)  # changed its mind: the line is replaced
    assert "Only answers" in rate(path, turns, chat, 0, True) and "Only answers" in rate(path, {}, chat, 1, True)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in rows] == ["liked", "unanswerable"]
    assert rows[0]["answers"] == ["over 14,000"] and rows[0]["docs"] == [Path(liked.citations[0].doc_id).name]
    assert rows[0]["answer"]["citations"][0]["quote"] == liked.citations[0].quote
    assert rows[1]["answers"] == [] and rows[1]["liked"] is True

    assert main(["eval", str(path), "--index-dir", str(seed_index_dir), "--json", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["questions"] == 2 and report["overall"]["accuracy"] == 1.0

    assert "withdrawn" in rate(path, turns, chat, 1, "")  # a second click on the same thumb
    assert [json.loads(line)["type"] for line in path.read_text(encoding="utf-8").splitlines()] == ["unanswerable"]


def test_a_rating_that_cannot_be_written_says_so(seed_qa, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the feedback folder should be", encoding="utf-8")
    turns, chat = reply_turns(seed_qa, [STUDENTS])
    message = rate(blocked / "feedback.jsonl", turns, chat, 1, True)
    assert message.startswith("Your rating could not be saved")


def test_a_disliked_answer_keeps_what_was_wrong(seed_qa, tmp_path):
    path = tmp_path / "feedback.jsonl"
    answer = seed_qa.answer(STUDENTS)
    history = [{"role": "user", "content": "an earlier question"}, {"role": "assistant", "content": "reply"}]
    messages, _ = respond(STUDENTS, history, seed_qa)
    turns = remember({}, STUDENTS, messages, answer, history, ["001_ccd8898416adcc99.txt"])
    rate(path, turns, chat_after(history, STUDENTS, messages), 3, False)
    row = json.loads(path.read_text(encoding="utf-8"))
    assert row["type"] == "disliked" and row["liked"] is False and row["answers"] == []
    assert row["wrong_answers"] == [answer.text] and row["history"] == ["an earlier question"]
    assert row["doc_ids"] == ["001_ccd8898416adcc99.txt"]


def test_document_list_counts_passages(seed_qa):
    documents = document_list(seed_qa)
    assert {d["doc_id"] for d in documents} == set(seed_qa.index.documents)
    assert sum(d["passages"] for d in documents) == len(seed_qa.index.chunks)
    assert all(d["passages"] > 0 and d["title"] for d in documents)


def test_upload_then_answer_then_remove(own_qa, tmp_path):
    note = tmp_path / "incoming" / "ferry.md"
    note.parent.mkdir()
    note.write_text("# Ferry timetable\n\nThe Mekong ferry leaves Pakse at 7:15 every Tuesday.\n", encoding="utf-8")
    message = add_files(own_qa, [note])
    assert "Added" in message and "uploads/ferry.md" in message
    assert (own_qa.docs_dir / "uploads" / "ferry.md").read_bytes() == note.read_bytes()
    answer = own_qa.answer("When does the Mekong ferry leave Pakse?")
    assert answer.found and "7:15" in answer.text

    message = remove_files(own_qa, ["uploads/ferry.md"])
    assert "Removed" in message and "uploads/ferry.md" not in own_qa.index.documents
    assert (own_qa.docs_dir / ".removed" / "uploads" / "ferry.md").exists()  # moved aside, not deleted
    assert not own_qa.answer("When does the Mekong ferry leave Pakse?").found


def test_upload_names_with_folders_stay_inside_the_documents_folder(own_qa, tmp_path):
    outside = tmp_path / "outside"
    (outside / "deeper").mkdir(parents=True)
    (outside / "x.txt").write_text("The lighthouse keeper counted 311 ships in March.\n", encoding="utf-8")
    before = {p for p in tmp_path.rglob("*") if own_qa.docs_dir not in p.parents and "index" not in p.parts}
    traversal = f"{outside}/deeper/../x.txt"  # a name climbing out of its folder, and an absolute path
    message = add_files(own_qa, [traversal])
    assert "Added" in message and "uploads/x.txt" in message
    assert (own_qa.docs_dir / "uploads" / "x.txt").is_file()
    after = {p for p in tmp_path.rglob("*") if own_qa.docs_dir not in p.parents and "index" not in p.parts}
    assert after == before  # nothing written outside the documents and index folders


def test_refused_uploads_get_a_message_and_leave_the_index_alone(own_qa, tmp_path):
    before = dict(own_qa.index.documents)
    script = tmp_path / "tool.exe"
    script.write_bytes(b"MZ\x90\x00")
    big = tmp_path / "big.txt"
    big.write_text("A long line of words. " * 4000, encoding="utf-8")  # ~88 kB, over the test's 0.05 MB
    for path, reason in [(script, "unsupported type"), (big, "limit")]:
        message = add_files(own_qa, [path])
        assert message.startswith("**Nothing was added.**") and reason in message and path.name in message
        assert "Traceback" not in message
    assert "Choose" in add_files(own_qa, [])
    assert own_qa.index.documents == before
    assert own_qa.answer(STUDENTS).found


def test_a_duplicate_name_keeps_both_files_and_many_files_at_once_work(own_qa, tmp_path):
    first, second = tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt"
    for path, text in [(first, "The red bus stops at Wattay airport."), (second, "The blue boat docks at Luang Prabang.")]:
        path.parent.mkdir()
        path.write_text(text + "\n", encoding="utf-8")
    batch = [first, second]
    for n in range(8):
        extra = tmp_path / f"extra{n}.txt"
        extra.write_text(f"Warehouse {n} stores {100 + n} crates of coffee.\n", encoding="utf-8")
        batch.append(extra)
    batch.append(tmp_path / "b" / "unsupported.xyz")
    batch[-1].write_text("not a document", encoding="utf-8")
    message = add_files(own_qa, batch)
    assert "Not added:** unsupported.xyz" in message
    uploads = own_qa.docs_dir / "uploads"
    assert (uploads / "notes.txt").read_text(encoding="utf-8").startswith("The red bus")
    assert (uploads / "notes (2).txt").read_text(encoding="utf-8").startswith("The blue boat")
    assert {f"uploads/extra{n}.txt" for n in range(8)} <= set(own_qa.index.documents)
    assert "Wattay" in own_qa.answer("Where does the red bus stop?").text
    assert "Luang Prabang" in own_qa.answer("Where does the blue boat dock?").text
    count = len(own_qa.index.documents)
    assert "already indexed" in add_files(own_qa, [first])  # the same bytes again: no third copy
    assert len(own_qa.index.documents) == count and not (uploads / "notes (3).txt").exists()


def test_removing_nothing_or_everything_is_refused(own_qa):
    assert "Choose" in remove_files(own_qa, [])
    assert "at least one document" in remove_files(own_qa, list(own_qa.index.documents))
    assert len(own_qa.index.documents) == 5


@pytest.mark.parametrize("text, expected", [(None, None), ("", None), ("alice:s3cret:x", ("alice", "s3cret:x"))])
def test_parse_auth(text, expected):
    assert parse_auth(text) == expected


@pytest.mark.parametrize("text", ["alice", ":pw", "alice:"])
def test_parse_auth_refuses_incomplete_pairs(text):
    from qa.errors import ConfigError

    with pytest.raises(ConfigError, match="user:password"):
        parse_auth(text)


def test_serve_binds_this_machine_by_default():
    from qa.cli import _parser

    args = _parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.share is False and is_loopback(args.host)
    assert not is_loopback("0.0.0.0") and is_loopback("::1") and is_loopback("localhost")


def test_the_page_says_the_models_are_loading_until_they_are(seed_index_dir, encoder):
    qa = QA(index_dir=seed_index_dir, encoder=encoder)
    qa._warming.acquire()  # as if a warm-up were under way: build_app starts none of its own
    app = build_app(qa)
    notice = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "loading")
    assert notice.visible and "Loading the models" in notice.value
    check = next(f.fn for f in app.fns.values() if f.name == "loading_state")
    shown, timer = check()
    assert shown["visible"] is True and timer.active is True
    qa.warm_up()
    shown, timer = check()
    assert qa.ready.is_set() and shown["visible"] is False and timer.active is False
    again = build_app(qa)  # a page opened after the models loaded never shows the notice
    assert not next(b for b in again.blocks.values() if getattr(b, "elem_id", None) == "loading").visible


def test_an_app_built_without_a_warm_up_starts_one(seed_index_dir, encoder):
    """A program that builds the app over its own QA never leaves the page saying "loading" for ever."""
    qa = QA(index_dir=seed_index_dir, encoder=encoder)
    build_app(qa)
    assert qa.ready.wait(120) and qa.warm_up_error is None


def test_a_fault_of_qa_s_own_is_said_in_the_chat_not_raised(seed_qa, monkeypatch, caplog):
    """A bug in a rule must not take the chat down: the reply says so and the next question is answered."""
    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'split'")

    with monkeypatch.context() as patch:
        patch.setattr(seed_qa, "answer", broken)
        messages, answer = respond("How many were killed?", [], seed_qa)
    assert answer is None and len(messages) == 1
    assert "qa failed on this question (AttributeError" in messages[0]["content"]
    assert "answering 'How many were killed?' failed" in caplog.text
    assert respond(STUDENTS, [], seed_qa)[1].found  # the chat goes on


def test_an_answer_a_text_broke_over_lines_is_shown_on_one_line():
    from qa.app.render import answer_text

    answer = Answer("Who was infected?", "As a result of our\nprecautions, none of the staff were infected.", True, 0.8,
                    [], "none of the\nstaff")
    shown = answer_text(answer).splitlines()
    assert shown[0] == "As a result of our precautions, none of the staff were infected."
    assert shown[1] == "  answer: none of the staff"
    assert "our precautions" in answer_messages(answer)[0]
