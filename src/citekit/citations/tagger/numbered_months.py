"""APA's date with the month written as a number, the parts apart by spaces, as Word's
Turkish APA writes it: `Yıldız, A. (2015, 10 4). Title.` is 4 October 2015 (year, month,
day), whatever the model called its numbers (a title, pages); the dates layer reads it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["numbered_month_dates"]

_KEEP: Final = frozenset({"URL", "DOI"})
_YEARS: Final = range(1500, 2100)
_MONTHS: Final = range(1, 13)
_DAYS: Final = range(1, 32)
_WIDTH: Final = 6  # `(` year `,` month day `)`


def _small(text: str, allowed: range) -> bool:
    return text.isdecimal() and len(text) <= 2 and int(text) in allowed


def _dated(tokens: list[Token], i: int) -> bool:
    """Whether tokens `i` to `i + 6` are `(` year `,` month day `)`."""
    if tokens[i].text != "(" or tokens[i + 5].text != ")" or tokens[i + 2].text != ",":
        return False
    year, month, day = tokens[i + 1].text, tokens[i + 3].text, tokens[i + 4].text
    if not (year.isdecimal() and len(year) == 4 and int(year) in _YEARS):
        return False
    return _small(month, _MONTHS) and _small(day, _DAYS)


def numbered_month_dates(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each bracketed `(2015, 10 4)` one date run (the year, the month's and the
    day's numbers), unless an address, a DOI or an access date that goes on past the brackets
    holds it (the model may read the two small numbers alone as an access date)."""
    out = list(found)
    texts = text_set(tokens)
    if len(tokens) < _WIDTH or "(" not in texts or ")" not in texts:
        return out  # too short, or no brackets: no bracketed date (most notes)
    opening = [i for i, t in enumerate(tokens[: len(tokens) - _WIDTH + 1]) if t.text == "("]
    for i in opening:
        if not _dated(tokens, i):
            continue
        covering = [run for run in out if run[1] < i + 5 and run[2] > i + 1]
        if any(
            run[0] in _KEEP or (run[0] == "accessed" and (run[1] <= i or run[2] >= i + _WIDTH))
            for run in covering
        ):
            continue
        out = painted(out, ("issued", i + 1, i + 5))
    return out
