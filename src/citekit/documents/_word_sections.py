"""How Word numbers a DOCX's footnotes or endnotes: straight through, or again from ``numStart``
in each section whose ``w:footnotePr``/``w:endnotePr`` says ``w:numRestart w:val="eachSect"``.

A section ends at a paragraph holding a ``w:sectPr`` (in its ``w:pPr``), the last one at the
body's own ``w:sectPr``; its note properties are the ones that sectPr holds, else the document's
(``word/settings.xml``), else Word's (continuous, from 1). ``numStart`` sets where the first
section starts and where each restart starts; a continuous section goes on counting, as Word
does. ``eachPage`` ("Restart each page") numbers the notes of each page from ``numStart``: the
pages are the ones Word last laid out, marked by the ``w:lastRenderedPageBreak`` it writes where
each page began; a file Word did not save (python-docx, pandoc) has none, and its pages are the
ones its hard breaks start (``w:br w:type="page"``, ``w:pageBreakBefore``, a section that starts
on a new page). A file with neither is counted straight through. Each page's notes are a list of
their own, named by their page (`note 1 on page 3`).

A reference with ``w:customMarkFollows`` (Word's "Custom mark": ``*``, ``†``) is shown by the
mark written after it and takes no number: Word numbers the notes around it as if it were not
there. A number Word shows in another format (``w:numFmt``: ``lowerRoman``, ``chicago``'s
``*``, ``†``) is named as shown (`note iii`); Word's endnotes are ``lowerRoman`` unless a
``numFmt`` says otherwise.
"""

from __future__ import annotations

from attrs import frozen
from lxml import etree

from citekit.documents._note_labels import shown_number

__all__ = ["NoteNumbers", "note_numbers"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SECTION = f"{{{_W}}}sectPr"
_PARAGRAPH_PROPERTIES = f"{{{_W}}}pPr"
_VALUE = f"{{{_W}}}val"
# a tracked change's record of former properties: its sectPr ends no section
_FORMER = frozenset({f"{{{_W}}}sectPrChange", f"{{{_W}}}pPrChange"})
_RENDERED = f"{{{_W}}}lastRenderedPageBreak"
_BREAK = f"{{{_W}}}br"
_BREAK_BEFORE = f"{{{_W}}}pageBreakBefore"
_OFF = frozenset({"0", "false", "off"})


@frozen
class NoteNumbers:
    """Each referenced note's number as Word shows it, and its list (from 0: one list per
    section that numbers its notes again)."""

    numbers: dict[str, tuple[int, int]]  # note id -> (list, number)
    lists: int  # how many lists the notes fall into (1 when numbered straight through)
    order: tuple[tuple[int, int], ...]  # each reference's (list, number), in body order
    pages: dict[str, int]  # note id -> its page, for notes numbered again on each page
    marks: dict[str, str]  # note id -> the custom mark it is shown by, in body order
    labels: dict[str, str]  # note id -> its number as shown when not in digits ("iii", "†")


@frozen
class _Reference:
    """A note reference in body order: its id, section, and page by each kind of page mark."""

    note_id: str
    section: int
    rendered: int  # pages Word's last layout began before it (w:lastRenderedPageBreak)
    forced: int  # pages hard breaks began before it
    mark: str | None = None  # the custom mark written after it, for w:customMarkFollows


_MAX_MARK = 10  # characters of a custom mark: "*", "**", "†", "a"


def _custom_mark(reference: etree._Element) -> str | None:
    """The mark a ``w:customMarkFollows`` reference is shown by: the text after it in its run,
    else in the next run ("*" when Word's file has it nowhere)."""
    if reference.get(f"{{{_W}}}customMarkFollows", "0").lower() in _OFF:
        return None
    run = reference.getparent()
    texts = [t.text or "" for t in reference.itersiblings(f"{{{_W}}}t")]
    if not "".join(texts).strip() and run is not None:
        after = run.getnext()
        while after is not None and after.tag != f"{{{_W}}}r":
            after = after.getnext()
        texts = [t.text or "" for t in after.iter(f"{{{_W}}}t")] if after is not None else []
    mark = "".join(texts).strip()[:_MAX_MARK]
    return mark or "*"


def _format(holder: etree._Element | None, kind: str) -> str | None:
    """The ``numFmt`` a ``w:sectPr`` or ``w:settings`` gives its notes, if any."""
    found = holder.find(f"{{{_W}}}{kind}Pr/{{{_W}}}numFmt") if holder is not None else None
    return found.get(_VALUE) if found is not None else None


def _properties(holder: etree._Element | None, kind: str) -> tuple[str | None, int | None]:
    """The ``numRestart`` and ``numStart`` a ``w:sectPr`` or ``w:settings`` gives, if any."""
    if holder is None:
        return None, None
    restart = holder.find(f"{{{_W}}}{kind}Pr/{{{_W}}}numRestart")
    start = holder.find(f"{{{_W}}}{kind}Pr/{{{_W}}}numStart")
    value = start.get(_VALUE) or "" if start is not None else ""
    first = int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else None
    return (restart.get(_VALUE) if restart is not None else None), first


def _starts_page(section: etree._Element) -> bool:
    """Whether a section begins on a new page (``w:type`` other than continuous; the default
    is a new page)."""
    kind = section.find(f"{{{_W}}}type")
    return kind is None or kind.get(_VALUE, "nextPage") != "continuous"


def _forces_page(node: etree._Element) -> bool:
    """Whether a ``w:br`` is a page break, or a ``w:pageBreakBefore`` is on."""
    if node.tag == _BREAK:
        return node.get(f"{{{_W}}}type") == "page"
    return node.get(_VALUE, "true").lower() not in _OFF


def _sections(
    body: etree._Element, kind: str, skip: set[etree._Element]
) -> tuple[list[etree._Element], list[_Reference], bool]:
    """The ``w:sectPr`` elements that end the body's sections, in order (not the old ones a
    tracked change keeps in ``w:sectPrChange`` or ``w:pPrChange``), each reference in body
    order (those in `skip` left out), and whether Word's layout marks are in the body."""
    ends = [
        node
        for node in body.iter(_SECTION)
        if node.getparent() is not None and not any(a.tag in _FORMER for a in node.iterancestors())
    ]
    found: list[_Reference] = []
    rendered = forced = passed = 0
    closing: etree._Element | None = None  # the paragraph whose pPr ends the current section
    for node in body.iter(_SECTION, f"{{{_W}}}{kind}Reference", _RENDERED, _BREAK, _BREAK_BEFORE):
        if closing is not None and not any(a is closing for a in node.iterancestors()):
            closing = None  # past the paragraph that ended the section: the next one starts
            forced += passed < len(ends) and _starts_page(ends[passed])
        if node.tag == _RENDERED:
            rendered += 1
        elif node.tag in (_BREAK, _BREAK_BEFORE):
            forced += _forces_page(node)
        elif node.tag != _SECTION:
            if node not in skip:
                here = passed - (closing is not None)
                note_id, mark = node.get(f"{{{_W}}}id", ""), _custom_mark(node)
                found.append(_Reference(note_id, here, rendered, forced, mark))
        elif passed < len(ends) and node is ends[passed]:
            passed += 1
            parent = node.getparent()
            if parent is not None and parent.tag == _PARAGRAPH_PROPERTIES:
                closing = parent.getparent()  # the paragraph's own notes are the section's
    return ends, found, rendered > 0


def note_numbers(
    body: etree._Element, kind: str, settings: etree._Element | None, skip: set[etree._Element]
) -> NoteNumbers:
    """Number the body's ``w:footnoteReference`` or ``w:endnoteReference`` elements (`kind` is
    ``footnote`` or ``endnote``; those in `skip`, a tracked deletion's, are not counted) as
    Word shows them."""
    default_restart, default_start = _properties(settings, kind)
    ends, found, laid_out = _sections(body, kind, skip)
    numbers: dict[str, tuple[int, int]] = {}
    pages: dict[str, int] = {}
    marks: dict[str, str] = {}
    labels: dict[str, str] = {}
    # Word numbers endnotes i, ii, iii unless told otherwise (MS-OI29500 2.1.306; the standard
    # says decimal): a DOCX with no numFmt shows its endnotes in Roman figures
    default_format = _format(settings, kind) or ("lowerRoman" if kind == "endnote" else None)
    number_format = default_format
    order: list[tuple[int, int]] = []
    section, listed, count, page = -1, -1, 0, -1
    restart: str | None = None
    first: int | None = None
    paged = laid_out or any(r.forced for r in found)
    fresh = False  # a list was begun and holds no note yet
    for reference in found:
        if reference.mark is not None:  # shown by its mark, numbered by none
            marks.setdefault(reference.note_id, reference.mark)
            continue
        while section < reference.section:
            section += 1
            holder = ends[section] if section < len(ends) else None
            restart, start = _properties(holder, kind)
            restart = restart or default_restart
            number_format = _format(holder, kind) or default_format
            first = start if start is not None else default_start
            if section == 0 or restart == "eachSect":
                listed, count, fresh = listed + 1, (first if first is not None else 1) - 1, True
        here = reference.rendered if laid_out else reference.forced
        if restart == "eachPage" and paged and here != page:
            page = here
            if not fresh:
                listed, count = listed + 1, (first if first is not None else 1) - 1
        fresh = False
        if reference.note_id not in numbers:
            count += 1
            numbers[reference.note_id] = (listed, count)
            if restart == "eachPage" and paged:
                pages[reference.note_id] = here + 1
            if (label := shown_number(count, number_format)) is not None:
                labels[reference.note_id] = label
        order.append(numbers[reference.note_id])
    return NoteNumbers(numbers, max(listed + 1, 1), tuple(order), pages, marks, labels)
