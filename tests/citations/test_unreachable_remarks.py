"""A short remark on a source the author could not reach (`Текст не найден.`, `Not available
online.`, `Metne erişilemiyor.`) cites nothing; a source with such a remark after it still
cites."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


@pytest.mark.parametrize(
    "text",
    [
        "Текст не найден.",
        "Источник недоступен.",
        "Ссылка не работает.",
        "Ссылка недоступна.",
        "Not available online.",
        "Source not found.",
        "The link is broken.",
        "This page could not be accessed.",
        "Metne erişilemiyor.",
        "Kaynağa erişilemiyor.",
        "Bağlantı çalışmıyor.",
        "Мәтін табылмады.",
        "Дереккөз қолжетімсіз.",
        "Tekst tapylmady.",
        "Çeşme elýeterli däl.",
        "Текст недоступний.",
        "Manba topilmadi.",
        "Источник не доступен.",
        "Страница удалена.",
        "Site artık yayında değil.",
        "The page has been removed.",
    ],
)
def test_a_short_remark_on_an_unreachable_source_is_a_comment(text: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.COMMENT
    assert not note.citations


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Smith J. Lost Cities. London, 2010. Not available online.", "Lost Cities"),
        ("Иванов И. И. Текст не найден. М.: Наука, 1990.", "Текст не найден"),
        ("Not Found: A Memoir. New York: Knopf, 2005.", "Not Found: A Memoir"),
    ],
)
def test_a_source_holding_such_words_still_cites(text: str, title: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == title


@pytest.mark.parametrize(
    "text",
    ["Not Available Online", "Unavailable Voices", "Page Not Found"],
)
def test_a_title_in_title_case_is_no_remark(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION
