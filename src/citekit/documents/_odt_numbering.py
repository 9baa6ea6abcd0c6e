"""How Writer numbers an ODT's notes: through the document, again in each chapter or on each
page (``<text:notes-configuration text:start-numbering-at="chapter|page">``, in ``styles.xml``
or a flat ODT's own styles), and which notes a custom character shows instead of a number.

A note's number is the ``<text:note-citation>`` Writer wrote when it saved, else its place. In a
document that numbers its notes again per chapter, a chapter begins at each heading of outline
level 1; per page, a page begins at each ``<text:soft-page-break>`` (where Writer's last layout
began a page). A number not above the one before it begins a list too (a file with no headings or
page marks). Each chapter's or page's notes are a list of their own, a page's named by its page
(`note 1 on page 3`), a number shown in letters or Roman figures by it (`note iii`). A note whose
citation has a ``text:label`` (Writer's "Character": ``*``,
``†``) takes no number, as in Writer: such notes are a list of their own after the numbered ones.
"""

from __future__ import annotations

from attrs import frozen
from lxml import etree

from citekit.documents._blocks import is_note_number

__all__ = ["NoteNumber", "number_notes", "restarts"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_NOTE = f"{{{_TEXT}}}note"
_CITATION = f"{{{_TEXT}}}note-citation"
_HEADING = f"{{{_TEXT}}}h"
_PAGE = f"{{{_TEXT}}}soft-page-break"
_CONFIGURATION = f"{{{_TEXT}}}notes-configuration"
_MAX_MARK = 10  # characters of a custom mark


@frozen
class NoteNumber:
    """A note as Writer shows it: its number, its list (from 0), its page when each page
    numbers its notes again, and the custom mark it is shown by instead of a number."""

    note: etree._Element
    number: int
    section: int
    page: int | None = None
    mark: str | None = None
    custom: bool = False  # the mark is a custom character, which takes no number


def restarts(*roots: etree._Element | None) -> str:
    """Where the footnotes' numbering starts again: ``document``, ``chapter`` or ``page``."""
    for root in roots:
        for found in root.iter(_CONFIGURATION) if root is not None else ():
            if found.get(f"{{{_TEXT}}}note-class", "footnote") == "footnote":
                return found.get(f"{{{_TEXT}}}start-numbering-at", "document")
    return "document"


def _mark(note: etree._Element) -> tuple[str, str | None]:
    """The note's citation as shown, and its custom mark when it has one (``text:label``)."""
    citation = note.find(_CITATION)
    if citation is None:
        return "", None
    shown = "".join(str(t) for t in citation.itertext()).strip()
    label = citation.get(f"{{{_TEXT}}}label")
    if label is None:
        return shown, None
    return shown, ((label or shown).strip()[:_MAX_MARK] or "*")


def _level(heading: etree._Element) -> str:
    return heading.get(f"{{{_TEXT}}}outline-level", "1")


def number_notes(root: etree._Element, kind: str, restart: str, first: int) -> list[NoteNumber]:
    """The `kind` notes (``footnote``, ``endnote``) in document order, numbered as Writer shows
    them, their lists counted from `first`; `restart` is where the numbering starts again."""
    again = kind == "footnote" and restart in ("chapter", "page")
    bounds = ((_HEADING,) if restart == "chapter" else (_PAGE,)) if again else ()
    laid_out = restart == "page" and again and next(root.iter(_PAGE), None) is not None
    numbered: list[NoteNumber] = []
    marked: list[tuple[etree._Element, str]] = []
    section, place, previous, pages = first, 0, 0, 1
    crossed = False  # a chapter or page began since the list's last note
    for node in root.iter(_NOTE, *bounds):
        if node.tag == _PAGE:
            pages, crossed = pages + 1, True
            continue
        if node.tag == _HEADING:
            crossed = crossed or _level(node) == "1"
            continue
        if node.get(f"{{{_TEXT}}}note-class", "footnote") != kind:
            continue
        shown, mark = _mark(node)
        if mark is not None:
            marked.append((node, mark))
            continue
        number = int(shown) if is_note_number(shown) else None
        if again and place and (crossed or (number is not None and number <= previous)):
            section, place = section + 1, 0
        crossed = False
        place += 1
        # a number Writer shows in letters or Roman figures ("iii") is named as shown
        label = shown[:_MAX_MARK] if number is None and shown else None
        number = number if number is not None else place
        page = pages if laid_out else None
        numbered.append(NoteNumber(node, number, section, page, label))
        previous = number
    after = section + 1 if numbered else first
    numbered.extend(
        NoteNumber(node, place, after, mark=mark, custom=True)
        for place, (node, mark) in enumerate(marked, 1)
    )
    return numbered
