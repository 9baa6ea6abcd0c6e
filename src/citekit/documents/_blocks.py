"""Blocks (lines or paragraphs) of any format, the notes found among them, and body markers.

Plain text, Markdown without footnote syntax, HTML paragraphs and DOCX/ODT bodies all hold their
notes the same way: entries ``[1] …``, ``1. …``, ``1`` alone on a line, or unnumbered lines
under a heading. `citekit.documents._sections` finds them, whatever format they came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

__all__ = ["Block", "RawNote", "entry", "find_markers", "is_note_number"]

_ENTRY = re.compile(
    r"[ \t\u00a0]*(?:\[(\d{1,6})\]|(\d{1,6})[.)](?=[ \t\u00a0]|$)|\^(\d{1,6})\^|(\d{1,4})[ \t]*$"
    r"|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?=[ \t\u00a0]*\S))"
)
# "1 Smith, …": a number and a space, as a PDF's superscripts come out when copied; only trusted
# under a notes heading, where a line starting with a year is not body text.
_LOOSE_ENTRY = re.compile(
    r"[ \t\u00a0]*(?:\((\d{1,3})\)|(\d{1,3}))(?:[ \t\u00a0]*[-–—])?[ \t\u00a0]+(?=\S)"
)
# "**1.** Text", "<sup>1</sup> Text", "__[1]__ Text": a number set in bold or superscript
_WRAPPED_ENTRY = re.compile(
    r"[ \t\u00a0]*(?:\*\*|__|<sup>)[ \t]*\[?(\d{1,4})[.)\]]?[ \t]*"
    r"(?:\*\*|__|</sup>)[.)]?[ \t\u00a0]*"
)
_HTML_SUP = re.compile(r"<sup>\s*\[?(\d{1,6})\]?\s*</sup>|\^(\d{1,6})\^")
_BRACKET_MARKER = re.compile(r"\[(\d{1,6})\]")
# "[1, с. 45]", "[2; 5]", "[3–5]", "[1, 4]": GOST and Vancouver in-text references
_REFERENCE = re.compile(r"\[(\d{1,6}(?:\s*[,;–—-]\s*[^\[\]\n]{1,30})?)\]")
_RANGE = re.compile(r"^(\d{1,6})\s*[–—-]\s*(\d{1,6})$")
_LOCATOR = re.compile(r"^(\d{1,6})\s*,\s*(?=[^\d\s])")
_SUPERSCRIPT = re.compile(r"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,6}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_PAREN_MARKER = re.compile(r"(?<=\S)\s?\((\d{1,3})\)")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@frozen
class Block:
    """A line (text formats) or paragraph (HTML, DOCX, ODT) with where it sits and its links.

    `heading` marks a block the format itself calls a heading (``<h3>``, ``## …``);
    `number` is the number an ordered list gives an item (``<ol><li>``); `group` tells the
    items of one list from another's; `level` is a heading's level when the format says it
    (``<h4>``: 4), else 0.
    """

    text: str
    line: int | None = None
    paragraph: int | None = None
    links: tuple[str, ...] = ()
    heading: bool = False
    number: int | None = None
    group: int | None = None
    level: int = 0


@frozen
class RawNote:
    """A note as found: number, raw text, first block's position, link targets inside it.

    `numbered` is false when the list gave no number and the note is numbered by its place;
    `section` counts note lists that restart their numbering (per chapter), from 0; `page` is
    the page a note numbered again on each page sits on, as the word processor laid it out;
    `mark` is the custom mark a note is shown by instead of a number (``*``, ``†``).
    """

    number: int
    text: str
    line: int | None
    paragraph: int | None
    links: tuple[str, ...]
    numbered: bool = True
    section: int = 0
    page: int | None = None
    mark: str | None = None


def is_note_number(text: str) -> bool:
    """Whether a label is a note number as the text patterns read them: one to six ASCII
    digits. ``str.isdigit`` also takes "²", which ``int`` refuses (an internal error), and a
    number of twenty digits made `Document.missing_numbers` count without end."""
    return 0 < len(text) <= 6 and text.isascii() and text.isdigit()


def entry(block: Block, *, listed: bool = True, loose: bool = False) -> tuple[int, int] | None:
    """A numbered entry's (number, where its text starts), or None.

    ``1`` alone on a line is an entry whose text follows in the next block; with `listed`, an
    ordered list's item is an entry numbered by the list; with `loose`, ``1 Text`` is one too.
    """
    match = _ENTRY.match(block.text)
    if match is None:
        if (wrapped := _WRAPPED_ENTRY.match(block.text)) is not None:
            return int(wrapped.group(1)), wrapped.end()
        if listed and block.number is not None and block.text.strip():
            return block.number, 0
        if loose and (bare := _LOOSE_ENTRY.match(block.text)) is not None:
            return int(bare.group(1) or bare.group(2)), bare.end()
        return None
    if match.group(5):
        return int(match.group(5).translate(_SUPER_DIGITS)), match.end()
    number = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    return int(number), match.end()


def _reference_numbers(inside: str) -> list[int]:
    """The note numbers inside one pair of brackets: ``1``, ``1, с. 45``, ``2; 5``, ``3–5``."""
    numbers: list[int] = []
    for part in inside.split(";"):
        part = part.strip()
        if part.isdigit():
            numbers.append(int(part))
        elif (span := _RANGE.match(part)) is not None:
            first, last = int(span.group(1)), int(span.group(2))
            numbers.extend(range(first, last + 1) if 0 < last - first <= 20 else [first])
        elif (located := _LOCATOR.match(part)) is not None:
            numbers.append(int(located.group(1)))
        elif all(p.strip().isdigit() for p in part.split(",")):
            numbers.extend(int(p) for p in part.split(","))
        else:
            return numbers if numbers else []
    return numbers


def find_markers(texts: Sequence[str], numbers: set[int]) -> list[int]:
    """Note markers in body text, in order: ``[12]``, superscript ``¹²``, else ``(12)``."""
    markers: list[int] = []
    for text in texts:
        if "<sup>" in text or "^" in text:  # Markdown's raw HTML or pandoc superscript
            for match in _HTML_SUP.finditer(text):
                markers.append(int(match.group(1) or match.group(2)))
            text = _HTML_SUP.sub(" ", text)
        for match in _REFERENCE.finditer(text):
            markers.extend(_reference_numbers(match.group(1)))
        for match in _SUPERSCRIPT.finditer(text):
            markers.append(int(match.group().translate(_SUPER_DIGITS)))
    if markers:
        return markers
    for text in texts:
        for match in _PAREN_MARKER.finditer(text):
            if int(match.group(1)) in numbers:
                markers.append(int(match.group(1)))
    return markers
