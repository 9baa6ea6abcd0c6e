"""APA's reference with no author (`Carpet Day celebrated across the country. (2023, May 28).
Turkmenistan: The Golden Age. https://…`): the title moves to the author's place, before the
bracketed date, and the name after the date is the site that published it, before its
address. The model read that name as a second title where it has a colon of its own. A
body's name before the date is the author's (`Ministry of Energy. (2017). Title. https://…`),
and the title after it the work's."""

from __future__ import annotations

from typing import Final

from citekit._text import unmixed
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["site_after_dated_title"]

_OPENING: Final = 2  # tokens before the title at most (a list's number: `4.`)
_AFTER: Final = frozenset({OTHER, "URL", "DOI", "accessed"})  # what may follow the site


def site_after_dated_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run, between a title and its bracketed date before it and
    an address after it, read as the host (see the module's doc)."""
    read = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(read) < 4 or found[read[0]][0] != "title" or found[read[0]][1] > _OPENING:
        return found
    first, dated, second = read[:3]
    if found[dated][0] != "issued" or found[second][0] != "title":
        return found
    if any(found[j][0] not in _AFTER for j in read[3:]) or found[read[3]][0] not in ("URL", "DOI"):
        return found
    _label, a, b = found[dated]
    if a == 0 or tokens[a - 1].text != "(" or b >= len(tokens) or tokens[b].text != ")":
        return found
    if found[first][2] > a or any(run[0] == "container-title" for run in found):
        return found
    _title, c, d = found[second]
    head = unmixed(" ".join(t.text for t in tokens[found[first][1] : found[first][2]]))
    if is_organisation(head) or head == unmixed(" ".join(t.text for t in tokens[c:d])):
        return found  # `Ministry of … . (2020). Title. https:`: the body's name, read as a title
    return [*found[:second], ("container-title", c, d), *found[second + 1 :]]
