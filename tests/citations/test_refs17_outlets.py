"""News outlets in notes written for these tests (session 17): an outlet's name in the
author's place, before the title with no host named, is the host (author-date styles put a
site there when its page names no author); a person's name there stays the author."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Радіо Свобода. 2023. “Уряд ухвалив нову програму.” January 6. "
            "https://www.radiosvoboda.org/a/32210455.html.",
            "Радіо Свобода",
        ),
        (
            "The Guardian - Turkey raises interest rates again. "
            "https://www.theguardian.com/world/2023/jun/22/turkey-rates (accessed 3 May 2024).",
            "The Guardian",
        ),
        (
            "Reuters (2021) “Kazakhstan lifts state of emergency”, 19 January. Available at: "
            "https://www.reuters.com/world/asia-pacific/kazakhstan-2022-01-19/ (Accessed: 2 "
            "February 2022).",
            "Reuters",
        ),
    ],
)
def test_an_outlet_in_the_authors_place_is_the_host(text: str, host: str) -> None:
    found = _first(text)
    assert found.container == host
    assert not found.authors
    assert found.type == "article-newspaper"


def test_a_person_in_the_authors_place_stays_the_author() -> None:
    found = _first(
        "Ahmetov, Serik. 2021. “Kazakhstan lifts state of emergency.” January 19. "
        "https://www.example.kz/news/2021/01/19/kazakhstan."
    )
    assert [a.family for a in found.authors] == ["Ahmetov"]


def test_a_page_word_ending_the_address_with_its_files_extension_is_a_sites_own_page() -> None:
    found = _first(
        "“Hakkımızda”, https://www.ktb.gov.tr/TR-96229/hakkimizda.html, (Erişim: 10.10.2022)."
    )
    assert found.type == "webpage"


def test_a_statistics_office_holds_pages_not_news() -> None:
    found = _first(
        "Демографическая ситуация в Республике Казахстан // Бюро национальной статистики. URL: "
        "https://stat.gov.kz/ru/industries/social-statistics/demography/ (дата обращения: "
        "11.04.2023)."
    )
    assert found.type == "webpage"


@pytest.mark.parametrize(
    "text",
    [
        "Türkmenistanyň Ministrler Kabineti. Türkmenistanyň ykdysady ösüşi. Aşgabat: Türkmen "
        "döwlet neşirýat gullugy, 2019. 120 s.",
        "Ресейдің Мемлекеттік думасы. Заң жобасы туралы. Мәскеу, 2020.",
    ],
)
def test_a_cabinet_or_a_duma_is_a_body_not_a_person(text: str) -> None:
    assert _first(text).authors[0].literal is not None
