"""Which documents a list of paths names: files, folders (recursively) and glob patterns.

``articles/`` names every document under it whose extension citekit reads; a pattern such as
``'articles/**/*.md'`` names the files it matches; ``-`` is standard input. The order is stable
(the arguments' order, then each folder's or pattern's files sorted by path), a file named twice
is read once, and `exclude` patterns (from the config's ``exclude`` key) leave files out.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from citekit.documents.wordpress import is_export
from citekit.errors import DocumentError

__all__ = ["find_documents", "is_excluded"]

_GLOB_CHARS = frozenset("*?[")
_NOT_ARTICLES = frozenset({"node_modules", "site-packages", "__pycache__"})


_XML_HEAD = 4096  # bytes read to tell a WordPress export from other XML


def _suffixes() -> frozenset[str]:
    from citekit.documents import EXTENSIONS  # the registry, not a cycle: same package

    return frozenset(EXTENSIONS)


def is_excluded(path: str | Path, patterns: Iterable[str]) -> bool:
    """Whether a path, or a folder it sits in, matches one of the patterns.

    ``drafts`` leaves out every file under any folder named drafts; ``*.draft.md`` any file so
    named; ``archive/**`` every file under ``archive/``.
    """
    posix = PurePosixPath(Path(path).as_posix())
    parts = posix.parts
    candidates = {posix.as_posix(), posix.name}
    candidates.update("/".join(parts[:i]) for i in range(1, len(parts)))
    candidates.update(parts[:-1])
    for pattern in patterns:
        cleaned = pattern.strip().rstrip("/").removeprefix("./")
        if not cleaned:
            continue
        if cleaned.endswith("/**"):
            cleaned = cleaned[:-3]
        if any(fnmatchcase(c, cleaned) for c in candidates):
            return True
        if any(fnmatchcase("/".join(parts[i:]), cleaned) for i in range(len(parts))):
            return True
    return False


def _walk(folder: Path) -> list[Path]:
    """The documents under a folder. Hidden folders (``.git``, ``.venv``) and installed
    packages (``node_modules``, ``site-packages``) are not gone into, as hidden files are not
    read: ``citekit check .`` in a project read every README of its virtualenv, and ``fix .``
    could rewrite them. A folder named outright is read, hidden or not."""
    suffixes = _suffixes()
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".") and f not in _NOT_ARTICLES]
        for name in files:
            path = Path(root, name)
            if (
                path.suffix.lower() in suffixes
                and not name.startswith(".")
                and path.is_file()
                and _readable_kind(path)
            ):
                found.append(path)
    return sorted(found, key=lambda p: p.as_posix())


def _readable_kind(path: Path) -> bool:
    """Whether a file found in a folder is a document: an ``.xml`` file only when it is a
    WordPress export (a folder's sitemap or settings file is not an article); a file that
    cannot be opened is kept, so that reading it says why."""
    if path.suffix.lower() != ".xml":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(_XML_HEAD)
    except OSError:
        return True
    return is_export(head.lower())


def find_documents(
    paths: str | Path | Sequence[str | Path], *, exclude: str | Iterable[str] = ()
) -> list[str]:
    """The documents `paths` name, in a stable order; ``-`` stays ``-``. One path may be given
    alone (a string is a path, not a sequence of one-letter paths), and so may one pattern.

    Raises `DocumentError` for a path that does not exist, or a folder or pattern that names
    no document.
    """
    patterns = (exclude,) if isinstance(exclude, str) else tuple(exclude)
    found: dict[str, None] = {}
    for raw in [paths] if isinstance(paths, (str, Path)) else paths:
        name = str(raw)
        path = Path(name)
        if name == "-":
            found.setdefault("-")
            continue
        if path.is_dir():
            named = is_excluded(path, patterns)  # named outright: only what is inside counts
            files = [
                str(p)
                for p in _walk(path)
                if not is_excluded(p.relative_to(path), patterns)
                and (named or not is_excluded(p, patterns))
            ]
            if not files:
                raise DocumentError(name, "folder holds no document citekit reads")
        elif not path.exists() and _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            files = [m for m in matches if Path(m).is_file() and not is_excluded(m, patterns)]
            if not files:
                raise DocumentError(name, "no document matches this pattern")
        else:
            files = [name]  # named outright: read even if excluded, or say it is missing
        for file in files:
            found.setdefault(file)
    return list(found)
