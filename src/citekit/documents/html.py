"""HTML, WordPress included: Gutenberg footnote blocks, Modern Footnotes, notes that markers
link to (Google Docs ``#ftnt``, Word-paste ``_ftn``, Easy Footnotes, Footnotes Made Easy),
footnote shortcodes, and ``<p>[1] …</p>`` or listed notes under a heading.

A note's text is its visible text (tags dropped, entities decoded, source line breaks
collapsed, no-break spaces kept); its links are the ``href`` targets inside it, which win over
anchor text when citations are parsed.
"""

from __future__ import annotations

import codecs
import copy
import re
from typing import cast

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from citekit.documents._blocks import Block, RawNote, find_markers, is_note_number
from citekit.documents._common import Extraction, decode
from citekit.documents._html_notes import linked_notes, modern_footnotes, spaced
from citekit.documents._html_notes import links as _links
from citekit.documents._html_notes import visible as _visible
from citekit.documents._html_notes import xpath as _xpath
from citekit.documents._sections import find_notes
from citekit.documents._shortcodes import has_shortcodes, split_shortcodes
from citekit.errors import DocumentError

__all__ = ["legacy_encoding", "read"]

_BLOCK_TAGS = frozenset(
    [
        "p",
        "li",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "td",
        "th",
        "dd",
        "dt",
        "pre",
        "section",
        "article",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BACKLINK = frozenset({"↩", "↩︎", "↑", "^"})
_DIGITS = re.compile(r"\d{1,6}")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_PARTING = frozenset({"ul", "ol", "br"})
_EMPHASIS = frozenset({"strong", "b", *_HEADINGS})
_YEAR = re.compile(r"\d{4}")
_CHAPTER = re.compile(r"^[^\W\d_]+ \d{1,3}$")  # "Chapter 2", "Глава 3", "Bölüm 4"
_OWN_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s")
_HEAD = 4096  # where a page's <meta charset> must stand (HTML asks for the first 1024 bytes)
_META_CHARSET = re.compile(rb"(?i)<meta\b[^>]{0,300}?\bcharset\s*=\s*[\"']?\s*([a-z0-9_.:-]{1,40})")


def _is_block(element: HtmlElement) -> bool:
    return isinstance(element.tag, str) and element.tag in _BLOCK_TAGS


def _is_leaf_block(element: HtmlElement) -> bool:
    return not any(_is_block(d) for d in element.iterdescendants())


def _gutenberg(root: HtmlElement) -> Extraction | None:
    items = _xpath(root, "//ol[contains(concat(' ', @class, ' '), ' wp-block-footnotes ')]/li")
    if not items:
        return None
    ids = {item.get("id") or "": i for i, item in enumerate(items, 1)}
    notes = []
    for number, original in enumerate(items, 1):
        item = copy.deepcopy(original)
        for anchor in list(item.iter("a")):
            href = anchor.get("href") or ""
            if href.endswith("-link") or anchor.text_content().strip() in _BACKLINK:
                anchor.drop_tree()
        notes.append(RawNote(number, _visible(item), item.sourceline, number, _links(item)))
    markers = []
    for sup in _xpath(root, "//sup[@data-fn]|//sup[contains(@class, 'fn')]"):
        marker = ids.get(sup.get("data-fn") or "")
        if marker is None:
            digits = _DIGITS.search(str(sup.text_content()))
            marker = int(digits.group()) if digits else None
        if marker is not None:
            markers.append(marker)
    for item in items:
        item.drop_tree()
    body = _visible(root)
    return Extraction(tuple(notes), tuple(markers), body)


def _marker_text(element: HtmlElement) -> str:
    element = copy.deepcopy(element)
    for sup in element.iter("sup"):
        digits = sup.text_content().strip().strip("[]()")
        if digits.isdigit():
            for child in list(sup):
                sup.remove(child)
            sup.text = f"[{digits}]"
    return str(element.text_content())


def _parse(text: str, path: str) -> HtmlElement:
    # huge_tree: libxml2 stops at 256 nested elements otherwise, and drops the rest unsaid
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = cast(HtmlElement, lxml.html.document_fromstring(text, parser=parser))
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(path, f"cannot parse HTML: {exc}") from exc
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # the rest of the document was not read
            raise DocumentError(path, f"line {error.line}: elements nested more than 2,048 deep")
    for bad in _xpath(root, "//script|//style|//noscript|//template"):
        bad.drop_tree()
    return root


def _shortcodes(text: str, path: str) -> Extraction:
    """A post's source with ``[footnote]…[/footnote]`` shortcodes (or ``((…))``)."""
    body, sources = split_shortcodes(text, parens=True)
    notes = []
    for number, source in enumerate(sources, 1):
        note = _parse(f"<div>{source}</div>", path)
        notes.append(RawNote(number, _visible(note), None, number, _links(note)))
    root = _parse(body, path)
    markers = find_markers([_visible(root)], set())
    return Extraction(tuple(notes), tuple(markers), _visible(root))


def _declared_charset(data: bytes) -> str | None:
    """The encoding a ``<meta charset>`` (or ``http-equiv`` Content-Type) in the head names,
    when Python knows it."""
    found = _META_CHARSET.search(data[:_HEAD])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def legacy_encoding(data: bytes) -> str | None:
    """The legacy encoding an HTML file is read in (Python's name, ``cp1251``): the charset it
    declares when its bytes are not UTF-8 (nor UTF-16 with a BOM); None otherwise. `citekit
    fix` and `edition` write such a file back in it."""
    try:
        decode(data, "")
    except DocumentError:
        binary = b"\x00" in data[:8192] or data.startswith((b"\xff\xfe", b"\xfe\xff"))
        charset = None if binary else _declared_charset(data)
        return None if charset is None or charset.startswith("utf") else charset
    return None


def _decode(data: bytes, path: str) -> str:
    """UTF-8 (or UTF-16 with a BOM); else the charset the page declares (a Russian page saved
    from an old site is often ``windows-1251``). An undeclared legacy encoding is not guessed."""
    try:
        return decode(data, path)
    except DocumentError:
        charset = legacy_encoding(data)
        if charset is None:
            raise
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"not valid {charset} at byte {exc.start}, as declared") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read(data: bytes, *, path: str) -> Extraction:
    """Read an HTML document or fragment."""
    text = _decode(data, path)
    if not text.strip():
        raise DocumentError(path, "empty document")
    if has_shortcodes(text, parens=True):
        return _shortcodes(text, path)
    root = _parse(text, path)
    gutenberg = _gutenberg(root)
    if gutenberg is not None:
        return gutenberg
    modern = modern_footnotes(root)
    if modern is not None:
        return Extraction(tuple(modern[0]), tuple(modern[1]), _visible(root))
    linked = linked_notes(root)
    if linked is not None:
        notes, markers, elements = linked
        for element in elements:
            element.drop_tree()
        return Extraction(tuple(notes), tuple(markers), _visible(root))
    elements, parents = _block_elements(root)
    lists: dict[HtmlElement, int] = {}
    numbers = _list_numbers(root)
    blocks = [
        Block(
            _block_text(_without_lists(e) if e in parents else e),
            line=e.sourceline,
            paragraph=i,
            links=_links(e),
            heading=e.tag in _HEADINGS,
            level=int(e.tag[1]) if e.tag in _HEADINGS else 0,
            number=numbers.get(e),
            group=_list_group(e, lists),
        )
        for i, e in enumerate(elements, 1)
    ]
    found = find_notes(blocks, continuation=False)
    body = [_marker_text(elements[i]) for i in found.body]
    markers = find_markers(body, {n.number for n in found.notes})
    text = "\n".join(blocks[i].text for i in found.body)
    return Extraction(found.notes, tuple(markers), text, found.bibliography)


def _list_group(element: HtmlElement, lists: dict[HtmlElement, int]) -> int | None:
    parent = element.getparent()
    if element.tag != "li" or parent is None:
        return None
    return lists.setdefault(parent, len(lists))


def _parts(element: HtmlElement) -> bool:
    """Whether an element inside a block parts its text: a block, a nested list, a line break."""
    return _is_block(element) or element.tag in _PARTING


def _block_text(element: HtmlElement) -> str:
    """A block's visible text; paragraphs, nested lists and line breaks inside it are parted
    by a space ("P. 5.<ol><li>A remark" was "P. 5.A remark")."""
    if not any(_parts(d) for d in element.iterdescendants()):
        return _visible(element)
    element = copy.deepcopy(element)
    for d in element.iterdescendants():
        if _parts(d):
            d.tail = spaced(d.tail)  # a form feed (a PDF's page break) set as a space
            if d.tag != "br":
                d.text = spaced(d.text)
    return _visible(element)


def _list_numbers(root: HtmlElement) -> dict[HtmlElement, int]:
    """The number an ``<ol>`` shows before each of its items (its place, after ``start``)."""
    numbers: dict[HtmlElement, int] = {}
    for ol in root.iter("ol"):
        start = (ol.get("start") or "1").strip()
        first = int(start) if is_note_number(start) else 1  # "99999999999999999999" hung
        for place, item in enumerate((c for c in ol if c.tag == "li"), first):
            numbers[item] = place
    return numbers


def _own_text(item: HtmlElement) -> bool:
    """Whether a list item has words of its own, outside the blocks nested in it (a heading
    in it is its own: `<li><h4>Глава 2</h4><ol>…`, a chapter's title over its notes)."""
    if _WORDS.search(item.text or ""):
        return True
    return any(
        _WORDS.search(child.tail or "")
        or (
            (not _is_block(child) or child.tag in _HEADINGS)
            and child.tag not in ("ul", "ol")
            and _WORDS.search(child.text_content())
        )
        for child in item
    )


def _without_lists(item: HtmlElement) -> HtmlElement:
    """A copy of a list item without the lists nested in it."""
    item = copy.deepcopy(item)
    for nested in list(item.iterdescendants("ul", "ol")):
        nested.drop_tree()
    return item


def _backlinked(item: HtmlElement) -> bool:
    return any(
        a.text_content().strip() in _BACKLINK or "back" in (a.get("class") or "")
        for a in item.iter("a")
    )


def _notes_of_their_own(item: HtmlElement) -> bool:
    """Whether the items of the lists nested in a list item are notes of their own, not the
    item's remarks: each has an id, a back link or its own number (``<li value>``, a written
    ``[3]``), a nested ``<ol start>`` goes on with the notes' numbers, or the item holds only a
    heading (a chapter's title in ``<strong>`` or ``<h4>``, or a short title that ends no
    sentence and names no year)."""
    nested = list(item.iterdescendants("li"))
    if nested and all(
        li.get("id") or li.get("value") or _OWN_NUMBER.match(li.text_content()) or _backlinked(li)
        for li in nested
    ):
        return True
    # a nested list numbered on from the notes before it (Word writes start=1 on every list)
    going_on = any((ol.get("start") or "1").strip() != "1" for ol in item.iterdescendants("ol"))
    return going_on or _heading_only(item)


def _heading_only(item: HtmlElement) -> bool:
    """Whether a list item's own words are only a heading over a numbered list: in
    ``<strong>``, ``<b>`` or ``<h4>``, or a short title that ends no sentence and names no year
    ("Chapter 2", "Глава 3. Война")."""
    if any(nested.tag != "ol" for nested in item.iterdescendants("ul", "ol")):
        return False  # a chapter's notes are numbered; bullets under words are the words' own
    own = _without_lists(item)
    text = _visible(own)
    emphasised = [_visible(c) for c in own if isinstance(c.tag, str) and c.tag in _EMPHASIS]
    if emphasised and " ".join(emphasised) == text:
        return True
    ends = text[-1:].isalpha() or _CHAPTER.match(text) is not None
    return ends and len(text.split()) <= 10 and _YEAR.search(text) is None


def _block_elements(root: HtmlElement) -> tuple[list[HtmlElement], set[HtmlElement]]:
    """Leaf blocks in document order, and the list items read without their nested lists.

    A list item holding only paragraphs is one block, and so is one with words of its own and
    a list nested in it that goes on with it (a note and the remarks under it). When the
    nested items are notes of their own, the item is a block without them (a note) or none
    (a chapter's heading), and its nested items are blocks of their own."""
    elements: list[HtmlElement] = []
    whole: set[HtmlElement] = set()
    parents: set[HtmlElement] = set()
    titles: set[HtmlElement] = set()  # a chapter's heading inside its list item: no block
    for element in root.iter():
        if (
            not _is_block(element)
            or element in titles
            or any(a in whole for a in element.iterancestors())
        ):
            continue
        nested = any(d.tag in ("li", "ul", "ol") for d in element.iterdescendants())
        if element.tag == "li" and nested and _own_text(element):
            if not _notes_of_their_own(element):
                whole.add(element)
                elements.append(element)
            elif not _heading_only(element):
                parents.add(element)
                elements.append(element)
            else:  # `<li><h4>Глава 2</h4><ol>…`: the title ends no list of notes
                titles.update(c for c in element if isinstance(c.tag, str) and c.tag in _HEADINGS)
        elif element.tag == "li" and not nested:
            whole.add(element)
            elements.append(element)
        elif _is_leaf_block(element):
            elements.append(element)
    return elements, parents
