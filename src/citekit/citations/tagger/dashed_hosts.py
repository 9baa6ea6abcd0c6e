"""Two ways a note names the site that printed a piece after its headline:

- a spaced dash and the site's name in quotes closing the headline's run (`Что изменится в
  России с 1 января 2024 года — «Медуза», 28.12.2023. URL: …`): the quoted name is the host;
- a name that no language file knows as a place, between the area's dash and a day's date, in
  a note with an address (`… сөйлесті. – Ақорда, 2023 ж. 7 ақпан. – URL: …`): a site dates
  its pieces by the day, a place of publication goes with a publisher and a year.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import LONG_DASHES, Token

__all__ = ["quoted_site_after_dash", "site_before_day"]

_CLOSING: Final = frozenset(QUOTES.values())
_PLACES: Final = frozenset({"cities", "places"})


def quoted_site_after_dash(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the quoted site's name closing the headline's run after a spaced dash read
    as the host."""
    if any(label == "container-title" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b - a < 5 or tokens[b - 1].text not in _CLOSING:
            continue
        dated = j + 2 < len(found) and found[j + 2][0] == "issued"
        if b >= len(tokens) or tokens[b].text != "," or not dated:
            return found  # the site's name, its comma, then the piece's date
        opening = next((k for k in range(b - 2, a, -1) if tokens[k].text in QUOTES), None)
        if opening is None or opening - 1 <= a or tokens[opening - 1].text not in LONG_DASHES:
            return found
        dash = opening - 1
        if tokens[dash - 1].end == tokens[dash].start or opening + 1 >= b - 1:
            return found  # a spaced dash, and a name inside the quotes
        runs: list[Run] = [
            ("title", a, dash),
            (OTHER, dash, opening + 1),
            ("container-title", opening + 1, b - 1),
            (OTHER, b - 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found


def site_before_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unknown place between the area's dash and a day's date read as the
    site that printed the piece, in a note with an address and no host or publisher."""
    labels = [label for label, _, _ in found]
    if "URL" not in labels or "container-title" in labels or "publisher" in labels:
        return found
    if labels.count("publisher-place") != 1:
        return found
    j = labels.index("publisher-place")
    _, a, b = found[j]
    if (
        a < 1
        or tokens[a - 1].text not in LONG_DASHES
        or any(marks[k] & _PLACES for k in range(a, b))
    ):
        return found
    dated = [run for run in found[j + 1 :] if run[0] == "issued"]
    if not dated or tokens[b].text != "," or not _day_dated(tokens, dated):
        return found
    return [*found[:j], ("container-title", a, b), *found[j + 1 :]]


def _day_dated(tokens: list[Token], dated: list[Run]) -> bool:
    """Whether the date runs after the name give a day (a number of one or two digits)."""
    return any(t.text.isdigit() and len(t.text) <= 2 for _, a, b in dated for t in tokens[a:b])
