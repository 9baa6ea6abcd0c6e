"""A WordPress export (WXR, ``.xml``): each post's ``<content:encoded>`` read as HTML.

The posts' HTML is taken from the XML tree (lxml), never by regex; footnote shortcodes
(``[footnote]…[/footnote]``, ``[efn_note]``, ``[mfn]``, ``((…))``) and rendered plugin markup are
then read as the HTML reader reads them. WordPress's own Footnotes block keeps its notes in the
post's ``footnotes`` meta, put back where the block stands as WordPress renders it. The posts
of one export are one document.
"""

from __future__ import annotations

import json
import re
from html import escape

from lxml import etree

from citekit.documents import html
from citekit.documents._common import Extraction
from citekit.errors import DocumentError

__all__ = ["is_export", "read"]

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_FOOTNOTES_BLOCK = re.compile(r"<!--\s*wp:footnotes\b.*?-->", re.S)


def is_export(head: bytes) -> bool:
    """Whether the start of a file looks like a WordPress export."""
    return b"<rss" in head and b"wordpress.org/export" in head


def read(data: bytes, *, path: str) -> Extraction:
    """Read the posts of a WordPress export."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(path, f"not well-formed XML: {exc}") from exc
    posts = []
    for content in root.iter(_CONTENT):
        if content.text and content.text.strip():
            item = content.getparent()
            notes = _block_footnotes(item) if item is not None else ""
            posts.append(_with_footnotes(content.text, notes))
    if not posts:
        raise DocumentError(path, "no post content (<content:encoded>) in this XML file")
    return html.read("\n".join(posts).encode("utf-8"), path=path)


def _block_footnotes(item: etree._Element) -> str:
    """The post's Footnotes block (WordPress 6.3+) as the list WordPress renders: its notes are
    not in the content but in the post's ``footnotes`` meta, JSON ``[{"id", "content"}]``."""
    for meta in item.iterchildren("{*}postmeta"):
        fields = {
            etree.QName(f).localname: f.text or ""
            for f in meta.iterchildren("{*}meta_key", "{*}meta_value")
        }
        if fields.get("meta_key") != "footnotes":
            continue
        try:
            notes = json.loads(fields.get("meta_value", ""))
        except ValueError:
            return ""
        if not isinstance(notes, list):
            return ""
        items = [
            f'<li id="{escape(str(n.get("id", "")), quote=True)}">{n.get("content", "")}</li>'
            for n in notes
            if isinstance(n, dict)
        ]
        listed = f'<ol class="wp-block-footnotes">{"".join(items)}</ol>' if items else ""
        # JSON may escape a lone surrogate ("\\ud800") that no text can hold: it becomes U+FFFD
        return listed.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return ""


def _with_footnotes(content: str, notes: str) -> str:
    """The post's HTML with its Footnotes block where the block stands (else at the end)."""
    if not notes:
        return content
    block = _FOOTNOTES_BLOCK.search(content)
    if block is None:
        return f"{content}\n{notes}"
    return content[: block.start()] + notes + content[block.end() :]
