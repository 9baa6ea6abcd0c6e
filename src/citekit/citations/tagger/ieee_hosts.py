"""A proceedings' host as IEEE writes it after a quoted title's `,” in`: the conference's name
with its words abbreviated (`Proc. IEEE Int. Conf. Commun. (ICC)`, `2020 IEEE Int. Conf. on
Industrial Technology (ICIT)`) runs to the first comma outside brackets, its periods and its
bracketed acronym inside it; the capitalised words between that comma and the year (`Paris,
France, 2017`) are where the conference sat, never an author. The host is only ever widened
to that comma (a name the model read past it keeps its own end)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_cue

__all__ = ["ieee_proceedings"]

_BEFORE_IN: Final = frozenset({",", "”", '"', "’"})  # `…,” in` closes the quoted title
_OPEN: Final = frozenset("([")
_CLOSE: Final = frozenset(")]")
_HOST_MAX: Final = 40  # tokens of a conference's name at most
_PLACE_MAX: Final = 8  # tokens of `City, State, Country,` at most
_YEAR_DIGITS: Final = 4


def _in_at(tokens: list[Token]) -> int | None:
    """The token `in` right after the quoted title's comma or closing quote, or None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text == "in" and tokens[k - 1].text in _BEFORE_IN:
            return k
    return None


def _name_end(tokens: list[Token], h: int) -> int | None:
    """The comma that closes a name opened at token `h` (none inside brackets), or None."""
    depth = 0
    for k in range(h, min(len(tokens), h + _HOST_MAX)):
        text = tokens[k].text
        if text in _OPEN:
            depth += 1
        elif text in _CLOSE:
            depth = max(0, depth - 1)
        elif text == "," and depth == 0:
            return k
    return None


def _year(token: Token) -> bool:
    return len(token.text) == _YEAR_DIGITS and token.text.isdecimal()


def _place_end(tokens: list[Token], a: int) -> int | None:
    """The end of `City, Country` written from token `a` up to the comma before a year: only
    capitalised words and commas, or None."""
    for k in range(a, min(len(tokens) - 1, a + _PLACE_MAX)):
        text = tokens[k].text
        if text == "," and _year(tokens[k + 1]):
            return k if k > a else None
        if text != "," and not (text.isalpha() and text[0].isupper()):
            return None
    return None


def ieee_proceedings(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a conference's host after `,” in` widened to its closing comma, and the
    conference's place after it read as the place."""
    k = _in_at(tokens)
    if k is None:
        return found
    h = k + 1
    host = next((run for run in found if run[0] == "container-title" and run[1] == h), None)
    e = _name_end(tokens, h)
    if host is None or e is None or host[2] > e:
        return found
    text = tokens[h].text if e == h + 1 else " ".join(t.text for t in tokens[h:e])
    if not has_cue("conference", text):
        return found
    out = painted(found, ("container-title", h, e)) if host[2] < e else found
    place = _place_end(tokens, e + 1)
    if place is not None:
        out = painted(out, ("publisher-place", e + 1, place))
    return out
