"""A report's word in a title (a document's name, or an activity a book is about), and a report's
month in its imprint.

`Rapor`, `Доклад`, `Report` name a document: in a title they tell a report. Some report words
name an activity instead (`[types] report_series_only`: Turkish `Analiz`, analysis): a body's
series is named by it (`SETA Analiz, No. 350`) and a subtitle may be that word alone (`…:
Analiz. Ankara`), but a phrase going on after it is a book's title about analysing (`Enerji
Piyasası: Analiz ve Yorum`, `Sosyal Medya Analiz Yöntemleri`), and so is a compound a hyphen
joins it to (`Felsefe-yöntem-analiz`). A report is also told by its date: a work in no host
whose imprint dates it to a month (`Moscow: Carnegie Moscow Center, June 2016`), unless a
letter's word names it one (`Letter from …, Omsk, March 1856`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.correspondence import names_correspondence
from citekit.citations.names import is_organisation
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_type_words

__all__ = ["month_dated", "report_titled", "yearly_titled"]


@functools.cache
def _activity_words() -> re.Pattern[str]:
    """The report words that name an activity, whole words, any case, when the phrase goes on
    after them (`Analiz ve Yorum`, `analiz yöntemleri`); one closing a part of the title
    (`…: Analiz.`, `SETA Analiz, No. 350`) names the document still."""
    words = sorted(shipped_type_words("report_series_only"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    # … or one a hyphen joins to the words before it (`Felsefe-yöntem-analiz`): a compound's
    return re.compile(
        rf"(?<!\w)(?:{alternatives})(?=\s+\w)|(?<=\w[-‐])(?:{alternatives})(?!\w)", re.IGNORECASE
    )


@functools.cache
def _yearly() -> re.Pattern[str]:
    """A measure a body publishes each year, named with its edition's year beside it (`[types]
    yearly`: `Global Peace Index 2023`, `2021 Index of Economic Freedom`); a span of years
    after other words is a bibliography's (`Index Islamicus 1906–1955`)."""
    words = sorted(shipped_type_words("yearly"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?<![\w-]){year}\s+(?:{alternatives})(?!\w)|(?<!\w)(?:{alternatives})\s+{year}(?![\d–—-])",
        re.IGNORECASE,  # APA's sentence case: `World energy outlook 2022`
    )


def yearly_titled(title: str) -> bool:
    """Whether `title` names a yearly measure by its edition's year (`Global Peace Index 2023`)."""
    return _yearly().search(title) is not None


def report_titled(title: str) -> bool:
    """Whether `title` holds a report's word that names a document, not an activity."""
    if not has_type_cue("report", title):
        return False
    rest = _activity_words().sub(" ", title)
    return rest == title or has_type_cue("report", rest)


# a book's marks besides its imprint: a host, a serial's numbers, an edition, a book's count
_BOOK_MARKS: Final = (
    *("container-title", "volume", "issue", "edition", "ISBN", "number-of-pages"),
    *("editor", "translator", "collection-title"),
)


def _by_body(fields: Mapping[str, object]) -> bool:
    """Whether a body wrote the work: an author's name as written is a body's (`IMF`)."""
    authors = fields.get("author")
    if not isinstance(authors, tuple) or not authors:
        return False
    literals = [getattr(a, "literal", None) for a in authors]
    return all(
        isinstance(n, str) and (is_organisation(n) or acronyms_only(n.split())) for n in literals
    )


def month_dated(fields: Mapping[str, object], text: str) -> bool:
    """Whether a work in no host, issued by an imprint (`Moscow: Carnegie Moscow Center, June
    2016`, `Ankara, Ekim 2023`) or written by a body (`IMF, World Economic Outlook, April
    2024`), is dated to its month, no day: a report's date (a book's imprint names its year; a
    periodical's issue has a host)."""
    issued = fields.get("issued")
    if getattr(issued, "month", None) is None or getattr(issued, "day", None) is not None:
        return False
    imprint = fields.get("publisher") or fields.get("publisher-place") or _by_body(fields)
    if not imprint or any(fields.get(k) for k in _BOOK_MARKS):
        return False
    return not names_correspondence(text)  # `Letter from …, Omsk, March 1856`: a letter
