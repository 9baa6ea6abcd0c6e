"""The words of a person's name the decoder reads at a note's head, as language data: the
particles that open a family name (`[names] particle`: `von`, `de`, and `d’`, `O’` glued by
their apostrophe), an Arabic name's article glued by a hyphen (`[names] article`: `al-`,
`ash-`) and its `son of` words (`[names] son`: `ibn`, and `b.` abbreviated), and the `and`
joining two names (`[words] and`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import family_particles
from citekit.citations.tagger.ayn_words import AYN_MARKS
from citekit.languages import available_languages, language, shipped_words

__all__ = [
    "APOSTROPHES",
    "name_ands",
    "name_articles",
    "name_elided",
    "name_joins",
    "name_particles",
    "name_sons",
    "name_vowels",
    "son_abbreviations",
    "unmarked",
]

APOSTROPHES: Final = frozenset({"’", "'"})


@functools.cache
def name_elided() -> frozenset[str]:
    """The particles written with an apostrophe (`d'`, `o'`), without it, lower-cased."""
    return frozenset(w[:-1] for w in family_particles() if w[-1:] in APOSTROPHES)


@functools.cache
def _sons() -> tuple[str, ...]:
    return tuple(w for code in available_languages() for w in language(code).name_sons)


@functools.cache
def name_sons() -> frozenset[str]:
    """The `[names] son` words written in full (`ibn`, `bin`, `bint`)."""
    return frozenset(w for w in _sons() if not w.endswith("."))


@functools.cache
def son_abbreviations() -> frozenset[str]:
    """The `[names] son` words abbreviated, without their period (`b`, `bt`)."""
    return frozenset(w[:-1] for w in _sons() if w.endswith("."))


@functools.cache
def name_particles() -> frozenset[str]:
    """The particles written as a word of their own (`von`, `de`, `ibn`), lower-cased; not an
    article, which its hyphen glues to the name (`al-Jurjānī`)."""
    alone = frozenset(w for w in family_particles() if w.isalpha()) | name_sons()
    return alone - name_articles()


@functools.cache
def name_articles() -> frozenset[str]:
    """The `[names] article` words (`al`, `el`, `ash`)."""
    return frozenset(w for code in available_languages() for w in language(code).name_articles)


@functools.cache
def name_ands() -> frozenset[str]:
    """The `and` words of every shipped language written as a word (`and`, `und`, `ve`)."""
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


@functools.cache
def name_joins() -> frozenset[str]:
    """The `and` words of every shipped language, `&` too: what joins two names."""
    return frozenset(shipped_words("and_"))


def unmarked(text: str) -> str:
    """A word without the ʿayn or hamza it opens with (`ʿAlī`: `Alī`)."""
    return text[1:] if text[:1] in AYN_MARKS else text


@functools.cache
def name_vowels() -> frozenset[str]:
    """The `[names] vowels` letters of every shipped language: a digraph's initial (`Дж.`,
    `Ch.`) has none of them."""
    return frozenset(c for code in available_languages() for c in language(code).name_vowels)
