"""Wikipedia's web references in any language (issue 12): `"Title" (PDF). Site. 2021.
Retrieved …`, `Назва (рос.). Сайт. 2022. Архів оригіналу … Процитовано …`: the site after the
title's bracketed mark is the host, and a year alone before the access date dates the work."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.unplaced import _within
from citekit.model import Citation, Location
from tests.citations.labelled import decode_labelled as _decode


def _parse(text: str) -> Citation:
    (citation,) = parse_note(1, text, location=Location(path="w")).citations
    return citation


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            '"Population of Kazakhstan" (PDF). Bureau of National Statistics. 2021. Retrieved'
            " 3 January 2022.",
            "Population of Kazakhstan",
            "Bureau of National Statistics",
        ),
        (
            "Населення Казахстану (рос.). Бюро національної статистики. 2022. Архів оригіналу за"
            " 10 січня 2023. Процитовано 12 січня 2023.",
            "Населення Казахстану",
            "Бюро національної статистики",
        ),
        (
            "Қазақстан халқы (орыс.). Ұлттық статистика бюросы. 2021. Түпнұсқадан мұрағатталған"
            " 2 қаңтар 2022. Тексерілді, 3 қаңтар 2022.",
            "Қазақстан халқы",
            "Ұлттық статистика бюросы",
        ),
    ],
    ids=["en", "uk", "kk"],
)
def test_the_site_after_the_titles_mark_and_the_year_before_the_access_date(
    text: str, title: str, site: str
) -> None:
    citation = _parse(text)
    assert (citation.title, citation.container) == (title, site)
    assert citation.issued is not None
    assert citation.issued.year == int(text.split(". ")[2][:4])
    assert citation.accessed is not None
    assert citation.unparsed == ()


def test_a_second_title_with_words_outside_brackets_between_stays_no_host() -> None:
    text = "Population of Kazakhstan (PDF) report. Bureau of National Statistics. 2021."
    fields = _decode(
        text,
        [
            ("Population of Kazakhstan", "title"),
            ("Bureau of National Statistics", "title"),
            ("2021", "issued"),
        ],
    )
    assert "container-title" not in fields


def test_a_number_inside_a_longer_held_number_is_still_lost_text() -> None:
    # `C. 20`'s number is no field's: the year 2024 does not hold it; a day inside a held date
    # (`October 12, 2014`) is held
    assert not _within("20", "2024")
    assert _within("12", "October 12, 2014")
    assert _within("Bureau of", "Bureau of National Statistics")


@pytest.mark.parametrize(
    "text",
    [
        "«Türkmenistan Devlet Başkanı Ankara'da». Anadolu Ajansı. 12 Mart 2020. 15 Mart 2020"
        " tarihinde kaynağından arşivlendi. Erişim tarihi: 16 Mart 2020.",
        "Чому зовнішня політика важлива?. Вікіпедія. Архів оригіналу за 23 травня 2022."
        " Процитовано 2022-05-22.",
        '"Central Bank raises key rate". Akorda. 2012. Archived from the original on 11 February'
        " 2012. Retrieved 11 February 2012.",
    ],
    ids=["tr-before", "uk-after", "en-after"],
)
def test_the_archives_date_is_read_and_no_lost_text(text: str) -> None:
    citation = _parse(text)
    assert citation.accessed is not None
    assert citation.unparsed == ()
    assert citation.issued is None or citation.issued.day != citation.accessed.day


def test_an_archive_word_inside_a_title_with_no_date_beside_it_stays_the_titles() -> None:
    citation = _parse("Yümun İhsanoğlu, Osmanlı Arşiv Belgeleri, Selçuk Üniversitesi, Konya, 1978.")
    assert citation.title == "Osmanlı Arşiv Belgeleri"


def test_a_name_after_the_imprints_colon_with_no_role_word_is_the_publisher() -> None:
    text = "Laruelle, Marlène (2013). Globalizing Central Asia. Armonk, NY: M.E. Sharpe."
    fields = _decode(
        text,
        [
            ("Laruelle, Marlène", "author"),
            ("2013", "issued"),
            ("Globalizing Central Asia", "title"),
            ("Armonk, NY", "publisher-place"),
            ("M.E. Sharpe", "editor"),
        ],
    )
    assert fields["publisher"] == "M.E. Sharpe"
    assert not fields["editor"]
    edited = _decode(
        "Laruelle, M. (ed.) (2013). Central Asia. Armonk, NY: M.E. Sharpe.",
        [("Laruelle, M.", "editor"), ("Armonk, NY", "publisher-place"), ("M.E. Sharpe", "editor")],
    )
    assert "publisher" not in edited or edited["publisher"] != "M.E. Sharpe"
