"""A role's abbreviation inside a journal's abbreviated name. IEEE and ACM lists abbreviate
`Transactions` as the translator's `Trans.` (`IEEE Trans. Smart Grid, vol. 3`, `ACM Trans.
Graph., vol. 38`): the word that stands right before the abbreviation, with no comma or period
between them, belongs to the host's run, so the names after it are the host's words, no
translator's; so are they after a body's initials that open the part (`ACM Trans. Graph.`).
A translator's label follows a comma or a period (`…, trans. A. Smith`, `Title. Trans. A.
Smith.`)."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import Token

__all__ = ["role_word_in_host"]


@functools.cache
def _labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in bare_labels(("translator",), abbreviated=True))


def role_word_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a translator run after a host's `<word> Trans.` read as the host's name."""
    for j, (label, t, e) in enumerate(found):
        if label != "translator" or t < 3 or tokens[t - 1].text != ".":
            continue
        if tokens[t - 2].text.casefold() not in _labels() or not tokens[t - 3].text.isalnum():
            continue
        host = next((i for i in range(j) if found[i][1] <= t - 3 < found[i][2]), None)
        if host is None or not all(
            tok.text[:1].isupper() or tok.text == "." for tok in tokens[t:e]
        ):
            continue
        kept: list[Run] = []
        start = found[host][1]
        if found[host][0] != "container-title":
            if found[host][0] != OTHER or not _acronym_opens(tokens, t - 3):
                continue
            kept = [(OTHER, start, t - 3)] if start < t - 3 else []
            start = t - 3
        return [*found[:host], *kept, ("container-title", start, e), *found[j + 1 :]]
    return found


def _acronym_opens(tokens: list[Token], k: int) -> bool:
    """Whether token k is a body's initials (`IEEE`, `ACM`) opening a part after a mark."""
    word = tokens[k].text
    return k > 0 and len(word) >= 2 and word.isupper() and not tokens[k - 1].text.isalnum()
