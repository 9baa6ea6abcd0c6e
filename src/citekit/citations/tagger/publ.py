"""The word `Publ.` after a publisher's name. The References lists of Russian and Kazakh journals
romanise a publisher and write `Publ.` after its name (`Moscow, Nauka Publ., 1983`, the Scopus
and RSCI form): the word is the name's as written (as `Yayınları`, `Press` are), not a label
(`[words] publisher_after`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["publ_word"]

_NAME_MAX: Final = 16  # tokens of a publisher's name at most
# what the model may read a romanised publisher's words as
_NAME_RUNS: Final = frozenset({OTHER, "title", "container-title", "publisher"})


@functools.cache
def _words() -> frozenset[str]:
    """The romanised publisher's words written after its name (`[words] publisher_after`),
    casefolded: a note typed in lower case writes `publ.`."""
    return frozenset(w.casefold() for w in shipped_words("publisher_after"))


def publ_word(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with `Publ.` just after a publisher's run given to the publisher; and, after a
    place and its comma, the words up to `Publ.` whatever the model read them as (`Ufa,
    Izd-vo Instituta «Vysshaya shkola» Publ., 1986`: the publisher's name)."""
    out = list(labels)
    if "publisher" not in out and "publisher-place" not in out:
        return out  # no imprint (the common case)
    words = _words()
    if words.isdisjoint(casefolded_set(tokens)):
        return out  # no such word in the note (most imprints, at C speed)
    for k in range(1, len(tokens) - 1):
        period = tokens[k + 1]
        if tokens[k].text.casefold() not in words or period.text != ".":
            continue
        if period.start != tokens[k].end:
            continue
        if out[k - 1] == "publisher":
            if out[k] == OTHER and out[k + 1] == OTHER:
                out[k] = out[k + 1] = "publisher"
            continue
        c = next((i for i in range(k - 1, max(0, k - _NAME_MAX), -1) if tokens[i].text == ","), 0)
        if c < 1 or c + 1 >= k or out[c - 1] != "publisher-place":
            continue
        if any(label not in _NAME_RUNS for label in out[c + 1 : k + 2]):
            continue
        out[c + 1 : k + 2] = ["publisher"] * (k + 1 - c)
    return out
