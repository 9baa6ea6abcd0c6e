"""ODT (LibreOffice, OpenOffice): ``<text:note>`` footnotes and endnotes in ``content.xml``.

Notes are read from the XML tree (lxml, no regex over XML): a note's number is its
``<text:note-citation>`` when that is a number, else its place; its text is its body's
paragraphs; its links are the ``xlink:href`` of ``<text:a>`` inside it. The body's text leaves the
notes out. A document without ODF notes is read like plain text, paragraph by paragraph, its
``<text:h>`` headings marked as headings. A flat ODT (``.fodt``, one XML file) reads the same.
Footnotes come first; endnotes follow as a list of their own (`RawNote.section` 1), since Writer
numbers them apart.

The text is bounded: a ``<text:s text:c="…"/>`` asks for a run of spaces, and a hostile count
(``4000000000``) would allocate gigabytes, so each count and the document's whole text have
limits, and elements are walked without recursion (no `RecursionError` on deep nesting).
Text a tracked change deleted and comments (``<office:annotation>``) are not read: Writer
does not show them as the document's text.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from citekit.documents._blocks import Block, RawNote, find_markers
from citekit.documents._common import Extraction
from citekit.documents._odt_numbering import number_notes, restarts
from citekit.documents._sections import find_notes
from citekit.documents._zip import inflate, not_a_zip, parse_xml
from citekit.errors import DocumentError

__all__ = ["read"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
_NOTE = f"{{{_TEXT}}}note"
_BODY = f"{{{_TEXT}}}note-body"
_CITATION = f"{{{_TEXT}}}note-citation"
_PARAGRAPHS = (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")
_MAX_PART = 200 * 1024 * 1024
_MAX_SPACES = 10_000  # one <text:s text:c="…"/>; Writer writes runs of a few spaces
_MAX_TEXT = 50_000_000  # characters of text in one document, body and notes
_MAX_NOTES = 20_000  # footnotes and endnotes, as for DOCX: a 137 KB file held 400,000


class _Budget:
    """The characters of text left to read in one document."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.left = _MAX_TEXT

    def take(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise DocumentError(self.path, f"more than {_MAX_TEXT:,} characters of text")


_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# what Writer keeps in the text but does not show as it: text a tracked change deleted (a
# deleted footnote was read as a note) and comments (glued into the note they sit in)
_UNSHOWN = (f"{{{_TEXT}}}tracked-changes", f"{{{_OFFICE}}}annotation")


def _content(data: bytes, path: str) -> tuple[etree._Element, etree._Element | None]:
    """``content.xml`` without what Writer does not show, and ``styles.xml`` (None in a flat
    ODT, whose styles are in its one tree)."""
    root, styles = _parsed(data, path)
    for element in list(root.iter(*_UNSHOWN)):
        _drop(element)
    return root, styles


def _drop(element: etree._Element) -> None:
    """Remove an element and what it holds, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _parsed(data: bytes, path: str) -> tuple[etree._Element, etree._Element | None]:
    if not data.startswith(b"PK\x03\x04"):
        return parse_xml(data, "the flat ODT", path), None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(path, not_a_zip(data, "ODT")) from exc
    with archive:
        try:
            info = archive.getinfo("content.xml")
        except KeyError:
            raise DocumentError(path, "not an ODT file (no content.xml)") from None
        if info.file_size > _MAX_PART:
            raise DocumentError(path, f"content.xml is too large ({info.file_size} bytes)")
        content = parse_xml(inflate(archive, "content.xml", path, _MAX_PART), "content.xml", path)
        if "styles.xml" not in archive.namelist():
            return content, None
        try:  # only how notes are numbered is read from it: a damaged one is no reason to fail
            return content, parse_xml(inflate(archive, "styles.xml", path), "styles.xml", path)
        except DocumentError:
            return content, None


def _spaces(node: etree._Element, path: str) -> str:
    """The run of spaces a ``<text:s/>`` stands for."""
    count = node.get(f"{{{_TEXT}}}c", "1").strip() or "1"
    if not count.isascii() or not count.isdigit():
        raise DocumentError(
            path, f"line {node.sourceline}: text:c={count[:20]!r} is not a number of spaces"
        )
    if len(count) > 6 or int(count) > _MAX_SPACES:
        raise DocumentError(
            path, f"line {node.sourceline}: text:c asks for more than {_MAX_SPACES:,} spaces"
        )
    return " " * int(count)


def _text(element: etree._Element, budget: _Budget, *, skip_notes: bool) -> str:
    """The visible text of an element: spans, spaces (``<text:s text:c="3"/>``), tabs, breaks."""
    parts: list[str] = []
    # a stack of what is left to write: an element to open, or a tail (a string) to append
    stack: list[etree._Element | str] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            piece = item
        else:
            if item.tail and item is not element:
                stack.append(item.tail)
            tag = item.tag
            if item is not element and tag == _NOTE and skip_notes:
                continue
            if tag == f"{{{_TEXT}}}s":
                piece = _spaces(item, budget.path)
            elif tag == f"{{{_TEXT}}}tab":
                piece = "\t"
            elif tag == f"{{{_TEXT}}}line-break":
                piece = "\n"
            else:
                stack.extend(reversed(list(item)))
                piece = item.text or ""
        budget.take(len(piece))
        parts.append(piece)
    return "".join(parts)


def _links(element: etree._Element) -> tuple[str, ...]:
    return tuple(
        href for a in element.iter(f"{{{_TEXT}}}a") if (href := a.get(f"{{{_XLINK}}}href"))
    )


def _notes(root: etree._Element, budget: _Budget, restart: str) -> list[RawNote]:
    """Footnotes, numbered as Writer shows them (`citekit.documents._odt_numbering`), then
    endnotes as lists of their own: Writer numbers each kind apart."""
    notes: list[RawNote] = []
    for kind in ("footnote", "endnote"):
        first = 1 + max((n.section for n in notes), default=-1)
        for place, shown in enumerate(number_notes(root, kind, restart, first), 1):
            if len(notes) >= _MAX_NOTES:
                raise DocumentError(budget.path, f"more than {_MAX_NOTES:,} notes")
            body = shown.note.find(_BODY)
            if body is None:
                continue
            paragraphs = list(body.iter(*_PARAGRAPHS))
            text = "\n".join(_text(p, budget, skip_notes=True) for p in paragraphs).strip()
            notes.append(
                RawNote(
                    shown.number,
                    text,
                    None,
                    place,
                    _links(body),
                    numbered=not shown.custom,
                    section=shown.section,
                    page=shown.page,
                    mark=shown.mark,
                )
            )
    return notes


def _outer_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Body paragraphs and headings, not those inside notes (one pass: no walk up per one)."""
    inside = {p for body in root.iter(_BODY) for p in body.iter(*_PARAGRAPHS)}
    return [p for p in root.iter(*_PARAGRAPHS) if p not in inside]


def _list_items(root: etree._Element) -> dict[etree._Element, tuple[int, int]]:
    """The first paragraph of each ``<text:list-item>``: (its place in the list, list id)."""
    items: dict[etree._Element, tuple[int, int]] = {}
    for group, listing in enumerate(root.iter(f"{{{_TEXT}}}list")):
        for place, item in enumerate(listing.findall(f"{{{_TEXT}}}list-item"), 1):
            first = next(iter(item.iter(*_PARAGRAPHS)), None)
            if first is not None:
                items[first] = (place, group)
    return items


def read(data: bytes, *, path: str) -> Extraction:
    """Read an OpenDocument text (``.odt`` or flat ``.fodt``)."""
    root, styles = _content(data, path)
    budget = _Budget(path)
    paragraphs = _outer_paragraphs(root)
    texts = [_text(p, budget, skip_notes=True) for p in paragraphs]
    notes = _notes(root, budget, restarts(styles, root))
    if notes:
        numbers = tuple(n.number for n in notes if n.numbered)
        return Extraction(tuple(notes), numbers, "\n".join(texts))
    listed = _list_items(root)
    blocks = [
        Block(
            text,
            paragraph=i,
            links=_links(p),
            heading=p.tag == f"{{{_TEXT}}}h",
            number=listed[p][0] if p in listed else None,
            group=listed[p][1] if p in listed else None,
        )
        for i, (p, text) in enumerate(zip(paragraphs, texts, strict=True), 1)
    ]
    found = find_notes(blocks, continuation=False)
    kept = [blocks[i].text for i in found.body]
    markers = find_markers(kept, {n.number for n in found.notes})
    return Extraction(found.notes, tuple(markers), "\n".join(kept), found.bibliography)
