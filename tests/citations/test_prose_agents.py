"""A sentence of prose may close on the name of the person it speaks of (`Об этом писал ещё
Бартольд.`): with a finite verb and nothing of a citation's it is a comment; a title's byline
after a comma, and a citation's marks, keep a note citing."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Об этом писал ещё Бартольд.",
        "Об этом писал ещё В. В. Бартольд.",
        "Аналогичную точку зрения высказывал Л. Н. Гумилёв.",
        "Иного мнения придерживается Бартольд.",
        "This was already noted by Bartold.",
        "A similar argument is made by Olcott.",
        "Казахское ханство образовано в 1465 г.",
        "Крепость Верный основана в 1854 году.",
        "Организация создана в 1991 г.",
    ],
)
def test_prose_closing_on_a_name_or_event_is_a_comment(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Как был основан Верный // Казахстанская правда. 1994. 12 мая.",
        "Когда был основан Ташкент. Ташкент: Фан, 1980.",
        "Нам писал Бартольд // Восток. 1999. № 3.",
        "The Man Who Was Thursday, by G. K. Chesterton.",
        "Цит. по: Бартольд.",
        "Smith (2001) argues that nomads were not isolated.",
        "Как показал А. Н. Смирнов (1999), кочевники не были изолированы.",
    ],
)
def test_citations_stay_citations(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
