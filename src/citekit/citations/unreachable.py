"""Short remarks on a source the author could not reach (`Текст не найден.`, `Not available
online.`, `Metne erişilemiyor.`, `Ссылка не работает.`, `Çeşme elýeterli däl.`): a few words in
small letters around a phrase of the language files (`[words] unreachable`) name no source."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_words

__all__ = ["says_unreachable"]

_MAX_WORDS: Final = 7  # the whole remark: "We could not access this source online."
_MAX_CHARS: Final = 80
_EDGES: Final = ".,;:!?()[]*_–—-"


@functools.cache
def _phrase() -> re.Pattern[str]:
    """A phrase of the language files, whole words, in any case."""
    words = sorted(shipped_words("unreachable"), key=len, reverse=True)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w'’])", re.IGNORECASE)


def says_unreachable(text: str) -> bool:
    """Whether `text` (a note, stripped) is one short sentence holding a phrase of the
    language files that says its source could not be reached: at most seven words, no digit,
    address or quote, and every word after the first in small letters (a title or a name
    writes a capital: `Smith J. Lost Cities. Not available online.` cites)."""
    if len(text) > _MAX_CHARS or any(c.isdigit() for c in text) or "://" in text:
        return False
    if any(q in text for q in '«»“”„"/'):
        return False
    words = [w.strip(_EDGES) for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_WORDS or _phrase().search(text) is None:
        return False
    body = text.rstrip(" .!?…")
    if any(mark in body for mark in ".!?;:"):
        return False  # one sentence only
    return all(not w[:1].isupper() for w in words[1:])
