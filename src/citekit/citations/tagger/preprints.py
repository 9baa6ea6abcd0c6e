"""A preprint server's identifier (`arXiv:2005.14165`) names where the work is, never the
title's words: Vancouver writes it as a sentence of its own after the title (`Title.
arXiv:2005.14165 [Preprint]. 2020`), and a model that reads the title on past its period is
corrected. The identifier is the work's host, as APA's `arXiv preprint arXiv:1706.03762` is; so
is a server's name alone after the title's period (`Title. bioRxiv [Preprint]. 2022`, `Title.
SSRN Electronic Journal.`), with the capitalised words that go on its name."""

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
    for k in range(2, len(tokens)):
        if tokens[k].text not in _servers() or tokens[k - 1].text not in {".", ","}:
            continue
        if not _identifier(tokens, k):
            if tokens[k - 1].text == "." and _in_title(found, k):
                return _named_server(tokens, found, k)
            if tokens[k - 1].text == "." and _unread(found, k):
                return painted(found, ("container-title", k, k + 1))  # `(SARS-CoV2). medRxiv`
            continue
        end = k + 5
        inside = [r for r in found if r[0] != OTHER and r[1] < end and r[2] > k - 1]
        if any(label == "title" and a < k - 1 for label, a, _ in inside):
            found = painted(found, (OTHER, k - 1, k))  # the title ends at its period
        hosted = any(label == "container-title" and (b <= k or a >= end) for label, a, b in found)
        return painted(found, (OTHER if hosted else "container-title", k, end))
    return found


def _in_title(found: list[Run], k: int) -> bool:
    """Whether token `k` is inside a title's run that opens before the period before it."""
    return any(label == "title" and a < k - 1 < k < b for label, a, b in found)


def _unread(found: list[Run], k: int) -> bool:
    """Whether token `k` is no field's and the note names no host."""
    labels = [label for label, a, b in found if a <= k < b]
    return labels == [OTHER] and all(label != "container-title" for label, _, _ in found)


def _named_server(tokens: list[Token], found: list[Run], k: int) -> list[Run]:
    """`found` with the title ended at the period before a server's name (token `k`), the name
    and the capitalised words after it the host."""
    end = k + 1
    while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    b = next(b for label, a, b in found if label == "title" and a < k - 1 < k < b)
    if b > end:
        return found  # the title goes on past the name: a title's own word (`… on arXiv data`)
    found = painted(found, (OTHER, k - 1, k))
    hosted = any(label == "container-title" and (b <= k or a >= end) for label, a, b in found)
    return painted(found, (OTHER if hosted else "container-title", k, end))
