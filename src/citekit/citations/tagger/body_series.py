"""A body's series between a report's title and its publisher. Bodies that publish reports
(the OECD, the World Bank, UN agencies) cite them `Body (Year), Title, Series, Publisher,
Place, URL` (`…, OECD Economic Policy Reviews, OECD Publishing, Paris`), or with the title's
period (`Title. PISA, OECD Publishing, Paris`): the piece right before the publisher's comma
is the series, not the title's last words, when it opens with the name of the body that
publishes the report, or is a few capitalised words after the title's period that an
acronym opens (`PISA`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["series_before_publisher"]

_SHORT_SERIES: Final = 3  # words of a series after the title's period at most (`PISA`)


def series_before_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run's last piece read as the series (see the module's doc)."""
    labels = [run[0] for run in found]
    if "publisher" not in labels or labels.count("title") != 1 or "collection-title" in labels:
        return found  # most notes
    j, p = labels.index("title"), labels.index("publisher")
    if p != j + 2 or [t.text for t in tokens[found[j][2] : found[p][1]]] != [","]:
        return found
    _, a, b = found[j]
    cut = next((k for k in range(b - 2, a + 1, -1) if tokens[k].text in ",."), None)
    if cut is None or not _series(tokens, cut, b, found[p]):
        return found
    runs: list[Run] = [("title", a, cut), (OTHER, cut, cut + 1), ("collection-title", cut + 1, b)]
    return [*found[:j], *runs, *found[j + 1 :]]


def _series(tokens: list[Token], cut: int, b: int, publisher: Run) -> bool:
    """Whether tokens after `cut` up to `b` name a series: the publisher's first word opens
    them, or, after a period, a few capitalised words that an acronym opens."""
    words = [t.text for t in tokens[cut + 1 : b]]
    if not words or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    if words[0] == tokens[publisher[1]].text and len(words) > 1:
        return True  # `…, OECD Economic Policy Reviews, OECD Publishing`
    return tokens[cut].text == "." and len(words) <= _SHORT_SERIES and words[0].isupper()
