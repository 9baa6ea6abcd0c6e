"""GOST's host after `//` runs to its sentence's period: `// Central Asia and the Caucasus.
2014. Vol. 15` names the journal whole. Words the model left to no field between the host's
run and that period, right before the year, are the host's (a lower-case `and the` inside an
English journal's name is no end of it)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.proceedings import host_mark
from citekit.citations.tagger.tokens import Token

__all__ = ["host_to_period"]

_WORDS_MAX: Final = 6  # words of the name the model left out at most
_JOINING: Final = frozenset({"-", "&", "'", "’"})


def host_to_period(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host after `//` widened over the words left to no field before its
    period, when the year follows that period."""
    start = host_mark(tokens)
    if start is None:
        return found  # most notes: no `//` (one look-up at C speed first)
    j = next((i for i, run in enumerate(found) if run[1] >= start and run[0] != OTHER), None)
    if j is None or found[j][0] != "container-title" or j + 1 >= len(found):
        return found
    label, b, c = found[j + 1]
    if label != OTHER or c - b < 2 or c - b > _WORDS_MAX + 1:
        return found
    stop = c - 1
    if tokens[stop].text != "." or stop == b or c >= len(tokens) or not is_year(tokens[c].text):
        return found
    words = tokens[b:stop]
    if not all(t.text.isalpha() or t.text in _JOINING for t in words):
        return found
    if not any(t.text.islower() for t in words) or not words[-1].text[:1].isupper():
        return found  # `and the Caucasus`: a name's inner word, then its capitalised end
    a = found[j][1]
    return [*found[:j], ("container-title", a, stop), (OTHER, stop, c), *found[j + 2 :]]
