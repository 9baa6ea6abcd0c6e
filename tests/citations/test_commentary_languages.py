"""The note's own commentary ("translation mine", "emphasis added") in the languages of the
notes' readers: alone it is a comment; after a comma it closes the source, no title."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    "text",
    [
        "Tradução nossa.",
        "Grifos do autor.",
        "La traducción es nuestra.",
        "El subrayado es nuestro.",
        "Traduzione mia.",
        "Tłumaczenie własne.",
        "Tarjima bizniki.",
        "Tərcümə bizimdir.",
        "Übersetzung des Verfassers.",
        "Traduction de l'auteur.",
    ],
)
def test_commentary_alone_is_a_comment(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    ("text", "author", "page"),
    [
        ("Smith 2001, p. 45, translation mine.", "Smith", "45"),
        ("Иванов, 1999, с. 45, перевод мой.", "Иванов", "45"),
        ("Yılmaz, 2015, s. 112, vurgu bize aittir.", "Yılmaz", "112"),
        ("Freire, 1987, p. 45, tradução nossa.", "Freire", "45"),
    ],
)
def test_commentary_after_a_comma_is_no_title(text: str, author: str, page: str) -> None:
    found = first_citation(text)
    assert found.title is None
    assert [a.family or a.literal for a in found.authors] == [author]
    assert found.page == page


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "FREIRE, Paulo. Pedagogia do oprimido. Rio de Janeiro: Paz e Terra, 1987, p. 45, "
            "grifo nosso.",
            "Pedagogia do oprimido",
        ),
        (
            "Gramsci, A. Quaderni del carcere. Torino: Einaudi, 1975, p. 45 (corsivo mio).",
            "Quaderni del carcere",
        ),
    ],
)
def test_commentary_after_a_source_keeps_it(text: str, title: str) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.page == "45"
