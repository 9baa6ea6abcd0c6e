"""HTML notes that markers link to: footnote plugins and exports, read from the tree.

- **Linked notes**: a marker ``<sup><a href="#X">1</a></sup>`` (or ``<a href="#X">[1]</a>``) and
  the element with ``id="X"``. Google Docs exports (``#ftnt1``), Word pastes (``#_ftn1``),
  Easy Footnotes (``#easy-footnote-bottom-1-…``), Footnotes Made Easy (``#footnote_0_…``),
  pandoc and most themes write notes this way. The note is the list item, or paragraph, the
  target sits in; back links and the number label are dropped.
- **Modern Footnotes**: the note is a ``<span class="modern-footnotes-footnote__note">`` right
  after its marker ``<sup data-mfn="1">``; notes are numbered by ``data-mfn``.
"""

from __future__ import annotations

import copy
import re
from typing import cast
from urllib.parse import parse_qs, urlsplit

from lxml.html import HtmlElement

from citekit.documents._blocks import RawNote, is_note_number

__all__ = ["linked_notes", "links", "modern_footnotes", "spaced", "unwrap", "visible", "xpath"]

_REDIRECTORS = frozenset({"www.google.com", "google.com"})

_SPACE = re.compile(r"[ \t\r\n\f]+")
_LABEL = re.compile(r"^\s*[\[(]?\s*(\d{1,4})\s*[\])]?\s*$")
_BACKLINK = frozenset({"↩", "↩︎", "↑", "^", "⤴"})
# elements a note's text is parted at: a nested list's items, a second paragraph, a line break
_PARTED = frozenset(
    {"p", "li", "ol", "ul", "div", "blockquote", "dd", "dt", "br", "pre", "table", "tr", "td"}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # lxml sets no such text
_BACKLINK_XPATH = (
    ".//*[contains(@class, 'back-link') or contains(@class, 'backlink')"
    " or contains(@class, 'footnote-back') or @role='doc-backlink']"
)
_CONTAINERS = ("li", "p", "div", "dd", "td", "section", "aside")
_FOOTNOTE_CLASS = re.compile(r"foot|fn|note|ftn|ref", re.IGNORECASE)


def spaced(text: str | None) -> str:
    """`text` after a space that parts it from what comes before, with the control characters
    lxml refuses to set as spaces (the HTML parser keeps a PDF's form feed)."""
    return " " + _CONTROL.sub(" ", text or "")


def xpath(root: HtmlElement, query: str) -> list[HtmlElement]:
    """The elements an XPath query selects."""
    return cast(list[HtmlElement], root.xpath(query))


def visible(element: HtmlElement) -> str:
    """The element's text as a reader sees it: runs of white space as one space."""
    return _SPACE.sub(" ", element.text_content()).strip(" \t\n")


def unwrap(href: str) -> str:
    """The address behind a Google redirect (``https://www.google.com/url?q=…``), as Google
    Docs exports write every link."""
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[::1", a stray "[": the link checker reports it, reading goes on
        return href
    if parts.netloc in _REDIRECTORS and parts.path == "/url":
        target = parse_qs(parts.query).get("q")
        if target and target[0].startswith(("http://", "https://")):
            return target[0]
    return href


def links(element: HtmlElement) -> tuple[str, ...]:
    """The link targets inside an element, redirects unwrapped, same-page links left out."""
    found = []
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            found.append(unwrap(href))
    return tuple(found)


def _is_marker(anchor: HtmlElement) -> int | None:
    """The number a footnote marker shows, if the anchor is one."""
    label = _LABEL.match(anchor.text_content())
    if label is None:
        return None
    in_sup = any(a.tag == "sup" for a in [*anchor.iterancestors(), *anchor.iterdescendants()])
    parent = anchor.getparent()
    parent_class = parent.get("class") if parent is not None else None
    classes = " ".join(filter(None, [anchor.get("class"), parent_class]))
    bracketed = "[" in anchor.text_content()
    if in_sup or bracketed or _FOOTNOTE_CLASS.search(classes):
        return int(label.group(1))
    return None


def _container(target: HtmlElement) -> HtmlElement:
    for element in [target, *target.iterancestors()]:
        if element.tag in _CONTAINERS:
            return element
    return target


def linked_notes(
    root: HtmlElement,
) -> tuple[list[RawNote], list[int], list[HtmlElement]] | None:
    """Notes that in-body markers link to by ``#id``, the markers, and the notes' elements."""
    ids = {e.get("id"): e for e in xpath(root, "//*[@id]")}
    ids.update({e.get("name"): e for e in xpath(root, "//a[@name]") if e.get("name") not in ids})
    place = {e: i for i, e in enumerate(root.iter())}
    order: dict[int, tuple[int, HtmlElement]] = {}  # id(container) -> (number, container)
    markers: list[int] = []
    marker_anchors: set[str] = set()
    for anchor in xpath(root, "//a[contains(@href, '#')]"):
        target = ids.get((anchor.get("href") or "").rpartition("#")[2])
        shown = _is_marker(anchor) if target is not None else None
        if target is None or shown is None:
            continue
        container = _container(target)
        if place.get(target, 0) < place.get(anchor, 0) or any(
            a is container for a in anchor.iterancestors()
        ):
            continue  # a back link to the text, or a label inside the note itself
        key = id(container)
        if key not in order:
            order[key] = (shown, container)
        markers.append(order[key][0])
        marker_anchors.update(filter(None, [anchor.get("id"), anchor.get("name")]))
    if not order:
        return None
    notes: list[RawNote] = []
    elements: list[HtmlElement] = []
    for number, original in sorted(order.values(), key=lambda v: place.get(v[1], 0)):
        item = copy.deepcopy(original)
        inner = [i for i, e in enumerate(original.iter()) if e is not original and id(e) in order]
        for nested in [e for i, e in enumerate(item.iter()) if i in inner]:
            nested.drop_tree()  # another note nested in this one's item: a note of its own
        for anchor in list(item.iter("a")):
            fragment = (anchor.get("href") or "").rpartition("#")[2]
            text = anchor.text_content().strip()
            if fragment in marker_anchors or fragment in ids or text in _BACKLINK:
                anchor.drop_tree()  # a back link, or the note's own number label
        for span in xpath(item, _BACKLINK_XPATH):
            span.drop_tree()
        for part in item.iterdescendants(*_PARTED):  # "P. 5.</p><ol><li>A comment" kept apart
            part.tail = spaced(part.tail)
        text = visible(item)
        text = _LABEL.sub("", text) if _LABEL.match(text) else text
        text = re.sub(r"^\s*\[\d{1,4}\]\s*", "", text).strip(" \t\n\u00a0")
        notes.append(RawNote(number, text, original.sourceline, number, links(item)))
        elements.append(original)
    return notes, markers, elements


def modern_footnotes(root: HtmlElement) -> tuple[list[RawNote], list[int]] | None:
    """Modern Footnotes: each note a span right after its marker, numbered by ``data-mfn``."""
    spans = xpath(root, "//span[contains(@class, 'modern-footnotes-footnote__note')]")
    if not spans:
        return None
    notes: list[RawNote] = []
    seen: set[int] = set()
    for place, span in enumerate(spans, 1):
        label = (span.get("data-mfn") or "").strip()
        number = int(label) if is_note_number(label) else place
        if number not in seen:
            seen.add(number)
            notes.append(RawNote(number, visible(span), span.sourceline, number, links(span)))
    labels = [sup.get("data-mfn", "") for sup in xpath(root, "//sup[@data-mfn]")]
    markers = [int(m) for m in labels if is_note_number(m)]
    for span in spans:
        span.drop_tree()
    for extra in xpath(root, "//*[contains(@class, 'modern-footnotes-list')]"):
        extra.drop_tree()
    return notes, markers
