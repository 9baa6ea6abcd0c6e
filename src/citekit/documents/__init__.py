"""Read documents into notes: one reader per format, picked by extension, then by content.

Every reader has the signature ``read(data: bytes, *, path: str) -> Extraction``; a new format
is a new module and one line in `_READERS`. Readers find notes and never parse them:
`citekit.pipeline` turns an `Extraction` into a `Document`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from citekit.documents import docx, html, markdown, odt, plaintext, wordpress
from citekit.documents._common import Extraction
from citekit.errors import DocumentError

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Extraction",
    "detect_format",
    "extract",
    "read_file",
    "read_input",
]

_READERS: dict[str, Callable[..., Extraction]] = {
    "text": plaintext.read,
    "markdown": markdown.read,
    "html": html.read,
    "docx": docx.read,
    "odt": odt.read,
    "wordpress": wordpress.read,
}
FORMATS = tuple(_READERS)
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".fodt": "odt",
    ".xml": "wordpress",
}
_MAX_BYTES = 256 * 1024 * 1024
_FOOTNOTE_DEFINITION = re.compile(rb"(?m)^ {0,3}\[\^[^\]\s]+\]:")
# files an editor may hand over that citekit does not read, by their first bytes: they were
# read as text and refused as "not valid UTF-8 (line 2, byte 10); save the file as UTF-8"
_UNREAD = (
    (b"%PDF-", "a PDF file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 document (.doc)"),
    (b"{\\rtf", "an RTF document"),
)


def detect_format(data: bytes, path: str = "") -> str:
    """The format of a document, from its extension or, failing that, its content."""
    suffix = Path(path).suffix.lower()
    if EXTENSIONS.get(suffix) == "text" and _FOOTNOTE_DEFINITION.search(_as_utf8(data)):
        return "markdown"  # a Markdown draft saved as .txt: its [^1]: notes are Markdown's
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if data.startswith(b"PK\x03\x04"):
        return "odt" if b"application/vnd.oasis.opendocument.text" in data[:200] else "docx"
    head = data[:4096].lstrip().lower()
    if b"urn:oasis:names:tc:opendocument" in head and b"office:document" in head:
        return "odt"
    if wordpress.is_export(head):
        return "wordpress"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<p" in head[:512]:
        return "html"
    if b"[^" in data and b"]:" in data:
        return "markdown"
    return "text"


def _as_utf8(data: bytes) -> bytes:
    """UTF-16 text (a BOM first, as Windows editors save it) in UTF-8, for a look at its lines."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    return data


def extract(data: bytes, *, path: str = "<bytes>", format: str | None = None) -> Extraction:
    """Read a document's raw notes, markers and body text from bytes; `path` names it."""
    fmt = format or detect_format(data, path)
    if fmt not in _READERS:
        raise DocumentError(path, f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not data or data.isspace():  # no copy of a large document
        raise DocumentError(path, "empty document")
    for magic, what in _UNREAD:
        if data.startswith(magic):
            raise DocumentError(
                path,
                f"{what}, which citekit does not read: save the article as DOCX or ODT (or "
                "HTML, Markdown, plain text) from the program that made it",
            )
    return _READERS[fmt](data, path=path)


def read_input(source: str | Path) -> tuple[str, bytes]:
    """The name and bytes of a document file, or of standard input for ``-``."""
    path = str(source)
    if path == "-":
        return "<stdin>", _read_bounded(sys.stdin.buffer, "<stdin>")
    return path, read_file(path)


def _read_bounded(stream: BinaryIO, where: str) -> bytes:
    """At most `_MAX_BYTES` from a stream: a pipe or a device (``/dev/zero``, ``yes |``) has
    no size to check first, and reading it whole would take every byte of memory."""
    data = stream.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise DocumentError(where, f"more than {_MAX_BYTES} bytes; not read")
    return data


def read_file(path: str | Path) -> bytes:
    """A document file's bytes, or a `DocumentError` saying why they cannot be had."""
    where = str(path)
    try:
        size = Path(path).stat().st_size
        if size > _MAX_BYTES:
            raise DocumentError(where, f"file too large ({size} bytes)")
        with Path(path).open("rb") as handle:
            return _read_bounded(handle, where)
    except IsADirectoryError as exc:
        raise DocumentError(where, "is a directory, not a document") from exc
    except FileNotFoundError as exc:
        raise DocumentError(where, "no such file") from exc
    except OSError as exc:
        raise DocumentError(where, exc.strerror or str(exc)) from exc
