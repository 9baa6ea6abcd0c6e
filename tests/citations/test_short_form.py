"""A subsequent note's short form, `Author, Title, page.` (issue 12), read whole whatever the
model made of its parts: the runs are labelled as the model did wrongly (a journal's name for
the title, the page inside the title), so the pass is tested whatever the shipped model does.
The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "spans", "author", "title", "page"),
    [
        (
            "Kaya, Türk Dili, 7.",
            [("Kaya", "author"), ("Türk Dili", "container-title"), ("7", "title")],
            "Kaya",
            "Türk Dili",
            "7",
        ),
        (
            "Yılmaz, Osmanlı Tarihi, 5.",
            [("Yılmaz", "author"), ("Osmanlı Tarihi, 5", "title")],
            "Yılmaz",
            "Osmanlı Tarihi",
            "5",
        ),
        (
            "Bkz. Kaya, Türk Dili, s. 7-9.",
            [("Kaya", "author"), ("Türk Dili", "container-title")],
            "Kaya",
            "Türk Dili",
            "7-9",
        ),
        (
            "См.: Иванов И. И., История края, С. 45.",
            [("Иванов И. И., История края", "title")],
            "Иванов",
            "История края",
            "45",
        ),
        (
            "Ahmet Yılmaz, “Orta Asya’da Enerji”, 45–47.",
            [("Ahmet Yılmaz", "title")],
            "Yılmaz",
            "Orta Asya’da Enerji",
            "45–47",
        ),
    ],
)
def test_a_short_form_is_author_title_and_page(
    text: str, spans: list[tuple[str, str]], author: str, title: str, page: str
) -> None:
    fields = _decode(text, spans)
    names = fields["author"]
    assert isinstance(names, tuple)
    assert len(names) == 1
    assert author in str(names[0])
    assert fields["title"] == title
    assert fields["page"] == page
    assert "container-title" not in fields


def test_an_author_date_form_keeps_its_year() -> None:
    spans = [("Smith", "author"), ("Energy Politics", "title"), ("2019", "issued")]
    fields = _decode("Smith, Energy Politics, 2019, 45.", spans)
    assert fields["issued"] == PartialDate(2019)
    assert fields["title"] == "Energy Politics"


def test_a_place_is_no_short_forms_author() -> None:
    fields = _decode("Ankara, Türkiye, 12.", [("Ankara, Türkiye", "title")])
    assert not fields.get("author")


def test_a_list_of_names_is_left_to_the_model() -> None:
    spans = [("Griffin and O'Ball", "author"), ("Memory", "title")]
    fields = _decode("Griffin and O'Ball, Memory, 47.", spans)
    assert len(fields["author"]) == 2  # type: ignore[arg-type]


def test_a_year_as_the_last_number_is_no_page() -> None:
    spans = [("Kaya", "author"), ("Türk Dili", "container-title"), ("1999", "title")]
    fields = _decode("Kaya, Türk Dili, 1999.", spans)
    assert "page" not in fields
    assert fields.get("container-title") == "Türk Dili"


@pytest.mark.parametrize(
    ("text", "spans", "authors", "page"),
    [
        ("Smith 2001, 5.", [("Smith", "author"), ("2001", "issued"), ("5", "title")], 1, "5"),
        ("Yılmaz 2019, s. 45.", [("Yılmaz 2019", "title"), ("45", "page")], 1, "45"),
        ("Иванов 2015: 45.", [("Иванов", "author"), ("2015", "issued"), ("45", "title")], 1, "45"),
        (
            "Smith and Jones 2001, 45-47.",
            [("Smith and Jones", "title"), ("2001", "issued")],
            2,
            "45-47",
        ),
        (
            "Bkz. Kaya ve Demir (2019), s. 12.",
            [("Kaya ve Demir", "title"), ("2019", "issued")],
            2,
            "12",
        ),
    ],
)
def test_an_author_date_note_is_names_year_and_page(
    text: str, spans: list[tuple[str, str]], authors: int, page: str
) -> None:
    fields = _decode(text, spans)
    assert len(fields["author"]) == authors  # type: ignore[arg-type]
    assert fields["issued"].year in (2001, 2015, 2019)  # type: ignore[union-attr]
    assert fields["page"] == page
    assert "title" not in fields


def test_a_place_and_year_is_no_author_date_note() -> None:
    fields = _decode("Ankara 2019, 5.", [("Ankara", "title"), ("2019", "issued")])
    assert not fields.get("author")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Kaya A. Ankara 2019, 5.",
            [("Kaya A.", "author"), ("Ankara", "title"), ("2019", "issued")],
        ),
        ("Kaya, Ankara 2019, 5.", [("Kaya", "author"), ("Ankara", "title"), ("2019", "issued")]),
    ],
)
def test_a_place_after_the_name_is_no_author(text: str, spans: list[tuple[str, str]]) -> None:
    fields = _decode(text, spans)
    assert "Ankara" not in str(fields.get("author"))
