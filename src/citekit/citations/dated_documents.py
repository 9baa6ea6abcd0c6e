"""An archival document's date closing its title.

An archive's document is cited by what it is, then the day or the year it was written after a
comma, then the archive (`Докладная записка военного губернатора …, 1916 г. // ЦГА РК. Ф. 15`,
`Донесение пристава, 12 мая 1916 г. // ГАРФ`, `Raport, 3 Mart 1905 // BOA`): the closing date is
the document's date (a document has no other), kept in its title as the document is named
(`benchmarks/batteries/leftovers31.jsonl`).
"""

from __future__ import annotations

import re
from typing import Final

from citekit.dates import parse_date
from citekit.model import PartialDate

__all__ = ["document_date"]

# `, 1916 г.`, `, 12 мая 1916 г.`, `, 3 Mart 1905`, `, 12.05.1916`: a day, a month's word, a
# year and its mark, no other word
_CLOSING_DATE: Final = re.compile(
    r",\s+(?P<date>(?:\d{1,2}[.\s]\s*)?(?:[^\W\d]{3,}\.?\s+|\d{1,2}\.)?(?:1[5-9]|20)\d\d"
    r"(?:\s*(?:г|гг|ж|жж|y|yy|yıl|yılı)\.?)?)\.?$"
)


def document_date(title: str | None) -> PartialDate | None:
    """The date closing `title` after a comma (see the module's doc), None when it closes on
    none."""
    match = _CLOSING_DATE.search(title or "")
    if match is None or match.start() == 0:
        return None
    return parse_date(match["date"])
