"""How a word processor shows a note's number when not in digits: Word's ``w:numFmt``
(``lowerRoman``, ``upperLetter``, ``chicago``) and Writer's ``style:num-format`` (``i``, ``A``).

A finding names the note as the reader sees it (`note iii`, `note †`), not by a number the page
does not show.
"""

from __future__ import annotations

from citekit._text import roman_numeral

__all__ = ["shown_number"]

_CHICAGO = "*†‡§"  # then doubled, tripled: **, ††, …
_MAX = 3999  # the largest Roman number; a letter or symbol repeated past this says nothing


def _letters(number: int) -> str:
    """Word's and Writer's letters: a … z, then aa … zz, aaa …"""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def shown_number(number: int, format: str | None) -> str | None:
    """`number` as the format shows it, or None for digits (or a format not known here)."""
    if format is None or not 0 < number <= _MAX:
        return None
    if format in ("lowerRoman", "i"):
        return roman_numeral(number)
    if format in ("upperRoman", "I"):
        return roman_numeral(number).upper()
    if format in ("lowerLetter", "a"):
        return _letters(number)
    if format in ("upperLetter", "A"):
        return _letters(number).upper()
    if format == "chicago":
        return _CHICAGO[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return None
