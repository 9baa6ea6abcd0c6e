"""A report's series named after its imprint or its title.

A body's papers are issued in numbered series, and many notes name the series last, after the
imprint's year: `… Washington, DC: World Bank, 2015. Policy Research Working Paper 7241.`,
`… Washington: PONARS Eurasia, 2013. Policy Memo No. 290.`, `… Ankara: ORSAM, 2015. ORSAM
Rapor No. 12.`, `… Алматы, 2019. Аналитический доклад № 3.` A report's word (the language
files' `[types] report`) in that closing part makes the work a report, whatever field the
parse put the series in, or none. The closing part holds no title (in an author-date note the
year comes first and the title after it: `Smith, J. (2010). Title. Central Asia Report, 5(2)`),
no address, and the work no periodical's volume nor a page range.

A series whose word names a report only with its number's label after it (`[types] report`
entries closed by one: `Paper No`, `Cable No`, `тетрадь №`) is read with that label: `CAP Paper
No. 274`, `Kennan Cable No. 56`, `Рабочая тетрадь № 47/2019` are a body's numbered papers;
so is one read with its number that closes on a series' word (`[words] series_end`: `FAO
Forestry and Rangeland Paper 12`, `Migration and Development Brief 29`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import RANGE, has_type_cue
from citekit.languages import shipped_words

__all__ = ["ieee_reported", "report_series_after", "series_numbered"]

_ADDRESS: Final = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_LABEL: Final = re.compile(r"\s*(\w+|№)\.?:?\s*\d")  # the number's label after a series
_NUMBERED: Final = re.compile(r"\s*(?:\w+|№)\.?:?\s*\d[\w/-]*\)")  # `No. 2020-3)`
_SERIES: Final = ("genre", "collection-title")  # the fields a numbered series is read into


def series_numbered(fields: Mapping[str, object], text: str) -> bool:
    """Whether the series read with the report's number (its genre or collection), with the
    number's label written after it, names a report (see the module's doc)."""
    if not fields.get("issue"):
        return False
    for key in _SERIES:
        series = str(fields.get(key) or "")
        at = text.find(series) if series else -1
        label = _LABEL.match(text, at + len(series)) if at >= 0 else None
        if label is not None and has_type_cue("report", f"{series} {label.group(1)}"):
            return True
        if series and _series_ends().intersection(series.split()[-1:]):
            return True  # `FAO Forestry and Rangeland Paper 12`: its closing word, its number
    return _bracketed_series(fields, text)


@functools.cache
def _series_ends() -> frozenset[str]:
    """The words closing a report's series before its bare number (`[words] series_end`)."""
    return frozenset(shipped_words("series_end"))


@functools.cache
def _abbreviated() -> re.Pattern[str]:
    """IEEE's report words (`[words] report_abbreviated`: `Tech. Rep.`, `Rep.`) written after a
    comma and before a comma or a number (a label's word may stand between: `Rep. no. 12`)."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("report_abbreviated"), key=len))
    return re.compile(rf",\s*(?:{words})(?=\s*,|\s+(?:\S+\s+)?[\w/-]*\d)", re.IGNORECASE)


def ieee_reported(fields: Mapping[str, object], text: str) -> bool:
    """Whether IEEE's report words follow the title outside any host of a volume: `"Title,"
    IEA, Paris, France, Tech. Rep., Apr. 2022.`, `…, Rep. no. 172345, 2022.`"""
    title = str(fields.get("title") or "")
    at = text.find(title) if title else -1
    return at >= 0 and not fields.get("volume") and _abbreviated().search(text, at) is not None


def _bracketed_series(fields: Mapping[str, object], text: str) -> bool:
    """Whether the genre and its labelled number fill the bracket right after the title,
    with no thesis's bracket after it: APA's report series, whatever its words
    (`Title (Economic Research No. 2020-3). National Bank of Kazakhstan.`)."""
    title, genre = str(fields.get("title") or ""), str(fields.get("genre") or "")
    if fields.get("container-title") or not title or not genre:
        return False
    at = text.find(f"{title} ({genre}")
    if at < 0:
        return False
    closed = _NUMBERED.match(text, at + len(title) + len(genre) + 2)
    return closed is not None and not text[closed.end() :].lstrip().startswith("[")


def report_series_after(fields: Mapping[str, object], text: str) -> bool:
    """Whether a report's series closes the note after its imprint's year (see the module's
    doc)."""
    year = getattr(fields.get("issued"), "year", None)
    if year is None or fields.get("volume") or RANGE.search(str(fields.get("page") or "")):
        return False
    read = _ADDRESS.sub(" ", text)  # an address's own year and words (`/2021-05/new-report`)
    at = read.rfind(str(year))
    if at < 0:
        return False
    tail = read[at + len(str(year)) :]
    title = str(fields.get("title") or "")
    if not tail.strip(" .,;)") or (title and title in tail):
        return False
    return has_type_cue("report", tail)


# a report's own code (`RR-A1452-3`, `PE-A2871-1`, `WP-23-04`): capitals, a hyphen, digits
# … or a document symbol of slashed parts closing on a number (`ECE/CEP/188`, `WP/19/45`)
REPORT_CODE: Final = re.compile(
    r"[A-Z]{1,4}\s?-\s?[A-Z]{0,2}\d[\dA-Z]*(?:\s?-\s?\d+)*|[A-Z]{1,5}(?:/[A-Z\d.]{1,6})*/\d{1,5}"
)


def coded_report(fields: Mapping[str, object]) -> bool:
    """Whether a house's work with no host is numbered by a report's code after its title
    (`…, RR-A1452-3 (Santa Monica, CA: RAND Corporation, 2022)`): a series' code, no book's
    issue."""
    issue = str(fields.get("issue") or "")
    if not issue or fields.get("container-title") or fields.get("volume"):
        return False
    return bool(fields.get("publisher")) and REPORT_CODE.fullmatch(issue) is not None
