"""HTML, WordPress included: Gutenberg footnote blocks, Word-paste ``_ftn`` anchors,
``<sup>`` markers and ``<p>[1] …</p>`` note paragraphs.

A note's text is its visible text (tags dropped, entities decoded, source line breaks
collapsed, no-break spaces kept); its links are the ``href`` targets inside it, which win over
anchor text when citations are parsed.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

from citekit.documents._blocks import Block, RawNote, find_markers, find_notes
from citekit.documents._common import Extraction, decode
from citekit.errors import DocumentError

__all__ = ["read"]

_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLOCK_TAGS = frozenset(
    "p li div h1 h2 h3 h4 h5 h6 blockquote td th dd dt pre section article".split()
)
_BACKLINK = frozenset({"↩", "↩︎", "↑", "^"})
_DIGITS = re.compile(r"\d{1,4}")


def _visible(element: etree._Element) -> str:
    return _SPACE.sub(" ", element.text_content()).strip(" \t\n")


def _links(element: etree._Element) -> tuple[str, ...]:
    found = []
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            found.append(href)
    return tuple(found)


def _is_leaf_block(element: etree._Element) -> bool:
    return not any(
        isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in element.iterdescendants()
    )


def _gutenberg(root: etree._Element) -> Extraction | None:
    items = root.xpath("//ol[contains(concat(' ', @class, ' '), ' wp-block-footnotes ')]/li")
    if not items:
        return None
    ids = {item.get("id"): i for i, item in enumerate(items, 1)}
    notes = []
    for number, item in enumerate(items, 1):
        item = copy.deepcopy(item)
        for anchor in list(item.iter("a")):
            href = anchor.get("href") or ""
            if href.endswith("-link") or anchor.text_content().strip() in _BACKLINK:
                anchor.drop_tree()
        notes.append(
            RawNote(number, _visible(item), item.sourceline, number, _links(item))
        )
    markers = []
    for sup in root.xpath("//sup[@data-fn]|//sup[contains(@class, 'fn')]"):
        number = ids.get(sup.get("data-fn"))
        if number is None:
            digits = _DIGITS.search(sup.text_content())
            number = int(digits.group()) if digits else None
        if number is not None:
            markers.append(number)
    body = _visible(root)
    return Extraction(tuple(notes), tuple(markers), body)


def _marker_text(element: etree._Element) -> str:
    element = copy.deepcopy(element)
    for sup in element.iter("sup"):
        digits = sup.text_content().strip().strip("[]()")
        if digits.isdigit():
            for child in list(sup):
                sup.remove(child)
            sup.text = f"[{digits}]"
    return element.text_content()


def read(data: bytes, *, path: str) -> Extraction:
    """Read an HTML document or fragment."""
    text = decode(data, path)
    if not text.strip():
        raise DocumentError(path, "empty document")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(path, f"cannot parse HTML: {exc}") from exc
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    found = _gutenberg(root)
    if found is not None:
        return found
    elements = [
        e
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag in _BLOCK_TAGS and _is_leaf_block(e)
    ]
    blocks = [
        Block(_visible(e), line=e.sourceline, paragraph=i, links=_links(e))
        for i, e in enumerate(elements, 1)
    ]
    start, notes = find_notes(blocks, continuation=False)
    body = [_marker_text(e) for e in elements[:start]]
    markers = find_markers(body, {n.number for n in notes})
    return Extraction(tuple(notes), tuple(markers), "\n".join(b.text for b in blocks[:start]))
