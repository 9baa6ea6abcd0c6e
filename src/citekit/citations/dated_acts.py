"""An act named by its issuer, its day and its number carries its date inside its name, in the
attributive form the Turkic languages give a date (`Türkmenistanyň Prezidentiniň 2019-njy ýylyň
15-nji fewralyndaky 1145-nji Karary`, `Қазақстан Республикасы Президентінің 2012 жылғы 14
желтоқсандағы Жарлығы`, `Vazirlar Mahkamasining 2020-yil 5-martdagi 120-son qarori`,
`15 Temmuz 2018 tarihli Cumhurbaşkanlığı Kararnamesi`): the day so written is the act's date,
and the name stays whole, the way it is cited."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.dates import parse_date
from citekit.languages import available_languages, shipped_words
from citekit.model import PartialDate

__all__ = ["act_with_year", "date_in_act_name", "first_whole_date"]

_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_WORDS: Final = 3  # words of a date on either side of its year's word, at most


def date_in_act_name(
    title: str | None, language: str | None, issued: object = None
) -> PartialDate | None:
    """The day an act's name `title` states with its year (see the module's doc), else the
    date `issued` read elsewhere (a year alone after the name, the same year's: `…, Aşgabat,
    2019`): the shortest run of words around a year's word that reads as a whole date."""
    read = issued if isinstance(issued, PartialDate) else None
    named = _named_day(title, language) if title and _YEAR.search(title) else None
    if named is None or (read is not None and read.year != named.year):
        return read
    return named


def first_whole_date(text: str, language: str | None) -> PartialDate | None:
    """The first date to the day written around a year's word in `text`, or None."""
    return _named_day(text, language) if _YEAR.search(text) else None


def _named_day(title: str, language: str | None) -> PartialDate | None:
    """The first whole date to the day a few words around a year's word in `title` read as."""
    words = list(re.finditer(r"\S+", title))
    if language not in available_languages():
        language = None  # a title's language citekit has no data for (`sv`): no hint
    for k, word in enumerate(words):
        if not _YEAR.search(word.group()):
            continue
        spans = [
            (lo, hi)
            for lo in range(max(0, k - _WORDS), k + 1)
            for hi in range(k, min(len(words), k + _WORDS + 1))
        ]
        for lo, hi in sorted(spans, key=lambda span: span[1] - span[0]):
            date = parse_date(title[words[lo].start() : words[hi].end()], language)
            if date is not None and date.day is not None:
                return date
    return None


@functools.cache
def _act_words() -> frozenset[str]:
    """The act words a title's last word may be before its year (`[words] legislation`)."""
    return frozenset(w for w in shipped_words("legislation") if w[:1].isupper())


def act_with_year(title: str | None, text: str) -> str | None:
    """`title` with the year written right after its last word when that word names an act
    (`Human Rights Act 1998`, `European Union (Withdrawal) Act 2018, c. 16`): the act's short
    title holds its year, as it is cited; its date is read from the year all the same."""
    if not title or title.rsplit(None, 1)[-1] not in _act_words():
        return title
    at = text.find(title)
    found = _ACT_YEAR.match(text, at + len(title)) if at >= 0 else None
    return f"{title} {found.group(1)}" if found else title


_ACT_YEAR: Final = re.compile(r" ((?:1[6-9]|20)\d\d)(?=[,.;(]|\s*$| c\.| ch\.)")
