"""Plain text: body with ``[1]``/``¹``/``(1)`` markers and a note list at the end."""

from __future__ import annotations

from citekit.documents._blocks import Block, find_markers, find_notes
from citekit.documents._common import Extraction, decode

__all__ = ["read"]


def read(data: bytes, *, path: str) -> Extraction:
    """Read a plain-text document."""
    text = decode(data, path)
    blocks = [Block(line, line=i) for i, line in enumerate(text.split("\n"), 1)]
    start, notes = find_notes(blocks)
    body = [b.text for b in blocks[:start]]
    markers = find_markers(body, {n.number for n in notes})
    return Extraction(tuple(notes), tuple(markers), "\n".join(body))
