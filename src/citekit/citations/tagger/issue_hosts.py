"""A journal's name the model read as a place: after the quoted title's comma, a capitalised
name alone before the issue's or volume's label (`« Title », Anatoli, no 7, 2016, p. 201-219`,
`“Title”, Bilig, S. 45`) is the periodical, not the place of publication: a place stands
before its house or its year, never between a quoted title and the issue."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["place_before_issue"]

_NUMBERS: Final = frozenset({"issue", "volume"})


def place_before_issue(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place run between a quoted title and the issue read as the host (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "publisher" in labels or "publisher-place" not in labels:
        return found
    j = labels.index("publisher-place")
    _, a, b = found[j]
    after = next((label for label in labels[j + 1 :] if label != OTHER), None)
    if a < 3 or b >= len(tokens) or tokens[a - 1].text != ",":
        return found
    if tokens[a - 2].text not in CLOSING_MARKS or after not in _NUMBERS:
        return found
    if tokens[b].text != "," or labels.count("publisher-place") > 1 or one_place(marks, a, b):
        return found  # `« Title », Moscou, t. 3`: a city of the lexicon is the place
    return painted(found, ("container-title", a, b))
