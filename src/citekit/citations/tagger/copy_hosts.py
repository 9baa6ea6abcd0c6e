"""Where an electronic copy of a whole book is read: GOST 7.0.100's `… – Москва : Юрайт, 2020. –
312 с. – ISBN …. – Текст : электронный // Образовательная платформа Юрайт [сайт]. – URL: …`
and `… // Лань : электронно-библиотечная система. – URL: …`. A `//` joins a part to its host
before the host's imprint; after the work's own imprint (its place or publisher, and its extent
or ISBN) it names the platform that holds the copy: no host of the work."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["copy_host"]

_IMPRINT: Final = frozenset({"publisher-place", "publisher"})
_WHOLE: Final = frozenset({"number-of-pages", "ISBN"})


def _slashes(tokens: list[Token]) -> int | None:
    """The index of the first `//` (two slashes written together), else None."""
    for k in range(1, len(tokens) - 1):
        slashes = tokens[k].text == "/" and tokens[k + 1].text == "/"
        if slashes and tokens[k].end == tokens[k + 1].start:
            return k
    return None


def copy_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the platform named after a book's own imprint and `//` no host's run."""
    labels = {run[0] for run in found}
    if "container-title" not in labels or labels.isdisjoint(_WHOLE) or labels.isdisjoint(_IMPRINT):
        return found  # most notes (at C speed)
    k = _slashes(tokens)
    if k is None:
        return found
    before = {label for label, _, b in found if b <= k}
    if before.isdisjoint(_IMPRINT) or before.isdisjoint(_WHOLE) or "container-title" in before:
        return found
    return [
        (OTHER, a, b) if label == "container-title" and a > k else (label, a, b)
        for label, a, b in found
    ]
