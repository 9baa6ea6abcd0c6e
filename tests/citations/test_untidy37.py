"""Session 37's readers: forms met in notes written by hand for this session, each a family of
notes rather than one source (see `benchmarks/results/tagger.md`, session 37)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


def _cited(text: str) -> Citation:
    note = _note(text)
    assert note.kind is NoteKind.CITATION, note
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Конституция Республики Казахстан (принята на республиканском референдуме 30 августа "
            "1995 года) (с изменениями и дополнениями по состоянию на 19.09.2022 г.).",
            "Конституция Республики Казахстан",
        ),
        (
            "Налоговый кодекс Российской Федерации (часть вторая) (ред. по состоянию на "
            "01.01.2024).",
            "Налоговый кодекс Российской Федерации (часть вторая)",
        ),
    ],
)
def test_an_acts_amended_state_dates_no_data(text: str, title: str) -> None:
    """`по состоянию на` inside an act's amendment bracket gives the version read, not a
    compiled table's date: the note cites the act (it was read as a comment, and lost)."""
    cited = _cited(text)
    assert cited.title == title
    assert cited.type == "legislation"
    assert "по состоянию на" in (cited.note or "")


def test_a_compiled_source_line_is_still_a_comment() -> None:
    note = _note("Источник: составлено автором по данным Росстата (по состоянию на 01.01.2023).")
    assert note.kind is NoteKind.COMMENT
