"""A date run the record's dates do not hold: the decoder reads every run the tagger labels a
date together and keeps one date, so a second run of other years (`Journal, 5, 1990-2001
(2019)`: the volume and pages read as a date) would vanish unread. A run holding a year that
none of the record's dates (issued, original, accessed, event) has is reported as unparsed,
never dropped silently; a run with no year of its own (`12 мая` after `1937`) is the date's.
So is an access date's run when the record has no access date: it held no date
(`дата обращения: 99.99.2020`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["stray_dates", "unread_access"]

_YEAR: Final = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")
_EDGES: Final = ' .,;:()[]–—-‘’“”«»"'  # a quoted title's year (`…, 2022’`): its quote too


def stray_dates(
    text: str,
    tokens: Sequence[Token],
    labels: Sequence[str],
    years: Iterable[int],
    values: Sequence[str] = (),
) -> tuple[str, ...]:
    """The text of each `issued` run whose years are none of the record's `years` and that no
    other field's value holds (`s. 1987`, a page a later rule read)."""
    known = set(years)
    if "issued" not in labels:
        return ()
    out: list[str] = []
    n = len(labels)
    i = 0
    while i < n:
        if labels[i] != "issued":
            i += 1
            continue
        j = i
        while j < n and labels[j] == "issued":
            j += 1
        piece = text[tokens[i].start : tokens[j - 1].end].strip(_EDGES)
        found = {int(y) for y in _YEAR.findall(piece)}
        if found and found.isdisjoint(known) and not any(piece in v for v in values):
            out.append(piece)
        i = j
    return tuple(out)


def unread_access(
    text: str, tokens: Sequence[Token], labels: Sequence[str], read: bool
) -> tuple[str, ...]:
    """The text of each `accessed` run when no access date was `read` from them (see the
    module's doc)."""
    if read or "accessed" not in labels:
        return ()
    out: list[str] = []
    i, n = 0, len(labels)
    while i < n:
        j = i
        while j < n and labels[j] == "accessed":
            j += 1
        if j > i:
            piece = text[tokens[i].start : tokens[j - 1].end].strip(_EDGES)
            if any(c.isalnum() for c in piece):
                out.append(piece)
        i = max(j, i + 1)
    return tuple(out)
