"""ODT (LibreOffice, OpenOffice): ``<text:note>`` footnotes and endnotes in ``content.xml``.

Notes are read from the XML tree (lxml, no regex over XML): a note's number is its
``<text:note-citation>`` when that is a number, else its place; its text is its body's
paragraphs; its links are the ``xlink:href`` of ``<text:a>`` inside it. The body's text leaves the
notes out. A document without ODF notes is read like plain text, paragraph by paragraph, its
``<text:h>`` headings marked as headings. A flat ODT (``.fodt``, one XML file) reads the same.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from citekit.documents._blocks import Block, RawNote, find_markers
from citekit.documents._common import Extraction
from citekit.documents._sections import find_notes
from citekit.documents._zip import inflate
from citekit.errors import DocumentError

__all__ = ["read"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
_NOTE = f"{{{_TEXT}}}note"
_BODY = f"{{{_TEXT}}}note-body"
_CITATION = f"{{{_TEXT}}}note-citation"
_PARAGRAPHS = (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")
_MAX_PART = 200 * 1024 * 1024


def _parse(data: bytes, name: str, path: str) -> etree._Element:
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(path, f"{name} is not well-formed XML: {exc}") from exc


def _content(data: bytes, path: str) -> etree._Element:
    if not data.startswith(b"PK\x03\x04"):
        return _parse(data, "the flat ODT", path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(path, "not an ODT file (it is not a zip archive)") from exc
    with archive:
        try:
            info = archive.getinfo("content.xml")
        except KeyError:
            raise DocumentError(path, "not an ODT file (no content.xml)") from None
        if info.file_size > _MAX_PART:
            raise DocumentError(path, f"content.xml is too large ({info.file_size} bytes)")
        return _parse(inflate(archive, "content.xml", path, _MAX_PART), "content.xml", path)


def _text(element: etree._Element, *, skip_notes: bool) -> str:
    """The visible text of an element: spans, spaces (``<text:s text:c="3"/>``), tabs, breaks."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag
            if tag == _NOTE and skip_notes:
                pass
            elif tag == f"{{{_TEXT}}}s":
                parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
            elif tag == f"{{{_TEXT}}}tab":
                parts.append("\t")
            elif tag == f"{{{_TEXT}}}line-break":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def _links(element: etree._Element) -> tuple[str, ...]:
    return tuple(
        href for a in element.iter(f"{{{_TEXT}}}a") if (href := a.get(f"{{{_XLINK}}}href"))
    )


def _notes(root: etree._Element, kind: str) -> tuple[list[RawNote], list[int]]:
    notes: list[RawNote] = []
    for place, note in enumerate(
        (n for n in root.iter(_NOTE) if n.get(f"{{{_TEXT}}}note-class", "footnote") == kind), 1
    ):
        citation = note.find(_CITATION)
        label = (citation.text or "").strip() if citation is not None else ""
        number = int(label) if label.isdigit() and len(label) <= 6 else place
        body = note.find(_BODY)
        if body is None:
            continue
        paragraphs = list(body.iter(*_PARAGRAPHS))
        text = "\n".join(_text(p, skip_notes=True) for p in paragraphs).strip()
        notes.append(RawNote(number, text, None, place, _links(body)))
    return notes, [n.number for n in notes]


def _outer_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Body paragraphs and headings, not those inside notes."""
    return [
        p for p in root.iter(*_PARAGRAPHS) if not any(a.tag == _BODY for a in p.iterancestors())
    ]


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
    root = _content(data, path)
    paragraphs = _outer_paragraphs(root)
    texts = [_text(p, skip_notes=True) for p in paragraphs]
    for kind in ("footnote", "endnote"):
        notes, markers = _notes(root, kind)
        if notes:
            return Extraction(tuple(notes), tuple(markers), "\n".join(texts))
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
