"""A range typed with a typesetter's hyphen: word processors and typeset sources join a range's
two numbers with the non-breaking hyphen (U+2011), the hyphen (U+2010), the figure dash
(U+2012) or the minus sign (U+2212) as readily as with `-` or `–` (`С. 12‑15`, `pp. 102‒110`,
`vol. 3‑4`). Glued to both numbers, the second greater, the mark makes one range of a page's,
volume's or issue's number whatever the model made of its second number."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["typeset_ranges"]

TYPESET_DASHES: Final = frozenset("\u2010\u2011\u2012\u2212")
_NUMBERS: Final = frozenset({"page", "volume", "issue"})


def _range_end(tokens: list[Token], k: int) -> int | None:
    """The token after a range's second number when a typesetter's hyphen at `k` joins two
    numbers glued to it, the second greater or shortened (`12‑15`, `1102‑04`)."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].text not in TYPESET_DASHES:
        return None
    first, mark, second = tokens[k - 1], tokens[k], tokens[k + 1]
    if not (first.text.isdecimal() and second.text.isdecimal()):
        return None
    if first.end != mark.start or mark.end != second.start:
        return None
    whole = len(second.text) >= len(first.text)
    return k + 2 if not whole or int(second.text) > int(first.text) else None


def typeset_ranges(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each page's, volume's or issue's run that ends at a typesetter's hyphen
    joining two numbers run on to the range's second number."""
    if TYPESET_DASHES.isdisjoint(text_set(tokens)):
        return found  # most notes
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        end = _range_end(tokens, b) if label in _NUMBERS else None
        if end is None:
            continue
        out[j] = (label, a, end)
        # by place, not identity: compiled code boxes tuples afresh
        out = [
            run if i == j or run[2] <= b or run[1] >= end else (run[0], end, run[2])
            for i, run in enumerate(out)
        ]
    return [run for run in out if run[1] < run[2]]
