"""Where the family starts among the words after a name's leading initials.

A name in direct order that opens with initials writes its given names, then its family:
`S. Frederick Starr`, `M. Fuad Köprülü`. Two words after the initials are a family of two
words unless the first is a known given name (`B. Öztürk Can`, `J. Burke Allen`); three or more
are given names and one family (`A. Zeki Velidi Togan`, `H. Ahmet Kemal Sezer`): no family
of three words is written after initials, whether its given names are known or not.
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.languages import available_languages, language

__all__ = ["given_after_initials"]

_LATIN_END: Final = 0x250  # past Latin Extended-B
_TWO: Final = 2  # words after the initials: a given name and a family, or a family of two
_MANY: Final = 3  # words after the initials that are given names up to the last


@functools.cache
def _not_given() -> frozenset[str]:
    """Words no given name is (`[names] particle`, `family_suffix`: `van`, `oğlu`)."""
    return frozenset(
        lower(w)
        for code in available_languages()
        for w in (*language(code).family_particles, *language(code).family_suffixes)
    )


def _plain(word: str) -> bool:
    """A capitalised word of Latin letters up to Latin Extended-B (`Çelik`, `Ýazmuhammet`)."""
    return word.isalpha() and word.istitle() and all(ord(c) < _LATIN_END for c in word)


def given_after_initials(words: list[str]) -> int:
    """How many of the Latin-letter `words` after a name's initials are given names: one of
    two when it is a known given name (`Frederick Starr`), all but the last of three or more
    (`Zeki Velidi Togan`), none else (`Öztürk Can`, a family of two; `de la Cruz`)."""
    if len(words) < _TWO or not all(_plain(w) for w in words):
        return 0
    if any(lower(w) in _not_given() for w in words):
        return 0  # a particle or a family's suffix: the family is told otherwise
    if len(words) >= _MANY:
        return len(words) - 1
    return 1 if lower(words[0]) in given_names() else 0
