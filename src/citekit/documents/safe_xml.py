"""The one hardened XML parser citekit reads every XML file with: DOCX and ODT parts,
WordPress exports, CSL styles and locales, sitemaps and feeds of cited sites.

No entity is expanded, nothing is fetched from the network and no DTD is loaded, so a file
cannot make citekit read another file, open a connection or expand a "billion laughs" bomb.
A part that declares entities (Word, LibreOffice, WordPress and CSL styles never write one)
and still fails is named as such, not in libxml2's words.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["declares_entities", "safe_parser"]

# an entity declared in a DOCTYPE's internal subset; text and attributes cannot hold a bare "<"
_DECLARED = re.compile(rb"<!DOCTYPE[^\[>]*\[[^\]]*?<!ENTITY")
_PROLOG = 1024 * 1024  # a DOCTYPE stands before the root element, at the file's head


def safe_parser(*, huge_tree: bool = False, recover: bool = False) -> etree.XMLParser:
    """A parser that expands no entity, fetches nothing and loads no DTD. `huge_tree` lifts
    libxml2's depth and text-node limits for documents whose size the caller bounds;
    `recover` reads what it can of broken XML (a site's sitemap or feed)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=huge_tree,
        recover=recover,
    )


def declares_entities(data: bytes) -> bool:
    """Whether the XML declares entities (``<!DOCTYPE x [<!ENTITY …>]>``) before its root."""
    return _DECLARED.search(data[:_PROLOG]) is not None
