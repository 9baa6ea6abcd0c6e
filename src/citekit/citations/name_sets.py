"""Word and letter sets of names over every shipped language, read once: the `[names]` words
a name is made of or closed by (given and family names, particles, sons, father's endings,
generations, ranks, epithets, honorifics, a body's words) and the `[names] vowels` letters.
One place for the name rules (`names.py`, `family_names.py`, `initialled_names.py`,
`run_initials.py`, `body_acronyms.py` …) to ask."""

from __future__ import annotations

import functools

from citekit.citations._words import lower
from citekit.languages import available_languages, language, shipped_type_words

__all__ = [
    "body_units",
    "distinct_family_first_given",
    "epithets",
    "family_first_given_names",
    "family_names",
    "family_particles",
    "family_suffixes",
    "generation_words",
    "given_names",
    "honorifics",
    "latin_family_first_codes",
    "name_vowels",
    "named_after_words",
    "organisation_abbreviations",
    "organisation_ends",
    "organisation_words",
    "outlet_names",
    "patronymic_endings",
    "rank_titles",
    "son_words",
]


@functools.cache
def given_names() -> frozenset[str]:
    """The `[names] given` words of every shipped language, lower-cased."""
    return frozenset(lower(w) for code in available_languages() for w in language(code).given_names)


@functools.cache
def name_vowels() -> frozenset[str]:
    """The `[names] vowels` letters of every shipped language (small letters)."""
    return frozenset(c for code in available_languages() for c in language(code).name_vowels)


@functools.cache
def body_units() -> frozenset[str]:
    """The `[names] body_unit` words of every shipped language, lower-cased."""
    return frozenset(lower(w) for code in available_languages() for w in language(code).body_units)


@functools.cache
def organisation_ends() -> frozenset[str]:
    """The `[names] organisation_end` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).organisation_ends
    )


@functools.cache
def organisation_abbreviations() -> frozenset[str]:
    """The `[names] organisation_abbreviated` words of every shipped language, lower-cased and
    without a closing period (`ун-т`, `ин-т`)."""
    return frozenset(
        lower(w).rstrip(".")
        for code in available_languages()
        for w in language(code).organisation_abbreviated
    )


@functools.cache
def outlet_names() -> frozenset[str]:
    """The news outlets named whole (`[types] news_site`: "Daily Sabah"), lower-cased."""
    return frozenset(lower(w) for w in shipped_type_words("news_site"))


@functools.cache
def organisation_words() -> frozenset[str]:
    """The `[names] organisation` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).organisation_words
    )


@functools.cache
def family_names() -> frozenset[str]:
    """The `[names] family` names of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).family_names
    )


@functools.cache
def family_suffixes() -> frozenset[str]:
    """The `[names] family_suffix` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).family_suffixes
    )


@functools.cache
def named_after_words() -> frozenset[str]:
    """The `[names] named_after` words of every shipped language (`атындағы`, `adyndaky`)."""
    return frozenset(w for code in available_languages() for w in language(code).named_after)


@functools.cache
def generation_words() -> frozenset[str]:
    """The `[names] generation` words of every shipped language as tokens read them, their
    period apart (`Jr.` -> `Jr`)."""
    return frozenset(
        w.rstrip(".") for code in available_languages() for w in language(code).generation_words
    )


@functools.cache
def patronymic_endings() -> tuple[str, ...]:
    """The `[names] patronymic` endings of every shipped language, lower-cased."""
    return tuple(
        sorted({lower(w) for c in available_languages() for w in language(c).patronymic_endings})
    )


@functools.cache
def family_particles() -> frozenset[str]:
    """The `[names] particle` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).family_particles
    )


@functools.cache
def son_words() -> frozenset[str]:
    """The `[names] son` words written in full (`ibn`, `bin`), lower-cased."""
    words = (w for code in available_languages() for w in language(code).name_sons)
    return frozenset(lower(w) for w in words if not w.endswith("."))


@functools.cache
def rank_titles() -> frozenset[str]:
    """The `[names] rank` titles of every shipped language, as written (`Paşa`, `Hanım`)."""
    return frozenset(w for code in available_languages() for w in language(code).rank_titles)


@functools.cache
def epithets() -> frozenset[str]:
    """The `[names] epithet` words of every shipped language, lower-cased (`жырау`, `efendi`)."""
    return frozenset(lower(w) for code in available_languages() for w in language(code).epithets)


@functools.cache
def honorifics() -> frozenset[str]:
    """The `[names] honorific` words of every shipped language, lower-cased."""
    return frozenset(lower(w) for code in available_languages() for w in language(code).honorifics)


@functools.cache
def latin_family_first_codes() -> frozenset[str]:
    """The languages written in Latin letters whose lists write names family first (`[names]
    family_first`: Hungarian, Turkmen, Uzbek)."""
    return frozenset(
        code
        for code in available_languages()
        if language(code).family_first and language(code).script == "Latn"
    )


@functools.cache
def distinct_family_first_given() -> frozenset[str]:
    """The given names only the Latin-script family-first languages list (`[names]
    family_first`), spelled with a letter beyond basic Latin (`István`, `Árpád`, `Aýna`),
    lower-cased: one closing a name marks its order by itself, where a plain one may be a
    word or another language's name (`Batyr`, `Rita`, `Roland`, `Bahar`)."""
    own = latin_family_first_codes()
    others = {
        lower(w)
        for code in available_languages()
        if code not in own
        for w in language(code).given_names
    }
    return frozenset(
        lower(w)
        for code in own
        for w in language(code).given_names
        if lower(w) not in others and any(c.isalpha() and not c.isascii() for c in w)
    )


@functools.cache
def family_first_given_names() -> frozenset[str]:
    """The `[names] given` words of the languages whose lists write names family first (those
    written in Cyrillic, and each `[names] family_first` one), lower-cased."""
    return frozenset(
        lower(w)
        for code in available_languages()
        if language(code).script == "Cyrl" or language(code).family_first
        for w in language(code).given_names
    )
