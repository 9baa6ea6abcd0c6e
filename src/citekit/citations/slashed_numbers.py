"""A number written with a slash is one number: a resolution's, a decision's or a law's
designation (`Resolution 50/80`, `Резолюция ГА ООН 50/80`, `61/295 sayılı karar`,
`Regulation (EU) 2016/679`) ends its title at the number after the slash, not before it."""

from __future__ import annotations

import re
from typing import Final

from attrs import evolve

from citekit.model import Citation

__all__ = ["whole_slashed_number"]

_AFTER: Final = re.compile(r"/(\d+)(?![\d/])")  # the slash and the number after it


def _extended(text: str, field: str | None) -> tuple[str, str] | None:
    """`field` with the slash and number `text` writes after it, and that number; None when
    `field` does not end in a number `text` follows with a slash."""
    if not field or not field[-1:].isdigit():
        return None
    at = text.find(field)
    if at < 0:
        return None
    after = _AFTER.match(text, at + len(field))
    if after is None:
        return None
    return field + after.group(), after.group(1)


def _without(unparsed: tuple[str, ...], number: str) -> tuple[str, ...]:
    """`unparsed` with the number taken into a field removed from the piece that opens with it."""
    out: list[str] = []
    for piece in unparsed:
        if number and piece.split()[:1] == [number]:
            piece = piece[len(number) :].strip()
            number = ""
        if piece:
            out.append(piece)
    return tuple(out)


def whole_slashed_number(text: str, found: Citation) -> Citation:
    """`found` with its title (or host) closed after the slashed number `text` writes at its
    end (`… Resolution 50/80`) when the reader ended it at the slash."""
    for key in ("title", "container"):
        grown = _extended(text, getattr(found, key))
        if grown is not None:
            field, number = grown
            unparsed = _without(found.unparsed, number)
            return evolve(found, **{key: field}, unparsed=unparsed)  # type: ignore[arg-type]
    return found
