"""A print run closes a GOST description after the book's extent (`— 216 с. — 2000 экз.`,
`— 448 б. — 5000 дана.`, `— 640 с. — 100 000 прим.`, `Тираж 1500 экз.`): the number before a
word that counts copies (`[words] print_run`) is how many were printed, never the book's year,
page, volume or extent, however much it looks like a year."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["print_run"]


@functools.cache
def _copies() -> frozenset[str]:
    """The words that count a print run's copies, casefolded, without their period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("print_run"))


def print_run(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the digits before a copies' word read as no field (see the module's doc)."""
    words = _copies()
    if words.isdisjoint(casefolded_set(tokens)):
        return found
    out = found
    for k in range(1, len(tokens)):
        if tokens[k].text.casefold() not in words or not tokens[k - 1].text.isdecimal():
            continue
        a = k - 1
        while a > 0 and tokens[a - 1].text.isdecimal() and len(tokens[a].text) == 3:
            a -= 1  # `100 000 прим.`: a number in groups of three
        if any(label != OTHER and c < k and d > a for label, c, d in out):
            out = painted(out, (OTHER, a, k))
    return out
