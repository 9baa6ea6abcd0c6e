"""A WordPress export (WXR, ``.xml``): each post's ``<content:encoded>`` read as HTML.

The posts' HTML is taken from the XML tree (lxml), never by regex; footnote shortcodes
(``[footnote]…[/footnote]``, ``[efn_note]``, ``[mfn]``, ``((…))``) and rendered plugin markup are
then read as the HTML reader reads them. The posts of one export are one document.
"""

from __future__ import annotations

from lxml import etree

from citekit.documents import html
from citekit.documents._common import Extraction
from citekit.errors import DocumentError

__all__ = ["is_export", "read"]

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


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
    posts = [e.text for e in root.iter(_CONTENT) if e.text and e.text.strip()]
    if not posts:
        raise DocumentError(path, "no post content (<content:encoded>) in this XML file")
    return html.read("\n".join(posts).encode("utf-8"), path=path)
