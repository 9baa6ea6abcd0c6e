"""Read documents into notes: one reader per format, picked by extension, then by content.

Every reader has the signature ``read(data: bytes, *, path: str) -> Extraction``; a new format
is a new module and one line in `_READERS`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from citekit.documents import docx, html, markdown, plaintext
from citekit.documents._common import Extraction
from citekit.errors import DocumentError
from citekit.model import Document

__all__ = ["FORMATS", "detect_format", "read_bytes", "read_document", "read_file"]

_READERS: dict[str, Callable[..., Extraction]] = {
    "text": plaintext.read,
    "markdown": markdown.read,
    "html": html.read,
    "docx": docx.read,
}
FORMATS = tuple(_READERS)
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}
_MAX_BYTES = 256 * 1024 * 1024


def detect_format(data: bytes, path: str = "") -> str:
    """The format of a document, from its extension or, failing that, its content."""
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<p" in head[:512]:
        return "html"
    if b"[^" in data and b"]:" in data:
        return "markdown"
    return "text"


def read_bytes(data: bytes, *, path: str = "<bytes>", format: str | None = None) -> Document:
    """Read a document from bytes; `path` names it in messages."""
    from citekit.citations import build_document

    fmt = format or detect_format(data, path)
    if fmt not in _READERS:
        raise DocumentError(path, f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not data.strip():
        raise DocumentError(path, "empty document")
    extraction = _READERS[fmt](data, path=path)
    return build_document(extraction, path=path, format=fmt)


def read_document(source: str | Path, *, format: str | None = None) -> Document:
    """Read a document file (``-`` for standard input) into its notes and citations.

    Raises `DocumentError` when the file cannot be read or is not a document.
    """
    path = str(source)
    if path == "-":
        data = sys.stdin.buffer.read()
        return read_bytes(data, path="<stdin>", format=format)
    return read_bytes(read_file(path), path=path, format=format)


def read_file(path: str | Path) -> bytes:
    """A document file's bytes, or a `DocumentError` saying why they cannot be had."""
    where = str(path)
    try:
        size = Path(path).stat().st_size
        if size > _MAX_BYTES:
            raise DocumentError(where, f"file too large ({size} bytes)")
        return Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise DocumentError(where, "is a directory, not a document") from exc
    except FileNotFoundError as exc:
        raise DocumentError(where, "no such file") from exc
    except OSError as exc:
        raise DocumentError(where, exc.strerror or str(exc)) from exc
