"""A table, figure or box a note points at after the imprint is its locator, like its page:
statistics offices and banks are cited for one table (`Manila: ADB. Table 2.1.`, `Ankara: TÜİK.
Tablo 4.2.`, `– Астана, 2023. – Табл. 3.`, `Washington, DC: IMF. Figure 1.3`). A figure's word
(`[words] figure_reference`) and its number closing a publisher's, a place's or a host's run
after its period or comma are left to no field; the name before them is the publisher's whole."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["figure_locator"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place", "container-title"})
_CUTS: Final = frozenset({".", ","})  # what sets the locator off from the name before it


@functools.cache
def _figures() -> frozenset[str]:
    """The figure's words of every language (`table`, `tablo`, `табл`), folded, no period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("figure_reference"))


def _locator(tokens: list[Token], k: int, b: int) -> bool:
    """Whether tokens `k`..`b` are a figure's word and its number, a period at most between
    and after them (`Table 2.1.`, `Табл. 3`)."""
    if tokens[k].text.casefold() not in _figures():
        return False
    rest = [t.text for t in tokens[k + 1 : b] if t.text != "."]
    return 0 < len(rest) <= 3 and rest[0][:1].isdigit()


def figure_locator(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a figure's word and number closing an imprint's run left to no field
    (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label not in _IMPRINT:
            continue
        for k in range(a + 2, b - 1):
            if tokens[k - 1].text in _CUTS and _locator(tokens, k, b):
                return [*found[:j], (label, a, k - 1), (OTHER, k - 1, b), *found[j + 1 :]]
    return found
