"""GOST's statement of responsibility (issue 12): `;` inside it continues the source, a name
repeated after the slash in full is the heading's author, and a father's name closes a
family-first name."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.citations.sources import split_sources as _split_sources
from citekit.model import Location, Name
from tests.linear import assert_linear

THESIS = (
    "Мельников И. П. Центральная Азия во внешней политике России (1991–2014) : дис. … д-ра ист."
    " наук : 07.00.02 / Мельников Игорь Петрович ; Моск. гос. ун-т им. М. В. Ломоносова. М.,"
    " 2015. 450 с."
)


def test_a_semicolon_inside_the_statement_of_responsibility_goes_on_with_the_source() -> None:
    assert _split_sources(THESIS) == [THESIS]


def test_a_semicolon_after_a_whole_source_still_parts_two() -> None:
    text = (
        "Иванов И. И. Книга / И. И. Иванов. М. : Наука, 2001. 200 с.; Петров П. П. Другая"
        " книга. СПб. : Питер, 2005. 100 с."
    )
    assert len(_split_sources(text)) == 2


@pytest.mark.parametrize("space", ["", " "])
def test_a_heading_name_after_a_responsibility_opens_a_source_of_its_own(space: str) -> None:
    # GOST writes a responsibility's names initials first (`/ И. Иванов`): a name written
    # family first with its initials after `;` is the next source's heading
    first = "Иванов И. Книга о войне 1812 года / И. Иванов"
    second = "Петров П. Очерки. М. : Наука, 2002. 100 с."
    assert _split_sources(f"{first}{space}; {second}") == [f"{first}{space}".strip(), second]


def test_a_responsibility_going_on_after_a_semicolon_is_no_heading() -> None:
    for rest in ("под ред. П. Петрова. М., 2001.", "пер. с англ. П. П. Петрова. М., 2001."):
        text = f"Иванов И. Книга о войне 1812 года / И. Иванов ; {rest}"
        assert _split_sources(text) == [text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ahmet Yılmaz, Orta Asya Politikası, Ankara / 2010",
            "Ali Kaya, Türk Dili, İstanbul 2012.",
        ),
        ("John Smith, Peace / War in 2001", "Jane Doe, Another Book (London: Penguin, 2002)."),
    ],
    ids=["tr", "en"],
)
def test_a_slash_with_a_year_after_it_is_no_responsibility(first: str, second: str) -> None:
    # a statement of responsibility names no year: the ` / ` was no GOST area's
    assert _split_sources(f"{first}; {second}") == [first, second]


def test_the_name_repeated_in_full_after_the_slash_is_the_heading_author() -> None:
    (citation,) = parse_note(1, THESIS, location=Location(path="t")).citations
    # the heading's initials abbreviate the given names in full: those are kept, none lost
    assert [(n.family, n.given) for n in citation.authors] == [("Мельников", "Игорь Петрович")]
    assert not any("Игорь" in piece for piece in citation.unparsed)
    assert citation.issued is not None
    assert citation.issued.year == 2015


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Мельников Игорь Петрович", "Мельников", "Игорь Петрович"),
        ("Игорь Петрович Мельников", "Мельников", "Игорь Петрович"),
        ("Смирнова Анна Ивановна", "Смирнова", "Анна Ивановна"),
        ("Мельник Ігор Петрович", "Мельник", "Ігор Петрович"),
        ("Назарбаев Нұрсұлтан Әбішұлы", "Назарбаев", "Нұрсұлтан Әбішұлы"),
        ("John Paul Jones", "Jones", "John Paul"),
        ("Иванов Иван", "Иванов", "Иван"),
        ("Іваненко Роман", "Іваненко", "Роман"),
        ("Роман Іваненко", "Іваненко", "Роман"),
        ("Melissa Francis", "Francis", "Melissa"),
        # a family in `-ович` after two given names, the first a known one: direct order
        ("Мария Луиза Сокович", "Сокович", "Мария Луиза"),
    ],
)
def test_a_fathers_name_closes_a_family_first_name(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)
    assert isinstance(name, Name)


def test_a_note_of_thousands_of_semicolons_is_split_in_linear_work() -> None:
    # each `;` asks whether what went before holds a whole source: past a source's length the
    # piece alone decides, or the note's text would be read again at every `;`
    assert_linear(
        lambda n: "; ".join(f"see also word x{i}" for i in range(n)), _split_sources, 1500
    )
    text = "; ".join(f"see also word x{i}" for i in range(3000))
    assert _split_sources(text) == [text]


def test_two_co_authors_of_one_family_stay_two() -> None:
    (citation,) = parse_note(
        1,
        "Мельников И., Мельников Игорь Сергеевич. Очерки. М. : Наука, 2001. 200 с.",
        location=Location(path="t"),
    ).citations
    assert len(citation.authors) == 2
