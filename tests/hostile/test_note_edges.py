"""Notes that end where a rule looks one token on (issue 12): no index past the note's end."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location

LOC = Location(path="article.md")


@pytest.mark.parametrize("text", ["Ә. Кунаев, Ғ.", "Ә. Кунаев, Ғ. ", "Ivanov I., P."])
def test_a_note_that_ends_on_an_initial_after_a_name_is_no_error(text: str) -> None:
    note = parse_note(1, text, location=LOC)
    assert note.text == text
