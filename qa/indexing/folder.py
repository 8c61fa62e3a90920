"""File moves inside a documents folder, for QA.add_documents and QA.remove_documents.

Nothing here deletes a file or writes outside the folder it is given: a copy
keeps only the source's base name, lands under a hidden temporary name and is
renamed into place (a killed copy leaves no half file that could be indexed),
and a removed document's file is moved aside. Deciding what to index is qa.indexing.index.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..config import SUPPORTED_SUFFIXES


def refusal(path: Path, max_file_mb: float) -> str | None:
    """Why ``path`` cannot be added, or None.

    Example: ``refusal(Path("tool.exe"), 20)`` -> "unsupported type '.exe'; supported: .txt, ..."
    """
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported type {path.suffix or '(none)'!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
    if not path.is_file():
        return "no such file"
    size_mb = path.stat().st_size / 1e6
    if size_mb > max_file_mb:
        return f"{size_mb:.1f} MB is over the {max_file_mb:g} MB limit (QA_MAX_FILE_MB)"
    return None


def inside(path: Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path(folder).resolve())


def _numbered(target: Path):
    """``target``, then ``target (2)``, ``target (3)``, ...

    Example: "a/x.txt" -> "a/x.txt", "a/x (2).txt", "a/x (3).txt", ...
    """
    yield target
    n = 2
    while True:
        yield target.with_name(f"{target.stem} ({n}){target.suffix}")
        n += 1


def copy_into(path: Path, folder: Path) -> Path:
    """Copy ``path`` into ``folder`` under its base name; a different file of that name makes ``name (2).ext``.

    The same bytes already there under that name are not copied again.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for target in _numbered(folder / Path(path.name).name):
        if not target.exists():
            break
        if target.read_bytes() == path.read_bytes():
            return target  # the same file, uploaded again
    partial = folder / f".{target.name}.partial"
    shutil.copyfile(path, partial)
    os.replace(partial, target)
    return target


def move_aside(source: Path, folder: Path, target: Path) -> Path | None:
    """Move ``source`` (a file inside ``folder``) to ``target``, or ``target (2)`` if taken. None if no file."""
    if not source.is_file() or not inside(source, folder):
        return None
    free = next(candidate for candidate in _numbered(target) if not candidate.exists())
    free.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(source), str(free))
    return free
