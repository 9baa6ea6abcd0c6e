"""A place read into the publisher's run before the year (`Oxford University Press, New York
2005`, `Routledge, London, 2010`) or at the note's end (`(2012), Why Nations Fail, Crown
Publishers, New York.`): a part after the publisher's comma that is a city's name alone
(`[words] cities`), right before the year or closing the note, is the place of publication,
never the house's name (a house named after its city opens with it: `Oxford University
Press`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["city_after_publisher"]

_YEAR: Final = 4  # digits of a year
_CLOSING: Final = frozenset({".", ";"})  # what may close the note after its place


def _year_at(tokens: list[Token], k: int) -> bool:
    """Whether a year stands at `k`, or after a comma there; or the note ends there (the
    author-date note's `…, Crown Publishers, New York.`, its year after the author)."""
    if all(t.text in _CLOSING for t in tokens[k:]):
        return True
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    return k < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) == _YEAR


def city_after_publisher(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the city closing a publisher's run before the year read as the place."""
    if not any(run[0] == "publisher" for run in found) or any(
        run[0] == "publisher-place" for run in found
    ):
        return found  # most notes: no publisher, or the place read already
    for label, a, b in found:
        if label != "publisher":
            continue
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= b or not _year_at(tokens, b):
            continue
        if all("cities" in marks[k] for k in range(comma + 1, b)):
            return painted(found, ("publisher-place", comma + 1, b))
    return found
