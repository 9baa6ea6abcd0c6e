"""A publishing house named for a person, written with its founder's initials (`New York: W. W.
Norton, 1967`, `Armonk: M. E. Sharpe`, `Leiden: E. J. Brill`): the name after a known place and
its colon, before the year, is the publisher, never a second author, whatever the model read it
as; a place the title's run took in before that colon is the place. So is such a name after the
title (and its edition) of a work whose author the note named first, before its place and year
(`Klaus Hartmann, Strafrechtlicher Datenschutz, 3. Aufl., C.H. Beck, München 2016`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["person_publisher", "publisher_after_title"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_PLACE: Final = frozenset({"cities", "places"})
_PLACE_WORDS: Final = 3  # words of a place name at most (`New York`, `Rio de Janeiro`)


def _place_start(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where the known place closing run a..b starts (after a sentence's period), or None."""
    k = b
    while k > a and b - k < _PLACE_WORDS and _PLACE & marks[k - 1]:
        k -= 1
    if k == b or not any(f"B{m}" in marks[k] for m in _PLACE):
        return None
    return k if k - 1 > a and tokens[k - 1].text == "." else None


def person_publisher(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a person's run after `Place:` and before the year read as the publisher
    (see the module)."""
    if ":" not in text_set(tokens):
        return found  # no colon (most notes)
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label not in _PERSONS or found[j - 1][0] != OTHER or tokens[a - 1].text != ":":
            continue
        if found[j - 1][2] - found[j - 1][1] != 1 or b + 1 >= len(tokens):
            continue
        if tokens[b].text != "," or not tokens[b + 1].text.isdecimal():
            continue
        before, c, d = found[j - 2]
        if before == "publisher-place":
            return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
        if before != "title" or (start := _place_start(tokens, marks, c, d)) is None:
            continue
        imprint: list[Run] = [
            ("title", c, start - 1),
            (OTHER, start - 1, start),
            ("publisher-place", start, d),
            found[j - 1],
            ("publisher", a, b),
        ]
        return [*found[: j - 2], *imprint, *found[j + 1 :]]
    return found


_WORKS: Final = frozenset({"title", "edition"})  # what a publisher's name may follow
_GAP_RUNS: Final = 2  # runs of no field between (`. Aufl`, `. ,`)


def publisher_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run after the work's title or edition and a comma, right before
    `, Place Year` (a place, then its year), read as the publisher when an author's run opens
    the note: the work's author is named once, before its title."""
    if not found or found[0][0] != "author":
        return found
    for j in range(3, len(found) - 3):
        label, a, b = found[j]
        if label != "author" or tokens[a - 1].text != ",":
            continue
        i = j - 1
        while i > 0 and found[i][0] == OTHER and j - i <= _GAP_RUNS:
            i -= 1
        work, _, end = found[i]
        if work not in _WORKS or i == j - 1:
            continue
        # after a title only its punctuation; after an edition its word too (`3. Aufl.,`)
        if work == "title" and any(t.text not in ".," for t in tokens[end:a]):
            continue
        comma, place = found[j + 1], found[j + 2][0]
        year = found[j + 3][0] if j + 3 < len(found) else None
        if comma[0] != OTHER or tokens[comma[1]].text != "," or comma[2] - comma[1] != 1:
            continue
        if place == "publisher-place" and year == "issued":
            return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
    return found
