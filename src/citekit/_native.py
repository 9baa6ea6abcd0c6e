"""Which of the parser's modules run compiled (mypyc) and which as Python source.

The build (``hatch_build.py``) compiles the parser's hot modules with mypyc when it can and writes
``_native.json`` beside this file: what it compiled and, in an editable install, each source's
size, time and SHA-256 as compiled. A compiled module sits next to its source and Python imports
it first; when an editable install's source has changed since the build, every compiled module
is set aside and the sources run instead (the compiled modules call each other directly, so one
stale module cannot run beside fresh ones). Without the record nothing was compiled.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence
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


def _fresh(source: Path, built: dict[str, Any]) -> bool:
    """Whether `source` is the file that was compiled: the same size and time (a stat), or
    else the same bytes (a checkout rewrites files unchanged)."""
    try:
        stat = os.stat(source)
        if (stat.st_size, stat.st_mtime_ns) == (built["size"], built["mtime_ns"]):
            return True
        expected: str = built["sha256"]
        return hashlib.sha256(source.read_bytes()).hexdigest() == expected
    except (OSError, KeyError, TypeError, AttributeError):  # unreadable, or a record's garble
        return False


class SourceFirst:
    """A `sys.meta_path` finder of the named modules' Python sources, ahead of the compiled
    modules beside them."""

    def __init__(self, names: dict[str, Path]) -> None:
        self.names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """The spec of `fullname`'s source, for the named modules only."""
        source = self.names.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def check(root: Path, record: Path) -> tuple[str, dict[str, Path]]:
    """How the modules under `root` that `record` lists run, and the sources to run instead of
    compiled modules (none when all are fresh: every source as compiled, its module beside it)."""
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        modules: dict[str, dict[str, Any]] = data["modules"]
        sources = {name: _source(root, name) for name in modules}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "pure Python", {}
    if not modules:
        return f"pure Python (not compiled: {data.get('error', 'nothing listed')})", {}
    for name, built in modules.items():
        # a wheel's files are its own (no stat or hash): only an editable install's may change
        stale = data.get("editable") and not _fresh(sources[name], built)
        if stale or not _compiled(sources[name]):
            why = f"{name} changed since it was compiled (run `{_REBUILD}`)"
            return f"pure Python: {why}", sources
    return f"compiled with mypyc ({len(modules)} modules)", {}


_MODE, _STALE = check(_ROOT, _RECORD)
if _STALE:
    sys.meta_path.insert(0, SourceFirst(_STALE))


def mode() -> str:
    """How the parser runs here: ``compiled with mypyc (N modules)`` or ``pure Python`` (with
    the reason when the build could not compile, or when compiled modules are older than their
    sources)."""
    return _MODE
