"""GOST's access area: after its dash, a word and a colon stand before the address as its
label (`– URL:`, `– Режим доступа:`, `– Қолжетімді:`, `– Available at:`), in whatever language
the editor wrote it. So does a word opening its own sentence or part after a period or a comma
(`24.08.2023. Salgy: https://…`, the Turkmen "address"), shortened or not (`– Avail. at:`).
That word names no site, publisher or place: an imprint's place is followed by its
publisher, never by an address."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["address_label", "label_closing_title"]

_NAMING: Final = frozenset({"container-title", "publisher", "publisher-place"})
_OPENS: Final = frozenset({*DASHES, ".", ",", ";"})  # what stands before an area's first word
_LABELLED: Final = 4  # tokens of a title, its period and a label at least


def _address_at(found: list[Run], j: int, colon: int) -> bool:
    """Whether the address's run is run `j`, at the colon or after it, or the one after the
    colon's own run."""
    if j < len(found) and found[j][0] == "URL" and found[j][1] in (colon, colon + 1):
        return True
    alone = j < len(found) and found[j][0] == OTHER and found[j][1:] == (colon, colon + 1)
    return alone and j + 1 < len(found) and found[j + 1][0] == "URL"


def address_label(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word naming run between an area's dash (a period, a comma) and the
    colon that opens the address's run given to no field."""
    if all(run[0] != "URL" for run in found):  # the precheck: no address in the note
        return list(found)
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        if (
            label in _NAMING
            and b - a == 1
            and a > 0
            and tokens[a - 1].text in _OPENS
            and tokens[a].text.isalpha()
            and (colon := _colon(tokens, b)) is not None
            and _address_at(out, j + 1 if colon == b else j + 2, colon)
        ):
            out[j] = (OTHER, a, b)
        elif (
            label in _NAMING
            and b - a > _OWN_WORDS
            and tokens[b - 2].text == "."
            and tokens[b - 1].start > tokens[b - 2].end
            and tokens[b - 1].text.isalpha()
            and tokens[b - 1].text[:1].isupper()
            and (colon := _colon(tokens, b)) is not None
            and _address_at(out, j + 1 if colon == b else j + 2, colon)
        ):  # `// TDH. Salgy: https://…`: the label closes the host's run
            out[j : j + 1] = [(label, a, b - 2), (OTHER, b - 2, b)]
    return out


_OWN_WORDS: Final = 2  # tokens of a run the label closes besides it and its period, at least one


_TAIL: Final = 3  # tokens of a shortened label's tail before its colon (`Avail. at:`)


def _colon(tokens: list[Token], b: int) -> int | None:
    """The label's colon: at b, or after a shortened word's period and small words (`Avail.
    at:`)."""
    for k in range(b, min(len(tokens), b + _TAIL + 1)):
        text = tokens[k].text
        if text == ":":
            return k
        if text != "." and not (text.isalpha() and text.islower()):
            return None
    return None


_PLACES: Final = frozenset({"cities", "places"})  # the lexicon's marks of a place's name


def label_closing_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an address's label read as the title's last sentence (`(2021) Қазақстан
    халқының ұлттық құрамы. Астана. Қолжетімді: https://…`) given to no field, and a known
    place's sentence before it to the place."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "title" or b - a < _LABELLED or b + 1 >= len(tokens):
            continue
        if tokens[b].text != ":" or not _address_at(found, j + 1, b):
            continue
        if tokens[b - 2].text != "." or not tokens[b - 1].text.isalpha():
            return found
        out = painted(found, (OTHER, b - 2, b))
        place = b - 3
        if tokens[place - 1].text == "." and marks[place] & _PLACES and place - 1 > a:
            out = painted(
                painted(out, (OTHER, place - 1, place)), ("publisher-place", place, b - 2)
            )
        return out
    return found
