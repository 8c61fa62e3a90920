"""Import Gradio without rewriting its type stubs: ``from .gradio_import import gr``.

Gradio 6 (``gradio.component_meta.create_or_modify_pyi``) re-parses the source
of every component class and rewrites its ``.pyi`` stub file on every import,
to help editors. Here that was 2.6 s of the 3.5 s ``import gradio`` took,
paid by every ``qa serve`` before it could answer; the stubs play no part at
run time. A finder on ``sys.meta_path`` makes that one function a no-op as
its module is loaded, and is removed at once. If Gradio was already imported,
or no longer has the function, nothing changes: the import is only slower.
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import sys

STUBS_MODULE = "gradio.component_meta"


class _SkipStubs(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != STUBS_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            if callable(getattr(module, "create_or_modify_pyi", None)):
                module.create_or_modify_pyi = lambda *args, **kwargs: None

        spec.loader.exec_module = exec_module
        return spec


if "gradio" not in sys.modules:
    sys.meta_path.insert(0, _SkipStubs())

import gradio as gr  # noqa: E402

__all__ = ["gr"]
