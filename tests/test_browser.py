"""End to end in headless Chromium: ask, read the answer and its source, open it beside the chat, rate it,
and upload a document that becomes answerable.

The app runs over a real index on a free local port in this process; the
browser is Debian's /usr/bin/chromium driven by Playwright (never a
downloaded browser). Where Playwright or Chromium is missing, or Chromium
cannot start, the tests are skipped and say why. Screenshots go to the
test's tmp folder.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest

from qa.app.ui import build_app, launch
from qa.config import Config
from qa.indexing.index import build_index
from qa.pipeline import QA

CHROMIUM = Path(os.environ.get("QA_CHROMIUM", "/usr/bin/chromium"))  # Debian's; another path for other systems
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TIMEOUT_MS = 90_000  # the first question also loads the model on a shared 2-core machine


@pytest.fixture
def browser(tmp_path):
    """A Chromium page with a fresh profile (Playwright's persistent context is the --user-data-dir)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the Python package playwright is not installed "
                                   "(make test installs it with the test extra)")
    if not CHROMIUM.exists():
        pytest.skip(f"no browser at {CHROMIUM}: install Debian's chromium and chromium-driver (make test does, as root)")
    with sync_api.sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=FLAGS,
                viewport={"width": 1440, "height": 900})
        except Exception as exc:  # noqa: BLE001 - any launch failure means no browser here, and is reported
            pytest.skip(f"Chromium at {CHROMIUM} could not start: {str(exc).splitlines()[0]}")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            yield page
        finally:
            context.close()


@pytest.fixture
def serve(tmp_path):
    """Start the app over ``qa`` on a free port; returns its URL. Closed at the end of the test."""
    apps = []

    def start(qa) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        app = build_app(qa, feedback_file=tmp_path / "feedback.jsonl")
        launch(app, qa, "127.0.0.1", port, block=False)
        apps.append(app)
        return f"http://127.0.0.1:{port}/"

    yield start
    for app in apps:
        app.close()


def ask(page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.keyboard.press("Enter")


def test_ask_open_the_source_and_rate_it(browser, serve, seed_qa, tmp_path):
    page = browser
    page.goto(serve(seed_qa))
    ask(page, "How many Lao students are studying in Vietnam?")

    answer = page.locator("#chat strong", has_text="14,000").first
    answer.wait_for(state="visible")
    source = page.locator("#chat blockquote").first
    assert source.is_visible()
    chat_text = page.locator("#chat").inner_text()
    assert "[1] " in chat_text and "Confidence: high" in chat_text
    assert "<p>" not in chat_text and "&lt;" not in chat_text and "<mark" not in chat_text  # no raw markup

    source.click()
    cited = page.locator("#viewer #qa-cited")
    cited.wait_for(state="visible")
    page.wait_for_timeout(500)  # the scroll to the passage
    box = page.locator("#viewer .qa-doc-text").bounding_box()
    mark = cited.bounding_box()
    assert box["y"] <= mark["y"] < box["y"] + box["height"], (box, mark)  # scrolled into view
    assert "14,000 Lao students" in cited.inner_text()
    assert page.locator("#viewer h2").inner_text() == seed_qa.answer(
        "How many Lao students are studying in Vietnam?").citations[0].title
    page.screenshot(path=str(tmp_path / "chat.png"))
    assert (tmp_path / "chat.png").stat().st_size > 10_000

    page.locator("#chat").get_by_label("Like", exact=True).last.click()
    feedback = tmp_path / "feedback.jsonl"
    for _ in range(120):  # the like event reaches the server, which writes the line
        if feedback.exists() and feedback.read_text(encoding="utf-8").strip():
            break
        page.wait_for_timeout(250)
    row = json.loads(feedback.read_text(encoding="utf-8"))
    assert row["liked"] is True and row["answers"] == ["over 14,000"]


def test_an_uploaded_document_is_answerable_at_once(browser, serve, tmp_path, encoder):
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    shutil.copytree(SEEDS, docs)
    build_index(docs, index_dir, Config(), encoder, progress=False)
    qa = QA(index_dir=index_dir, config=Config(max_file_mb=0.05), encoder=encoder)
    page = browser
    page.goto(serve(qa))

    upload = tmp_path / "ferry.txt"
    upload.write_text("Ferry timetable\n\nThe Mekong ferry leaves Pakse at 7:15 every Tuesday. "
                      "Tickets cost <b>40,000</b> kip.\n", encoding="utf-8")
    page.locator("#upload input[type=file]").set_input_files(str(upload))
    page.locator("#panel-status", has_text="Added").wait_for(state="visible")
    page.locator("#documents", has_text="Ferry timetable").wait_for(state="visible")

    ask(page, "When does the Mekong ferry leave Pakse?")
    page.locator("#chat strong", has_text="7:15").first.wait_for(state="visible")
    page.locator("#chat blockquote", has_text="Ferry").first.click()
    page.locator("#viewer #qa-cited").wait_for(state="visible")
    for shown in ("#viewer", "#chat"):  # the document's markup shows as text
        assert "<b>40,000</b>" in page.locator(shown).inner_text()
        assert page.locator(f"{shown} b").count() == 0
    page.screenshot(path=str(tmp_path / "upload.png"))
    assert (docs / "uploads" / "ferry.txt").is_file()

    big = tmp_path / "big.txt"
    big.write_text("Many words in a row. " * 5000, encoding="utf-8")  # ~105 kB, over this app's 0.05 MB
    page.locator("#upload input[type=file]").set_input_files(str(big))
    page.get_by_text("exceed the maximum allowed size").wait_for(state="visible")
    assert not (docs / "uploads" / "big.txt").exists() and "uploads/big.txt" not in qa.index.documents


def test_a_reload_keeps_the_conversation_and_its_sources(browser, serve, seed_qa, tmp_path):
    page = browser
    url = serve(seed_qa)
    page.goto(url)
    projects = "How many investment projects does Vietnam have in Cambodia?"
    ask(page, projects)
    page.locator("#chat strong", has_text="205").first.wait_for(state="visible")
    before = page.locator("#chat").inner_text()
    page.wait_for_timeout(1000)  # the conversation is saved after the reply

    page.reload()
    page.locator("#chat strong", has_text="205").first.wait_for(state="visible")
    assert page.locator("#chat").inner_text() == before
    page.locator("#chat blockquote").first.click()  # its sources still open in the viewer
    page.locator("#viewer #qa-cited").wait_for(state="visible")
    assert "205 projects" in page.locator("#viewer #qa-cited").inner_text()
    page.locator("#chat").get_by_label("Like", exact=True).last.click()  # and it can still be rated
    feedback = tmp_path / "feedback.jsonl"
    for _ in range(120):
        if feedback.exists() and feedback.read_text(encoding="utf-8").strip():
            break
        page.wait_for_timeout(250)
    assert json.loads(feedback.read_text(encoding="utf-8"))["question"] == projects

    page.get_by_role("button", name="New chat").click()
    page.locator("#chat blockquote").first.wait_for(state="detached")
    ask(page, "Who is the General Secretary and President of Laos?")
    page.locator("#chat strong", has_text="Thongloun").first.wait_for(state="visible")
    page.wait_for_timeout(1000)
    page.reload()
    page.locator("#chat strong", has_text="Thongloun").first.wait_for(state="visible")
    assert "205" not in page.locator("#chat").inner_text()  # the new conversation, not the first one
    page.get_by_text("How many investment projects", exact=False).first.click()  # the first, from the list
    page.locator("#chat strong", has_text="205").first.wait_for(state="visible")
    ask(page, "And in Laos?")  # the reopened conversation still gives follow-ups their history
    expected = seed_qa.answer("And in Laos?", history=[projects]).span
    page.locator("#chat strong", has_text=expected).first.wait_for(state="visible")
    page.screenshot(path=str(tmp_path / "reopened.png"))


def test_a_passage_link_opens_the_passage_in_a_new_page(browser, serve, seed_qa, tmp_path):
    page = browser
    url = serve(seed_qa)
    page.goto(url)
    ask(page, "How many Lao students are studying in Vietnam?")
    link = page.locator("#chat a", has_text="open the passage").first
    link.wait_for(state="visible")
    with page.context.expect_page() as opened:
        link.click()
    other = opened.value
    other.set_default_timeout(TIMEOUT_MS)
    cited = other.locator("#viewer #qa-cited")
    cited.wait_for(state="visible")
    assert "14,000 Lao students" in cited.inner_text()
    other.wait_for_timeout(500)
    box, mark = other.locator("#viewer .qa-doc-text").bounding_box(), cited.bounding_box()
    assert box["y"] <= mark["y"] < box["y"] + box["height"]

    other.goto(url + "?doc=gone.txt&start=0&end=10")
    other.get_by_text("no longer indexed").wait_for(state="visible")


def test_not_found_says_why_and_the_threshold_switches_a_borderline_answer(browser, serve, seed_qa, tmp_path):
    page = browser
    page.goto(serve(seed_qa))
    ask(page, "Who is the coach of the Vietnam national football team?")
    page.locator("#chat", has_text="Not found in the documents").wait_for(state="visible")
    reason = seed_qa.answer("Who is the coach of the Vietnam national football team?").reason
    assert reason and reason in page.locator("#chat").inner_text()

    borderline = "What rank does Vietnam hold among foreign investors in Laos?"
    confidence = seed_qa.answer(borderline, min_confidence=0.0).confidence
    assert 0.1 < confidence < 0.9, confidence  # a question whose answer the slider can switch on and off
    slider = page.locator("#threshold input[type=number]")
    slider.fill(f"{min(1.0, confidence + 0.1):.2f}")
    slider.press("Enter")
    page.get_by_role("button", name="New chat").click()
    ask(page, borderline)
    page.locator("#chat", has_text="Not found in the documents").wait_for(state="visible")
    slider.fill(f"{max(0.0, confidence - 0.1):.2f}")
    slider.press("Enter")
    page.get_by_role("button", name="New chat").click()
    ask(page, borderline)
    page.locator("#chat", has_text="Confidence:").wait_for(state="visible")
    assert "Not found" not in page.locator("#chat").inner_text()


def test_copy_gives_the_answer_with_its_numbered_sources(browser, serve, seed_qa, tmp_path):
    page = browser
    url = serve(seed_qa)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    page.goto(url)
    ask(page, "How many Lao students are studying in Vietnam?")
    page.locator("#chat blockquote").first.wait_for(state="visible")
    page.locator("#chat").get_by_label("Copy", exact=False).last.click()
    copied = ""
    for _ in range(80):  # the server builds the text, then the page writes it
        copied = page.evaluate("navigator.clipboard.readText()")
        if "Sources:" in copied:
            break
        page.wait_for_timeout(250)
    answer = seed_qa.answer("How many Lao students are studying in Vietnam?")
    assert copied.startswith(answer.text) and "Sources:" in copied and "<p>" not in copied
    assert f"[1] {answer.citations[0].title}" in copied
    assert f"{url}?doc=" in copied  # each source with its link
