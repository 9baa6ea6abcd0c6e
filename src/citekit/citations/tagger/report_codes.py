"""A report's code or series closing its title.

A code after a comma (`Rethinking Deterrence in the Taiwan Strait, PE-A2871-1, Santa Monica,
Calif.: RAND Corporation, 2023.`): capitals, a hyphen and digits
(`trailing_series.REPORT_CODE`) name the report in its series, no title's words; it is read as
the number the corpus keeps in `issue`. A series' name in brackets closing an APA title
(`Trends in arms transfers … (SIPRI Fact Sheet). Stockholm …`: a `[types] report` word in
it) is the report's series, no title's words. So is a bracket that closes the title on a
number's label and its number (APA's `(Publication No. 28031547)`, `(Report No. 151541-KZ)`,
`(SETA Analiz No. 287)`): the number is the work's (a report's in `issue`, as the corpus keeps
it; a thesis's or another work's in `number`), the words before the label its series when a
`[types] report` word is among them, else no field (ProQuest's `Publication`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token, text_set, written_text
from citekit.citations.trailing_series import REPORT_CODE
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_words

__all__ = [
    "code_closing_title",
    "numbered_bracket_closing_title",
    "numbered_bracket_words",
    "series_closing_title",
]

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


@functools.cache
def _number_labels() -> frozenset[str]:
    """The labels before a work's number, without their periods (`No`, `N°`, `№`)."""
    return frozenset(w.rstrip(".") for w in shipped_words("number_labels")) | {"№"}


def _numbered_bracket(tokens: list[Token], opening: int, close: int) -> tuple[int, int] | None:
    """The number's label and the number's first token in the bracket opening at `opening`
    and closing at `close`, when it holds words, a number's label and a number alone (words
    first: a case's `(No. 2)` is its name's)."""
    k = opening + 1
    while k < close and tokens[k].text not in _number_labels():
        k += 1
    number = k + 2 if k + 1 < close and tokens[k + 1].text == "." else k + 1
    if k >= close or number >= close or not tokens[number].text[:1].isdecimal():
        return None
    if k == opening + 1 or not all(t.text.isalpha() for t in tokens[opening + 1 : k]):
        return None  # `(2019–2023)`, `(vol. 2, no. 3)`: no series' words; a case's `(No. 2)`
    return k, number


def numbered_bracket_words(tokens: list[Token], labels: Sequence[str]) -> frozenset[int]:
    """The tokens of the words before a number's label in such a bracket, when its number was
    read as the work's `number` (`labels`, a token's label each), as a bracket naming no
    series is (ProQuest's `Publication`): the number's label, read, no lost text."""
    if ")" not in text_set(tokens):
        return frozenset()
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text != "(":
            continue
        last = min(len(tokens), i + _SERIES_TOKENS + 2)
        close = next((k for k in range(i + 1, last) if tokens[k].text == ")"), None)
        if close is None or (found := _numbered_bracket(tokens, i, close)) is None:
            continue
        if labels[found[1]] != "number":
            continue  # `(Reprint Series No. 12)` read otherwise: its words are no label's
        out.update(range(i + 1, found[0]))
    return frozenset(out)


def numbered_bracket_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracket closing the title on a number's label and its number read as
    the module's doc says."""
    if ")" not in text_set(tokens):
        return found  # most notes: one look-up
    for label, a, b in found:
        if label != "title":
            continue
        # the bracket closes the title's run, or the label and number after it that the model
        # read apart (`… raporu (… Raporları Serisi` `No. 7` `)`)
        close = next(
            (k for k in range(b - 1, min(len(tokens), b + _LABEL_AFTER)) if tokens[k].text == ")"),
            None,
        )
        if close is None or (close >= b and "(" not in {t.text for t in tokens[a:b]}):
            continue
        opening = next(
            (
                k
                for k in range(close - 1, max(a, close - _SERIES_TOKENS - _LABEL_AFTER), -1)
                if tokens[k].text == "("
            ),
            None,
        )
        if opening is None or opening == a:
            return found
        parts = _numbered_bracket(tokens, opening, close)
        if parts is None:
            return found
        k, number = parts
        report = has_type_cue("report", written_text(tokens, opening + 1, k))
        out = painted(found, (OTHER, opening, close + 1))
        if report:
            out = painted(out, ("collection-title", opening + 1, k))
        return painted(out, ("issue" if report else "number", number, close))
    return found


_LABEL_AFTER: Final = 4  # tokens of a number's label and number after the title's run (`No . 7 )`)
