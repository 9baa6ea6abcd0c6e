"""The word `Publ.` after a publisher's name. The References lists of Russian and Kazakh journals
romanise a publisher and write `Publ.` after its name (`Moscow, Nauka Publ., 1983`, the Scopus
and RSCI form): the word is the name's as written (as `Yayınları`, `Press` are), not a label
(`[words] publisher_after`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["publ_word"]


@functools.cache
def _words() -> frozenset[str]:
    """The romanised publisher's words written after its name (`[words] publisher_after`)."""
    return frozenset(shipped_words("publisher_after"))


def publ_word(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with `Publ.` just after a publisher's run given to the publisher."""
    out = list(labels)
    if "publisher" not in out:
        return out  # no publisher (the common case)
    words = _words()
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in words or out[k] != OTHER or out[k - 1] != "publisher":
            continue
        period = tokens[k + 1]
        if period.text == "." and period.start == tokens[k].end and out[k + 1] == OTHER:
            out[k] = out[k + 1] = "publisher"
    return out
