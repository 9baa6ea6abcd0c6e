"""Chicago's note writes an author and a comma before the title, and the imprint in brackets
after it (`Name, Title (Place: Publisher, Year)`); a work with no author opens on its title,
which the imprint's bracket follows at once (`SIPRI Military Expenditure Database (Stockholm:
Stockholm International Peace Research Institute, 2023)`). A person's run that the bracket
follows with no title between is that title, whatever the model took it for. A title's own
list may end on `, and` before a name (`Ukraine: Background, Conflict with Russia, and U.S.
Policy`): after the authors and the title, that name is the title's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["imprint_after_host", "title_before_imprint", "title_list_tail"]

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
    if any(t.text == "," for t in tokens[a:b]):
        return list(found)  # `Serahsî, el-Mebsût (Beyrut:`: the author and the title in one run
    out = list(found)
    out[j] = ("title", a, b)
    for k in range(j + 4, len(out)):  # the house after the colon the model read as the title
        if out[k][0] == "title":
            out[k] = ("publisher", out[k][1], out[k][2])
        if tokens[out[k][1]].text == ")":
            break
    return out


def title_list_tail(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a person's run after the title's `, and` given back to the title when the
    authors stand before the title (`Cory Welt, Ukraine: Background, Conflict with Russia, and
    U.S. Policy, CRS Report`): the title's list ends so, no second author's."""
    for j in range(3, len(found)):
        label, _, b = found[j]
        joint, title = found[j - 1], found[j - 2]
        if label != "author" or title[0] != "title" or joint[0] != OTHER:
            continue
        words = [t.text for t in tokens[joint[1] : joint[2]]]
        if words[-1:] == [] or "and" not in marks[joint[2] - 1] or words[:-1] not in ([], [","]):
            continue
        if not any(run[0] == "author" for run in found[: j - 2]):
            continue
        return [*found[: j - 2], ("title", title[1], b), *found[j + 1 :]]
    return list(found)


_PLACE_WORDS: Final = 3  # words of a place at most (`Fort Worth`, `New York`)
_HOUSE_TOKENS: Final = 6  # tokens of a house's name at most (`IEEE`, `Oxford University Press`)


def imprint_after_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run that runs on past its period into `Place: House` read as the
    imprint, when the pages follow it (Wikipedia's `Proceedings of … (IGARSS). Fort Worth: IEEE.
    pp. 1234–1237.`): a series' colon inside a journal's name (`Вестник КазНУ. Серия:
    Филология. – 2019`) is followed by its year, not by the pages."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b + 1 >= len(tokens) or tokens[b].text != ".":
            continue
        if "Bpage" not in marks[b + 1]:
            continue
        colon = next((k for k in range(b - 2, a, -1) if tokens[k].text == ":"), None)
        if colon is None or b - colon - 1 > _HOUSE_TOKENS:
            continue
        dot = next((k for k in range(colon - 1, a, -1) if tokens[k].text == "."), None)
        if dot is None or dot <= a + 1 or tokens[dot + 1].start == tokens[dot].end:
            continue
        place = tokens[dot + 1 : colon]
        if not 0 < len(place) <= _PLACE_WORDS or not all(t.text[:1].isupper() for t in place):
            continue
        runs: list[Run] = [
            (label, a, dot),
            (OTHER, dot, dot + 1),
            ("publisher-place", dot + 1, colon),
            (OTHER, colon, colon + 1),
            ("publisher", colon + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return list(found)
