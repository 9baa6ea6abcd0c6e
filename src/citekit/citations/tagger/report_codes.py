"""A report's code closing its title after a comma (`Rethinking Deterrence in the Taiwan
Strait, PE-A2871-1, Santa Monica, Calif.: RAND Corporation, 2023.`): capitals, a hyphen and
digits (`trailing_series.REPORT_CODE`) name the report in its series, no title's words; it is
read as the number the corpus keeps in `issue`."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.trailing_series import REPORT_CODE

__all__ = ["code_closing_title"]

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
