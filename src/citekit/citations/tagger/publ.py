"""The word `Publ.` after a publisher's name. The References lists of Russian and Kazakh journals
romanise a publisher and write `Publ.` after its name (`Moscow, Nauka Publ., 1983`, the Scopus
and RSCI form): the word is the name's as written (as `Yayınları`, `Press` are), not a label."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token

__all__ = ["publ_word"]

_WORD: Final = "Publ"


def publ_word(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with `Publ.` just after a publisher's run given to the publisher."""
    out = list(labels)
    if "publisher" not in out:
        return out  # no publisher (the common case)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != _WORD or out[k] != OTHER or out[k - 1] != "publisher":
            continue
        period = tokens[k + 1]
        if period.text == "." and period.start == tokens[k].end and out[k + 1] == OTHER:
            out[k] = out[k + 1] = "publisher"
    return out
