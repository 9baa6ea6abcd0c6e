"""An author's initials the model read as another field: `van Wincoop, E. (2003).`, where
the lone `E.` between the family name's comma and the date's bracket was read as a host. A
run of capitals with their periods alone (`E.`, `J. E.`, `A.-M.`), right after an author's
run and its comma and right before the date, is that author's given name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["initials_before_date"]

_MARKS: Final = frozenset({".", "-"})
_OPENING: Final = frozenset({"(", "["})


def _initials(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are capitals with their periods: one letter, then its period."""
    texts = [t.text for t in tokens[a:b]]
    letters = [w for w in texts if w not in _MARKS]
    return (
        bool(letters)
        and texts[-1] == "."
        and all(len(w) == 1 and w.isupper() for w in letters)
        and all(texts[k + 1] in _MARKS for k, w in enumerate(texts[:-1]) if w not in _MARKS)
    )


def initials_before_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such initials given to the author before them (see the module's doc)."""
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label in ("author", OTHER) or b - a > 6 or not _initials(tokens, a, b):
            continue
        gap, before = found[j - 1], found[j - 2]
        if gap != (OTHER, a - 1, a) or tokens[a - 1].text != "," or before[0] != "author":
            continue
        if b >= len(tokens) or tokens[b].text not in _OPENING:
            continue
        after = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
        if after is None or after[0] != "issued" or after[1] != b + 1:
            continue
        return painted(found, ("author", before[1], b))
    return found
