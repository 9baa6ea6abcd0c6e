"""read -> parse -> `Document`: the only place where the documents and citations layers meet.

`citekit.documents` finds raw notes and never parses them; `citekit.citations` parses notes and
never reads files. This module composes the two, and reads the edition's language from the body
text alone (a Turkish article whose notes cite Turkmen sources is a Turkish edition).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from attrs import evolve

from citekit.citations import parse_note, resolve_references
from citekit.documents import detect_format, extract, read_input
from citekit.documents._blocks import RawNote
from citekit.documents._common import Extraction
from citekit.documents.files import find_documents
from citekit.errors import DocumentError
from citekit.langid import detect_language
from citekit.model import Document, Location, Note

__all__ = [
    "build_document",
    "edition_language",
    "find_documents",
    "read_bytes",
    "read_document",
    "read_documents",
]

_WORD = re.compile(r"[^\W\d_]{2,}")
_LANGUAGE_SAMPLE = 4000
_MIN_WORDS = 12  # fewer body words than this and the edition's language is a guess
# a note longer than this is no citation (a file whose note markers were lost, a page pasted
# whole), and parsing it would take minutes and gigabytes; a megabyte note is still read
# (tests/test_robustness.py), in seconds
_MAX_NOTE = 2_000_000


def edition_language(body: str) -> tuple[str, bool]:
    """The language of a document's body text, and whether there was enough text to tell."""
    sample = body[:_LANGUAGE_SAMPLE]
    code = detect_language(sample)
    words = _WORD.findall(sample)
    return code, code != "und" and len(words) >= _MIN_WORDS


def _location(raw: RawNote, path: str) -> Location:
    """Where the raw note `raw` stands in the file `path`."""
    return Location(
        path=path,
        note=raw.number,
        line=raw.line,
        paragraph=raw.paragraph,
        section=raw.section,
        page=raw.page,
        mark=raw.mark,
        custom=raw.mark is not None and not raw.numbered,
    )


def _refuse_long_notes(extraction: Extraction, path: str) -> None:
    """A `DocumentError` naming the first note (or bibliography entry) longer than
    `_MAX_NOTE`, before any is parsed."""
    for raw in (*extraction.notes, *extraction.bibliography):
        if len(raw.text) > _MAX_NOTE:
            name = _location(raw, path).note_name
            if raw in extraction.bibliography:
                name = f"bibliography entry {raw.number}"
            raise DocumentError(
                path,
                f"{name} has {len(raw.text):,} characters, more than the {_MAX_NOTE:,} a note "
                "may have (were its note markers lost?)",
            )


def _note(raw: RawNote, path: str) -> Note:
    location = _location(raw, path)
    text = raw.text
    if not unicodedata.is_normalized("NFC", text):
        # letters written decomposed (macOS, text copied from a PDF: "s" + U+0327 for "ş") are
        # the same letters: the parser's words, labels and names are written composed
        text = unicodedata.normalize("NFC", text)
    note = parse_note(raw.number, text, location=location, links=raw.links)
    if raw.numbered and not raw.section:
        return note
    return evolve(note, numbered=raw.numbered, section=raw.section)


def _resolved(notes: Sequence[Note], *, posts: bool) -> tuple[Note, ...]:
    """The notes with their ibids and short forms resolved; each post of a WordPress export
    (its note list, `Note.section`) is an article of its own, so an ibid opening a post repeats
    nothing (`check` reports it) rather than the previous post's last note."""
    if not posts:
        return tuple(resolve_references(notes))
    runs: dict[int, list[Note]] = {}
    for note in notes:
        runs.setdefault(note.section, []).append(note)
    return tuple(n for run in runs.values() for n in resolve_references(run))


Progress = Callable[[int, int], None]  # (notes parsed, notes in the document)


def build_document(
    extraction: Extraction, *, path: str, format: str, progress: Progress | None = None
) -> Document:
    """Turn a reader's extraction into a `Document` with parsed, resolved notes; `progress`
    is told as each note is parsed (a book of 2,000 notes takes a while)."""
    _refuse_long_notes(extraction, path)
    notes = []
    for raw in extraction.notes:
        notes.append(_note(raw, path))
        if progress is not None:
            progress(len(notes), len(extraction.notes))
    bibliography = tuple(_note(raw, path) for raw in extraction.bibliography)
    language, certain = edition_language(extraction.body)
    return Document(
        path=path,
        format=format,
        notes=_resolved(notes, posts=format == "wordpress"),
        body_markers=extraction.markers,
        language=language,
        language_certain=certain,
        bibliography=bibliography,
    )


def read_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    format: str | None = None,
    progress: Progress | None = None,
) -> Document:
    """Read a document from bytes; `path` names it in messages."""
    fmt = format or detect_format(data, path)  # sniffed once: a large text is scanned whole
    extraction = extract(data, path=path, format=fmt)
    return build_document(extraction, path=path, format=fmt, progress=progress)


def read_document(
    source: str | Path, *, format: str | None = None, progress: Progress | None = None
) -> Document:
    """Read a document file (``-`` for standard input) into its notes and citations;
    `progress` is told as each note is parsed.

    Raises `DocumentError` when the file cannot be read or is not a document.
    """
    name, data = read_input(source)
    return read_bytes(data, path=name, format=format, progress=progress)


def read_documents(
    paths: str | Path | Sequence[str | Path],
    *,
    exclude: str | Iterable[str] = (),
    format: str | None = None,
) -> list[Document]:
    """Read every document that files, folders (recursively) and glob patterns name.

    The order is stable (see `find_documents`); `exclude` patterns leave files out. Raises
    `DocumentError` for the first path or document that cannot be read.
    """
    return [read_document(p, format=format) for p in find_documents(paths, exclude=exclude)]
