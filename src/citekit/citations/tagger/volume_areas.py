"""A volume and a page as GOST's areas, the dash between them spaced (`… 1984 — Т.1 — 300-б.`,
`– Т. 2 – С. 45`): the model may read `1 — 300` as one page range. After a volume's label, the
number before a spaced long dash is the volume, the one after it the page."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import LONG_DASHES, Token

__all__ = ["volume_before_area_dash"]

_PAGE: Final = "page"


def volume_before_area_dash(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page run `N — M` after a volume's label split (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != _PAGE or b - a != 3 or a < 2 or tokens[a + 1].text not in LONG_DASHES:
            continue
        dash = tokens[a + 1]
        if not (tokens[a].end < dash.start and dash.end < tokens[a + 2].start):
            continue  # `45–52`, `45 –52`: a range
        before = tokens[a - 1].text
        label_at = a - 2 if before == "." else a - 1
        if tokens[label_at].text not in bare_labels(("volume",)):
            continue
        if not (tokens[a].text.isdecimal() and tokens[a + 2].text.isdecimal()):
            continue
        new = [("volume", a, a + 1), (OTHER, a + 1, a + 2), (_PAGE, a + 2, b)]
        return [*found[:j], *new, *found[j + 1 :]]
    return found
