"""Chicago's note writes an author and a comma before the title, and the imprint in brackets
after it (`Name, Title (Place: Publisher, Year)`); a work with no author opens on its title,
which the imprint's bracket follows at once (`SIPRI Military Expenditure Database (Stockholm:
Stockholm International Peace Research Institute, 2023)`). A person's run that the bracket
follows with no title between is that title, whatever the model took it for."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_before_imprint"]

_PERSONS: Final = frozenset({"author", "editor"})


def title_before_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the opening person's run read as the title when the imprint's bracket
    (`(Place:`) follows it and no title stands before the bracket."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] not in _PERSONS or j + 3 >= len(found):
        return list(found)
    _, a, b = found[j]
    bracket, place, colon = found[j + 1], found[j + 2], found[j + 3]
    if [t.text for t in tokens[bracket[1] : bracket[2]]] != ["("]:
        return list(found)
    if place[0] != "publisher-place" or [t.text for t in tokens[colon[1] : colon[2]]] != [":"]:
        return list(found)
    if any(label in _PERSONS for label, _, _ in found[j + 1 :]):
        return list(found)  # a second person's run: the model read another form
    out = list(found)
    out[j] = ("title", a, b)
    for k in range(j + 4, len(out)):  # the house after the colon the model read as the title
        if out[k][0] == "title":
            out[k] = ("publisher", out[k][1], out[k][2])
        if tokens[out[k][1]].text == ")":
            break
    return out
