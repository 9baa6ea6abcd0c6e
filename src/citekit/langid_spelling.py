"""What a title's spelling tells against a language (`citekit.langid`'s evidence): the
letters a language writes in any long title typed with its own letters (Kazakh `і қ ғ ұ`
beside `ә ө ү һ`; Azerbaijani `ə q x` beside `ı ğ ş ç ö ü`), and the letter groups it never
writes, having a letter of its own for the sound (Turkmen `ş`, `ž`: no `sh`, `zh`). Both are
per-language data (``langid.frequent_letters``, ``frequent_with``, ``absent_clusters``), as are
the letters a word never writes after one (``never_after``: Kazakh spells a word with `і` by
front harmony, suffixes too, so `о`, `я`, `ь` never follow it, as in Ukrainian `Лісова пісня`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["harmony_evidence", "spelling_evidence"]

_LACKING: Final = 5.0  # a long title without the language's frequent letters: a letter it lacks
_GROUP: Final = 2.0  # a group the language never writes: a letter's worth, at most 3 counted
_FREQUENT_MIN: Final = 20  # letters a title needs before it must write a frequent one


@functools.cache
def _frequent_letters() -> tuple[
    tuple[str, str, frozenset[str], frozenset[str], frozenset[str]], ...
]:
    """Per language with ``langid.frequent_letters``: code, their script, the letters, and
    the letters (``frequent_with``) that call for one of them, its common words that write one."""
    found = []
    for code in available_languages():
        lang = language(code)
        for script, letters in lang.alphabets.items():
            if lang.frequent_letters and lang.frequent_letters[0] in letters:
                calling = frozenset(lang.frequent_with)
                # its own words that write a calling letter and none of the frequent ones
                # (`және`): a title of loanwords they join (`Протестант этикасы және
                # капитализм рухы`) writes the calling letter as the language's own word;
                # not one another language writes too (Tatar `һәм`)
                shared = {
                    w
                    for other in available_languages()
                    if other != code
                    for w in language(other).common_words
                }
                words = frozenset(
                    w for w in lang.common_words if not calling.isdisjoint(w) and w not in shared
                )
                found.append((code, script, frozenset(lang.frequent_letters), calling, words))
    return tuple(found)


def _letters(text: str) -> int:
    """How many letters `text` writes."""
    return sum(char.isalpha() for char in text)


@functools.cache
def _absent_clusters() -> tuple[
    frozenset[str],
    tuple[tuple[str, tuple[str, ...], tuple[str, ...], frozenset[str], tuple[str, ...]], ...],
]:
    """The letters that close some language's ``langid.absent_clusters``, and per such
    language its code, its groups (lower case), those of them in Latin letters, the letters
    of its own alphabet when that is not Latin, and its groups not in Latin letters."""
    rows = []
    for code in available_languages():
        lang = language(code)
        if lang.absent_clusters:
            groups = tuple(c.lower() for c in lang.absent_clusters)
            latin = tuple(g for g in groups if all(c.isascii() for c in g))
            # a language written in another script, romanised (Russian, Arabic; not Turkmen,
            # Latin-written, whose Cyrillic is the older spelling)
            native = frozenset(lang.alphabets.get(lang.script, "") if lang.script != "Latn" else "")
            rows.append((code, groups, latin, native, tuple(g for g in groups if g not in latin)))
    return frozenset(g[-1] for _code, groups, *_rest in rows for g in groups), tuple(rows)


def spelling_evidence(
    scores: dict[str, float],
    script: str,
    text: str,
    letters: set[str],
    special: set[str],
    length: int,
    own_words: Callable[[], str],
) -> frozenset[str]:
    """Lower in `scores` the languages the spelling of `text` (lower case; its `letters` of the
    `script` but a name's, `special` those beyond the script's basic letters, `length` letters
    in all; `own_words`, the words of a title in sentence case that are no names) tells
    against; return those whose spelling it is not (a group they never write). A name's
    letters call for none (`Балсана Әлиманованың жасы`), nor those of a title in capitals."""
    if special and length >= _FREQUENT_MIN:  # typed with its own letters, none it writes most
        own: str | None = None
        own_letters = -1  # how many letters `own` writes, counted when first asked
        for code, letters_script, frequent, calling, words in _frequent_letters():
            if (
                letters_script == script
                and code in scores
                and letters.isdisjoint(frequent)
                and not special.isdisjoint(calling)
            ):
                own = own_words() if own is None else own
                if own_letters < 0 and not calling.isdisjoint(own):
                    own_letters = _letters(own)
                # long in its own words: a name, a place or a house beside them (`Dastan
                # poetikası Elm Bakı`) writes the language's letters only as its own spelling
                if (
                    not calling.isdisjoint(own)
                    and own_letters >= _FREQUENT_MIN
                    and words.isdisjoint(own.split())
                ):
                    scores[code] -= _LACKING
    closing, rows = _absent_clusters()
    if not any(last in text for last in closing):  # no letter that closes such a group (`h`)
        return frozenset()
    unspelled = []
    for code, groups, latin, native, unlatin in rows:
        absent = groups
        if latin and not native.isdisjoint(text):
            # romanised groups (Russian `-e `) tell nothing against a title that also writes
            # the language's own letters (`Рецензия на: Tarikh-e Sistan`): the Latin is cited
            absent = unlatin
        found = sum(map(text.count, absent))
        if found and code in scores:
            scores[code] -= _GROUP * min(3, found)
            unspelled.append(code)
    return frozenset(unspelled)


@functools.cache
def _never_after() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """Per language and letter of ``langid.never_after``: code, the letter's script, the
    letter, and the pattern of a word that writes one of its banned letters after it."""
    found = []
    for code in available_languages():
        lang = language(code)
        for letter, banned in lang.never_after.items():
            script = next((s for s, abc in lang.alphabets.items() if letter in abc), lang.script)
            pattern = re.compile(rf"{re.escape(letter)}[^\W\d_]*?[{re.escape(banned)}]")
            found.append((code, script, letter, pattern))
    return tuple(found)


@functools.cache
def _first_syllable() -> tuple[tuple[str, str, frozenset[str], re.Pattern[str], float], ...]:
    """Per language with ``langid.consonants`` and ``first_syllable_letters`` (weighed
    against it) or ``rounding_letters`` (for it): code, the letters' script, the letters, the
    pattern of one written again after a consonant, and the weight of each such word."""
    found = []
    for code in available_languages():
        lang = language(code)
        for letters, weight in (
            (lang.first_syllable_letters, -_GROUP),
            (lang.rounding_letters, _GROUP),
        ):
            if letters and lang.consonants:
                script = next(
                    (s for s, abc in lang.alphabets.items() if letters[0] in abc), lang.script
                )
                vowels, consonants = re.escape(letters), re.escape(lang.consonants)
                pattern = re.compile(rf"[{vowels}][{consonants}]+[{vowels}]")
                found.append((code, script, frozenset(letters), pattern, weight))
    return tuple(found)


def harmony_evidence(
    scores: dict[str, float], script: str, text: str, letters: frozenset[str]
) -> None:
    """Lower in `scores` the languages whose words never write a letter after another that
    `text` (lower case; `letters`, its letters) writes so, nor a letter of their first
    syllable again after a consonant (Kazakh `өмір`), by the words that do (at most 3); raise
    those whose rounding writes it so (Kyrgyz `өмүр`) alike."""
    for code, letters_script, letter, pattern in _never_after():
        if letter in letters and letters_script == script and code in scores:
            scores[code] -= _GROUP * min(3, len(pattern.findall(text)))
    for code, letters_script, first, pattern, weight in _first_syllable():
        if letters_script == script and code in scores and not first.isdisjoint(letters):
            scores[code] += weight * min(3, len(pattern.findall(text)))
