"""Where a headline or a title ends (session 20), with notes written for these tests: a dash
before the site's name and date, a question or exclamation mark before a site, a host's name
that never holds a question mark, a bracketed kind of work after the title, a title's head
before a colon that is no name."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _authors(cited: Citation) -> list[str]:
    return [name.literal or f"{name.given} {name.family}".strip() for name in cited.authors]


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            "Токаев подписал закон о выборах — РБК, 12.03.2021. URL: "
            "https://www.rbc.ru/politics/12/03/2021/604b2c",
            "Токаев подписал закон о выборах",
            "РБК",
        ),
        (
            "Putin's Russia: Still Dangerous! Brookings, 2015. "
            "https://www.brookings.edu/articles/putins-russia-still-dangerous/",
            "Putin's Russia: Still Dangerous!",
            "Brookings",
        ),
        (
            "KAZAKİSTAN'DA OCAK OLAYLARI: NE OLDU, NE OLACAK? Yeni Şafak, 7 Ocak 2022.",
            "KAZAKİSTAN'DA OCAK OLAYLARI: NE OLDU, NE OLACAK?",
            "Yeni Şafak",
        ),
    ],
)
def test_a_headline_ends_before_its_site_and_date(text: str, title: str, site: str) -> None:
    cited = _first(text)
    assert cited.title == title
    assert cited.container == site


def test_a_dash_inside_a_title_before_an_imprint_stays_the_titles() -> None:
    cited = _first(
        "Сыроежкин К. Л. Казахстан – Китай: от приграничной торговли к стратегическому "
        "партнерству. Алматы: КИСИ, 2010. 360 с."
    )
    assert cited.title == (
        "Казахстан – Китай: от приграничной торговли к стратегическому партнерству"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Orta Asya'da su sorunu (Rapor). Ankara: ORSAM, 2015.", "Orta Asya'da su sorunu"),
        (
            "Сбитнев А. Образование в Туркменистане (доклад). М.: ИМЭМО РАН, 2014. 48 с.",
            "Образование в Туркменистане",
        ),
    ],
)
def test_a_bracketed_kind_of_work_is_not_the_titles(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_kind_of_work_inside_the_quotes_stays_the_titles() -> None:
    cited = _first(
        "Nurlan Aliyev, «Soft Power in the South Caucasus (Report)». Baku Research Institute, 2020."
    )
    assert cited.title == "Soft Power in the South Caucasus (Report)"


def test_a_head_with_a_plain_lower_case_word_is_the_titles() -> None:
    cited = _first(
        "Altyn asyr: Türkmenistanyň taryhy. Aşgabat: Türkmen döwlet neşirýat gullugy, 2015. 320 s."
    )
    assert cited.title == "Altyn asyr: Türkmenistanyň taryhy"
    assert _authors(cited) == []


def test_a_site_named_by_its_address_keeps_its_end() -> None:
    cited = _first(
        "Экономика Узбекистана растет — Газета.uz, 1 сентября 2011. URL: "
        "https://www.gazeta.uz/ru/2011/09/01/economy/"
    )
    assert cited.container == "Газета.uz"
