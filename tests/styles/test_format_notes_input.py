"""`format_notes` given a document's `Note` objects, or a flat list of sources, says what it
takes (ValueError) instead of failing inside with "'Note' object is not iterable"."""

from __future__ import annotations

import re
from typing import Any

import pytest

from citekit.model import Citation, Location, Note, NoteKind
from citekit.styles import format_notes

SOURCE = Citation(type="book", title="Orta Asya’da Enerji Politikaları", publisher="Kitap")
NOTE = Note(
    number=1,
    text="Orta Asya’da Enerji Politikaları, Kitap.",
    location=Location(path="makale.md"),
    kind=NoteKind.CITATION,
    citations=(SOURCE,),
)


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        ([NOTE], "note 1: format_notes takes the list of sources each note cites, not a Note"),
        ([SOURCE], "note 1 must be a list of the sources it cites ([item] for one), not a Cit"),
        ([{"type": "book", "title": "X"}], "note 1 must be a list of the sources it cites"),
    ],
)
def test_a_wrong_shape_is_named(notes: list[Any], said: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(said)}"):
        format_notes(notes)


def test_the_right_shape_formats() -> None:
    (line,) = format_notes([[SOURCE]], style="isnad-dipnotlu")
    assert "Orta Asya’da Enerji Politikaları" in line
