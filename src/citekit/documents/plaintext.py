"""Plain text: body with ``[1]``/``¹``/``(1)`` markers and note or reference sections."""

from __future__ import annotations

from citekit.documents._blocks import Block, find_markers
from citekit.documents._common import Extraction, decode
from citekit.documents._sections import find_notes
from citekit.documents._shortcodes import text_shortcodes

__all__ = ["read"]


def read(data: bytes, *, path: str) -> Extraction:
    """Read a plain-text document."""
    text = decode(data, path)
    shortcodes = text_shortcodes(text)
    if shortcodes is not None:
        return shortcodes
    blocks = [Block(line, line=i) for i, line in enumerate(text.split("\n"), 1)]
    found = find_notes(blocks)
    body = [blocks[i].text for i in found.body]
    markers = find_markers(body, {n.number for n in found.notes})
    return Extraction(found.notes, tuple(markers), "\n".join(body), found.bibliography)
