"""A set's count after its imprint's year: `London: Routledge, 1965, 2 vols.`, `Tehrān: Forughi,
1965. 3 vols.`, `Wiesbaden, 1967. 4 Bde.`, `İstanbul, 1990, 2 cilt.` A number and a word that
counts a set's volumes (`[words] volumes_counted`) standing alone after the year says how many
volumes the work has: no title, no host, no field of ours (it is reported as unplaced)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.totals import set_count

__all__ = ["count_after_year"]

_NAMES: Final = frozenset({"title", "container-title", "collection-title"})
_BEFORE: Final = frozenset({",", "."})  # what stands between the year and the count


def count_after_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a set's count after the imprint's year read as no field's (module doc)."""
    if "issued" not in {r[0] for r in found}:
        return found
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label not in _NAMES or found[j - 1][0] != OTHER or found[j - 2][0] != "issued":
            continue
        if tokens[found[j - 1][1]].text not in _BEFORE or found[j - 1][2] - found[j - 1][1] != 1:
            continue
        end = set_count(tokens, marks, a, b)
        if end is not None and end >= b - 1:
            return painted(found, (OTHER, a, b))
    return found
