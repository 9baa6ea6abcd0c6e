"""A preprint server's identifier (`arXiv:2005.14165`) names where the work is, never the
title's words: Vancouver writes it as a sentence of its own after the title (`Title.
arXiv:2005.14165 [Preprint]. 2020`), and a model that reads the title on past its period is
corrected. The identifier is the work's host, as APA's `arXiv preprint arXiv:1706.03762` is."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["preprint_id"]


@functools.cache
def _servers() -> frozenset[str]:
    """The preprint servers' names (`[words] preprint_servers`: `arXiv`)."""
    return frozenset(shipped_words("preprint_servers"))


def _identifier(tokens: list[Token], k: int) -> bool:
    """Whether tokens k.. are a server's identifier (`arXiv : 2005 . 14165`)."""
    if k + 4 >= len(tokens) or tokens[k + 1].text != ":" or tokens[k + 3].text != ".":
        return False
    return tokens[k + 2].text.isdecimal() and tokens[k + 4].text.isdecimal()


def preprint_id(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a server's identifier after a period or comma read whole, never a title's
    words or a year (`arXiv:1810.04805`: no year 1810), and as the host where none other is."""
    if _servers().isdisjoint(text_set(tokens)):
        return found  # most notes
    for k in range(2, len(tokens) - 4):
        if tokens[k].text not in _servers() or tokens[k - 1].text not in {".", ","}:
            continue
        if not _identifier(tokens, k):
            continue
        end = k + 5
        inside = [r for r in found if r[0] != OTHER and r[1] < end and r[2] > k - 1]
        if any(label == "title" and a < k - 1 for label, a, _ in inside):
            found = painted(found, (OTHER, k - 1, k))  # the title ends at its period
        hosted = any(label == "container-title" and (b <= k or a >= end) for label, a, b in found)
        return painted(found, (OTHER if hosted else "container-title", k, end))
    return found
