"""An edition named by its kind alone: `(Rev. ed.)`, `Rev. ed.,`, `Revised edition`,
`Genişletilmiş Baskı`. A qualifying word of an edition (`[words] edition_kind`) right before an
edition's word, with no number between them, is the edition itself (the word as written)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["edition_alone"]

_OPENS: Final = frozenset({"(", "[", ".", ",", ";"})  # what stands before the edition's words


@functools.cache
def _kinds() -> frozenset[str]:
    """The single-word qualifiers (`Rev.`, `Revised`), their period left out; not `and`."""
    words = (w.rstrip(".") for w in shipped_words("edition_kind") if " " not in w)
    return frozenset(w for w in words if w[:1].isupper())


def edition_alone(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a qualifier before an edition's word (no number) read as the edition."""
    if "edition" in (run[0] for run in found) or text_set(tokens).isdisjoint(_kinds()):
        return found
    for label, a, b in found:
        if label != OTHER:
            continue
        for k in range(max(a, 1), b):
            if tokens[k].text not in _kinds() or tokens[k - 1].text not in _OPENS:
                continue
            word = k + 2 if k + 2 < len(tokens) and tokens[k + 1].text == "." else k + 1
            if word < len(tokens) and "Bedition" in marks[word]:
                return painted(found, ("edition", k, k + 1))
    return found
