"""Word and letter sets of names over every shipped language, read once: the `[names] given`
words (lower-cased) and the `[names] vowels` letters. One place for the name rules of
`names.py`, `run_initials.py` and `body_acronyms.py` to ask."""

from __future__ import annotations

import functools

from citekit.citations._words import lower
from citekit.languages import available_languages, language

__all__ = ["given_names", "name_vowels", "organisation_ends"]


@functools.cache
def given_names() -> frozenset[str]:
    """The `[names] given` words of every shipped language, lower-cased."""
    return frozenset(lower(w) for code in available_languages() for w in language(code).given_names)


@functools.cache
def name_vowels() -> frozenset[str]:
    """The `[names] vowels` letters of every shipped language (small letters)."""
    return frozenset(c for code in available_languages() for c in language(code).name_vowels)


@functools.cache
def organisation_ends() -> frozenset[str]:
    """The `[names] organisation_end` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).organisation_ends
    )
