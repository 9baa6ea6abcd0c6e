"""A host's name of two sentences (`// Государственное управление. Электронный вестник. 2020.
№ 78`, `// Вестник КазНУ. Серия историческая. 2015`, `// ҚазҰУ Хабаршысы. Тарих сериясы`):
a periodical names its series or its kind after its title's period, and both are the name it
is cited by. Two pieces the model read as the host right after GOST's `//`, with only that
period between, are one host, kept whole."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_over_period"]

_HOST: Final = "container-title"


def host_over_period(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two host runs a period alone parts read as one (see the module's doc)."""
    if "/" not in text_set(tokens):
        return found  # no `//` in the note
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != _HOST or found[j + 2][0] != _HOST:
            continue
        gap, after = found[j + 1], found[j + 2]
        if gap[1] != b or gap[2] != b + 1 or tokens[b].text != "." or after[1] != b + 1:
            continue
        if a < 2 or tokens[a - 1].text != "/" or tokens[a - 2].text != "/":
            continue  # GOST's host after `//` only (`The World Factbook. CIA.`: a site, its body)
        return [*found[:j], (_HOST, a, after[2]), *found[j + 3 :]]
    return found
