"""Decoding constraints: a surname-first heading names every author the same way, and a title
in quotes is whole."""

from __future__ import annotations

import pytest

from citekit.citations.fields import parse_citation
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.shapes import quoted_titles, shape_names
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name


def test_a_capitalised_word_after_the_initials_joins_the_title() -> None:
    text = "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmenmetbugat."
    tokens = tokenize(text)
    labels = ["author"] * 4 + [OTHER, "title", "title"] + [OTHER] * 4
    shaped = shape_names(tokens, labels)
    assert shaped[:7] == ["author"] * 3 + ["title"] * 4
    assert shaped[7:] == labels[7:]


def test_a_second_surname_first_name_stays_a_name() -> None:
    text = "Иванов И. И., Петров П. П. История"
    tokens = tokenize(text)
    labels = ["author"] * 11 + ["title"]
    assert shape_names(tokens, labels) == labels


def test_initials_first_names_are_left_alone() -> None:
    text = "I. I. Ivanov, P. Petrov, Some title"
    tokens = tokenize(text)
    labels = ["author"] * 5 + [OTHER] + ["author"] * 3 + [OTHER, "title", "title"]
    assert shape_names(tokens, labels) == labels


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmenmetbugat. – 2021. – "
            "https://turkmenmetbugat.gov.tm/tk/newspapers/18/articles/37508",
            (Name(family="Rejepbaýewa", given="A."),),
            "Gezsem, dünýäni görsem",
        ),
        (
            "Annamuhammedow R. Dünýä, ähmiýetli eser // Türkmenmetbugat. – 2021.",
            (Name(family="Annamuhammedow", given="R."),),
            "Dünýä, ähmiýetli eser",
        ),
        (
            "Иванов И. И. Петров П. П. История Казахстана. М.: Наука, 2015. 304 с.",
            (Name(family="Иванов", given="И. И."), Name(family="Петров", given="П. П.")),
            "История Казахстана",
        ),
    ],
)
def test_parsed_headings(note: str, author: tuple[Name, ...], title: str) -> None:
    citation = parse_citation(note)
    assert citation.authors == author
    assert citation.title == title


def test_a_site_address_as_container_makes_a_web_page() -> None:
    citation = parse_citation(
        "Aýdym-saz halklary birleşdirýär // turkmenmetbugat.gov.tm. – "
        "https://www.turkmenmetbugat.gov.tm/tk/articles/70435?type=feed"
    )
    assert citation.container == "turkmenmetbugat.gov.tm"
    assert citation.type == "webpage"


def test_a_year_inside_quotes_belongs_to_the_title() -> None:
    tokens = tokenize("“Başlyk 1999”, Biznes Türkmenistan")
    labels = [OTHER, "title", "issued", OTHER, OTHER, "container-title", "container-title"]
    assert quoted_titles(tokens, labels)[1:3] == ["title", "title"]
    citation = parse_citation("“Başlyk 1999”, Biznes Türkmenistan, (Erişim Tarihi: 25.10.2021).")
    assert citation.title == "Başlyk 1999"
    assert citation.container == "Biznes Türkmenistan"


def test_quotes_that_open_with_something_else_are_left_alone() -> None:
    tokens = tokenize("«Наука» 2015, 3")
    labels = [OTHER, "publisher", OTHER, "issued", OTHER, "page"]
    assert quoted_titles(tokens, labels) == labels
