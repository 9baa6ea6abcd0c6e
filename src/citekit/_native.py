"""Which of the parser's modules run compiled (mypyc) and which as Python source.

The build (``hatch_build.py``) compiles the parser's hot modules with mypyc when it can and writes
``_native.json`` beside this file: each compiled module's name and its source's SHA-256. A
compiled module sits next to its source and Python imports it first; when a source has changed
since the build (an editable install whose files were edited), every compiled module is set
aside and the sources run instead (the compiled modules call each other directly, so one stale
module cannot run beside fresh ones). Without the record nothing was compiled: the sources run.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__all__ = ["SourceFirst", "check", "mode"]

_ROOT = Path(__file__).resolve().parent.parent  # the folder holding the `citekit` package
_RECORD = Path(__file__).with_name("_native.json")
_REBUILD = "uv sync --reinstall-package citekit-notes"


def _source(root: Path, name: str) -> Path:
    path = root.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _compiled(source: Path) -> bool:
    """Whether an extension module for `source` sits beside it (``__init__.py``'s included)."""
    return any(source.with_suffix(s).is_file() for s in importlib.machinery.EXTENSION_SUFFIXES)


class SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the named modules' Python sources, ahead of the compiled modules beside them."""

    def __init__(self, names: dict[str, Path]) -> None:
        self.names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.names.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def check(root: Path, record: Path) -> tuple[str, dict[str, Path]]:
    """How the modules under `root` that `record` lists run, and the sources to run instead of
    compiled modules (none when all are fresh: every source as compiled, its module beside it)."""
    try:
        modules: dict[str, str] = json.loads(record.read_text(encoding="utf-8"))["modules"]
        sources = {name: _source(root, name) for name in modules}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "pure Python", {}
    for name, digest in modules.items():
        try:
            fresh = hashlib.sha256(sources[name].read_bytes()).hexdigest() == digest
        except OSError:
            fresh = False
        if not fresh or not _compiled(sources[name]):
            why = f"{name} changed since it was compiled (run `{_REBUILD}`)"
            return f"pure Python: {why}", sources
    return f"compiled with mypyc ({len(modules)} modules)", {}


_MODE, _STALE = check(_ROOT, _RECORD)
if _STALE:
    sys.meta_path.insert(0, SourceFirst(_STALE))


def mode() -> str:
    """How the parser runs here: ``compiled with mypyc (N modules)`` or ``pure Python``
    (with the reason when compiled modules are present but older than their sources)."""
    return _MODE
