"""A title in British single quotes inside a run the model laid over more than the title: the
author's or the body's name before it (`Ministry of Foreign Affairs of the Republic of
Tajikistan, ‘Statement of the Ministry …’, 11 January 2021`), or the host's name after it
(`‘Mirziyoyev and Japarov agree … three months’, Kun.uz, 11 March 2021`). The quote opens on
`‘` after the note's start or a comma and closes on the first `’` that punctuation follows (a
transliterated soft sign inside, `zhdat’ ot`, has a space after it). The quoted words are the
title; a body's name before its comma is the author; a short name between the closing comma
and the next is the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token, text_set, written_text

__all__ = ["single_quoted_title"]

_AFTER: Final = frozenset({",", ".", ";", ":", "["})  # what follows the closing quote
_HOST_TOKENS: Final = 4  # a host's name after the quote, in tokens at most (`Kun . uz`)
_PARTS: Final = frozenset({"title", "author", OTHER})  # what the model laid over the quote


def _closer(tokens: list[Token], k: int) -> int | None:
    """The closing `’` of the quote opened at token `k`: the one `’` that punctuation follows
    before the next opening quote or an address; None if none or several (`‘… Kievan Rus’:
    Reflections …’`, `‘Orthodoxy in Perm’, 1850–1900’`, `‘Workers’, Peasants’ and …’`: a soft
    sign's or a plural's mark may close as well)."""
    found = None
    for c in range(k + 2, len(tokens)):
        text = tokens[c].text
        if text == "‘" or "://" in text:
            break
        if text == "’" and (c + 1 == len(tokens) or tokens[c + 1].text in _AFTER):
            if found is not None:
                return None
            found = c
    return found


def single_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a single-quoted title parted from the name before it or the host after it
    (see the module's doc)."""
    if "‘" not in text_set(tokens):
        return found  # most notes: one look-up
    k = next((i for i, t in enumerate(tokens) if t.text == "‘"), None)
    if k is None or (k and tokens[k - 1].text != ","):
        return found
    c = _closer(tokens, k)
    if c is None:
        return found
    labels = labels_at(found, len(tokens))
    if not set(labels[k + 1 : c]) <= _PARTS or "title" not in labels[k + 1 : c]:
        return found
    out = list(labels)
    if k and "author" not in labels and set(labels[: k - 1]) <= {"title"}:
        if not is_organisation(written_text(tokens, 0, k - 1)):
            return found
        out[: k - 1] = ["author"] * (k - 1)
        out[k - 1] = OTHER
    elif k and labels[k - 1] == "title":
        return found  # the run before the quote is no body's name: leave it to the model
    out[k] = OTHER
    out[k + 1 : c] = ["title"] * (c - k - 1)
    out[c] = OTHER
    end = next((i for i in range(c + 2, len(tokens)) if tokens[i].text == ","), len(tokens))
    comma = c + 1 < len(tokens) and tokens[c + 1].text == ","
    host = labels[c + 2 : end]  # `’, Kun.uz,`: the site's name the title's run took in
    short = end < len(tokens) and end - c - 2 <= _HOST_TOKENS
    if comma and short and "title" in host and set(host) <= {"title", OTHER}:
        out[c + 1] = OTHER
        out[c + 2 : end] = ["container-title"] * (end - c - 2)
    changed = [i for i, (x, y) in enumerate(zip(out, labels, strict=True)) if x != y]
    return runs(out) if set(changed) - {k, c} else found  # the quote's own marks alone: as read
