"""Find a note list among a document's blocks (lines or paragraphs) and the markers that cite it.

Plain text, Markdown without footnote syntax, HTML paragraphs and DOCX bodies all end the same
way: a run of entries ``[1] …``, ``[2]“…``, ``1. …``, ``1) …``, after a heading or not. This
module finds that run, whatever format it came from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import frozen

from citekit._text import fold
from citekit.languages import available_languages, language

__all__ = ["Block", "RawNote", "find_markers", "find_notes"]

_ENTRY = re.compile(r"[ \t\u00a0]*(?:\[(\d{1,6})\]|(\d{1,6})[.)](?=[ \t\u00a0])|\^(\d{1,6})\^)")
_BRACKET_MARKER = re.compile(r"\[(\d{1,6})\]")
_SUPERSCRIPT = re.compile(r"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,6}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_PAREN_MARKER = re.compile(r"(?<=\S)\s?\((\d{1,3})\)")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_HEADING_TRIM = " \t#*_:.=-\u00a0"
_MAX_GAP = 5


@frozen
class Block:
    """A line (text formats) or paragraph (HTML, DOCX) with where it sits and its links."""

    text: str
    line: int | None = None
    paragraph: int | None = None
    links: tuple[str, ...] = ()


@frozen
class RawNote:
    """A note as found: number, raw text, first block's position, link targets inside it."""

    number: int
    text: str
    line: int | None
    paragraph: int | None
    links: tuple[str, ...]


@functools.cache
def _headings() -> frozenset[str]:
    words: set[str] = set()
    for code in available_languages():
        words.update(fold(h) for h in language(code).words.notes_heading)
    return frozenset(words)


def is_notes_heading(text: str) -> bool:
    """Whether a block is a note-list heading in any language ("Dipnotlar", "Примечания")."""
    stripped = text.strip(_HEADING_TRIM)
    return 0 < len(stripped) < 60 and fold(stripped) in _headings()


def _entry(text: str) -> tuple[int, int] | None:
    match = _ENTRY.match(text)
    if match is None:
        return None
    number = match.group(1) or match.group(2) or match.group(3)
    return int(number), match.end()


def _run(blocks: Sequence[Block], start: int, continuation: bool) -> list[RawNote]:
    notes: list[RawNote] = []
    parts: list[str] = []
    links: list[str] = []
    first: Block | None = None
    number = 0
    ended = False

    def flush() -> None:
        if first is not None:
            text = "\n".join(parts).strip()
            notes.append(RawNote(number, text, first.line, first.paragraph, tuple(links)))

    for block in blocks[start:]:
        entry = _entry(block.text)
        if entry is not None and (first is None or number <= entry[0] <= number + _MAX_GAP):
            flush()
            number, first, ended = entry[0], block, False
            parts, links = [block.text[entry[1] :].strip()], list(block.links)
        elif not block.text.strip():
            ended = first is not None
        elif first is not None and continuation and not ended:
            parts.append(block.text.rstrip())
            links.extend(block.links)
        elif first is not None:
            break
    flush()
    return notes


def find_notes(blocks: Sequence[Block], *, continuation: bool = True) -> tuple[int, list[RawNote]]:
    """Return the index of the first block of the note list (or its heading) and its notes.

    With a notes heading the list starts after the last such heading; without one it is the
    last run of entries that starts at 1. `continuation` lets a note go on over following
    non-blank blocks (wrapped lines); paragraphs never continue.
    """
    heading = next(
        (i for i in range(len(blocks) - 1, -1, -1) if is_notes_heading(blocks[i].text)), None
    )
    if heading is not None:
        notes = _run(blocks, heading + 1, continuation)
        if notes:
            return heading, notes
    for i in range(len(blocks) - 1, -1, -1):
        entry = _entry(blocks[i].text)
        if entry is not None and entry[0] == 1:
            notes = _run(blocks, i, continuation)
            if notes:
                return i, notes
    return len(blocks), []


def find_markers(texts: Sequence[str], numbers: set[int]) -> list[int]:
    """Note markers in body text, in order: ``[12]``, superscript ``¹²``, else ``(12)``."""
    markers: list[int] = []
    for text in texts:
        for match in _BRACKET_MARKER.finditer(text):
            markers.append(int(match.group(1)))
        for match in _SUPERSCRIPT.finditer(text):
            markers.append(int(match.group().translate(_SUPER_DIGITS)))
    if markers:
        return markers
    for text in texts:
        for match in _PAREN_MARKER.finditer(text):
            if int(match.group(1)) in numbers:
                markers.append(int(match.group(1)))
    return markers
