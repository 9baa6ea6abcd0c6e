"""Interoperability: CSL-JSON, BibTeX/BibLaTeX (bibtexparser v2) and RIS (rispy).

`load_items` reads any of them, or a document's parsed citations; `dump_items` writes any of
them and says what the target format could not hold (`Loss`), instead of dropping it quietly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import evolve, fields, frozen

from citekit._text import fold
from citekit.citations.repeated_sources import sources_in_full
from citekit.documents import read_file
from citekit.errors import DocumentError, UsageError
from citekit.interop._common import Loss
from citekit.interop.bibtex import dumps_bibtex, loads_bibtex
from citekit.interop.csljson import dumps_csl_json, loads_csl_json
from citekit.interop.ris import dumps_ris, loads_ris
from citekit.model import Citation, Document
from citekit.pipeline import read_document

__all__ = [
    "FORMATS",
    "Exported",
    "Loss",
    "dedupe",
    "document_sources",
    "dump_items",
    "format_of",
    "load_items",
    "loads_items",
    "reference_text",
    "source_index",
]

FORMATS = ("csl-json", "bibtex", "ris")
_EXTENSIONS = {".json": "csl-json", ".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris"}
_READERS: dict[str, Callable[[str], list[Citation]]] = {
    "csl-json": loads_csl_json,
    "bibtex": loads_bibtex,
    "ris": loads_ris,
}
_WRITERS: dict[str, Callable[[Sequence[Citation]], tuple[str, list[Loss]]]] = {
    "csl-json": dumps_csl_json,
    "bibtex": dumps_bibtex,
    "ris": dumps_ris,
}


@frozen
class Exported:
    """Written text in a format, and what that format could not hold."""

    text: str
    losses: tuple[Loss, ...]


def format_of(path: str | Path) -> str | None:
    """The reference format a file name says (`.json`, `.bib`, `.ris`), or None."""
    return _EXTENSIONS.get(Path(path).suffix.lower())


def reference_text(data: bytes, path: str) -> str:
    """A reference file's text: UTF-8 (a BOM allowed) or UTF-16 with a BOM (Notepad's
    "Unicode", EndNote's Unicode export), as documents are read; anything else is a
    `DocumentError` naming the line and byte, not the codec's words."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"invalid UTF-16 at byte {exc.start}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DocumentError(
            path, f"not valid UTF-8 (line {line}, byte {exc.start}); save the file as UTF-8"
        ) from exc


def loads_items(text: str, format: str) -> list[Citation]:
    """Citations from text in a reference format."""
    if format not in _READERS:
        raise UsageError(f"unknown format {format!r} (formats: {', '.join(FORMATS)})")
    return _READERS[format](text)


def load_items(path: str | Path, format: str | None = None) -> list[Citation]:
    """Citations from a reference file, or from the notes of any document citekit reads."""
    fmt = format or format_of(path)
    if fmt is None:
        return document_sources(read_document(str(path)))
    text = reference_text(read_file(path), str(path))  # bounded, as every document read is
    try:
        return loads_items(text, fmt)
    except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise DocumentError(str(path), f"not valid {fmt}: {exc}") from exc


def dump_items(items: Sequence[Citation], format: str) -> Exported:
    """The citations written in a reference format."""
    if format not in _WRITERS:
        raise UsageError(f"unknown format {format!r} (formats: {', '.join(FORMATS)})")
    text, losses = _WRITERS[format](items)
    return Exported(text, tuple(losses))


# types whose `page` is their own range in a container (an article's "12-30"); in any other
# source a note's page is the place it points to ("s. 45"), not part of the reference
_OWN_PAGES = frozenset(
    {
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "chapter",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "legal_case",
        "paper-conference",
        "review",
        "review-book",
    }
)


def document_sources(document: Document) -> list[Citation]:
    """The sources a document's citation notes name, without the pages the notes point to."""
    return [
        c if c.page is None or c.type in _OWN_PAGES else evolve(c, page=None)
        for _note, c in sources_in_full(document.notes)
    ]


def dedupe(items: Sequence[Citation]) -> list[Citation]:
    """The citations once each: the same URL, or the same title and container, is one source,
    unless the two disagree on a field both give (the first author, the year, the volume or
    the issue): two books called "История Казахстана" by two authors are two sources.

    The first occurrence is kept, filled in with fields a later one has and it lacks.
    """
    return source_index(items)[0]


def source_index(
    items: Sequence[Citation], *, unique: bool = False
) -> tuple[list[Citation], list[int]]:
    """`dedupe`'s sources, and for each item the index of the source it is one with (a
    note's short form `Kaya, Türk Tarihi, s. 50` is the book an earlier note cited in full).
    With `unique`, an item that fits two sources (two editions of one book) is its own."""
    kept: list[Citation] = []
    where: list[int] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for item in items:
        keys: list[tuple[str, ...]] = []
        if item.url:
            keys.append(("url", item.url.rstrip("/").lower()))
        if item.title and item.container:
            keys.append(("title", fold(item.title), fold(item.container)))
        if not keys and item.title:
            keys.append(("only-title", fold(item.title)))
        fits = (n for k in keys for n in index.get(k, ()) if _same_source(kept[n], item))
        found = next(fits, None)
        if unique and found is not None and any(n != found for n in fits):
            found = None  # which of two sources the note means is not written
        if found is None:
            found = len(kept)
            kept.append(item)
        else:
            kept[found] = _merge(kept[found], item)
        for key in keys:
            if found not in index.setdefault(key, []):
                index[key].append(found)
        where.append(found)
    return kept, where


def _traits(item: Citation) -> tuple[str | int | None, ...]:
    first = item.authors[0] if item.authors else None
    who = (first.family or first.literal) if first else None
    return (
        fold(who) if who else None,
        item.issued.year if item.issued else None,
        item.volume,
        item.issue,
    )


def _same_source(first: Citation, later: Citation) -> bool:
    """No field both citations give disagrees (author, year, volume, issue)."""
    return all(
        a is None or b is None or a == b
        for a, b in zip(_traits(first), _traits(later), strict=True)
    )


def _merge(first: Citation, later: Citation) -> Citation:
    missing = {
        f.name: getattr(later, f.name)
        for f in fields(Citation)
        if f.eq and not getattr(first, f.name) and getattr(later, f.name)
    }
    return evolve(first, **missing) if missing else first
