"""A set's count after its imprint's year: `London: Routledge, 1965, 2 vols.`, `Tehrān: Forughi,
1965. 3 vols.`, `Wiesbaden, 1967. 4 Bde.`, `İstanbul, 1990, 12 cilt.`, `1909, in 6 vols.` A
number and a word that counts a set's volumes (`[words] volumes_counted`) or names a volume in
Latin letters, written after it (a cited volume's word stands before its number, `c. 3`, or the
number is an ordinal's, `3. cilt`), standing alone after the year and closing the note, says how
many volumes the work has: no title, no host, no volume (it is reported as unplaced). The host
the model read before such a count is the title. Kazakh and Kyrgyz notes write a cited volume
after the year without its hyphen (`1989. – 2 т.`): a Cyrillic `т.`, `том` stays the volume."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import has_cyrillic
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import LONG_DASHES, Token
from citekit.citations.tagger.totals import set_count
from citekit.languages import shipped_words

__all__ = ["count_after_year"]

_NAMES: Final = frozenset({"title", "container-title", "collection-title"})
_BEFORE: Final = frozenset({",", "."}) | LONG_DASHES  # what stands between the year and the count


@functools.cache
def _counts() -> frozenset[str]:
    """The words that count a set's volumes or name a volume, without their period: not the
    Cyrillic `т.`, `том`, which Kazakh and Kyrgyz notes write after a cited volume's number
    without its hyphen (`1989. – 2 т. – 380 б.`: `2-т.`)."""
    named = (w for w in shipped_words("volume") if not has_cyrillic(w))
    return frozenset(w.rstrip(".").casefold() for w in (*shipped_words("volumes_counted"), *named))


@functools.cache
def _volumes_in() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("volumes_in"))


def _after_year(tokens: list[Token], run: Run) -> bool:
    """Whether an unlabelled run holds only the marks (and a set's `in`) before a count."""
    words = [tokens[k].text for k in range(run[1], run[2])]
    return (
        run[0] == OTHER
        and any(w in _BEFORE for w in words)
        and all(w in _BEFORE or w.casefold() in _volumes_in() for w in words)
    )


def _closing_count(tokens: list[Token], a: int) -> bool:
    """Whether the note ends on a number at `a` and a count's word (`12 cilt.`, `9 т.`)."""
    if a + 1 >= len(tokens) or not tokens[a].text.isdecimal():
        return False
    if tokens[a + 1].text.rstrip(".").casefold() not in _counts():
        return False
    return all(t.text == "." for t in tokens[a + 2 :])


def count_after_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a set's count after the imprint's year read as no field's (module doc)."""
    if "issued" not in {r[0] for r in found}:
        return found
    # the run of a field before each run (-1: none), found in one walk, not one per run
    fielded: list[int] = []
    last = -1
    for i in range(len(found)):
        fielded.append(last)
        if found[i][0] != OTHER:
            last = i
    for j in range(2, len(found)):
        label, a, b = found[j]
        year = fielded[j]
        if year < 0 or found[year][0] != "issued":
            continue
        between = found[year + 1 : j]
        if not between or not all(_after_year(tokens, r) for r in between):
            continue
        if label == "volume" and _closing_count(tokens, a):
            return painted(found, (OTHER, a, b))
        if label not in _NAMES:
            continue
        end = set_count(tokens, marks, a, b)
        if end is None or end < b - 1:
            continue
        out = painted(found, (OTHER, a, b))
        if label == "title" and not any(r[0] == "title" for r in out):
            out = [
                ("title", c, d) if kind == "container-title" else (kind, c, d) for kind, c, d in out
            ]
        return out
    return found
