"""A bracketed imprint the title's run took in: Chicago's and İSNAD's `(Place: Publisher,
Year)` after a title whose last word is a number (`Orta Asya 1600 (Ankara: Nobel, 2019)`,
`İstanbul 1453 (İstanbul: Kapı, 2012)`). A bracket opened inside the title and closed right
after the year, holding a few capitalised words, a colon and a name before the year's comma,
is the imprint: the place before the colon, the publisher after it; the title ends before the
bracket. The bracket opens the imprint, so the place runs from it: when the model ends the title
on the bracket and the place's first word and reads only the words after its comma as the place
(`Regional Economic Outlook (Washington, DC: IMF, 2024), box 1.2`: `DC`), the place is the whole
(`Washington, DC`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["imprint_in_title", "place_from_bracket"]

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


def place_from_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the place's first words the title took after the imprint's bracket given
    back to the place (see the module's doc)."""
    for j in range(len(found) - 2):
        (label, a, b), comma, place = found[j : j + 3]
        if label != "title" or place[0] != "publisher-place":
            continue
        if comma[0] != OTHER or comma[2] - comma[1] != 1 or tokens[comma[1]].text != ",":
            continue
        opens = next(
            (k for k in range(b - 1, max(a, b - _PLACE_WORDS - 1), -1) if tokens[k].text == "("),
            None,
        )
        if opens is None or opens <= a or opens + 1 == b:
            continue
        if not all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[opens + 1 : b]):
            continue
        run: list[Run] = [
            ("title", a, opens),
            (OTHER, opens, opens + 1),
            (place[0], opens + 1, place[2]),
        ]
        return [*found[:j], *run, *found[j + 3 :]]
    return found
