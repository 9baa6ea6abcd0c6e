"""A bracketed imprint the title's run took in: Chicago's and İSNAD's `(Place: Publisher,
Year)` after a title whose last word is a number (`Orta Asya 1600 (Ankara: Nobel, 2019)`,
`İstanbul 1453 (İstanbul: Kapı, 2012)`). A bracket opened inside the title and closed right
after the year, holding a few capitalised words, a colon and a name before the year's comma,
is the imprint: the place before the colon, the publisher after it; the title ends before the
bracket."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["imprint_in_title"]

_NAMES: Final = frozenset({"title", "container-title"})
_PLACE_WORDS: Final = 3  # words of a place at most (`Cambridge , MA`, `New York`)


def _imprint(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The bracket and the colon of an imprint opening inside tokens a..b, or None."""
    opened = next((k for k in range(a + 1, b) if tokens[k].text == "("), None)
    if opened is None:
        return None
    colon = next((k for k in range(opened + 1, b) if tokens[k].text == ":"), None)
    if colon is None or not opened + 1 < colon <= opened + 1 + _PLACE_WORDS or colon + 1 >= b:
        return None
    place = tokens[opened + 1 : colon]
    if not all(t.text[:1].isupper() or t.text == "," for t in place):
        return None
    if any(t.text in "()" for t in tokens[colon + 1 : b]):
        return None
    return opened, colon


def imprint_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed imprint inside a title's run split out of it (module doc)."""
    if "(" not in text_set(tokens):
        return found  # no bracket (most notes)
    for j in range(len(found) - 3):
        label, a, b = found[j]
        if label not in _NAMES or "(" not in {t.text for t in tokens[a:b]}:
            continue
        comma, year, close = found[j + 1], found[j + 2], found[j + 3]
        if tokens[comma[1]].text != "," or comma[2] - comma[1] != 1 or year[0] != "issued":
            continue
        if close[0] != OTHER or tokens[close[1]].text != ")":
            continue
        split = _imprint(tokens, a, b)
        if split is None:
            continue
        opened, colon = split
        runs: list[Run] = [
            (label, a, opened),
            (OTHER, opened, opened + 1),
            ("publisher-place", opened + 1, colon),
            (OTHER, colon, colon + 1),
            ("publisher", colon + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
