"""The ends of a cited page's run: a range's first number glued to its dash (`– 1-3 б.`, GOST's
area dash before it) is the range's, and German's `f.` / `ff.` after the page (`S. 22 f.`,
"and the following") is the locator's own."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["page_ends"]


@functools.cache
def _following() -> frozenset[str]:
    """The one-word abbreviations of "and the following page(s)" without their period (`f`,
    `ff`, `sq`): the language files' `[words] pages_following`."""
    words = shipped_words("pages_following")
    return frozenset(w[:-1] for w in words if w.endswith(".") and w[:-1].isalpha())


def _range_start(tokens: list[Token], a: int) -> int:
    """Where a page run starting at `a` starts once the number and dash glued before it are in."""
    if a < 2 or tokens[a - 1].text not in DASHES or not tokens[a - 2].text.isdigit():
        return a
    if tokens[a - 2].end != tokens[a - 1].start or tokens[a - 1].end != tokens[a].start:
        return a
    return a - 2


def _following_end(tokens: list[Token], b: int) -> int:
    """Where a page run ending at `b` ends once a `f.` / `ff.` after it is in."""
    if b + 1 < len(tokens) and tokens[b].text in _following() and tokens[b + 1].text == ".":
        return b + 1
    return b


def page_ends(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each page run widened by its range's first number and its `f.`."""
    texts = text_set(tokens)
    if DASHES.isdisjoint(texts) and _following().isdisjoint(texts):
        return found  # no dash and no `f.` (most notes)
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "page":
            continue
        start, end = _range_start(tokens, a), _following_end(tokens, b)
        if start == a and end == b:
            continue
        if start < a and (j == 0 or found[j - 1][0] != OTHER or found[j - 1][1] > start):
            start = a  # the number before is a field's of its own: not this range's
        out[j] = ("page", start, end)
        if start < a:
            _, c, _d = out[j - 1]
            out[j - 1] = (out[j - 1][0], c, start)
        if end > b and j + 1 < len(out):
            nxt = out[j + 1]
            out[j + 1] = (nxt[0], end, nxt[2])
    return [run for run in out if run[1] < run[2]]
