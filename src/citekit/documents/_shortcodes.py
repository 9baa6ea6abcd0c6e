"""WordPress footnote shortcodes as written in a post's source or a WordPress export.

``text[footnote]Note.[/footnote]`` (and the ``[efn_note]``, ``[mfn]``, ``[ref]`` forms of Easy
Footnotes, Modern Footnotes and Simple Footnotes, and the ``((Note.))`` of Footnotes Made Easy)
become notes numbered in order, and ``[n]`` markers where they stood.
"""

from __future__ import annotations

import re

from citekit.documents._blocks import RawNote, find_markers
from citekit.documents._common import Extraction

__all__ = ["has_shortcodes", "split_shortcodes", "text_shortcodes"]

_NAMES = ("footnote", "efn_note", "mfn", "ref", "fn")
_TAGS = r"\[(" + "|".join(_NAMES) + r")(?:\s[^\]]*)?\](.*?)\[/\1\]"
_SHORTCODE = re.compile(_TAGS, re.DOTALL | re.IGNORECASE)
_WITH_PARENS = re.compile(_TAGS + r"|\(\(([^()\n]{2,}?)\)\)", re.DOTALL | re.IGNORECASE)


def _pattern(parens: bool) -> re.Pattern[str]:
    return _WITH_PARENS if parens else _SHORTCODE


def has_shortcodes(text: str, *, parens: bool = False) -> bool:
    """Whether the text holds a footnote shortcode; `parens` counts ``((…))`` too (HTML)."""
    if "[/" not in text and not (parens and "((" in text):
        return False
    return _pattern(parens).search(text) is not None


def split_shortcodes(text: str, *, parens: bool = False) -> tuple[str, list[str]]:
    """The text with each shortcode replaced by its ``[n]`` marker, and the notes in order."""
    notes: list[str] = []

    def mark(match: re.Match[str]) -> str:
        notes.append((match.group(2) if match.group(1) else match.group(3)).strip())
        return f"[{len(notes)}]"

    return _pattern(parens).sub(mark, text), notes


def text_shortcodes(text: str) -> Extraction | None:
    """A plain-text or Markdown post whose notes are shortcodes, or None when it has none."""
    if not has_shortcodes(text):
        return None
    body, sources = split_shortcodes(text)
    notes = []
    for number, source in enumerate(sources, 1):
        line = text.count("\n", 0, text.find(source)) + 1 if source else None
        notes.append(RawNote(number, source, line, None, ()))
    return Extraction(tuple(notes), tuple(find_markers([body], set())), body)
