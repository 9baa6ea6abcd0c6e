"""A note that gives the article's editorial history: when the manuscript reached the
journal and when it was accepted (`Статья поступила в редакцию 12.03.2021.`, `Geliş Tarihi:
12.03.2021, Kabul Tarihi: 03.05.2021.`, `Received 12 March 2021; accepted 3 May 2021.`). A
journal prints these dates on the article's first page, and a copy of the article often
carries them as its first note; they date the article itself and cite nothing."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.prose import initial, labelled_number
from citekit.languages import shipped_words

__all__ = ["gives_editorial_history"]

_MAX_WORDS: Final = 20
_NUMBER: Final = re.compile(r"\d+")
_DAY_OR_MONTH: Final = 31  # a number no greater is a day's or a month's
_YEARS: Final = (1900, 2099)


@functools.cache
def _phrase() -> re.Pattern[str]:
    """A history phrase of the language files (`[words] received`) and a date's first digit
    after it, perhaps after a colon or a dash (`Received: 12.03.2021`)."""
    words = sorted(shipped_words("received"), key=len, reverse=True)
    alternation = literal_alternation(words).replace(re.escape(" "), r"\s+") or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})\s*[:–—-]?\s*(?=\d)")


def gives_editorial_history(text: str) -> bool:
    """Whether `text` (a note, stripped) gives when the article was received or accepted: a
    phrase of the language files right before a date, twenty words at most, every number a
    day's, a month's or a year's, and no address, quotation, "//", locator or initial."""
    if _phrase().search(text) is None or not any(c.isdigit() for c in text):
        return False  # most notes: one scan (the phrase is a date's: most notes have digits)
    if len(text.split()) > _MAX_WORDS or "://" in text or "www." in text or "//" in text:
        return False
    if any(q in text for q in '«»“”„"') or labelled_number(text) or initial(text):
        return False
    for number in _NUMBER.finditer(text):
        value = int(number.group())
        if value > _DAY_OR_MONTH and not _YEARS[0] <= value <= _YEARS[1]:
            return False
    return True
