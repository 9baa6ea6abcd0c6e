"""GOST's host area (`// Kazakhstan in the Making: Legitimacy, Symbols, and Social Changes / ed.
by M. Laruelle. – Lanham : Lexington Books, 2016`): after `//` the host's title runs to the
responsibility's spaced slash, the next area's dash or its sentence's period. When the model
broke a host of commas and `and` into names and houses (`Legitimacy` a publisher, `Symbols`
an author), the area with no number in it is the host's whole."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import LONG_DASHES, Token

__all__ = ["host_area"]

_BROKEN: Final = frozenset({"author", "editor", "translator", "publisher", "publisher-place"})


def _area_end(tokens: list[Token], a: int) -> int:
    """Where the host's title that opens at `a` ends: a spaced single slash, a spaced colon,
    a dash or a sentence's period."""
    for k in range(a + 1, len(tokens)):
        text = tokens[k].text
        spaced = tokens[k - 1].end < tokens[k].start
        colon = text == ":" and spaced  # `: электронная версия`: the host's other information
        # `// Сборник трудов. М.: Наука`: a sentence's period after a word (no initial's)
        worded = text == "." and len(tokens[k - 1].text) > 1 and k + 1 < len(tokens)
        if worded and tokens[k + 1].start > tokens[k].end:
            return k
        if text in LONG_DASHES or colon or (text == "/" and spaced and k + 1 < len(tokens)):
            end = k
            while end > a and tokens[end - 1].text in ".,":
                end -= 1  # the area's closing period
            return end
    return len(tokens)


def host_area(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host broken into other fields read whole (see the module's doc)."""
    s = slashes_at(tokens)
    if s < 1:
        return found
    a = s + 2
    first = next((run for run in found if run[1] >= a and run[0] != "other"), None)
    if first is None or first[0] != "container-title" or first[1] != a:
        return found
    end = _area_end(tokens, a)
    if any(t.text.isdecimal() for t in tokens[a:end]):
        return found  # `// Вестник МГУ. Сер. 8`: a series' number, read by its own passes
    inside = {label for label, b, e in found if b >= a and e <= end}
    if inside.isdisjoint(_BROKEN) or first[2] >= end:
        return found
    return painted(found, ("container-title", a, end))
