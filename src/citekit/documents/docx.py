"""DOCX: Word footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``) with the
hyperlinks inside them, numbered in the order the body references them, again in each section
that restarts its numbering (`citekit.documents._word_sections`: each such section's notes are a
list of their own, `RawNote.section`). Endnotes in a document that also has footnotes follow
them as lists of their own.

A document without Word notes is read like plain text, paragraph by paragraph.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from citekit.documents._blocks import Block, RawNote, find_markers
from citekit.documents._common import Extraction
from citekit.documents._sections import find_notes
from citekit.documents._word_sections import NoteNumbers, note_numbers
from citekit.documents._zip import inflate, not_a_zip, parse_xml
from citekit.errors import DocumentError

__all__ = ["read"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS = {"w": _W, "r": _R}
_MAX_NOTES = 20_000  # footnotes or endnotes in one document
_MAX_TEXT = 20_000_000  # characters of note text in one document
# Word's built-in heading styles: their names in styles.xml are these English words whatever the
# UI language; their ids are too in English Word ("Heading1"), not in all ("Zagolovok1", "1")
_HEADING_STYLES = ("heading", "title")
_OWN_PARTS = ("footnotes", "endnotes", "styles", "settings")  # found by relationship
_HYPERLINK = f"{{{_W}}}hyperlink"
_FIELD_SIMPLE = f"{{{_W}}}fldSimple"
_INSTRUCTION = f"{{{_W}}}instrText"
_FIELD_CHAR = f"{{{_W}}}fldChar"
# the address is the field's first argument, quoted or not; "\l" alone names a bookmark
_HYPERLINK_FIELD = re.compile(
    r'(?i)\s*HYPERLINK\s+(?:"([^"\s][^"]{0,2000})"|([^\s"\\][^\s"]{0,2000}))'
)


def _xml(archive: zipfile.ZipFile, name: str, path: str) -> etree._Element | None:
    try:
        archive.getinfo(name)
    except KeyError:
        return None
    return parse_xml(inflate(archive, name, path), name, path)


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a member name: absolute ("/word/x.xml") or relative to the
    folder of the part that names it."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(folder, target))


def _parts(archive: zipfile.ZipFile, path: str) -> dict[str, str]:
    """The main document part and its footnotes, endnotes and styles, by the package's
    relationships: Word Online names the main part ``word/document2.xml``, which was refused
    as "not a DOCX file". The usual names are the fallback."""
    main = "word/document.xml"
    package = _xml(archive, "_rels/.rels", path)
    for rel in package.iter(f"{{{_PKG}}}Relationship") if package is not None else ():
        if rel.get("Type", "").endswith("/officeDocument") and rel.get("Target"):
            main = _resolve("", rel.get("Target", ""))
            break
    folder = posixpath.dirname(main)
    parts = {"document": main} | {k: posixpath.join(folder, f"{k}.xml") for k in _OWN_PARTS}
    own = _xml(archive, _rels_of(main), path)
    for rel in own.iter(f"{{{_PKG}}}Relationship") if own is not None else ():
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if kind in _OWN_PARTS and rel.get("TargetMode") != "External" and rel.get("Target"):
            parts[kind] = _resolve(folder, rel.get("Target", ""))
    return parts


def _rels_of(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def _relations(archive: zipfile.ZipFile, part: str, path: str) -> dict[str, str]:
    rels = _xml(archive, _rels_of(part), path)
    if rels is None:
        return {}
    return {r.get("Id", ""): r.get("Target", "") for r in rels.iter(f"{{{_PKG}}}Relationship")}


_MARKS = {f"{{{_W}}}tab": "\t", f"{{{_W}}}br": "\n", f"{{{_W}}}cr": "\n"}
# Ctrl+Shift+- in Word: a hyphen as shown ("С. 45-67", "2021-2022"), not nothing
_MARKS[f"{{{_W}}}noBreakHyphen"] = "-"
_OFF = frozenset({"0", "false", "off"})


def _hidden(node: etree._Element) -> bool:
    """Whether the node's run is hidden text (``<w:vanish/>``) or the old place of text a
    tracked change moved (``<w:moveFrom>``, shown again at its ``<w:moveTo>``)."""
    run = node.getparent()
    if run is None:
        return False
    holder = run.getparent()
    if holder is not None and holder.tag == f"{{{_W}}}moveFrom":
        return True
    vanish = run.find(f"{{{_W}}}rPr/{{{_W}}}vanish")
    return vanish is not None and vanish.get(f"{{{_W}}}val", "true").lower() not in _OFF


def _paragraph_text(paragraph: etree._Element) -> str:
    parts = []
    for node in paragraph.iter(f"{{{_W}}}t", *_MARKS):
        if _hidden(node):
            continue
        if node.tag == f"{{{_W}}}t":
            # an entity left unresolved (Word never writes one) stays as written, and the text
            # after it is kept: node.text alone stops at the first entity
            parts.append(node.text or "")
            for child in node:
                if isinstance(child, etree._Entity):
                    parts.append(child.text or "")
                parts.append(child.tail or "")
        else:
            parts.append(_MARKS[node.tag])
    return "".join(parts)


def _list_items(paragraphs: list[etree._Element]) -> dict[int, tuple[int, int]]:
    """Paragraphs Word numbers itself (``w:numPr``): index -> (number shown, list id).

    Each list counts from 1; its numbers are not in the text.
    """
    items: dict[int, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    ids: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs):
        num = paragraph.find(f"{{{_W}}}pPr/{{{_W}}}numPr/{{{_W}}}numId")
        if num is None:
            continue
        key = num.get(f"{{{_W}}}val", "")
        counts[key] = counts.get(key, 0) + 1
        items[index] = (counts[key], ids.setdefault(key, len(ids)))
    return items


def _heading_ids(archive: zipfile.ZipFile, part: str, path: str) -> frozenset[str]:
    """The (casefolded) ids of the styles ``word/styles.xml`` names as headings."""
    root = _xml(archive, part, path)
    if root is None:
        return frozenset()
    found = set()
    for style in root.iter(f"{{{_W}}}style"):
        name = style.find(f"{{{_W}}}name")
        if name is not None and name.get(f"{{{_W}}}val", "").casefold().startswith(_HEADING_STYLES):
            found.add(style.get(f"{{{_W}}}styleId", "").casefold())
    return frozenset(found)


def _heading(paragraph: etree._Element, heading_ids: frozenset[str]) -> bool:
    """Whether Word styles the paragraph a heading (``Heading1``, ``Title``, or a style whose
    id is localized but whose name is ``heading 1``)."""
    style = paragraph.find(f"{{{_W}}}pPr/{{{_W}}}pStyle")
    name = (style.get(f"{{{_W}}}val", "") if style is not None else "").casefold()
    return name.startswith(_HEADING_STYLES) or name in heading_ids


def _links(element: etree._Element, relations: dict[str, str]) -> tuple[str, ...]:
    """The link targets inside an element, in order: ``<w:hyperlink>`` elements, and the
    ``HYPERLINK`` fields Word, Zotero and older converters write instead (``<w:fldSimple>``,
    or an instruction split over ``<w:instrText>`` runs between ``<w:fldChar>`` marks). A
    field's link was lost: its note had no URL and was reported as missing one."""
    found = []
    instruction: list[str] | None = None
    for node in element.iter(_HYPERLINK, _FIELD_SIMPLE, _INSTRUCTION, _FIELD_CHAR):
        if node.tag == _HYPERLINK:
            target = relations.get(node.get(f"{{{_R}}}id", ""))
            if target:
                found.append(target)
        elif node.tag == _FIELD_SIMPLE:
            found.extend(_field_link(node.get(f"{{{_W}}}instr", "")))
        elif node.tag == _INSTRUCTION:
            if instruction is not None:
                instruction.append(node.text or "")
        elif node.get(f"{{{_W}}}fldCharType") == "begin":
            instruction = []
        elif instruction is not None:  # "separate" or "end": the instruction is whole
            found.extend(_field_link("".join(instruction)))
            instruction = None
    return tuple(found)


def _field_link(instruction: str) -> list[str]:
    """The address of a ``HYPERLINK "https://…" \\o "tip"`` field ([] for a bookmark, ``\\l``)."""
    match = _HYPERLINK_FIELD.match(instruction)
    return [match.group(1) or match.group(2)] if match else []


_DELETIONS = (f"{{{_W}}}del", f"{{{_W}}}moveFrom")


def _deleted_references(body: etree._Element, kind: str) -> set[etree._Element]:
    """Note references inside a tracked deletion (``<w:del>``, ``<w:moveFrom>``): the note
    goes with its reference when the change is accepted, and Word's final view does not show
    or count it."""
    return {
        ref for change in body.iter(*_DELETIONS) for ref in change.iter(f"{{{_W}}}{kind}Reference")
    }


def _notes(
    archive: zipfile.ZipFile,
    kind: str,
    numbering: NoteNumbers,
    path: str,
    *,
    part: str,
    section: int = 0,
    skip: frozenset[str] = frozenset(),
) -> list[RawNote]:
    """The notes of `part`, numbered as `numbering` says; their lists count from `section`
    (endnotes after footnotes' lists). A note no reference names follows the last list."""
    root = _xml(archive, part, path)
    if root is None:
        return []
    relations = _relations(archive, part, path)
    numbers = dict(numbering.numbers)
    for place, marked in enumerate(numbering.marks, 1):  # a list after the numbered ones
        numbers.setdefault(marked, (numbering.lists, place))
    last = numbering.lists - 1
    following = max((n for listed, n in numbers.values() if listed == last), default=0)
    notes: list[RawNote] = []
    total = 0
    for note in root.iter(f"{{{_W}}}{kind}"):
        if len(notes) >= _MAX_NOTES:
            raise DocumentError(path, f"more than {_MAX_NOTES:,} {kind}s")
        note_id = note.get(f"{{{_W}}}id", "")
        if note_id in skip or note.get(f"{{{_W}}}type") in (
            "separator",
            "continuationSeparator",
            "continuationNotice",
        ):
            continue
        if note_id not in numbers:
            following += 1
            numbers[note_id] = (last, following)
        paragraphs = note.findall(f"{{{_W}}}p")
        text = "\n".join(_paragraph_text(p) for p in paragraphs).strip()
        custom = numbering.marks.get(note_id)
        if custom is not None and text.startswith(custom):  # Word writes the mark as the text
            text = text[len(custom) :].lstrip()
        mark = custom or numbering.labels.get(note_id)
        total += len(text)
        if total > _MAX_TEXT:
            raise DocumentError(path, f"more than {_MAX_TEXT:,} characters of {kind} text")
        listed, number = numbers[note_id]
        links = _links(note, relations)
        page = numbering.pages.get(note_id)
        notes.append(
            RawNote(
                number,
                text,
                None,
                number,
                links,
                numbered=custom is None,
                section=section + listed,
                page=page,
                mark=mark,
            )
        )
    return sorted(notes, key=lambda n: (n.section, n.number))


def read(data: bytes, *, path: str) -> Extraction:
    """Read a Word document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(path, not_a_zip(data, "DOCX")) from exc
    with archive:
        parts = _parts(archive, path)
        body = _xml(archive, parts["document"], path)
        if body is None:
            raise DocumentError(path, f"not a DOCX file (no {parts['document']})")
        paragraphs = list(body.iter(f"{{{_W}}}p"))
        texts = [_paragraph_text(p) for p in paragraphs]
        notes: list[RawNote] = []
        markers: list[int] = []
        settings = _xml(archive, parts["settings"], path)
        for kind in ("footnote", "endnote"):
            deleted = _deleted_references(body, kind)
            numbering = note_numbers(body, kind, settings, deleted)
            # endnotes after footnotes are lists of their own: Word numbers them apart
            lists = 1 + max((n.section for n in notes), default=-1)
            listed_notes = _notes(
                archive,
                kind,
                numbering,
                path,
                part=parts[f"{kind}s"],
                section=lists,
                skip=frozenset(r.get(f"{{{_W}}}id", "") for r in deleted) - set(numbering.numbers),
            )
            if listed_notes:
                notes.extend(listed_notes)
                markers.extend(number for _list, number in numbering.order)
        if notes:
            return Extraction(tuple(notes), tuple(markers), "\n".join(texts))
        relations = _relations(archive, parts["document"], path)
        heading_ids = _heading_ids(archive, parts["styles"], path)
        listed = _list_items(paragraphs)
        blocks = [
            Block(
                texts[i - 1],
                paragraph=i,
                links=_links(p, relations),
                heading=_heading(p, heading_ids),
                number=listed[i - 1][0] if i - 1 in listed else None,
                group=listed[i - 1][1] if i - 1 in listed else None,
            )
            for i, p in enumerate(paragraphs, 1)
        ]
        found = find_notes(blocks, continuation=False)
        kept = [blocks[i].text for i in found.body]
        markers_list = find_markers(kept, {n.number for n in found.notes})
        return Extraction(found.notes, tuple(markers_list), "\n".join(kept), found.bibliography)
