"""Session 25 (refs25): dates written with numbered months or an author-date letter, and
titles cut short with three periods, as the record keeps them for the reference entries."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.dates import parse_date, read_date
from citekit.model import Location, PartialDate
from tests.citations.parsed import first_citation as _parse


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2015, 10 4", "2015-10-04"),  # APA's (year, month day), the month a number
        ("(2020, 11 2)", "2020-11-02"),
        ("12 28, 2022", "2022-12-28"),  # Turkish APA's access date: month, day, year
        ("Hürriyet. 01 20, 2021 ", "2021-01-20"),
        ("2023b, Eylül 13", "2023-09-13"),  # a year's author-date letter
        ("2019а. 12 марта", "2019-03-12"),
        ("(2018a)", "2018"),
    ],
)
def test_numbered_months_and_year_letters_read(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2015, 13 4", "2015"),  # no month 13: numbers, the year alone is the date
        ("28 12, 2022", "2022"),
        ("Bilig, 2015, 10 4", "2015"),  # not a whole text: a volume and an issue
        ("2019, 5 12-15", "2019"),  # a volume and its pages
        ("2019 г.", "2019"),
        ("15 марта 2019г.", "2019-03-15"),  # `г` is the year's word, no letter of a list
    ],
)
def test_numbers_that_are_no_numbered_month(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.isoformat() == iso


def test_the_access_date_ends_where_its_word_begins() -> None:
    reading = read_date("Hürriyet. 12 28, 2022")
    assert reading.date == PartialDate(2022, 12, 28)
    assert (reading.start, reading.end) == (10, 21)


@pytest.mark.parametrize(
    ("note", "issued", "accessed", "title"),
    [
        (
            "Yıldız, A. (2015, 10 4). Türkmenistan'da seçim. Milliyet. "
            "https://www.milliyet.com.tr/dunya/123",
            "2015-10-04",
            None,
            "Türkmenistan'da seçim",
        ),
        (
            "Kaya, M. (2019, 3 14). Türkmenistan'da yeni dönem. Hürriyet. 12 28, 2022 tarihinde "
            "https://www.hurriyet.com.tr/dunya/turkmenistan-41234 adresinden alındı",
            "2019-03-14",
            "2022-12-28",
            "Türkmenistan'da yeni dönem",
        ),
        (
            "Anadolu Ajansı. (2020, 11 2). Türkmenistan ile yeni anlaşma. 11 05, 2020 tarihinde "
            "https://www.aa.com.tr/tr/dunya/123 adresinden erişildi.",
            "2020-11-02",
            "2020-11-05",
            "Türkmenistan ile yeni anlaşma",
        ),
        (
            "Demir, A. (2020, 11 2). Türkmenistan ile yeni anlaşma. Bilig.",
            "2020-11-02",
            None,
            "Türkmenistan ile yeni anlaşma",
        ),
        (
            "Yılmaz, A. (2023b, Eylül 13). Enerji koridoru. Dünya. "
            "https://www.dunya.com/gundem/123",
            "2023-09-13",
            None,
            "Enerji koridoru",
        ),
    ],
)
def test_apa_dates_with_numbered_months(
    note: str, issued: str, accessed: str | None, title: str
) -> None:
    cited = _parse(note)
    assert cited.issued is not None
    assert cited.issued.isoformat() == issued
    assert (cited.accessed.isoformat() if cited.accessed else None) == accessed
    assert cited.title == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Олійник М.О. Політична еліта, енергетика... с. 261–265.",
            "Політична еліта, енергетика...",
        ),
        ("Иванов И. И. История казахской степи... С. 45.", "История казахской степи..."),
        ("Yılmaz, Osmanlı Devleti’nde Toprak..., s. 45.", "Osmanlı Devleti’nde Toprak..."),
        ("Smith, The Silk Road and the Making..., 112.", "The Silk Road and the Making..."),
        (
            "Berdimuhamedow G. Türkmenistanyň dermanlyk ösümlikleri... 45 s.",
            "Türkmenistanyň dermanlyk ösümlikleri...",
        ),
        # a title's own period, and a title's end with none, are left as they were
        (
            "Бартольд В. В. Туркестан в эпоху монгольского нашествия. М., 1963. С. 45.",
            "Туркестан в эпоху монгольского нашествия",
        ),
    ],
)
def test_a_title_cut_short_keeps_its_three_periods(note: str, title: str) -> None:
    assert _parse(note).title == title


@pytest.mark.parametrize("text", ["(““", "(2015, 10", "( 2015 ,"])
def test_a_note_shorter_than_a_bracketed_date_parses(text: str) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.text == text
