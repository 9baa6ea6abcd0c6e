"""A court's decision told by its numbers: a court's name with a case's register number, a
case's name with its law report, its application's or its docket's number, an EU court's case
number or a case law identifier. Read by the type rules (`worded_types`) for every language;
the labels are the language files' `[legal] case_number`, the courts their `[types] court`."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.tagger.decisions import (
    APPLICATION,
    ECLI,
    EU_CASE,
    labelled_case,
    law_report,
    spaced_v,
)
from citekit.citations.tagger.prechecks import slashed_digits
from citekit.citations.type_cues import has_type_cue

__all__ = ["court_numbered"]

# a case's number: `2019/123`, `28749/18`, `3/2015` (a court's register number and year, either
# order)
_CASE_NUMBER: Final = re.compile(r"\b(?:\d{4}/\d{1,6}|\d{2,6}/\d{2}|\d{1,6}/(?:19|20)\d\d)\b")


def court_numbered(text: str) -> bool:
    """A court's name with a case's number, a case's name with its law report, its
    application's number (`Kavala v. Turkey, no. 28749/18`) or its docket's (`Case No. …`),
    or an EU court's case number or a case law identifier (`C-402/05 P`, `ECLI:EU:C:2008:461`)."""
    if ("EU:" in text or "ECLI:" in text) and ECLI.search(text) is not None:
        return True
    slashed = slashed_digits(text)  # what the case numbers' patterns need (told at C speed)
    if "-" in text and slashed and EU_CASE.search(text) is not None:
        return True
    if spaced_v(text):
        if law_report(text) is not None:
            return True
        if slashed and APPLICATION.search(text) is not None:
            return True
        if labelled_case().search(text) is not None:
            return True  # `Prosecutor v. Tadić, Case No. IT-94-1-A`: a docket's number
    return slashed and _CASE_NUMBER.search(text) is not None and has_type_cue("court", text)
