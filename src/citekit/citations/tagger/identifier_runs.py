"""An identifier the model labelled that has no identifier's shape: an ISBN of fewer than ten
digits (`IEC 61850-7-2`: its `7`), a DOI that does not open with `10.`. The exact rules read
every real one ahead of the model; such a run is no field's, and its words are reported
unread."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["shapeless_identifiers"]

_ISBN_DIGITS: Final = 10  # digits of an ISBN at least (ISBN-10's check digit may be `X`)


def _shaped(label: str, text: str) -> bool:
    if label == "ISBN":
        return sum(c.isdigit() or c in "Xx" for c in text) >= _ISBN_DIGITS
    return "10." in text  # a DOI's prefix


def shapeless_identifiers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each ISBN or DOI run of no identifier's shape read as no field's."""
    if not any(label in ("ISBN", "DOI") for label, _, _ in found):
        return found
    out: list[Run] = []
    for label, a, b in found:
        if label in ("ISBN", "DOI") and not _shaped(label, "".join(t.text for t in tokens[a:b])):
            label = OTHER
        out.append((label, a, b))
    return out
