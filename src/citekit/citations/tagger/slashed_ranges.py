"""İSNAD's `Journal Volume/Issue (Year)` with a double or gathered issue (`Mecmuası 11/1-4
(1949-1950)`, `Belleten 12/3-4 (1948)`): the range glued after the volume's slash, before the
bracketed date, is the issue, and the bracket holds the date, never the host's words."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = ["issue_range_after_slash"]

_RANGE: Final = 3  # tokens of `1-4`
_BRACKET: Final = 6  # tokens inside a date's bracket at most (`Nisan 2000`, `1949-1950`)


def _glued_range(tokens: list[Token], k: int) -> bool:
    """Whether tokens `k`… are two numbers and a dash, glued, the second larger (`1-4`)."""
    if k + _RANGE > len(tokens) or tokens[k + 1].text not in SHORT_DASHES:
        return False
    first, dash, last = tokens[k : k + _RANGE]
    if not (first.text.isdecimal() and last.text.isdecimal()):
        return False
    return first.end == dash.start and dash.end == last.start and int(first.text) < int(last.text)


def issue_range_after_slash(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an issue's range after the volume's slash and before a bracket read as
    the issue, and that bracket's words the date when the host's run took them in."""
    labels = [label for label, _, _ in found]
    if "issue" in labels or labels.count("volume") != 1:
        return found  # most notes (at C speed)
    _, a, b = found[labels.index("volume")]
    k = b + 1
    if b - a != 1 or k >= len(tokens) or tokens[b].text != "/" or not _glued_range(tokens, k):
        return found
    if tokens[b - 1].end != tokens[b].start or tokens[b].end != tokens[k].start:
        return found  # `11/1-4`: all glued
    opens = k + _RANGE
    if opens >= len(tokens) or tokens[opens].text != "(":
        return found
    close = next(
        (
            i
            for i in range(opens + 1, min(len(tokens), opens + _BRACKET + 2))
            if tokens[i].text == ")"
        ),
        None,
    )
    if close is None or close == opens + 1:
        return found
    if any(
        label not in (OTHER, "container-title", "issued")
        for label, c, d in found
        if c < close + 1 and d > k
    ):
        return found
    out = painted(found, ("issue", k, opens))
    if any(label == "container-title" for label, c, d in out if c < close and d > opens):
        out = painted(painted(out, (OTHER, opens, close + 1)), ("issued", opens + 1, close))
    return out
