"""Serve the qa chat in the browser: ``python app.py`` (http://127.0.0.1:7860).

Builds nothing itself: the index comes from ``qa index`` (folder $QA_INDEX_DIR,
else index/), and the app from ``qa.ui``.
"""
import sys

from qa.config import Config
from qa.errors import QAError
from qa.ui import serve

if __name__ == "__main__":
    try:
        serve(Config.from_env(), host="127.0.0.1", port=7860)
    except QAError as exc:
        sys.exit(f"app.py: error: {exc}")
