"""A page written without its label. Chicago cites a paper's or a short form's page by its
number alone: `Duranty, “Russians Hungry,” 13.`, `The Times, 12 March 1920, 13, https://…`.
The model may read such a number as a date (a year it cannot be) or leave it out. In a note
with no page, a number of one to three digits (or a range of them) that stands alone between
commas after a quoted title's close or after a date with its day, closing the note or before
its address, is the page."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["bare_page"]

_DIGITS: Final = 3  # a page's digits at most here (a year has four)
_AFTER: Final = frozenset({"URL", "accessed", "DOI"})


def _number(tokens: list[Token], k: int) -> int | None:
    """Where a short number or a range of them that opens at `k` ends."""

    def short(i: int) -> bool:
        return i < len(tokens) and tokens[i].text.isdecimal() and len(tokens[i].text) <= _DIGITS

    if not short(k):
        return None
    if k + 2 < len(tokens) and tokens[k + 1].text in DASHES and short(k + 2):
        return k + 3
    return k + 1


def _closes(tokens: list[Token], found: list[Run], j: int, end: int) -> bool:
    """Whether the number ending at `end` (in run `j`) closes the note or stands before its
    address."""
    if end >= len(tokens) or (tokens[end].text == "." and end + 1 == len(tokens)):
        return True
    nxt = next((r for r in found[j + 1 :] if r[0] != OTHER), None)
    return tokens[end].text == "," and nxt is not None and nxt[0] in _AFTER


def _quote_closed(tokens: list[Token], run: Run) -> bool:
    """Whether `run` is a quoted title's close and its comma (`,”`, `”,`)."""
    label, a, b = run
    texts = {t.text for t in tokens[a:b]}
    return label == OTHER and b - a <= 2 and "," in texts and bool(texts & set('”"»'))


def _day(tokens: list[Token], run: Run) -> bool:
    """Whether `run` is a date with its day (two numbers: `12 March 1920`)."""
    label, a, b = run
    return label == "issued" and sum(1 for t in tokens[a:b] if t.text.isdecimal()) >= 2


def bare_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a number read as the page (see the module's doc)."""
    if any(run[0] == "page" for run in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        quoted = label == "issued" and _quote_closed(tokens, found[j - 1])
        if quoted and _number(tokens, a) == b and _closes(tokens, found, j, b):
            return [*found[:j], ("page", a, b), *found[j + 1 :]]  # `“Russians Hungry,” 13.`
        if label != OTHER or not _day(tokens, found[j - 1]) or tokens[a].text != ",":
            continue
        end = _number(tokens, a + 1)
        if end is not None and end < b and _closes(tokens, found, j, end):
            rest = [(OTHER, end, b)]  # `, 12 March 1920, 13, https://…`
            return [*found[:j], (OTHER, a, a + 1), ("page", a + 1, end), *rest, *found[j + 1 :]]
        if end is not None and end == b == len(tokens):
            return [*found[:j], (OTHER, a, a + 1), ("page", a + 1, end), *found[j + 1 :]]
    return found
