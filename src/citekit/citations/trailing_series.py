"""A report's series named after its imprint.

A body's papers are issued in numbered series, and many notes name the series last, after the
imprint's year: `… Washington, DC: World Bank, 2015. Policy Research Working Paper 7241.`,
`… Washington: PONARS Eurasia, 2013. Policy Memo No. 290.`, `… Ankara: ORSAM, 2015. ORSAM
Rapor No. 12.`, `… Алматы, 2019. Аналитический доклад № 3.` A report's word (the language
files' `[types] report`) in that closing part makes the work a report, whatever field the
parse put the series in, or none. The closing part holds no title (in an author-date note the
year comes first and the title after it: `Smith, J. (2010). Title. Central Asia Report, 5(2)`),
no address, and the work no periodical's volume nor a page range.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import RANGE, has_type_cue

__all__ = ["report_series_after"]

_ADDRESS: Final = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


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
