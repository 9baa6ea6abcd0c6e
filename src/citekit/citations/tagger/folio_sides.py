"""A leaf's side glued to the cited leaf's number (`fol. 112r`, `fols. 12b–45a`, `ll. 30–30ob`,
`л. 12об`): the page the model read stops at the number and leaves the side to no field; the
side is the page's, as the leaf's number is (a manuscript is cited by its leaves' sides: the
Latin `r`/`v`, the Ottoman and Arabic-script registers' `a`/`b`, Russian `об`, romanised
`ob`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["glued_folio_side"]

_SIDES: Final = frozenset({"r", "v", "a", "b", "ob", "об"})


def _side(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a side glued to the number before it."""
    return (
        0 < k < len(tokens)
        and tokens[k].text in _SIDES
        and tokens[k - 1].text.isdecimal()
        and tokens[k - 1].end == tokens[k].start
    )


def glued_folio_side(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the sides glued to a page's leaf numbers read into the page (see the
    module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "page":
            continue
        e = b
        if _side(tokens, e):
            e += 1  # `112r`, `12b`
        if e + 1 < len(tokens) and tokens[e].text in DASHES and tokens[e + 1].text.isdecimal():
            e2 = e + 2
            if _side(tokens, e2):
                e = e2 + 1  # `12b–45a`, `30–30ob`
        elif e > b and e < len(tokens) and _side(tokens, e):
            e += 1
        if e == b or any(run[0] != OTHER for run in found[j + 1 :] if run[1] < e):
            return found
        if e < len(tokens) and tokens[e].text.isalnum() and tokens[e].start == tokens[e - 1].end:
            return found  # a word goes on: no side
        return painted(found, ("page", a, e))
    return found
