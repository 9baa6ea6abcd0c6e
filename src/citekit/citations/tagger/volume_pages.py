"""Chicago cites a page in one volume of a work as the volume and the page joined by a colon
(`History of the Ottoman Empire, 2:273`): the number glued before the colon of a page, after
the title's comma, is the volume, whatever the model left it to."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, glued_to_previous

__all__ = ["volume_before_page", "volume_page_in_title"]

_DIGITS: Final = 3  # digits of a volume's number at most


def volume_before_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the bare number glued before a page's run and its colon read as the
    volume, in a note that reads no volume."""
    if any(label == "volume" for label, _, _ in found):
        return list(found)
    for label, a, _ in found:
        if label != "page" or a < 2 or tokens[a - 1].text != ":":
            continue
        number = tokens[a - 2]
        glued = glued_to_previous(tokens, a - 1) and glued_to_previous(tokens, a)
        if not glued or not number.text.isdigit() or len(number.text) > _DIGITS:
            continue
        if a < 3 or tokens[a - 3].text != ",":
            continue  # after the title's comma, not a map's scale (`Масштаб 1:2 500 000`)
        if any(r[0] != OTHER for r in found if r[1] <= a - 2 < r[2]):
            continue  # the number is some field's already
        return painted(found, ("volume", a - 2, a - 1))
    return list(found)


def volume_page_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume and page joined by a colon that a title's run went on over, with
    the author's prose after them (`Smith, Wealth of Nations, 2:311, though the passage is
    often misquoted.`), read as the volume, the page and the note's comment: the title ends at
    the comma before them."""
    if any(label in ("volume", "page") for label, _, _ in found):
        return list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + 1, b - 3):
            if tokens[k].text != "," or tokens[k + 2].text != ":":
                continue
            volume, page = tokens[k + 1], tokens[k + 3]
            glued = glued_to_previous(tokens, k + 2) and glued_to_previous(tokens, k + 3)
            if not (glued and volume.text.isdigit() and page.text.isdigit()):
                continue
            if len(volume.text) > _DIGITS or (k + 4 < b and tokens[k + 4].text != ","):
                continue
            if k + 5 < b and not tokens[k + 5].text.islower():
                continue  # the title goes on in its own capitals: no prose after
            runs = [
                ("title", a, k),
                (OTHER, k, k + 1),
                ("volume", k + 1, k + 2),
                (OTHER, k + 2, k + 3),
                ("page", k + 3, k + 4),
                (OTHER, k + 4, b),
            ]
            return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
    return list(found)
