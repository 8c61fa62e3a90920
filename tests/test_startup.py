"""Start-up stays light: help and `import qa` never import torch or the other heavy libraries."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = ("torch", "sentence_transformers", "transformers", "faiss", "bm25s", "gradio", "numpy")

_PROBE = """
import json, sys
from qa.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps([m for m in {heavy!r} if m in sys.modules]), file=sys.stderr)
"""


@pytest.mark.parametrize("argv", [["--help"], ["index", "--help"], ["ask", "--help"], ["eval", "--help"],
                                  ["serve", "--help"], []])
def test_help_does_not_import_heavy_libraries(argv):
    result = subprocess.run([sys.executable, "-c", _PROBE.format(argv=argv, heavy=HEAVY)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert "usage: qa" in result.stdout
    loaded = json.loads(result.stderr.strip().splitlines()[-1])
    assert loaded == [], f"qa {' '.join(argv)} imported {loaded}"


def test_import_qa_does_not_import_heavy_libraries():
    code = f"import json, sys, qa; qa.Config; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert json.loads(result.stdout) == []


def test_gradio_is_imported_without_rewriting_its_stubs():
    code = ("import json, qa.app.ui; import gradio.component_meta as m; "
            "print(json.dumps([m.create_or_modify_pyi(None, 'X', []) is None, m.__name__]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == [True, "gradio.component_meta"]  # a no-op: the real one needs a class
