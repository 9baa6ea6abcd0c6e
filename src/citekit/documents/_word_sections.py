"""How Word numbers a DOCX's footnotes or endnotes: straight through, or again from ``numStart``
in each section whose ``w:footnotePr``/``w:endnotePr`` says ``w:numRestart w:val="eachSect"``.

A section ends at a paragraph holding a ``w:sectPr`` (in its ``w:pPr``), the last one at the
body's own ``w:sectPr``; its note properties are the ones that sectPr holds, else the document's
(``word/settings.xml``), else Word's (continuous, from 1). ``numStart`` sets where the first
section starts and where each restart starts; a continuous section goes on counting, as Word
does. ``eachPage`` needs the page breaks Word computes when it lays the pages out, which the file
does not hold: such notes are counted straight through.
"""

from __future__ import annotations

from attrs import frozen
from lxml import etree

__all__ = ["NoteNumbers", "note_numbers"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SECTION = f"{{{_W}}}sectPr"
_PARAGRAPH_PROPERTIES = f"{{{_W}}}pPr"
_VALUE = f"{{{_W}}}val"
# a tracked change's record of former properties: its sectPr ends no section
_FORMER = frozenset({f"{{{_W}}}sectPrChange", f"{{{_W}}}pPrChange"})


@frozen
class NoteNumbers:
    """Each referenced note's number as Word shows it, and its list (from 0: one list per
    section that numbers its notes again)."""

    numbers: dict[str, tuple[int, int]]  # note id -> (list, number)
    lists: int  # how many lists the notes fall into (1 when numbered straight through)
    order: tuple[tuple[int, int], ...]  # each reference's (list, number), in body order


def _properties(holder: etree._Element | None, kind: str) -> tuple[str | None, int | None]:
    """The ``numRestart`` and ``numStart`` a ``w:sectPr`` or ``w:settings`` gives, if any."""
    if holder is None:
        return None, None
    restart = holder.find(f"{{{_W}}}{kind}Pr/{{{_W}}}numRestart")
    start = holder.find(f"{{{_W}}}{kind}Pr/{{{_W}}}numStart")
    value = start.get(_VALUE) or "" if start is not None else ""
    first = int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else None
    return (restart.get(_VALUE) if restart is not None else None), first


def _sections(
    body: etree._Element, kind: str, skip: set[etree._Element]
) -> tuple[list[etree._Element], list[tuple[str, int]]]:
    """The ``w:sectPr`` elements that end the body's sections, in order (not the old ones a
    tracked change keeps in ``w:sectPrChange`` or ``w:pPrChange``), and each reference's id
    with the index of the section it sits in, in body order (those in `skip` left out)."""
    ends: list[etree._Element] = []
    found: list[tuple[str, int]] = []
    closing: etree._Element | None = None  # the paragraph whose pPr ends the current section
    for node in body.iter(_SECTION, f"{{{_W}}}{kind}Reference"):
        if closing is not None and not any(a is closing for a in node.iterancestors()):
            closing = None  # past the paragraph that ended the section
        if node.tag != _SECTION:
            if node not in skip:
                found.append((node.get(f"{{{_W}}}id", ""), len(ends) - (closing is not None)))
            continue
        parent = node.getparent()
        if parent is None or any(a.tag in _FORMER for a in node.iterancestors()):
            continue
        ends.append(node)
        if parent.tag == _PARAGRAPH_PROPERTIES:  # the paragraph's own notes are the section's
            closing = parent.getparent()
    return ends, found


def note_numbers(
    body: etree._Element, kind: str, settings: etree._Element | None, skip: set[etree._Element]
) -> NoteNumbers:
    """Number the body's ``w:footnoteReference`` or ``w:endnoteReference`` elements (`kind` is
    ``footnote`` or ``endnote``; those in `skip`, a tracked deletion's, are not counted) as
    Word shows them."""
    default_restart, default_start = _properties(settings, kind)
    ends, found = _sections(body, kind, skip)
    numbers: dict[str, tuple[int, int]] = {}
    order: list[tuple[int, int]] = []
    section, listed, count = -1, -1, 0
    for note_id, here in found:
        while section < here:
            section += 1
            restart, start = _properties(ends[section] if section < len(ends) else None, kind)
            restart = restart or default_restart
            first = start if start is not None else default_start
            if section == 0 or restart == "eachSect":
                listed, count = listed + 1, (first if first is not None else 1) - 1
        if note_id not in numbers:
            count += 1
            numbers[note_id] = (listed, count)
        order.append(numbers[note_id])
    return NoteNumbers(numbers, max(listed + 1, 1), tuple(order))
