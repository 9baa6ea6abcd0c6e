"""A blog named as a host carries its kind in brackets after its name (Chicago's `Registan
(blog), 3 October 2017`): the bracket (a `[types] blog` word in it) is no part of the host's
name. The model reads it now in the name, now out of it."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["bracketed_blog"]


@functools.cache
def _blog_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_type_words("blog"))


def bracketed_blog(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's closing `(blog)` left to no field."""
    out: list[Run] = []
    for label, a, b in found:
        if label == "container-title" and b - a > 3 and _closing_kind(tokens, b):
            out.extend([(label, a, b - 3), (OTHER, b - 3, b)])
        else:
            out.append((label, a, b))
    return out


def _closing_kind(tokens: list[Token], b: int) -> bool:
    """Whether the run ending at `b` closes on `(blog)`."""
    opening, word, closing = (t.text for t in tokens[b - 3 : b])
    return opening == "(" and closing == ")" and word.casefold() in _blog_words()
