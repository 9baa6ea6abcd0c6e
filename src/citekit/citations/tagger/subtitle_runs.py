"""A subtitle the model broke up: `Uzbekistan's Reform Agenda: Opening Up, Holding Back.` read
as a title, a house and a second title. A run of another field between the title's colon and a
comma, with the rest of the title after the comma, is the subtitle's first part: the three
runs are one title. A second title run opening on the colon after the host's name is the
host's subtitle."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_subtitle_run", "subtitle_over_runs"]

# the misread run: a house, a place or a host, no name (`…: A. I. Levshin, Title`)
_INSIDE: Final = frozenset({"publisher", "publisher-place", "container-title"})
_RUNS: Final = 5  # title, colon, the misread run, comma, title


def subtitle_over_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title, its colon, a run of another field, a comma and a title read as one
    title (see the module's doc)."""
    for j in range(len(found) - _RUNS + 1):
        first, colon, inside, comma, last = found[j : j + _RUNS]
        if first[0] != "title" or last[0] != "title" or inside[0] not in _INSIDE:
            continue
        if colon[0] != OTHER or colon[2] - colon[1] != 1 or tokens[colon[1]].text != ":":
            continue
        if comma[0] != OTHER or comma[2] - comma[1] != 1 or tokens[comma[1]].text != ",":
            continue
        words = tokens[inside[1] : inside[2]]
        if any(any(c.isdigit() for c in t.text) for t in words):
            continue
        return [*found[:j], ("title", first[1], last[2]), *found[j + _RUNS :]]
    return found


def host_subtitle_run(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run that opens on the colon right after the host's name read
    as the host's subtitle, when the work's title came before (`“Chapter,” in Natural Gas and
    Geopolitics: From 1970 to 2040, ed. …`)."""
    for j in range(1, len(found) - 1):
        (host, a, b), (label, c, d) = found[j], found[j + 1]
        if host != "container-title" or label != "title" or b != c or tokens[c].text != ":":
            continue
        if d - c < 2 or not any(run[0] == "title" for run in found[:j]):
            continue
        return [*found[:j], (host, a, d), *found[j + 2 :]]
    return found
