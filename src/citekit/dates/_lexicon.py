"""The month, weekday, year-word and label tables `read_date` reads, built once from the
languages' data (CLDR names, extra and abbreviated months, stems for inflected forms)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import field, frozen

from citekit._text import TOKEN, fold
from citekit.languages import Language, available_languages, language

__all__ = ["DIGIT", "WORD_CACHE", "Facts", "Lexicon", "lexicon"]

WORD_CACHE = 50_000  # words remembered per hint before `Lexicon.words` is cleared
# symbol, value, language, weekday, folded form, whether the next words matter
Facts = tuple[str, int, str | None, int | None, str, bool]
DIGIT = re.compile(r"\d")


@frozen
class Lexicon:
    """Folded words to what they may be in each language: month (whole, stem, abbreviation or
    first word of a phrase), weekday, year word, ordinal suffix, access-date label."""

    full: dict[str, dict[str, int]]
    stems: dict[str, dict[str, int]]
    abbreviations: dict[str, dict[str, int]]
    phrases: dict[str, list[tuple[tuple[str, ...], str, int]]]
    weekdays: dict[str, dict[str, int]]
    year_words: frozenset[str]
    ordinals: frozenset[str]
    labels: dict[str, list[tuple[tuple[str, ...], str]]]
    languages: dict[str, Language]
    # the languages whose months are read only between a day and a year (titles_only), and
    # the words a date writes between its parts (`de`)
    day_months: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    # what a word is, by (word, hint): filled as words are met (a note repeats few words)
    words: dict[str | None, dict[str, Facts]] = field(factory=dict, eq=False)


def _stem(word: str, vowels: str) -> str:
    end = len(word)
    while end and word[end - 1] in vowels:
        end -= 1
    return word[:end]


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in TOKEN.findall(text) if t[0].isalpha())


def _add(table: dict[str, dict[str, int]], key: str, code: str, value: int) -> None:
    table.setdefault(key, {}).setdefault(code, value)


def _build_lexicon(langs: Sequence[Language]) -> Lexicon:
    full: dict[str, dict[str, int]] = {}
    stems: dict[str, dict[str, int]] = {}
    abbreviations: dict[str, dict[str, int]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    weekdays: dict[str, dict[str, int]] = {}
    labels: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    year_words: set[str] = set()
    ordinals: set[str] = set()
    joiners: set[str] = set()
    for lang in langs:
        joiners.update(fold(w) for w in lang.month_joiners)
        for month, names in lang.months.items():
            for name in names:
                words = _words(name)
                if len(words) > 1:
                    phrases.setdefault(words[0], []).append((words[1:], lang.code, month))
                    continue
                key = fold(name)
                _add(full, key, lang.code, month)
                stem = _stem(key, lang.stem_vowels)
                if len(stem) >= 3:
                    _add(stems, stem, lang.code, month)
        for month, names in lang.month_abbreviations.items():
            for name in names:
                _add(abbreviations, fold(name), lang.code, month)
        for day, names in lang.weekdays.items():
            for name in names:
                _add(weekdays, fold(name), lang.code, day)
        year_words.update(fold(w).rstrip(".") for w in lang.words.year)
        ordinals.update(fold(w) for w in lang.words.ordinal_suffixes)
        for label in lang.words.accessed:
            words = _words(label)
            if words:
                labels.setdefault(words[0], []).append((words[1:], lang.code))
    for options in labels.values():
        options.sort(key=lambda o: -len(o[0]))
    return Lexicon(
        full=full,
        stems=stems,
        abbreviations=abbreviations,
        phrases=phrases,
        weekdays=weekdays,
        year_words=frozenset(year_words),
        ordinals=frozenset(ordinals),
        labels=labels,
        languages={lang.code: lang for lang in langs},
        day_months=frozenset(lang.code for lang in langs if lang.titles_only),
        joiners=frozenset(joiners),
    )


@functools.cache
def _shipped() -> tuple[Language, ...]:
    # Languages with a higher `prior` (their data) win when two read a word differently.
    langs = [language(c) for c in available_languages()]
    return tuple(sorted(langs, key=lambda lang: -lang.prior))


@functools.lru_cache(maxsize=32)
def lexicon(extra: Language | None) -> Lexicon:
    """The tables of the shipped languages, plus `extra` (a language loaded from a file)."""
    langs = list(_shipped())
    if extra is not None and all(extra is not lang for lang in langs):
        langs = [lang for lang in langs if lang.code != extra.code] + [extra]
    return _build_lexicon(langs)
