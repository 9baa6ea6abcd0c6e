"""A second number read as the volume after the year that follows the first
(`Vestnik MGIMO-Universiteta 14/3 (2021), 35, https://doi.org/…`): a journal's numbers, its
year, then the page cited. The model reads a bare number after a host's numbers as a volume
more often than as a page; a record holds one volume, so the second was lost."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["volume_read_twice"]

_PAGES: Final = re.compile(r"\d{1,5}(?:[-–]\d{1,5})?")
_BEFORE: Final = frozenset({",", ":"})


def volume_read_twice(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second volume run that is a page or a range, after a comma or a colon
    and after the year read after the first volume, read as the page, when no page was
    read."""
    volumes = [k for k, run in enumerate(found) if run[0] == "volume"]
    if len(volumes) != 2 or any(run[0] == "page" for run in found):
        return found
    first, second = volumes
    if not any(found[k][0] == "issued" for k in range(first + 1, second)):
        return found
    _label, a, b = found[second]
    if a == 0 or tokens[a - 1].text not in _BEFORE:
        return found
    if b < len(tokens) and tokens[b].text in "/:":
        return found  # `2/1145-1158`: a volume and its pages
    if _PAGES.fullmatch("".join(t.text for t in tokens[a:b])) is None:
        return found
    return [*found[:second], ("page", a, b), *found[second + 1 :]]
