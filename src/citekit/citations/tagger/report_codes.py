"""A report's code or series closing its title.

A code after a comma (`Rethinking Deterrence in the Taiwan Strait, PE-A2871-1, Santa Monica,
Calif.: RAND Corporation, 2023.`): capitals, a hyphen and digits
(`trailing_series.REPORT_CODE`) name the report in its series, no title's words; it is read as
the number the corpus keeps in `issue`. A series' name in brackets closing an APA title
(`Trends in arms transfers … (SIPRI Fact Sheet). Stockholm …`: a `[types] report` word in
it) is the report's series, no title's words."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.trailing_series import REPORT_CODE
from citekit.citations.type_cues import has_type_cue

__all__ = ["code_closing_title", "series_closing_title"]

_CODE_TOKENS: Final = 9  # tokens of a code at most (`RR - A 1452 - 3`)


def code_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a code read as the issue (see the module's doc)."""
    if any(run[0] == "issue" for run in found):
        return found
    for label, a, b in found:
        if label != "title":
            continue
        for k in range(max(a + 1, b - _CODE_TOKENS - 1), b - 1):
            if tokens[k].text != ",":
                continue
            if REPORT_CODE.fullmatch(written_text(tokens, k + 1, b)) is not None:
                return painted(painted(found, (OTHER, k, k + 1)), ("issue", k + 1, b))
        return found
    return found


_SERIES_TOKENS: Final = 8  # tokens of a series' name in brackets at most


def series_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a report's series in brackets closing the title read as the series."""
    for label, a, b in found:
        if label != "title" or b - a < _SERIES_TOKENS // 2 or tokens[b - 1].text != ")":
            continue
        if a > 0 and tokens[a - 1].text in OPENING_MARKS:
            return found  # `«Soft Power … (Report)»`: the quoted title's own bracket
        opening = next(
            (k for k in range(b - 2, max(a, b - _SERIES_TOKENS - 2), -1) if tokens[k].text == "("),
            None,
        )
        if opening is None or opening == a or ")" in {t.text for t in tokens[opening + 1 : b - 1]}:
            return found
        if not has_type_cue("report", written_text(tokens, opening + 1, b - 1)):
            return found
        out = painted(found, (OTHER, opening, opening + 1))
        out = painted(out, ("collection-title", opening + 1, b - 1))
        return painted(out, (OTHER, b - 1, b))
    return found
