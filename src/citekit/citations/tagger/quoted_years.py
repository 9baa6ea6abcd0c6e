"""A year that closes a quoted title. A title may end on the year it names, inside its quotes
(`‘Trends in world military expenditure, 2022’, SIPRI Fact Sheet, Apr. 2023`): a year run
after the title's comma that the title's closing quote follows, its opening quote before the
title, is the title's, not the work's date; so is the quoted run a host's, in a note with
no other title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["quoted_not_author", "year_closing_quote"]

_CLOSING: Final = {"‘": "’", "“": "”", "«": "»", '"': '"', "„": "“"}


def year_closing_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year run closed by the title's quotes joined to the title (see the
    module's doc)."""
    untitled = all(run[0] != "title" for run in found)
    for j in range(len(found) - 2):
        (title, a, b), (comma, c, d), (year, e, f) = found[j : j + 3]
        if title == "container-title" and untitled:
            title = "title"  # the quoted words after the names, the note's only title
        if title != "title" or comma != OTHER or year != "issued" or a == 0:
            continue
        if (b, d) != (c, e) or d - c != 1 or tokens[c].text != "," or f - e > 2:
            continue
        closing = _CLOSING.get(tokens[a - 1].text)
        if closing is None or e + 1 >= len(tokens) or tokens[e + 1].text != closing:
            continue
        if tokens[e + 1].start != tokens[e].end:
            continue  # only a quote glued to the year closes the title
        runs = [("title", a, e + 1)] + ([(OTHER, e + 1, f)] if f > e + 1 else [])
        return [*found[:j], *runs, *found[j + 3 :]]
    return found


_OPENING: Final = frozenset(_CLOSING)


def quoted_not_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run wholly inside a pair of quotes read as the title when
    another author's run goes before it (`Peter B. Golden, "Khazars," in The Encyclopaedia of
    Islam`): a quoted name is a part's title, never the next author."""
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label != "author" or not any(r[0] == "author" for r in found[: j - 1]):
            continue
        if a == 0 or tokens[a - 1].text not in _OPENING or b >= len(tokens):
            continue
        closing = _CLOSING[tokens[a - 1].text]
        end = b + 1 if tokens[b].text == "," and b + 1 < len(tokens) else b
        if tokens[end].text != closing or any(r[0] == "title" for r in found[:j]):
            continue
        return [*found[:j], ("title", a, b), *found[j + 1 :]]
    return _quoted_head(tokens, found)


def _quoted_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run inside the quotes that open the note read as the title, and
    a title's run after it as the host (`‘Iz Orenburga’, Sankt-Peterburgskie vedomosti, 14 June
    1846, p. 2.`): an unsigned piece is named first, in quotes, never by a person."""
    if len(found) < 3 or found[0] != (OTHER, 0, 1) or tokens[0].text not in _OPENING:
        return found
    label, a, b = found[1]
    if label != "author" or a != 1:
        return found
    closing = _CLOSING[tokens[0].text]
    close = next(
        (k for k in range(a + 1, min(b + 1, len(tokens))) if tokens[k].text == closing), None
    )
    if close is None or any(r[0] == "author" for r in found[2:]):
        return found
    out: list[Run] = [(OTHER, 0, 1), ("title", 1, close), (OTHER, close, b), *found[2:]]
    out = [r for r in out if r[1] < r[2]]
    host = next((i for i in range(2, len(out)) if out[i][0] != OTHER), None)
    if host is not None and out[host][0] == "title":
        out[host] = ("container-title", *out[host][1:])
    return out
