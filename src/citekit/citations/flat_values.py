"""The values the structure layer found, as the note's own characters write them.

The structure layer reads a note's `unmixed` reading (Latin look-alikes in Cyrillic words made
Cyrillic, and the like); the values it keeps are given back as the note typed them.
"""

from __future__ import annotations

from attrs import evolve

from citekit.citations.legal import Legal
from citekit.citations.structure import Exact


def exact_as_written(exact: Exact, reading: str, flat: str) -> Exact:
    """`exact` found in `reading` (`unmixed(flat)`: the same offsets) with each value it took
    as `flat` writes it (`ЦГA РК` with its Latin A, an access date's raw `5 мaя 2024`)."""

    def typed(value: str | None, label: str) -> str | None:
        """`value` where a span of `label` holds it, else where the reading first has it."""
        if not value:
            return value
        held = (s for s, e, found in exact.spans if found == label and reading[s:e] == value)
        at = next(held, None)
        at = reading.find(value) if at is None else at
        return flat[at : at + len(value)] if at >= 0 else value

    legal = exact.legal
    legal = Legal(
        number=typed(legal.number, "number"),
        section=typed(legal.section, "section"),
        archive=typed(legal.archive, "archive"),
        archive_location=typed(legal.archive_location, "archive_location"),
        page=typed(legal.page, "locator"),
        issue=typed(legal.issue, "issue"),
        law=legal.law,
        spans=legal.spans,
    )
    accessed = exact.accessed
    if accessed is not None and accessed.raw:
        accessed = evolve(accessed, raw=typed(accessed.raw, "accessed"))
    return Exact(
        url=exact.url,
        doi=exact.doi,
        isbn=exact.isbn,
        accessed=accessed,
        legal=legal,
        spans=exact.spans,
    )
