"""APA's `volume(issue)`: the issue in brackets glued to the volume's number (`Journal of
Neuroscience, 282(1801), 20142155`, `Geoderma, 361(1904), 114–120`). A number of four digits
there looks like a year, but the note dates itself elsewhere (`Brown, A. (2018).`): the
bracketed number is the issue, and the year the one the author's bracket gives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token, glued_to_previous, text_set

__all__ = ["glued_issue"]

_YEAR: Final = 4  # digits of a year


def glued_issue(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the year-like number of a volume's glued bracket read as its issue, when
    a year labelled elsewhere dates the note (module docstring)."""
    out = list(labels)
    if "(" not in text_set(tokens):
        return out  # no bracket (most notes)
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != "(" or tokens[i + 2].text != ")" or out[i + 1] != "issued":
            continue
        if out[i - 1] != "volume" or not tokens[i - 1].text.isdecimal():
            continue
        if not (
            glued_to_previous(tokens, i)
            and glued_to_previous(tokens, i + 1)
            and glued_to_previous(tokens, i + 2)
        ):
            continue  # `Studia Iranica 23 (1995)`: a spaced bracket holds the year
        dated = any(
            label == "issued" and tokens[k].text.isdecimal() and len(tokens[k].text) == _YEAR
            for k, label in enumerate(out)
            if k != i + 1
        )
        if dated:
            out[i + 1] = "issue"
    return out
