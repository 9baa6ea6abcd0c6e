"""A book's title read as a host and its subtitle (`Әбжанов Х.М. Дала мен қала: XIX ғасырдағы
қазақ қоғамы. – Алматы: Қазақ университеті, 2018.`): the model read the words before the
title's colon as a host and the words after it as the title. No style writes a host before a
work's title with a colon between them, and a book's imprint follows, no periodical's
numbers: the two are one title, its head and subtitle. A host that a `//` or an "In" word
opens is one still."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_before_subtitle"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_SERIAL: Final = frozenset({"volume", "issue", "page", "URL", "DOI"})
_RUNS: Final = 3  # the host, the colon and the title


def host_before_subtitle(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host, its colon and the title after it read as one title (see the
    module's doc)."""
    for j in range(len(found) - _RUNS):
        if found[j][0] != "container-title" or found[j + 2][0] != "title":
            continue
        (_, a, b), (label, c, d), (_, e, end) = found[j : j + _RUNS]
        if label != OTHER or (c, d, e) != (b, b + 1, b + 1) or tokens[b].text != ":":
            return found
        if any(run[0] == "title" for run in found[:j]) or _opened(tokens, marks, a):
            return found
        later = {run[0] for run in found[j + _RUNS :]}
        if later.isdisjoint(_IMPRINT) or not later.isdisjoint(_SERIAL):
            return found
        return [*found[:j], ("title", a, end), *found[j + _RUNS :]]
    return found


def _opened(tokens: list[Token], marks: list[set[str]], a: int) -> bool:
    """Whether a `//` or an "In" word opens the host at token `a` (marks between)."""
    k = a - 1
    while k >= 0 and not tokens[k].text.isalnum():
        if tokens[k].text in ("//", "/"):
            return True
        k -= 1
    return k >= 0 and "in" in marks[k]
