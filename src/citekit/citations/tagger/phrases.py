"""A list of the language files' words and phrases as the tagger's tokens read them: each
phrase tokenized and case-folded (`Деп. в` → `деп`, `.`, `в`), longest first, matched against
a note's tokens at a place."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citekit.citations.tagger.tokens import Token, token_texts
from citekit.languages import shipped_words

__all__ = ["bare_labels", "folded_phrases", "phrase_heads", "phrase_match"]

Phrases = tuple[tuple[str, ...], ...]


@functools.cache
def folded_phrases(words: frozenset[str]) -> Phrases:
    """`words` as case-folded token texts, longest first (empty ones left out)."""
    found = {tuple(t.casefold() for t in token_texts(w)) for w in words}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@functools.cache
def phrase_heads(phrases: Phrases) -> frozenset[str]:
    """The first tokens of `phrases`: a note holds none of them, it holds no phrase."""
    return frozenset(p[0] for p in phrases)


def phrase_match(tokens: Sequence[Token], k: int, phrases: Phrases) -> int | None:
    """Where the longest of `phrases` that opens at token `k` ends, or None."""
    for phrase in phrases:
        end = k + len(phrase)
        if end <= len(tokens) and tuple(t.text.casefold() for t in tokens[k:end]) == phrase:
            return end
    return None


@functools.cache
def bare_labels(keys: tuple[str, ...], *, abbreviated: bool = False) -> frozenset[str]:
    """The `[words]` labels of `keys` as one token reads them, without their closing period
    (`pp`, `Т`, `Cilt`, `sayı`); with `abbreviated`, only the ones written with it (`pp.`)."""
    return frozenset(
        w.rstrip(".")
        for key in keys
        for w in shipped_words(key)
        if w.endswith(".") or not abbreviated
    )
