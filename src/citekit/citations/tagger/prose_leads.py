"""A sentence of the author's prose that leads into a quoted title (`The current fees are set
out on the government's own site: “Renew or replace your adult passport,” GOV.UK, …`; `A
useful summary of the debate is given in Daniel Hirst, “What’s Wrong …,” Crooked Timber`): the
model may read the sentence as the title, or into the title's run before its opening quote.
A run of at least `_PROSE` words in small letters before a quoted title is no title: the
title is what the quotes hold, and a capitalised name closing the sentence right before the
quote's comma is its author's (`… is given in Daniel Hirst, “…”`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import capitalised, is_initial
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["prose_before_quoted_title"]

_PROSE: Final = 5  # small-letter words a sentence of prose has at least (a title's fewer)
_NAME: Final = 3  # capitalised words a name closing the sentence has at most


def _prose(tokens: list[Token], a: int, b: int) -> bool:
    small = sum(1 for t in tokens[a:b] if t.text.isalpha() and t.text.islower())
    return small >= _PROSE


def _quoted_after(tokens: list[Token], b: int, title: Run) -> bool:
    """Whether a quote opens at `b` (after a comma or a colon, or at once) before the `title`
    run and closes right after it."""
    _, start, end = title
    k = b + (b < start and tokens[b].text in ",:")
    if k != start - 1 or tokens[k].text not in QUOTES:
        return False
    close = QUOTES[tokens[k].text]
    return any(t.text == close for t in tokens[end : end + 3])


def _closing_name(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a capitalised name that closes tokens a..b right before a comma opens."""
    if b >= len(tokens) or tokens[b].text != ",":
        return None
    k, words = b, 0
    while k > a and words < _NAME:
        if tokens[k - 1].text == "." and k - 2 >= a and is_initial(tokens[k - 2].text):
            k -= 2  # `H. J. Mackinder`: an initial and its period
        elif capitalised(tokens[k - 1].text):
            k -= 1
        else:
            break
        words += 1
    return k if 1 < words <= _NAME and k >= max(a, 1) and tokens[k - 1].text.islower() else None


def _quote_inside(tokens: list[Token], opening: int, b: int) -> bool:
    """Whether the quote opening at `opening` closes before a word of the run ending at `b`."""
    close = QUOTES[tokens[opening].text]
    shut = next((k for k in range(opening + 1, b) if tokens[k].text == close), None)
    return shut is not None and any(t.text[:1].isalnum() for t in tokens[shut + 1 : b])


def prose_before_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a sentence of prose before a quoted title read as no field (see the
    module's doc)."""
    if not found or found[0][0] != "title":
        return found
    _, a, b = found[0]
    if not _prose(tokens, a, b):
        return found
    inner = next((k for k in range(a, b) if tokens[k].text in QUOTES), None)
    if inner is not None and inner > a and tokens[inner - 1].text == ":":
        if _quote_inside(tokens, inner, b):
            return found  # `…: “Köy Enstitüleri” tartışması`: a title quoting a name
        if _prose(tokens, a, inner) and b > inner + 1:
            return [(OTHER, a, inner + 1), ("title", inner + 1, b), *found[1:]]  # `site: “T`
        return found
    if inner is not None:
        return found
    named = [i for i in range(1, len(found)) if found[i][0] != OTHER]
    if not named or found[named[0]][0] == "title":
        title, name_run = (named[0] if named else None), None
    else:  # `… is given in Daniel Hirst, “…”`: the name read as a host's or an author's
        title, name_run = (named[1] if len(named) > 1 else None), named[0]
    if title is None or found[title][0] != "title":
        return found
    before = found[name_run][2] if name_run is not None else b
    if not _quoted_after(tokens, before, found[title]):
        return found
    if name_run is not None:
        _, c, d = found[name_run]
        if _closing_name(tokens, c - 1, d) != c:
            return found
        return [(OTHER, a, c), ("author", c, d), *found[name_run + 1 :]]
    name = _closing_name(tokens, a, b)
    if name is None:
        return [(OTHER, a, b), *found[1:]]
    return [(OTHER, a, name), ("author", name, b), *found[1:]]
