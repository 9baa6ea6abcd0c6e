"""Leftovers of session 18: a periodical's kind written before or after its quoted name (the
host as written, as the corpus README annotates it), and a law report's volume and first page.
The notes are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "Иванов С. Реформа образования // Газета «Казахстанская правда», 12 марта 2021 г.",
            "Газета «Казахстанская правда»",
        ),
        (
            "Петрова Е. Новые правила въезда. Журнал «Эксперт», 2019, № 14, с. 22–25.",
            "Журнал «Эксперт»",
        ),
        (
            "Мұқанов Т. Абай мұрасы. «Егемен Қазақстан» газеті, 2017, 10 тамыз.",
            "«Егемен Қазақстан» газеті",
        ),
        (
            'Kemal Öz, "Ekonomide Yeni Dönem", "Hürriyet" gazetesi, 14 Şubat 2019.',
            '"Hürriyet" gazetesi',
        ),
    ],
)
def test_a_periodicals_kind_beside_its_quoted_name_stays_as_written(
    text: str, container: str
) -> None:
    assert _first(text).container == container


@pytest.mark.parametrize(
    ("text", "volume", "page"),
    [
        ("Chevron Corp. v. Donziger, 974 F. Supp. 2d 362 (S.D.N.Y. 2014).", "974", "362"),
        ("Smith v. Jones, 302 F. Supp. 3d 187, 190 (D. Mass. 2018).", "302", "187"),
        ("United States v. Jones, 565 U.S. 400 (2012).", "565", "400"),
        ("Marbury v. Madison, 5 U.S. (1 Cranch) 137.", "5", "137"),
    ],
)
def test_a_law_reports_volume_comes_before_its_reporter(text: str, volume: str, page: str) -> None:
    found = _first(text)
    assert (found.volume, found.page) == (volume, page)


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        (
            "Сәрсенов А. Ұлттық кодты сақтау // Ақиқат. – 2020. – 3-том, 7-сан. – Б. 55–61.",
            "3",
            "7",
        ),
        (
            "Сәрсенов А. Ұлттық кодты сақтау // Ақиқат. – 2020. – Т. 3, 2-шығарылым. – Б. 55–61.",
            "3",
            "2",
        ),
        (
            "Сәрсенов А. Ұлттық кодты сақтау // Ақиқат. – 2020. – 2-шығарылым. – Б. 55–61.",
            None,
            "2",
        ),
        (
            "Омаров Е. Тіл және қоғам // Ғылым хабаршысы. – 2019. – 5-том, 3-шығарылым. – Б. 8–14.",
            "5",
            "3",
        ),
    ],
)
def test_a_kazakh_numbers_word_after_its_hyphen_names_its_field(
    text: str, volume: str | None, issue: str
) -> None:
    found = _first(text)
    assert (found.volume, found.issue) == (volume, issue)


def test_a_volumes_word_inside_a_title_stays_the_titles() -> None:
    found = _first("Тұрсынов Ғ. 3-том. Қазақ хандығы. Алматы: Ғылым, 2004. 312 б.")
    assert found.title is not None
    assert found.title.startswith("3-том")


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        (
            "ГОСТ Р 7.0.5–2008. Библиографическая ссылка. Общие требования и правила "
            "составления. – М. : Стандартинформ, 2008. – 19 с.",
            "ГОСТ Р 7.0.5–2008",
            "Библиографическая ссылка. Общие требования и правила составления",
        ),
        (
            "ISO/IEC 27001:2013. Information technology — Security techniques. Geneva: ISO, 2013.",
            "ISO/IEC 27001:2013",
            "Information technology — Security techniques",
        ),
    ],
)
def test_a_standards_designation_is_its_number_not_its_title(
    text: str, number: str, title: str
) -> None:
    found = _first(text)
    assert (found.number, found.title) == (number, title)
    assert found.type != "legislation"


def test_an_issues_word_with_its_colon_numbers_the_issue() -> None:
    found = _first(
        "Kılıç Buğra Kanat, Türk Dış Politikasında Yeni Dönem, SETA Analiz, Sayı: 312, Ankara 2020."
    )
    assert (found.title, found.issue) == ("Türk Dış Politikasında Yeni Dönem", "312")


def test_a_bare_titles_last_part_before_an_issue_is_its_series() -> None:
    found = _first(
        "M. Yeşiltaş, Türkiye’nin Suriye Politikası, SETA Perspektif, Sayı: 145, Ekim 2016, s. 4."
    )
    assert (found.title, found.container, found.issue) == (
        "Türkiye’nin Suriye Politikası",
        "SETA Perspektif",
        "145",
    )


def test_a_laws_number_is_its_number_and_its_names_first_words_stay_in_its_title() -> None:
    found = _first(
        "Bkz. 5651 sayılı İnternet Ortamında Yapılan Yayınların Düzenlenmesi ve Bu Yayınlar "
        "Yoluyla İşlenen Suçlarla Mücadele Edilmesi Hakkında Kanun."
    )
    assert found.title is not None
    assert found.title.startswith("İnternet Ortamında")
    assert found.number == "5651"
