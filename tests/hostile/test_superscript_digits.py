"""Superscript digits in a note (issue 12): a pasted note number, a year written `²⁰¹⁹`."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind

LOC = Location(path="article.md")


def test_a_pasted_note_number_is_read_as_absent() -> None:
    note = parse_note(1, "¹Там же, с. 5.", location=LOC)
    assert (note.kind, note.page, note.text) == (NoteKind.IBID, "5", "¹Там же, с. 5.")
    note = parse_note(12, "¹² Kaya A. Tarih. Ankara: TTK, 2019.", location=LOC)
    assert note.citations[0].title == "Tarih"


@pytest.mark.parametrize("text", ["P. ²⁰¹⁹", "Kaya A. Tarih. Ankara, ²⁰¹⁹.", "²⁰¹⁹ ¹²³⁴ 2019 x²"])
def test_superscript_digits_are_no_number_and_no_error(text: str) -> None:
    note = parse_note(1, text, location=LOC)
    assert note.text == text
    assert all(c.issued is None or c.issued.year == 2019 for c in note.citations)
