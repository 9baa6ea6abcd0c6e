"""What tells a speech's own title (`citations/worded_types.py` reads it): a speech's word
closing the title after a word of the place it was given in (`[types] speech_word`, its
`speech_place_ending`: `… отырысындағы сөзі`, `… mejlisindäki sözi`, `… курултайындагы
сөзү`), and what prints a speech as a part of another work (a journal's volume or DOI, a book's
imprint; a paper of its day prints the speech itself)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["given_at", "printed_whole"]


@functools.cache
def _speech_words() -> frozenset[str]:
    """The `[types] speech_word` words of every language, folded (`сөзі`, `sözi`)."""
    return frozenset(casefold(w) for w in shipped_type_words("speech_word"))


def given_at(words: list[str]) -> bool:
    """Whether a `speech_word` closes the title after a word of the place it was given in,
    its `speech_place_ending` (`Ұлттық құрылтайдың отырысындағы сөзі`, `Halk Maslahatynyň
    mejlisindäki sözi`; `Абайдың алғы сөзі`, a foreword, names no place)."""
    if len(words) < 2 or words[-1] not in _speech_words():
        return False
    return words[-2].endswith(_place_endings())


@functools.cache
def _place_endings() -> tuple[str, ...]:
    """The `[types] speech_place_ending` endings of every language, folded (`дағы`, `däki`)."""
    return tuple(sorted({casefold(w) for w in shipped_type_words("speech_place_ending")}))


# a journal's volume or DOI, a book's imprint: what prints a speech as an article or a chapter
_BINDING: Final = ("volume", "DOI", "publisher", "number-of-pages", "ISBN", "editor")


def printed_whole(fields: Mapping[str, object], dated: bool) -> bool:
    """Whether a journal or a book printed the work: a paper's day and number do not (`//
    Казахстанская правда. 2019. 12 марта. № 45`)."""
    return any(fields.get(k) for k in _BINDING) or bool(fields.get("issue") and not dated)
