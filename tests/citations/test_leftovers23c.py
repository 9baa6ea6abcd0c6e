"""Session 23 (leftovers23c): archival shelf marks of US, UK and Turkish archives, a library's
manuscript department, and GOST forms of Russian books (notes written for these tests)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "archive", "location"),
    [
        ("NARA, RG 226, Entry 92, Box 40, Folder 2.", "NARA", "RG 226, Entry 92, Box 40, Folder 2"),
        ("TNA, FO 371/31234, E 4321/5/44.", "TNA", "FO 371/31234, E 4321/5/44"),
        ("BCA, 030.18.1.2, 99.12.3.", "BCA", "030.18.1.2, 99.12.3"),
        ("BOA, Cevdet Adliye, nr. 1501.", "BOA, Cevdet Adliye", "nr. 1501"),
    ],
)
def test_western_and_turkish_shelf_marks_are_read_whole(
    text: str, archive: str, location: str
) -> None:
    cited = _first(text)
    assert (cited.type, cited.archive, cited.archive_location) == ("manuscript", archive, location)
    assert cited.title is None
    assert not cited.authors


def test_a_code_of_capitals_is_no_collection() -> None:
    cited = _first("BOA, DH.MKT, nr. 1234/56.")
    assert (cited.archive, cited.archive_location) == ("BOA", "DH.MKT, nr. 1234/56")


@pytest.mark.parametrize(
    ("text", "page", "archive"),
    [
        ("ГАРФ. Ф. Р-130. Оп. 2. Д. 5. Л. 10 об.–11.", "10 об.–11", "ГАРФ"),
        ("Отдел рукописей РНБ. Ф. 777. F.XVII.8. Л. 3 об.", "3 об.", "Отдел рукописей РНБ"),
        ("Рукописный отдел ИРЛИ. Ф. 93. Оп. 3. Д. 7. Л. 2.", "2", "Рукописный отдел ИРЛИ"),
    ],
)
def test_leaves_and_manuscript_departments(text: str, page: str, archive: str) -> None:
    cited = _first(text)
    assert (cited.page, cited.archive, cited.title) == (page, archive, None)


def test_a_documents_date_before_its_archive_is_its_titles() -> None:
    cited = _first("Note by the Ambassador in Ankara, 9 June 1939, TNA, FO 371/23741.")
    assert cited.title == "Note by the Ambassador in Ankara, 9 June 1939"


@pytest.mark.parametrize(
    "text",
    [
        "Letter from the Vali of Van to the Porte, 1908, TNA, FO 195/2284.",
        "«Записка». 1875 г., Hoover Institution Archives, Ф. 12. Оп. 1. Д. 5, с. 3.",
    ],
)
def test_a_year_alone_before_the_archive_stays_apart(text: str) -> None:
    assert not any(y in (_first(text).title or "") for y in ("1908", "1875"))


def test_a_date_after_a_slashed_code_is_no_place_number() -> None:
    cited = _first("Cumhuriyet Arşivi (BCA), 030.18.0.0/12.345.6, 01.02.1940.")
    assert cited.archive_location == "030.18.0.0/12.345.6"


def test_a_shortened_designation_is_no_host_and_the_year_is_the_titles() -> None:
    cited = _first("Социальное положение. 2017 : стат. сб. — Астана : Комитет по статистике, 2017.")
    assert cited.title == "Социальное положение. 2017"
    assert cited.container == "Комитет по статистике" or cited.publisher == "Комитет по статистике"


def test_a_series_number_is_no_volume() -> None:
    cited = _first("Орлов К. Н. Степь. — М. : Наука, 1970. — 150 с. — (Труды института ; т. 12).")
    assert cited.volume is None
    assert cited.type == "book"


def test_an_issue_of_two_months_is_dated_by_its_year() -> None:
    cited = _first("Орлов К. Н. Степь // Восток. — 2011. — № 2 (март—апрель). — С. 5—9.")
    assert cited.issued is not None
    assert (cited.issued.year, cited.issued.month) == (2011, None)
    assert cited.issue == "2"


def test_a_part_of_collected_works_is_a_chapter() -> None:
    cited = _first("А. Н. Кононов, “Тюркология”, Избранные труды, c. 1, Москва 1980, s. 5-30.")
    assert cited.type == "chapter"


def test_a_host_glued_to_the_title_is_the_titles_head() -> None:
    cited = _first("Энциклопедический словарь Гранат. — М., 1910.")
    assert cited.title == "Энциклопедический словарь Гранат"
    assert cited.container is None


def test_a_thesis_designation_stays_the_genre() -> None:
    cited = _first(
        "Асанов Б. Дала әні : филол. ғыл. канд. дисс. / Б. Асанов. – Алматы, 1970. – 200 б."
    )
    assert cited.title == "Дала әні"
    assert cited.type == "thesis"
