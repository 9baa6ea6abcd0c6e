"""The words of a periodical's or a series' name written in capitals, and the small words and
marks that join them (`Journal of Phonetics`, `Working Papers in Turkic Linguistics`, `Natural
Language & Linguistic Theory`, `Zeitschrift für Balkanologie`): the language files' `[words]
name_joiners`, `and` and `articles`, case-folded."""

from __future__ import annotations

import functools
from typing import Final

from citekit.languages import shipped_words

__all__ = ["joiner", "name_word"]

_MARKS: Final = frozenset({"&", "-", "–"})  # marks inside such a name


@functools.cache
def _joiners() -> frozenset[str]:
    words = shipped_words("name_joiners") | shipped_words("and_") | shipped_words("articles")
    return frozenset(w.casefold() for w in words) | _MARKS


def joiner(text: str) -> bool:
    """Whether a token joins the capitalised words of a name (`of`, `&`, `für`)."""
    return text.casefold() in _joiners() and not text[:1].isupper()


def name_word(text: str) -> bool:
    """Whether a token is a word of such a name: capitalised, or a joining word or mark."""
    return joiner(text) or (text.isalpha() and text[:1].isupper())
