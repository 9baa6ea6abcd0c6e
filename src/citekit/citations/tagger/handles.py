"""A post on a social platform. A handle that opens the note before a title (`@MFA_Kazakhstan,
"…", Twitter, …`; a pandoc citation key has none: `@smith2004, p. 5`) is the post's author,
written whole; a platform's name standing alone between commas or
periods (`X`, `Twitter`, `X (formerly Twitter)`: `[words] platform`) is the post's host; and a
platform's channel before its quoted name (`Telegram-канал «Readovka»`: `[words] channel`) is
the host the post stands in, its name no title."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.prechecks import folds_as_casefold
from citekit.citations.tagger.tokens import (
    SHORT_DASHES,
    Token,
    casefolded_set,
    glued_to_previous,
    tokenize,
)
from citekit.languages import shipped_words

__all__ = ["social_post"]

_HANDLE: Final = frozenset("_.")  # marks a handle's name may hold between its letters
_BOUNDS: Final = frozenset(",.;")  # what stands around a platform's name standing alone
_QUOTES: Final = {"«": "»", "“": "”", '"': '"', "„": "“"}
_CLOSERS: Final = frozenset(_QUOTES.values()) | frozenset("’'")
_FREE: Final = frozenset({OTHER, "container-title", "publisher"})  # runs a host may be read from
_OWN: Final = frozenset({OTHER, "title", "container-title"})  # runs a channel may be read from


def _sequences(key: str) -> tuple[tuple[str, ...], ...]:
    words = {tuple(fold(t.text) for t in tokenize(w)) for w in shipped_words(key)}
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


@functools.cache
def _platforms() -> tuple[tuple[str, ...], ...]:
    return _sequences("platform")


@functools.cache
def _firsts() -> frozenset[str]:
    return frozenset(name[0] for name in _platforms())


@functools.cache
def _channels() -> frozenset[str]:
    return frozenset(w[0] for w in _sequences("channel") if len(w) == 1)


def _handle_end(tokens: list[Token]) -> int | None:
    """Where a handle that opens the note ends (`@MFA_Kazakhstan`), if one does."""
    if len(tokens) < 2 or tokens[0].text != "@" or not glued_to_previous(tokens, 1):
        return None
    j = 1
    while j < len(tokens) and (j == 1 or glued_to_previous(tokens, j)):
        text = tokens[j].text
        if not (
            text.isalnum()
            or (text in _HANDLE and j + 1 < len(tokens) and glued_to_previous(tokens, j + 1))
        ):
            break
        j += 1
    return j if j > 1 and tokens[j - 1].text.isalnum() else None


def _platform_at(tokens: list[Token], k: int) -> int | None:
    """Where a platform's name that opens at token `k` ends, if one does."""
    for name in _platforms():
        end = k + len(name)
        if end <= len(tokens) and tuple(fold(t.text) for t in tokens[k:end]) == name:
            return end
    return None


def _labels_at(found: list[Run], a: int, b: int) -> set[str]:
    return {label for label, s, e in found if s < b and e > a}


def _channel(tokens: list[Token], found: list[Run], k: int, end: int) -> list[Run] | None:
    """A platform's channel whose name follows it in quotes (`Telegram-канал «Readovka»`)."""
    c = end + (end < len(tokens) and tokens[end].text in SHORT_DASHES)
    if c + 1 >= len(tokens) or fold(tokens[c].text) not in _channels():
        return None
    opener = tokens[c + 1].text
    closer = _QUOTES.get(opener)
    if closer is None:
        return None
    close = next((j for j in range(c + 2, len(tokens)) if tokens[j].text == closer), None)
    if close is None or close == c + 2 or not _labels_at(found, k, close + 1) <= _OWN:
        return None
    return [(OTHER, k, c + 2), ("container-title", c + 2, close), (OTHER, close, close + 1)]


def social_post(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a post's opening handle its author, a platform standing alone its host
    and a platform's channel's quoted name its host (see the module's doc)."""
    out = _bracketed_handles(tokens, list(found))
    end = _handle_end(tokens)
    # a post's author before its text (a title after it), not a citation key (`@smith2004, p. 5`)
    if end is not None and any(label == "title" and a >= end for label, a, _ in out):
        out = painted(out, ("author", 0, end))
    firsts = _firsts()
    folded = casefolded_set(tokens)  # the lexicon's fold of each text when no `İ`
    if firsts.isdisjoint(folded) and folds_as_casefold(folded):
        return out  # no platform's first word in the note (most notes: one look-up)
    hosted = any(label == "container-title" for label, _, _ in out)
    for k in range(len(tokens)):
        if fold(tokens[k].text) not in firsts:
            continue
        stop = _platform_at(tokens, k)
        if stop is None:
            continue
        channel = _channel(tokens, out, k, stop)
        if channel is not None:
            for run in channel:
                out = painted(out, run)
            return out
        # a one-letter name (`X`) only between commas: `Vol. X.` is a volume's number
        bounds = _BOUNDS if stop - k > 1 or len(tokens[k].text) > 1 else frozenset(",")
        # … the bound may stand inside a title's closing quote (`“Text,” Twitter, March 3`)
        before = k - 1 - (k > 1 and tokens[k - 1].text in _CLOSERS)
        alone = (k == 0 or tokens[before].text in bounds) and (
            stop == len(tokens) or tokens[stop].text in bounds
        )
        labels = _labels_at(out, k, stop)
        if labels == {"author"} and any(lab == "title" and e <= k for lab, _, e in out):
            labels = set()  # `“Text,” Twitter, March 3`: after the post's text, no author
        if alone and k > 0 and not hosted and labels <= _FREE:
            out = painted(out, ("container-title", k, stop))
            hosted = True
    return out


def _bracketed_handles(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a handle in brackets after its owner's name (`Mykhailo Podolyak
    (@Podolyak_M), “…”`, `NATO [@NATO].`) given to no field: the name before it is the
    author's, the handle only its account's."""
    for k in range(len(tokens) - 3):
        if tokens[k].text not in "([" or tokens[k + 1].text != "@":
            continue
        end = _handle_end(tokens[k + 1 :])
        if end is None or k + 1 + end >= len(tokens):
            continue
        close = k + 1 + end
        if tokens[close].text != {"(": ")", "[": "]"}[tokens[k].text]:
            continue
        found = painted(found, (OTHER, k, close + 1))
    return found
