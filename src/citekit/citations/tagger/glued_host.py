"""A host is set off from the title it holds by a mark (`//`, a period, a comma, `In:`):
a host's run that opens the note and runs straight into the title's, no mark between
(`Энциклопедический словарь Брокгауза и Ефрона. — СПб., 1890—1907.`), is the title's own
head, one name."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_host"]


def glued_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an opening host run glued to the title after it read as the title."""
    if len(found) < 2 or found[0][0] != "container-title" or found[1][0] != "title":
        return found
    (_, a, b), (_, c, d) = found[0], found[1]
    if a != 0 or b != c or not tokens[b - 1].text.isalpha() or not tokens[c].text.isalpha():
        return found
    if any(other[0] == "container-title" for other in found[2:]):
        return found
    return [("title", a, d), *found[2:]]
