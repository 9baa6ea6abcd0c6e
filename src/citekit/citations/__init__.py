"""Notes into citations: classify each note (citation, ibid, op. cit., comment), split the
sources it cites, parse their fields and resolve what ibid and op. cit. repeat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from citekit.citations._words import patterns
from citekit.citations.fields import parse_citation
from citekit.citations.names import split_names, to_name
from citekit.citations.tagger import Tagger
from citekit.citations.types import TypeModel
from citekit.documents._blocks import RawNote
from citekit.documents._common import Extraction
from citekit.langid import detect_language
from citekit.model import Citation, Document, Location, Note, NoteKind

__all__ = ["build_document", "classify", "parse_citation", "parse_note", "resolve_references"]

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_SOURCE = re.compile(r"[“«„\"]|https?://|www\.|//")
_MAX_SHORT = 120
_QUOTE_OR_GOST = re.compile(r"[“«„\"]|(?<!:)//")  # a quote or GOST's "//", not "https://"
_SOURCES = re.compile(r";\s+")
_BARE_PAGE = re.compile(r"^[\s.,:]*(\d+(?:\s*[-–]\s*\d+)?)[\s.]*$")


def classify(text: str) -> NoteKind:
    """Whether a note cites, repeats the last source, repeats a named one, or comments."""
    p = patterns()
    stripped = text.strip().lstrip("*_ ")
    if not stripped:
        return NoteKind.COMMENT
    short = len(stripped) < 80
    # a long note is an ibid only when it opens with the word: match, do not search
    ibid = p.ibid.search(stripped) if short else p.ibid.match(stripped)
    if ibid is not None and (ibid.start() == 0 or not _SOURCE.search(stripped)):
        return NoteKind.IBID
    if len(stripped) < _MAX_SHORT:
        opcit = p.opcit.search(stripped)
        if opcit is not None and not _SOURCE.search(stripped):
            return NoteKind.OPCIT
    words = [w for w in stripped.split() if "://" not in w and not w.startswith("www.")]
    lower = sum(1 for w in words if w[:1].islower())
    if (
        len(words) >= 8
        and lower / len(words) >= 0.6  # prose, not a title in sentence case
        and not _YEAR.search(stripped)
        and not _QUOTE_OR_GOST.search(stripped)
    ):
        return NoteKind.COMMENT
    return NoteKind.CITATION


def _split_sources(text: str) -> list[str]:
    parts = [p for p in _SOURCES.split(text) if p.strip()]
    if len(parts) > 1 and all(_SOURCE.search(p) and _YEAR.search(p) for p in parts):
        return parts
    return [text]


def parse_note(
    number: int,
    text: str,
    *,
    location: Location,
    links: Sequence[str] = (),
    tagger: Tagger | None = None,
    types: TypeModel | None = None,
) -> Note:
    """Parse one note's raw text into a `Note` (references not yet resolved)."""
    kind = classify(text)
    p = patterns()
    flat = text.replace("\n", " ")
    if kind in (NoteKind.IBID, NoteKind.OPCIT):
        pattern = p.ibid if kind is NoteKind.IBID else p.opcit
        match = pattern.search(flat)
        rest = flat[match.end() :] if match else flat
        page = p.page_before.search(rest) or p.page_after.search(rest)
        locator = page.group(1) if page else None
        if locator is None:
            bare = _BARE_PAGE.match(rest)
            locator = bare.group(1) if bare else None
        citations: tuple[Citation, ...] = ()
        if kind is NoteKind.OPCIT and match is not None:
            head = flat[: match.start()]
            while (see := p.see.search(head)) is not None:  # "Ayrıntılar için bkz. Kaya, a.g.e."
                head = head[see.end() :].lstrip(" .,:;")
            names = split_names(head)
            if names:
                citations = (Citation(authors=tuple(to_name(n) for n in names), raw=text),)
        return Note(
            number=number,
            text=text,
            location=location,
            kind=kind,
            page=locator,
            citations=citations,
        )
    sources = _split_sources(text)
    citations = tuple(
        parse_citation(s, tuple(links) if i == 0 else (), tagger=tagger, types=types)
        for i, s in enumerate(sources)
    )
    if kind is NoteKind.COMMENT:
        # prose: it may point at a page, but it names no title, author or container
        citations = tuple(Citation(url=c.url, raw=c.raw) for c in citations if c.url)
    return Note(
        number=number,
        text=text,
        location=location,
        kind=kind,
        citations=citations,
        urls=tuple(links),
    )


def _surname(note: Note) -> set[str]:
    names: set[str] = set()
    for citation in note.citations:
        for name in citation.authors:
            key = name.family or name.literal or ""
            if key:
                names.add(key.casefold())
    return names


def resolve_references(notes: Sequence[Note]) -> list[Note]:
    """Point each ibid to the last note that cites something and each op. cit. to the last
    note by the author it names (else the last citing note)."""
    resolved: list[Note] = []
    for note in notes:
        if note.kind in (NoteKind.IBID, NoteKind.OPCIT):
            target = None
            if note.kind is NoteKind.OPCIT:
                wanted = _surname(note)
                target = next(
                    (
                        n.number
                        for n in reversed(resolved)
                        if n.kind is NoteKind.CITATION and wanted and wanted & _surname(n)
                    ),
                    None,
                )
            if target is None:
                target = next(
                    (n.number for n in reversed(resolved) if n.kind is not NoteKind.COMMENT),
                    None,
                )
            note = evolve(note, refers_to=target)
        resolved.append(note)
    return resolved


def build_document(extraction: Extraction, *, path: str, format: str) -> Document:
    """Turn a reader's extraction into a `Document` with parsed, resolved notes."""
    notes = [
        parse_note(
            raw.number,
            raw.text,
            location=_location(path, raw),
            links=raw.links,
        )
        for raw in extraction.notes
    ]
    return Document(
        path=path,
        format=format,
        notes=tuple(resolve_references(notes)),
        body_markers=extraction.markers,
        language=detect_language(extraction.body[:4000]),
    )


def _location(path: str, raw: RawNote) -> Location:
    return Location(path=path, note=raw.number, line=raw.line, paragraph=raw.paragraph)
