"""A note headed by its author's initials before the family name, the name closed by its
period (`Дж. Смит. Британская империя …`, `Sh. Ualikhanov. On the Kyrgyz.`): when the model
read the name into the title's run, the initials (one capital, or a digraph's two letters with
no vowel: `Дж.`, `Ch.`, `Sh.`) and the family are the author, the title starts after them; so
with a comma after the family (`W. K. Fraser-Tytler, Afghanistan: …`), unless the initials run
together (`U.S. Congress, …`: a body).
The family may open with its particle (`А. фон Гумбольдт. Космос. М., 1866.`), and the title
may be one word (`A. Humboldt. Kosmos. Stuttgart, 1845.`), unless that word names a place.
GOST's other order, a double family joined by a hyphen before its initials (`Halasi-Kun T.
Philologica. – Budapest, 1942`, `Бестужев-Рюмин К. Н. Русская история`), read into the title's
run, is the author too: no title opens on two capitalised words glued by a hyphen and an
initial."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import capitalised, initial_word, is_initial
from citekit.citations.tagger.name_words import name_particles, name_vowels
from citekit.citations.tagger.tokens import Token

__all__ = ["hyphenated_head", "initials_head"]

_IMPRINT: Final = frozenset({"publisher-place", "publisher", "issued", "container-title"})
_PLACES: Final = frozenset({"cities", "places", "Bcities", "Bplaces"})


def _initial(text: str) -> bool:
    """One capital, or a digraph's two letters with no vowel (`Дж`, `Ch`): no word (`Ел`)."""
    return is_initial(text) or (initial_word(text) and name_vowels().isdisjoint(text.casefold()))


def initials_head(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `I. Family. Title` opening the title's run read as author, then title,
    when the note names no author and goes on past the title."""
    if not found or found[0][0] != "title" or found[0][1] != 0 or len(found) < 2:
        return list(found)  # most notes
    if any(run[0] == "author" for run in found) or not {r[0] for r in found} & _IMPRINT:
        return list(found)
    _, _, b = found[0]
    k = 0
    while k + 1 < b and _initial(tokens[k].text) and tokens[k + 1].text == ".":
        k += 2
    initials = k
    while 0 < k < b - 1 and lower(tokens[k].text) in name_particles():
        k += 1  # `фон`, `von`, `de`: the family's particle
    if k == 0 or k + 2 >= b or not capitalised(tokens[k].text) or len(tokens[k].text) < 2:
        return list(found)
    family = k
    if _glued_part(tokens, k + 1, b):
        k += 2  # `W. K. Fraser-Tytler, Afghanistan`: a double family
    if k + 2 >= b or tokens[k + 1].text not in ".," or not tokens[k + 2].text[:1].isupper():
        return list(found)
    if tokens[k + 1].text == "," and any(
        tokens[i].start == tokens[i - 1].end for i in range(2, initials, 2)
    ):
        return list(found)  # `U.S. Congress, Title`: initials run together name a body
    if marks[family] & _PLACES or (k + 3 == b and marks[k + 2] & _PLACES):
        return list(found)  # `St. Petersburg. Guide to the City`: a place, no family
    if any(tokens[i].start != tokens[i - 1].end for i in range(1, initials, 2)):
        return list(found)  # `Дж.`: each initial's period glued to it
    return [("author", 0, k + 1), (OTHER, k + 1, k + 2), ("title", k + 2, b), *found[1:]]


def _glued_part(tokens: list[Token], k: int, b: int) -> bool:
    """Whether a hyphen at `k` glues a second capitalised part to the family before it."""
    if k + 1 >= b or tokens[k].text != "-" or not capitalised(tokens[k + 1].text):
        return False
    return tokens[k].start == tokens[k - 1].end and tokens[k + 1].start == tokens[k].end


_ROMAN: Final = frozenset("IVXLC")  # `Петр I.`: a ruler's numeral, no initial


def hyphenated_head(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `Family-Family I. Title` opening the title's run read as author, then
    title, when the note names no author and goes on past the title (module doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0 or len(found) < 2:
        return list(found)  # most notes
    if any(run[0] == "author" for run in found) or not {r[0] for r in found} & _IMPRINT:
        return list(found)
    b = found[0][2]
    if b < 7 or tokens[1].text != "-" or not all(capitalised(tokens[k].text) for k in (0, 2)):
        return list(found)
    if tokens[1].start != tokens[0].end or tokens[2].start != tokens[1].end:
        return list(found)  # the hyphen glued to both parts (`Halasi-Kun`), no dash
    if marks[0] & _PLACES or marks[2] & _PLACES:
        return list(found)  # `Алма-Ата`, `Бад-Эмс`: a place's name
    k = 3
    while k + 1 < b and is_initial(tokens[k].text) and tokens[k + 1].text == ".":
        k += 2
    if k == 3 or k >= b or not tokens[k].text[:1].isupper() or tokens[3].text in _ROMAN:
        return list(found)
    return [("author", 0, k), ("title", k, b), *found[1:]]
