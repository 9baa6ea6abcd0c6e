"""A book cited under its editors' heading (Chicago's `Brower, Daniel R., and Edward J.
Lazzerini, eds. Russia's Orient: Imperial Borderlands …`, `Smith, J., ed. Title: Subtitle.`):
what follows the editors' role word is the book's own title, not a host, since no `In` or
`//` names one; so a "host" run there followed by a colon and the title run is the title's
head, and the two are one title with its subtitle."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["editors_heading"]


def editors_heading(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host run right after the heading's editors (their role word, a lexicon
    `editor` mark, closing the heading) and a title after its colon made one title."""
    if len(found) < 5 or found[0][0] not in PERSONS:
        return found
    k = 0
    while k < len(found) and found[k][0] in PERSONS | {OTHER}:
        k += 1
    if k + 2 >= len(found) or found[k - 1][0] != OTHER:
        return found
    if not any("editor" in marks[i] for i in range(found[k - 1][1], found[k - 1][2])):
        return found
    host, colon, title = found[k : k + 3]
    if host[0] != "container-title" or title[0] != "title":
        return found
    if colon[0] != OTHER or [t.text for t in tokens[colon[1] : colon[2]]] != [":"]:
        return found
    between = {t.text.casefold() for t in tokens[found[k - 1][1] : found[k - 1][2]]}
    if "in" in between or "/" in between:
        return found  # `…, eds. In Title` names a host
    return painted(found, ("title", host[1], title[2]))
