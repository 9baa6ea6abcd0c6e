"""A short note of a family name and a pinpoint alone is the author and the page, no title;
a bare number closing a short note is its page, not an edition. The notes are written for
these tests."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _one


def _families(citation: Citation) -> list[str]:
    return [n.family or n.literal or "" for n in citation.authors]


@pytest.mark.parametrize(
    ("text", "authors", "page"),
    [
        ("Шилова, с. 45.", ["Шилова"], "45"),
        ("Петров, с. 112–114.", ["Петров"], "112–114"),
        ("Smith and Jones, 45.", ["Smith", "Jones"], "45"),
        ("Brower, p. 77.", ["Brower"], "77"),
        ("Olcott, 112.", ["Olcott"], "112"),
        ("Kaya, ss. 33-35.", ["Kaya"], "33-35"),
        ("Ataýew, s. 54.", ["Ataýew"], "54"),
        ("Әбдіров, 5 б.", ["Әбдіров"], "5"),
        ("Есмағамбетов, 88-б.", ["Есмағамбетов"], "88"),
        ("Иванов и Петров, с. 5.", ["Иванов", "Петров"], "5"),
        ("Kaya ve Demir, s. 8.", ["Kaya", "Demir"], "8"),
    ],
)
def test_a_name_and_a_page_are_author_and_page(text: str, authors: list[str], page: str) -> None:
    found = _one(text)
    assert _families(found) == authors
    assert found.page == page
    assert found.title is None


@pytest.mark.parametrize(
    "text",
    [
        "Moscow, 45.",
        "Kazakhstan, p. 4.",
        "ЦГА РК, с. 45.",
        "Introduction, p. 5.",
        "Türkiye, s. 5.",
    ],
)
def test_a_place_an_acronym_or_a_word_is_no_author(text: str) -> None:
    assert not _one(text).authors


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        ("Әбдіров, «Арал мәселесі», 5.", "Арал мәселесі", "5"),
        (
            "Шилова, «Повседневность советской деревни», 45.",
            "Повседневность советской деревни",
            "45",
        ),
        ('Yılmaz, "Osmanlı\'da Vakıf", 12.', "Osmanlı'da Vakıf", "12"),
        ('Smith, "Soviet Nationalities Policy," 214.', "Soviet Nationalities Policy", "214"),
    ],
)
def test_a_short_notes_closing_number_is_its_page(text: str, title: str, page: str) -> None:
    found = _one(text)
    assert found.title == title
    assert found.page == page
    assert found.edition is None


def test_an_author_and_a_one_word_short_title_stay_so() -> None:
    found = _one("Horton, Graphics, 152-156.")
    assert _families(found) == ["Horton"]
    assert found.title == "Graphics"
