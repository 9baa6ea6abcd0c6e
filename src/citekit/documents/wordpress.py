"""A WordPress export (WXR, ``.xml``): each post's ``<content:encoded>`` read as HTML.

The posts' HTML is taken from the XML tree (lxml), never by regex; footnote shortcodes
(``[footnote]…[/footnote]``, ``[efn_note]``, ``[mfn]``, ``((…))``) and rendered plugin markup are
then read as the HTML reader reads them. WordPress's own Footnotes block keeps its notes in the
post's ``footnotes`` meta, put back where the block stands as WordPress renders it. The posts
of one export are one document: each post is read alone (its notes are a list of their own,
`RawNote.section`, as each post numbers them from 1) and its lines are the export's lines, so
that messages and `fix` find the notes where the file has them.
"""

from __future__ import annotations

import codecs
import json
import re
from html import escape

from attrs import evolve
from lxml import etree

from citekit.documents import html
from citekit.documents._blocks import RawNote
from citekit.documents._common import Extraction
from citekit.documents.safe_xml import declares_entities, safe_parser
from citekit.errors import DocumentError

__all__ = ["is_export", "legacy_encoding", "read"]

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_FOOTNOTES_BLOCK = re.compile(r"<!--\s*wp:footnotes\b.*?-->", re.S)
_DECLARATION = re.compile(
    rb"""<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z][\w.:-]{0,40})["']"""
)


def is_export(head: bytes) -> bool:
    """Whether the start of a file looks like a WordPress export."""
    return b"<rss" in head and b"wordpress.org/export" in head


def legacy_encoding(data: bytes) -> str | None:
    """The legacy encoding an export declares in its XML declaration (Python's name,
    ``cp1251``), as an old WordPress site's export is written; None for UTF-8 or UTF-16, or
    no declaration. `citekit fix` and `edition` write such an export back in it."""
    found = _DECLARATION.match(data.lstrip()[:300])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name.startswith("utf") else name


def read(data: bytes, *, path: str) -> Extraction:
    """Read the posts of a WordPress export."""
    try:
        root = etree.fromstring(data, safe_parser(huge_tree=True))
    except etree.XMLSyntaxError as exc:
        if declares_entities(data):
            raise DocumentError(
                path,
                "the export declares XML entities (<!DOCTYPE … <!ENTITY …>) that expand past "
                "what a file may hold; WordPress never writes entity declarations, so the file "
                "was altered: export it from WordPress again",
            ) from exc
        raise DocumentError(path, f"not well-formed XML: {exc}") from exc
    posts: list[tuple[str, int]] = []
    for content in root.iter(_CONTENT):
        if content.text and content.text.strip():
            item = content.getparent()
            notes = _block_footnotes(item) if item is not None else ""
            # WordPress writes "<content:encoded><![CDATA[" and the post on the tag's line
            line = content.sourceline if isinstance(content.sourceline, int) else 1
            posts.append((_with_footnotes(content.text, notes), line))
    if not posts:
        raise DocumentError(path, "no post content (<content:encoded>) in this XML file")
    return _merged([(html.read(text.encode("utf-8"), path=path), line) for text, line in posts])


def _merged(posts: list[tuple[Extraction, int]]) -> Extraction:
    """One extraction of the posts, read one by one: a later post's notes were read as the
    first post's reference list (a second "Kaynakça" is a bibliography in one article)."""
    notes: list[RawNote] = []
    bibliography: list[RawNote] = []
    markers: list[int] = []
    bodies: list[str] = []
    section = 0
    for extraction, first_line in posts:

        def placed(note: RawNote, first_line: int = first_line, at: int = section) -> RawNote:
            line = None if note.line is None else note.line + first_line - 1
            return evolve(note, line=line, section=note.section + at)

        notes.extend(placed(n) for n in extraction.notes)
        bibliography.extend(placed(n) for n in extraction.bibliography)
        markers.extend(extraction.markers)
        bodies.append(extraction.body)
        if extraction.notes:
            section += 1 + max(n.section for n in extraction.notes)
    return Extraction(tuple(notes), tuple(markers), "\n".join(bodies), tuple(bibliography))


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
