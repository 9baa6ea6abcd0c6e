"""A page's date clause after `;` (`Опубл. 12 янв. 2024; обновлено 04.03.2024`, `…, published
3 August 2023; accessed Aug. 10, 2023: https://…`): a date label in small letters and its date
open no source of their own, but go on the one before. A last change's date that no field
holds (the work dated elsewhere) is text the record cannot carry: reported, never dropped."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import literal_alternation
from citekit.dates import read_date
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["dated_clause", "updated_dates"]


@functools.cache
def _date_labels() -> re.Pattern[str]:
    """A page's date label opening a piece (`[types] modified`, `published`, `[words]
    accessed`: `обновлено`, `updated`, `güncelleme`, `accessed`), in small letters as a clause
    after `;` writes it, and its date (`04.03.2024`, `Aug. 10, 2023`)."""
    words = shipped_type_words("modified") | shipped_type_words("published")
    words |= shipped_words("accessed")  # `…, published 3 August 2023; accessed Aug. 10, 2023`
    small = sorted({w[:1].lower() + w[1:] for w in words}, key=len, reverse=True)
    return re.compile(rf"\s*(?:{literal_alternation(small) or '(?!)'}):?\s+[^\W_]{{1,9}}\.?\s*\d")


def dated_clause(piece: str) -> bool:
    """Whether `piece` opens on a page's date label and its date: no source of its own."""
    return _date_labels().match(piece) is not None


@functools.cache
def _updated() -> re.Pattern[str]:
    """A last change's label (`[types] modified`) and the date after it, to the next mark
    that closes it."""
    words = sorted(shipped_type_words("modified"), key=len, reverse=True)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(rf"(?i)(?<!\w)(?:{alternation}):?\s+(?P<date>[^;,()]*?\d{{4}})")


def updated_dates(text: str, issued: object) -> tuple[str, ...]:
    """The last changes' labels and dates in `text` whose date is not `issued` (a
    `PartialDate`, or None): no field holds them."""
    out: list[str] = []
    for found in _updated().finditer(text):
        reading = read_date(found.group("date"))
        if reading.date is None or reading.date == issued:
            continue
        out.append(found.group().strip())
    return tuple(out)
