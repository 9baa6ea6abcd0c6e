"""An entry's own number before its names. A numbered reference list pasted as notes keeps
each entry's number (`14. Кадырбаев А. Ш. …`, Vancouver's `3. Smith J, …`): a number of one
to three digits that opens the note, its period glued to it and a capitalised word after it,
is the list's, never a person's; the model may read it into the first author's run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["entry_number"]

_MAX_DIGITS: Final = 3  # a list's number; four digits are a year


def entry_number(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with an entry's number that opens the note (`14.`) taken out of the person's
    run the model read it into."""
    if len(tokens) < 3 or not tokens[0].text.isdecimal() or labels[0] not in PERSONS:
        return list(labels)  # no number opens the note (the common case)
    number, period, word = tokens[0], tokens[1], tokens[2]
    if (
        len(number.text) > _MAX_DIGITS
        or period.text != "."
        or period.start != number.end
        or word.start == period.end
        or not word.text[:1].isupper()
        or labels[2] != labels[0]
    ):
        return list(labels)
    return [OTHER, OTHER, *labels[2:]]
