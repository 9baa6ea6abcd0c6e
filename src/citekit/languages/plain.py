"""A language's words as an editor without its letters types them: `[typing] plain` maps each
of its letters to the plain one typed for it (Turkish in ASCII `ı` → `i`, Kazakh with Russian
letters `қ` → `к`), and the language's word lists also hold their words so typed."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from babel import Locale

from citekit.errors import LanguageDataError

__all__ = ["endings_plainly", "plain_letters", "typed_plainly"]


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


def typed_plainly(
    letters: Mapping[str, str], kept: frozenset[str] = frozenset(), *, shortest: int = 3
) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """Word lists with each word also as typed with plain letters (`Erişim` and `Erisim`),
    less the words of fewer than `shortest` letters (`Қ.`, an archive's fond, typed `К.` is an
    initial; a label glued to its number, `178-қ.` typed `178-к.`, is none, so its lists take
    `shortest=1`), the plain spellings that are a country's English name (`Türkmenistan` typed
    `Turkmenistan` is as much the English name) and the words `kept` as written (their plain
    spelling is another language's word: `тоқаев` typed `токаев` is the Russian spelling)."""
    table = str.maketrans(dict(letters))

    def extend(words: tuple[str, ...]) -> tuple[str, ...]:
        if not table:
            return words
        countries = _english_countries()
        typed = (
            w.translate(table)
            for w in words
            if w not in kept and sum(map(str.isalpha, w)) >= shortest
        )
        return tuple(dict.fromkeys([*words, *(w for w in typed if w.casefold() not in countries)]))

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
