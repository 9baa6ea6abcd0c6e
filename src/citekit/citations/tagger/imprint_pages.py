"""Chicago's note gives a book's or a report's imprint in brackets, then the cited page after
a comma (`UNDP, Human Development Report 2019: Turkmenistan (New York: UNDP, 2019), 33,
https://…`, `Central Asia Barometer, Public Opinion Survey: Wave 12 (Bishkek: CAB, 2023), 7`):
a work's volume stands before its imprint, never after it, so the lone number or range right
after the imprint's bracket that closes its part is the page, whatever the model called it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, label_at, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = ["page_after_imprint"]

_BRACKET: Final = 16  # tokens of a bracketed imprint at most
_PAGE_DIGITS: Final = 5
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def _imprint_bracket(tokens: list[Token], found: list[Run], k: int) -> bool:
    """Whether the bracket closing at `k` holds an imprint: a place or a publisher, its year
    last."""
    for j in range(k - 1, max(-1, k - 1 - _BRACKET), -1):
        if tokens[j].text == ")":
            return False
        if tokens[j].text == "(":
            inside = {label_at(found, i) for i in range(j + 1, k)}
            return bool(inside & _IMPRINT) and label_at(found, k - 1) == "issued"
    return False


def _number(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a page's number (decimal digits, at most `_PAGE_DIGITS`)."""
    text = tokens[i].text
    return text.isdecimal() and len(text) <= _PAGE_DIGITS


def page_after_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a bracketed imprint read as the cited page (see the
    module's doc), in a note with no page read."""
    if any(label == "page" for label, _, _ in found):
        return found
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != ")" or tokens[k + 1].text != "," or not _number(tokens, k + 2):
            continue
        if not _imprint_bracket(tokens, found, k):
            continue
        end = k + 3
        if end + 1 < len(tokens) and tokens[end].text in SHORT_DASHES and _number(tokens, end + 1):
            end += 2
        if end < len(tokens) and tokens[end].text not in ".,;":
            return found
        if {label_at(found, i) for i in range(k + 2, end)} - {OTHER, "volume", "page"}:
            return found
        return painted(found, ("page", k + 2, end))
    return found
