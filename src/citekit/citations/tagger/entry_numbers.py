"""An entry's own number before its names. A numbered reference list pasted as notes keeps
each entry's number (`14. Кадырбаев А. Ш. …`, Vancouver's `3. Smith J, …`): a number of one
to three digits that opens the note, its period glued to it and a capitalised word after it,
is the list's, never a person's; the model may read it into the first author's run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["entry_number", "entry_number_runs"]

_MAX_DIGITS: Final = 3  # a list's number; four digits are a year


def _opens(tokens: list[Token]) -> bool:
    """Whether an entry's number opens the note (`14. Кадырбаев`): one to three digits, their
    period glued, a capitalised word after a space."""
    number, period, word = tokens[0], tokens[1], tokens[2]
    return (
        len(number.text) <= _MAX_DIGITS
        and period.text == "."
        and period.start == number.end
        and word.start != period.end
        and word.text[:1].isupper()
    )


def entry_number_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an entry's number that a later pass read back into the first person's run
    (Turabian's `3. Nursultan Nazarbayev, The Kazakhstan Way, trans. …`) taken out again."""
    if len(tokens) < 3 or not tokens[0].text.isdecimal() or not found:
        return found  # no number opens the note (the common case)
    label, a, b = found[0]
    if label not in PERSONS or a != 0 or b <= 2 or not _opens(tokens):
        return found
    return [(OTHER, 0, 2), (label, 2, b), *found[1:]]


def entry_number(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with an entry's number that opens the note (`14.`) taken out of the person's
    run the model read it into."""
    if len(tokens) < 3 or not tokens[0].text.isdecimal() or labels[0] not in PERSONS:
        return list(labels)  # no number opens the note (the common case)
    if not _opens(tokens) or labels[2] != labels[0]:
        return list(labels)
    return [OTHER, OTHER, *labels[2:]]
