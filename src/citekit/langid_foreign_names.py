"""A foreign name's plain letters in a title: no evidence against the title's language.

A title names people and bodies in their own spelling (`Türkoloji Tarihinde Wilhelm Radloff
Devri`, `Woodrow Wilson İlkeleri ve Osmanlı Basını`, `Wilhelm Radloff we türkmen folklory`):
a basic letter of the script that the title's language does not write (Turkish `w`, `q`, `x`)
is then the name's, not the title's. It is none of the evidence when only names hold it, they
are fewer than the other words, and those words tell best a language that lacks it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from citekit.langid_profiles import EVIDENCE, lower, word_evidence
from citekit.languages import available_languages, language

__all__ = ["foreign_name_letters"]

_NAMED_WORDS: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MAX_HOLDING: Final = 2  # the words, at most, that hold the letters (a person's two names)


@functools.cache
def _particles() -> frozenset[str]:
    """The words that open a family name in every shipped language (`[names] particle`:
    `von`, `van`, `de`, `al`), lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).family_particles
    )


# each script's rows (`by_script`, made once) and the letters all their languages write: kept
# with the rows themselves, so that an `id` is never one of a row tuple since let go
_SHARED: Final[dict[int, tuple[object, frozenset[str]]]] = {}


def _shared(
    rows: tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...],
) -> frozenset[str]:
    """The letters every language of `rows` writes (their alphabets' intersection), made once
    for each rows tuple."""
    kept = _SHARED.get(id(rows))
    if kept is not None and kept[0] is rows:
        return kept[1]
    shared = frozenset.intersection(*(alphabet for _code, alphabet, *_rest in rows))
    _SHARED[id(rows)] = (rows, shared)
    return shared


def _evidence(low: str) -> tuple[tuple[str, float], ...]:
    """What a word (lower case) tells of each language by its frequent words and endings."""
    evidence = EVIDENCE.get(low)
    return word_evidence(low) if evidence is None else evidence


def _is_name(word: str, previous: str | None, following: str | None, first: bool) -> bool:
    """Whether `word` is a name's: a capitalised word (`Wilhelm`) or an acronym (`WTO`); a
    title's first word only before another capitalised word (`Wilhelm Radloff ve …`, not
    `Wilhelm'in hayatı`); a name's particle between two capitalised words (`Wilhelm von
    Humboldt`)."""
    if not word[0].isupper():
        return (
            previous is not None
            and following is not None
            and previous[0].isupper()
            and following[0].isupper()
            and word in _particles()
        )
    if first and not word.isupper():
        return following is not None and (following[0].isupper() or following in _particles())
    return True


def foreign_name_letters(
    original: str,
    distinct: Iterable[str],
    rows: tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...],
    basic: frozenset[str],
) -> frozenset[str]:
    """The basic letters of `distinct` only names hold and the language the title's other
    words tell best lacks (see the module's doc); none when no such language is told."""
    lacked = {char for char in distinct if char in basic} - _shared(rows) if rows else set()
    if not lacked:
        return frozenset()
    words = _NAMED_WORDS.findall(original)
    names = [
        _is_name(
            word,
            words[i - 1] if i else None,
            words[i + 1] if i + 1 < len(words) else None,
            i == 0,
        )
        for i, word in enumerate(words)
    ]
    lows = [lower(word) for word in words]
    for low, name in zip(lows, names, strict=True):
        if not name:
            lacked -= set(low)  # a word in small letters writes it: the title's own letter
    if not lacked:
        return frozenset()
    holding = [low for low in lows if not lacked.isdisjoint(low)]
    # the words no name's particle tell the title's language (`von` tells no German)
    others = [
        low
        for low, word in zip(lows, words, strict=True)
        if lacked.isdisjoint(low) and (word[0].isupper() or low not in _particles())
    ]
    if len(holding) > _MAX_HOLDING or len(holding) >= len(others):
        return frozenset()
    alphabets = {code: alphabet for code, alphabet, *_rest in rows}
    for low in holding:
        # a word of a language that writes its letters (title case: Turkish `Güvenlik`, not
        # the name `Wilhelm`)
        letters = lacked.intersection(low)
        if any(
            score > 0 and letters <= alphabets.get(code, frozenset())
            for code, score in _evidence(low)
        ):
            return frozenset()
    told: dict[str, float] = {}
    for low in others:
        if "'" in low or "’" in low:
            continue
        for code, score in _evidence(low):
            told[code] = told.get(code, 0.0) + score
    best = max(told.values(), default=0.0)
    if best <= 0:
        return _lacked_by_letters(lacked, others, rows, basic)
    # the letters some best told language lacks (of two tied, either's)
    best_alphabets = [alphabet for code, alphabet, *_rest in rows if told.get(code, 0.0) >= best]
    if not best_alphabets:
        return frozenset()  # a language of another script (a Cyrillic word in a Latin title)
    return frozenset(lacked - frozenset.intersection(*best_alphabets))


def _lacked_by_letters(
    lacked: set[str],
    others: list[str],
    rows: tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...],
    basic: frozenset[str],
) -> frozenset[str]:
    """The `lacked` letters some language lacks that writes every letter beyond the basic
    ones of the `others` words, when they tell no language by their words (`Quantum Fiziğine
    Giriş`: `ğ`, `ş` are Turkish, which lacks `q`); none when they hold no such letter."""
    special = {char for low in others for char in low if char.isalpha() and char not in basic}
    if not special:
        return frozenset()
    lacking = [
        alphabet
        for _code, alphabet, *_rest in rows
        if special <= alphabet and not lacked <= alphabet
    ]
    if not lacking:
        return frozenset()
    return frozenset(lacked - frozenset.intersection(*lacking))
