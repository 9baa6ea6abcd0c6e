"""The names of places every shipped language lists: its cities and places of publication
(`[words] cities`, `places`) and the world's countries (CLDR's, `country_names`), casefolded,
for rules that ask whether a word names a place rather than a person or a title."""

from __future__ import annotations

import functools

from citekit.languages import country_names, shipped_words

__all__ = ["place_names"]


@functools.cache
def place_names() -> frozenset[str]:
    """Every shipped language's cities, places and countries, casefolded."""
    words = shipped_words("cities") | shipped_words("places")
    return frozenset(w.casefold() for w in words) | country_names()
