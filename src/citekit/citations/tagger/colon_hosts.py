"""A book's title read as a host and its subtitle (`Әбжанов Х.М. Дала мен қала: XIX ғасырдағы
қазақ қоғамы. – Алматы: Қазақ университеті, 2018.`): the model read the words before the
title's colon as a host and the words after it as the title. No style writes a host before a
work's title with a colon between them, and a book's imprint follows, no periodical's
numbers: the two are one title, its head and subtitle. A host that a `//` or an "In" word
opens is one still. So is a subtitle read as a host after the title's colon (`Kazakhstan:
Unfulfilled Promise? Rev. ed. Washington, DC: …`), an edition's kind closing it (`Rev.`
before `ed.`) the edition."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["host_before_subtitle"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_SERIAL: Final = frozenset({"volume", "issue", "page", "URL", "DOI"})
_RUNS: Final = 3  # the host, the colon and the title


def host_before_subtitle(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host, its colon and the title after it read as one title (see the
    module's doc)."""
    for j in range(len(found) - _RUNS):
        if found[j][0] == "title" and found[j + 2][0] == "container-title":
            return _subtitle_as_host(tokens, marks, found, j)
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


def _subtitle_as_host(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run]:
    """`found` with a host right after the title's colon given to the title as its subtitle,
    a book's imprint after it and no periodical's numbers; its last word an edition's kind
    before an edition's word (`Rev` of `Rev. ed.`) the edition."""
    (_, a, b), (label, c, d), (_, e, end) = found[j : j + _RUNS]
    if label != OTHER or (c, d, e) != (b, b + 1, b + 1) or tokens[b].text != ":":
        return found
    if "in" in marks[e] or any(run[0] == "container-title" for run in found[j + _RUNS :]):
        return found
    later = {run[0] for run in found[j + _RUNS :]}
    if later.isdisjoint(_IMPRINT) or not later.isdisjoint(_SERIAL):
        return found
    if end - 1 > e and _edition_kind(tokens, end - 1):
        rest = found[j + _RUNS :]
        if rest and rest[0][0] == OTHER and rest[0][1] == end and rest[0][2] > end + 1:
            rest = [(OTHER, end + 1, rest[0][2]), *rest[1:]]
            return [*found[:j], ("title", a, end - 1), ("edition", end - 1, end + 1), *rest]
    return [*found[:j], ("title", a, end), *found[j + _RUNS :]]


def _edition_kind(tokens: list[Token], k: int) -> bool:
    """Whether token k is an edition's kind (`Rev`) closed by its period, an edition's word
    after it (`Rev. ed.`)."""
    if k + 2 >= len(tokens) or tokens[k + 1].text != ".":
        return False
    return f"{tokens[k].text}." in _kinds() and f"{tokens[k + 2].text}." in _editions()


@functools.cache
def _kinds() -> frozenset[str]:
    return frozenset(shipped_words("edition_kind"))


@functools.cache
def _editions() -> frozenset[str]:
    return frozenset(shipped_words("edition"))
