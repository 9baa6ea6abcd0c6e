"""GOST entries of reports and editions (session 22): the host, the number, the edition's words,
and no separator left dangling when the year is missing."""

from __future__ import annotations

from citekit.citations.names import to_name
from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography

G705 = "gost-r-7-0-5-2008"
G100 = ("gost-r-7-0-100-2018-numeric-alphabetical", "gost-r-7-0-100-2018-numeric-appearance")

REPORT = Citation(
    type="report",
    title="Доклад о развитии человека",
    authors=(to_name("Иванов, И. И."),),
    container="Серия докладов ПРООН",
    publisher="ПРООН",
    publisher_place="Алматы",
    issued=PartialDate.from_iso("2015"),
    number="3",
    number_of_pages="120",
    language="ru",
)


def _entry(item: Citation, style: str) -> str:
    return format_bibliography([item], style=style)[0].replace("\u00a0", " ")


def test_gost_705_report_writes_its_host_and_number_as_title_information() -> None:
    entry = _entry(REPORT, G705)
    assert "Доклад о развитии человека : № 3 // Серия докладов ПРООН. Алматы: ПРООН, 2015." in entry


def test_gost_100_report_writes_its_number_and_host() -> None:
    for style in G100:
        entry = _entry(REPORT, style)
        assert "Доклад о развитии человека : № 3 / И. И. Иванов // Серия докладов ПРООН." in entry


def test_gost_100_bare_edition_number_gets_the_edition_words() -> None:
    book = Citation(
        type="book",
        title="История",
        authors=(to_name("Петров, А. Б."),),
        edition="2",
        publisher="Наука",
        publisher_place="М.",
        issued=PartialDate.from_iso("2001"),
        language="ru",
    )
    english = Citation(
        type="book",
        title="The Caspian Question",
        authors=(to_name("Smith, John"),),
        edition="2",
        publisher="Routledge",
        publisher_place="London",
        issued=PartialDate.from_iso("2010"),
        language="en",
    )
    for style in G100:
        assert "– 2-е изд. – М. : Наука, 2001." in _entry(book, style)
        assert "– 2nd ed. – London : Routledge, 2010." in _entry(english, style)


def test_gost_100_no_dangling_comma_without_a_year() -> None:
    book = Citation(
        type="book",
        title="Türk Tarihi",
        authors=(to_name("Kara, Ahmet"),),
        publisher="TTK",
        publisher_place="Ankara",
        language="tr",
    )
    for style in G100:
        assert _entry(book, style).endswith("– Ankara : TTK.")


def test_gost_law_number_without_a_kind_is_title_information() -> None:
    law = Citation(
        type="legislation",
        title="Millî Eğitim Temel Kanunu",
        number="1739",
        container="Resmî Gazete",
        issued=PartialDate.from_iso("1973-06-24"),
        language="tr",
    )
    assert "Millî Eğitim Temel Kanunu : No. 1739 // Resmî Gazete. 1973." in _entry(law, G705)
    for style in G100:
        assert "Millî Eğitim Temel Kanunu : № 1739. – 1973." in _entry(law, style)


def test_isnad_shelf_mark_leaves_no_colon_without_an_archive() -> None:
    paper = Citation(
        type="manuscript",
        title="Докладная записка",
        authors=(to_name("Иванов, И. И."),),
        genre="аналитический доклад",
        archive_location="Ф. 5446. Оп. 1. Д. 32",
        issued=PartialDate.from_iso("2015"),
        language="ru",
    )
    for style in ("isnad-dipnotlu-house", "isnad-metinici"):
        assert _entry(paper, style).endswith("Д. 32.")
