"""A site or a periodical named after GOST's `//` with no title after it (`Күлтегін ескерткіші
// Türik Bitig. URL: …`): the model may read the name as a person's. After `//`, a run read as
an author that holds no initial and no comma, with no title nor host after it, is the host: a
host's own author stands before its title (`// Иванов И. И. Title`), and a person's name in a
note is written with initials or beside a title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.tokens import Token

__all__ = ["host_read_as_author"]

_WORKS: Final = frozenset({"title", "container-title", "collection-title"})


def host_read_as_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a host read so (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "author" or a < 2 or tokens[a - 1].text != "/" or tokens[a - 2].text != "/":
            continue
        if j == 0 or found[j - 1][0] != OTHER or found[j - 1][1] != a - 2:
            continue
        if any(run[0] in _WORKS for run in found[j + 1 :]):
            return found
        if any(t.text == "," or (is_initial(t.text) and len(t.text) == 1) for t in tokens[a:b]):
            return found
        return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
    return found
