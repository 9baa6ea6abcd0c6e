"""An abbreviation written as capitals each with its period and no space (`U.R.S.S.`, `S.S.C.B.`,
`С.Ш.А.`) is one word: when the title takes part of it, it takes it whole, its periods in (`La
révolte des nations en U.R.S.S., Paris`), whatever the model called its other pieces, and a
place after it starts after its last period (`… en U.R.S.S. Paris : Flammarion`). A place
the abbreviation closes before the publisher's colon takes it whole (`Washington, D.C.:`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token

__all__ = ["dotted_abbreviations", "may_hold_dotted"]

_IN_TITLE: Final = frozenset({"title", OTHER})  # what the model may call a title's pieces
_PLACE: Final = "publisher-place"
_IN_PLACE: Final = frozenset({_PLACE, OTHER})  # what the model may call a dotted place's pieces


def may_hold_dotted(text: str) -> bool:
    """Whether `text` may hold a dotted abbreviation (`U.R.S.S.`); False is certain: two
    one-character tokens, each with its period, with no space (``\\S\\.\\S\\.``), what every
    dotted abbreviation of `dotted_abbreviations` holds (a precheck: most notes hold none).
    Told from the text's periods alone (a pattern that opens with a class is tried at every
    character)."""
    at = text.find(".", 1)
    last = len(text) - 3
    while 0 <= at <= last:
        if text[at + 2] == "." and not text[at - 1].isspace() and not text[at + 1].isspace():
            return True
        at = text.find(".", at + 1)
    return False


def _imprint(tokens: list[Token], j: int) -> bool:
    """Whether the publisher's colon follows the abbreviation that ends before `j`."""
    return j < len(tokens) and tokens[j].text == ":"


def _capital(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _attached(tokens: list[Token], k: int) -> bool:
    return tokens[k].start == tokens[k - 1].end


def _title_takes(labels: list[str], i: int, j: int) -> bool:
    """Whether the title takes the whole abbreviation `i:j`: what it did not take is a title's
    piece, or the head of a place that goes on past it (`en U.R.S.S. Paris :`, where the place
    run took `S. Paris` for an initial's name; a dotted place, `N.Y.`, is a place whole)."""
    rest = set(labels[i:j]) - _IN_TITLE
    if not rest:
        return True
    return rest == {_PLACE} and j < len(labels) and labels[j] == _PLACE


def dotted_abbreviations(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with each dotted abbreviation the title takes part of given to it whole."""
    out = list(labels)
    if "title" not in out and _PLACE not in out:
        return out
    i = 0
    while i + 3 < len(tokens):
        if i and _attached(tokens, i) and tokens[i - 1].text[-1:].isalnum():
            i += 1
            continue  # inside a word (`Ph.D.`'s `D`)
        j = i
        while (
            j + 1 < len(tokens)
            and _capital(tokens[j])
            and (j == i or _attached(tokens, j))
            and tokens[j + 1].text == "."
            and _attached(tokens, j + 1)
        ):
            j += 2
        if j - i >= 4 and "title" in out[i:j] and _title_takes(out, i, j):
            out[i:j] = ["title"] * (j - i)
        elif j - i >= 4 and out[i] == _PLACE and set(out[i:j]) <= _IN_PLACE and _imprint(tokens, j):
            out[i:j] = [_PLACE] * (j - i)  # `(Washington, D.C.: World Bank`: the place's whole
        i = max(j, i + 1)
    return out
