"""A volume's years in brackets: a journal whose volume spans two years prints both, the second
shortened or whole (`Archivum Eurasiae Medii Aevi 9 (1995–97): 99–122`, `Der Islam 31
(1953–54)`, `Записки Восточного отделения 15 (1902–1903)`). The bracket after a volume's
number holds its date, never its issue (an issue's range runs a few numbers, `2-3`, no two
years); the date is the first year."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_year
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = ["later_year", "volume_year_span"]

_SPAN: Final = 3  # tokens of `1995–97`
_LONGEST: Final = 10  # years a volume spans at most


def later_year(first: str, last: str, longest: int = _LONGEST) -> bool:
    """Whether `last`, whole or its last two digits (`97`, `1903`), is a year at most
    `longest` years after the year `first` (`1999–00` crosses a century)."""
    if len(last) == len(first):
        return 0 < int(last) - int(first) <= longest
    if len(last) != len(first) - 2:
        return False
    whole = int(first[:2] + last)
    whole += 100 if whole <= int(first) else 0  # `1999–00`
    return 0 < whole - int(first) <= longest


def _year_span(tokens: list[Token], a: int) -> bool:
    """Whether tokens `a`… are a bracketed span of two years (`(1995–97)`, `(1902–1903)`)."""
    if a < 1 or a + _SPAN >= len(tokens) or tokens[a - 1].text != "(":
        return False
    first, dash, last = tokens[a : a + _SPAN]
    if tokens[a + _SPAN].text != ")" or dash.text not in SHORT_DASHES:
        return False
    if not (is_year(first.text) and last.text.isdecimal()):
        return False
    return later_year(first.text, last.text)


def volume_year_span(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed span of two years right after a volume's number, read as an
    issue, read as the date instead."""
    labels = [label for label, _, _ in found]
    if "issue" not in labels or "volume" not in labels or "issued" in labels:
        return found  # most notes
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "issue" or b - a != _SPAN or not _year_span(tokens, a):
            continue
        before = next((r for r in found if r[2] == a - 1), None)
        if before is not None and before[0] == "volume":
            out[j] = ("issued", a, b)
    return out
