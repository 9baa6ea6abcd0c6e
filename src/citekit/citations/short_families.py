"""A given name beside a short family: `Emre ŞEN`, `Ahmet KOÇ` (a family of three capitals read
as one syllable), `Cem Ak`, `Ahmet Öz` (two letters with a vowel), not a family and Vancouver's
initials (`Smith JKR`, `Smith Ch`)."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names, name_vowels

__all__ = ["caps_short_family", "short_family"]

_SHORT_FAMILY: Final = 3  # letters of a family in capitals read as one syllable (`ŞEN`)
_SHORT_WORDS: Final = 2  # words of a given name and a short family (`Cem Ak`)
_SHORT_LETTERS: Final = 2  # letters of a short family (`Ak`, `Öz`)


def caps_short_family(parts: list[str]) -> bool:
    """Whether a known given name and a three-letter word in capitals read as one syllable,
    a consonant, a vowel and a consonant, are the given name and a family in capitals (`Emre
    ŞEN`, `Ahmet KOÇ`, as Turkish writes the family), not a family and Vancouver's initials
    (`Smith JKR`, `Thomas AE`)."""
    first, short = parts
    if lower(first) not in given_names() or not first.istitle():
        return False
    if len(short) != _SHORT_FAMILY or not (short.isalpha() and short.isupper()):
        return False
    first_letter, middle, last = (c in name_vowels() for c in lower(short))
    return middle and not first_letter and not last  # a syllable's `CVC`, no initials' `JKR`


def short_family(parts: list[str]) -> bool:
    """Whether a known given name and a two-letter word with a vowel, no period after it, are
    the given name and a short family (`Cem Ak`, `Halil Ak`, `Ahmet Öz`), not a family name
    and a digraph's initial (`Smith Ch`)."""
    if len(parts) != _SHORT_WORDS or lower(parts[0]) not in given_names():
        return False
    short = parts[1]
    if len(short) != _SHORT_LETTERS or not short.isalpha() or not short[0].isupper():
        return False
    return short[1].islower() and not name_vowels().isdisjoint(lower(short))
