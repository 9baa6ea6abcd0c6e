"""A title may open with places: `Almaty, Astana and the Politics of Capital Relocation.
London: Routledge`, `Москва, Ташкент, Алматы: города империи. М.: Наука`, `Алматы – Астана:
екі астана тарихы`, `Ankara, Moskova ve Pekin Arasında Orta Asya, İstanbul: …`. The model,
seeing a known city right after the author, reads it as the place, as a second name or as no
field's word, and starts the title after it. When the note names its place of publication
after the title, the cities between the author's name and the title, joined by commas, dashes
or `and`, are the title's first words.

A city inside the author's run is the title's only after an initial's period (`Ataýew, A.
Aşgabat, Mary, Daşoguz: …`), never a name's word (`Smith, Mary, Land Reform`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, labels_at, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["place_opens_title"]

_SEPARATORS: Final = frozenset({",", "–", "—", "-"})
_REACH: Final = 12  # tokens of the cities' list before the title, at most
_PERSONS: Final = frozenset({"author", "editor", "translator"})
# runs the model may have read the cities as
_MISREAD: Final = frozenset({OTHER, "publisher-place", "author", "container-title"})


@functools.cache
def _joins() -> frozenset[str]:
    """The words `and` of every shipped language, lower case (`and`, `ve`, `и`, `we`)."""
    return frozenset(w.lower() for w in shipped_words("and_"))


def _city(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    """Whether token `i` is a city spelled out: a one-letter abbreviation (`М.`, `Л.`) is an
    initial's shape, and a title spells its cities out."""
    return "cities" in marks[i] and len(tokens[i].text) > 1


def _list_start(tokens: list[Token], marks: list[set[str]], a: int) -> int:
    """The first token of the cities' list that ends right before token `a` (`a` when none
    does): cities, and separators or `and` between them."""
    s, i = a, a - 1
    while i >= 0 and a - i <= _REACH:
        text = tokens[i].text
        if _city(tokens, marks, i):
            s, i = i, i - 1
        elif (
            (text in _SEPARATORS or text.lower() in _joins())
            and i > 0
            and _city(tokens, marks, i - 1)
        ):
            i -= 1
        else:
            break
    return s


def _initial_before(tokens: list[Token], s: int) -> bool:
    """Whether an initial's period stands right before token `s` (`A. Aşgabat`)."""
    return s >= 2 and tokens[s - 1].text == "." and len(tokens[s - 2].text) == 1


def _word_before(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> int | None:
    """The first token of a lone word the model read as a place right before the title's comma,
    at a sentence's start (`Leiden: Brill` named after it): `2020. Language, Nation and State
    …`. A listed city is left to the cities' list."""
    if j < 2 or found[j - 1][0] != OTHER or found[j - 2][0] != "publisher-place":
        return None
    _, s, d = found[j - 2]
    if d - s != 1 or found[j - 1][1:] != (d, d + 1) or tokens[d].text != ",":
        return None
    if s < 2 or tokens[s - 1].text != "." or "cities" in marks[s] or not tokens[s].text.isalpha():
        return None
    return s


def place_opens_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the cities that open the title given back to it (see the module)."""
    j = first_run(found, "title")
    if j is None or j == 0 or found[0][0] not in _PERSONS or found[0][1] != 0:
        return found  # most notes: a title with no author before it, or none
    if not any(run[0] == "publisher-place" for run in found[j + 1 :]):
        return found  # the place of publication is not named after the title
    _, a, b = found[j]
    if (word := _word_before(tokens, marks, found, j)) is not None:
        return painted(found, ("title", word, b))
    if found[0][0] != "author":
        return found
    # `Moskova ve Pekin`
    joined = tokens[a].text.lower() in _joins() and _city(tokens, marks, a - 1)
    listed = a >= 2 and tokens[a - 1].text in _SEPARATORS and _city(tokens, marks, a - 2)
    if not (joined or listed):
        return found
    s = _list_start(tokens, marks, a)
    if s in (0, a) or tokens[s - 1].text not in (".", ","):
        return found
    labels = labels_at(found, len(tokens))
    if any(label not in _MISREAD for label in labels[s:a]):
        return found
    for label, c, d in found:
        if label in _PERSONS and c < s < d and not _initial_before(tokens, s):
            return found  # a name's own word (`Smith, Mary, Land Reform`)
    return painted(found, ("title", s, b))
