"""A language's words as an editor without its letters types them: `[typing] plain` maps each
of its letters to the plain one typed for it (Turkish in ASCII `ı` → `i`, Kazakh with Russian
letters `қ` → `к`), and the language's word lists also hold their words so typed."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from babel import Locale

from citekit.errors import LanguageDataError

__all__ = ["endings_plainly", "latin_letters", "latin_lists", "plain_letters", "typed_plainly"]


def plain_letters(typing: Mapping[str, Any], where: str) -> dict[str, str]:
    """[typing] plain: each letter of the language an editor without its keyboard types as a
    plain one ("ı" = "i", "қ" = "к")."""
    table = typing.get("plain", {})
    if not isinstance(table, Mapping) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and len(v) == 1
        for k, v in table.items()
    ):
        raise LanguageDataError(where, "typing.plain must map single letters to single letters")
    return dict(table)


def latin_letters(typing: Mapping[str, Any], where: str) -> dict[str, str]:
    """[typing] latin: each letter of a Cyrillic alphabet as the language's Latin alphabet
    writes it ("қ" = "q", "ш" = "sh", "ъ" = "")."""
    table = typing.get("latin", {})
    if not isinstance(table, Mapping) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in table.items()
    ):
        raise LanguageDataError(where, "typing.latin must map single letters to strings")
    return dict(table)


_UNSPELLED: Final = frozenset({"legislation"})  # a Latin headline's verb is unread: no act's word


def latin_lists(
    read: Callable[[str], tuple[str, ...]],
    keys: Iterable[str],
    plain: Callable[[tuple[str, ...]], tuple[str, ...]],
    latin: Callable[[tuple[str, ...]], tuple[str, ...]],
) -> list[tuple[str, ...]]:
    """The word list of each of `keys` as `read` gives it, also in the language's Latin
    alphabet (`latin`) but an act's words (`Qazaqstan jańa zań qabyldady` is a headline whose
    Latin verb no list reads), those typed plainly only."""
    return [(plain if key in _UNSPELLED else latin)(read(key)) for key in keys]


def typed_plainly(
    letters: Mapping[str, str],
    kept: frozenset[str] = frozenset(),
    *,
    shortest: int = 3,
    latin: Mapping[str, str] | None = None,
) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """Word lists with each word also as typed with plain letters (`Erişim` and `Erisim`),
    less the words of fewer than `shortest` letters (`Қ.`, an archive's fond, typed `К.` is an
    initial; a label glued to its number, `178-қ.` typed `178-к.`, is none, so its lists take
    `shortest=1`), the plain spellings that are a country's English name (`Türkmenistan` typed
    `Turkmenistan` is as much the English name) and the words `kept` as written (their plain
    spelling is another language's word: `тоқаев` typed `токаев` is the Russian spelling).
    With a `latin` table, each word holding one of the language's own letters (those `letters`
    maps) is also read in the language's Latin alphabet (`Қараңыз` as `Qarańyz`), when that
    spelling has a letter beyond plain ASCII: a word of only letters other alphabets share
    (`Сонда`, `сұхбат` spelled `suhbat`) is left as listed, its Latin spelling another
    language's word as often."""
    table = str.maketrans(dict(letters))
    to_latin = str.maketrans(dict(latin or {}))
    own = frozenset(letters)

    def extend(words: tuple[str, ...]) -> tuple[str, ...]:
        if not table:
            return words
        countries = _english_countries()
        typed = (
            w.translate(table)
            for w in words
            if w not in kept and sum(map(str.isalpha, w)) >= shortest
        )
        spelled: list[str] = []
        if latin:
            spelled = [
                w.translate(to_latin)
                for w in words
                if w not in kept and sum(map(str.isalpha, w)) >= shortest and not own.isdisjoint(w)
            ]
            # … only a spelling with a letter beyond plain ASCII is the language's own
            # (`Qarańyz`; `сұхбат` spelled `suhbat` is Uzbek's word too)
            spelled = [w for w in spelled if not w.isascii()]
        found = [*typed, *spelled]
        return tuple(dict.fromkeys([*words, *(w for w in found if w.casefold() not in countries)]))

    return extend


@functools.cache
def _english_countries() -> frozenset[str]:
    """The world's countries as English writes them, casefolded ("turkmenistan")."""
    territories = Locale.parse("en").territories
    return frozenset(v.casefold() for k, v in territories.items() if len(k) == 2 and k.isalpha())


def endings_plainly(
    endings: tuple[str, ...], plain: Callable[[tuple[str, ...]], tuple[str, ...]]
) -> tuple[str, ...]:
    """A language's word endings also typed plainly, of three letters or more (Turkmen `-iň`
    typed `-in` ends English words as often)."""
    return tuple(e for e in plain(endings) if e in endings or len(e) > 2)
