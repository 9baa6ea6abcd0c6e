"""A family name with an elided particle glued to it (`Carrère d’Encausse`, `Giscard
d’Estaing`, `D'Annunzio`) written inverted at a note's start: `Carrère d’Encausse, Hélène,
L’Empire éclaté, …`, `… d’Encausse, Hélène. L’Empire …`. The one capitalised word between the
name's comma and the next comma or period is the given name (a title never opens so, one word
cut off by a comma), whatever the model read it as."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["elided_inverted"]

from citekit.citations.tagger.tokens import Token

_PERSON: Final = "author"
_TITLE: Final = "title"
_ELIDED: Final = frozenset({"d", "D"})
_APOSTROPHES: Final = frozenset({"’", "'"})
_FAMILY: Final = 5  # tokens before the particle at most (`Carrère`, `Giscard`)


def _word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def elided_inverted(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the given name after an opening `Family d’Name,` given to the author."""
    out = list(labels)
    k = next((i for i in range(min(len(tokens) - 5, _FAMILY)) if tokens[i].text in _ELIDED), None)
    if k is None:
        return out  # the exact precheck: no `d` in the note's first words (nearly all notes)
    particle, apostrophe, family = tokens[k], tokens[k + 1], tokens[k + 2]
    if (
        particle.end != apostrophe.start
        or apostrophe.text not in _APOSTROPHES
        or apostrophe.end != family.start
        or not _word(family.text)
        or tokens[k + 3].text != ","
        or not all(_word(t.text) for t in tokens[:k])
        or any(label != _PERSON for label in out[: k + 3])
    ):
        return out
    given = k + 4
    end = given + 1
    if end + 2 < len(tokens) and tokens[end].text == "-" and _word(tokens[end + 1].text):
        end += 2  # `Marie-Hélène`
    if (
        end >= len(tokens)
        or tokens[end].text not in (",", ".")
        or not all(_word(t.text) for t in tokens[given:end:2])
        or out[given] == _PERSON
        or _TITLE not in out[end:]
    ):
        return out
    out[k + 3 : end] = [_PERSON] * (end - k - 3)
    return out
