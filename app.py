"""Serve the qa app in the browser: ``python app.py`` (http://127.0.0.1:7860).

Builds nothing itself: the index comes from ``qa index`` (folder $QA_INDEX_DIR,
else index/), and the app from ``qa.app.ui``. It binds this machine only; a login
is asked when $QA_AUTH is set to user:password. ``qa serve`` has the options.
"""
import os
import sys

from qa.config import Config
from qa.errors import QAError
from qa.pipeline import QA

if __name__ == "__main__":
    try:
        config = Config.from_env()
        qa = QA(config=config).warm_up_in_background()  # the models load while Gradio is imported
        from qa.app.ui import parse_auth, serve

        serve(config, host="127.0.0.1", port=7860, auth=parse_auth(os.environ.get("QA_AUTH")), qa=qa)
    except QAError as exc:
        sys.exit(f"app.py: error: {exc}")
