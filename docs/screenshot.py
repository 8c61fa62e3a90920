"""Take the README's screenshot of the chat: python docs/screenshot.py [--index-dir index] [--out docs/chat.png]

Serves the app over the index on a free local port, asks a question and opens
its first source beside the chat, then asks one the documents do not answer,
so the picture shows a source open and a "not found" with its reason. Uses
Debian's /usr/bin/chromium through Playwright (the test extra).
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from qa.pipeline import QA  # noqa: E402
from qa.app.ui import build_app, launch  # noqa: E402

SCROLL_CHAT_TO = """e => {
  let box = e.parentElement;
  while (box && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
  if (box) box.scrollTop += e.getBoundingClientRect().top - box.getBoundingClientRect().top - 110;
  window.scrollTo(0, 0);
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, default=Path("index"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "chat.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    qa = QA(args.index_dir)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = build_app(qa, feedback_file=Path(tempfile.mkdtemp()) / "feedback.jsonl")
    launch(app, qa, "127.0.0.1", port, block=False)
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=args.chromium, headless=True, args=["--no-sandbox", "--disable-gpu"],
                viewport={"width": 1440, "height": 900})
            page = context.new_page()
            page.set_default_timeout(90_000)
            page.goto(f"http://127.0.0.1:{port}/")
            page.locator("#loading").wait_for(state="hidden")
            for question, shown in (("How many Lao students are studying in Vietnam?", "#chat blockquote"),
                                    ("Who is the coach of the Vietnam national football team?", "text=Not found")):
                page.locator("#question textarea").fill(question)
                page.keyboard.press("Enter")
                page.locator(shown).last.wait_for(state="visible")
                if question.startswith("How many"):
                    page.locator("#chat blockquote").first.click()
                    page.locator("#viewer #qa-cited").wait_for(state="visible")
            page.wait_for_timeout(1500)
            reply = page.locator("#chat").get_by_text("Not found in the documents").last
            reply.evaluate(SCROLL_CHAT_TO)  # the question and the reason, at the top of the chat
            page.wait_for_timeout(500)
            page.screenshot(path=str(args.out))
            context.close()
    finally:
        app.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
