"""A report's last sentence `Place, year.` / `Place: Publisher, year.` is the imprint whatever
the place; a year closing the title's sentence stays in it when the imprint has its own; body
names closing on `House`, `International`, `Trust`; a body's name after a genre is the site.
The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation as _parse

# a place the lexicon does not know closing the note is the imprint's
_UNKNOWN_PLACES = [
    (
        "CAREC Institute. Regional Economic Outlook 2022. Urumqi, 2022.",
        "Regional Economic Outlook 2022",
        "Urumqi",
        2022,
    ),
    (
        "Asian Development Bank. Key Indicators for Asia and the Pacific 2020. Mandaluyong, 2020.",
        "Key Indicators for Asia and the Pacific 2020",
        "Mandaluyong",
        2020,
    ),
    (
        "Mukhtarov F. Water Governance in Central Asia. Khujand, 2015.",
        "Water Governance in Central Asia",
        "Khujand",
        2015,
    ),
]

# a year closing the title's sentence stays in it when the imprint has its own
_YEARS_IN_TITLES = [
    (
        "TÜİK. Hanehalkı Bilişim Teknolojileri Kullanım Araştırması, 2022. Ankara, 2022.",
        "Hanehalkı Bilişim Teknolojileri Kullanım Araştırması, 2022",
        "Ankara",
        2022,
    ),
    (
        "FAO. The State of Food and Agriculture, 2021. Rome, 2021.",
        "The State of Food and Agriculture, 2021",
        "Rome",
        2021,
    ),
    (
        "Росстат. Регионы России. Социально-экономические показатели, 2021. Москва, 2021.",
        "Регионы России. Социально-экономические показатели, 2021",
        "Москва",
        2021,
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "place", "year"),
    [*_UNKNOWN_PLACES, *_YEARS_IN_TITLES],
)
def test_the_last_sentence_is_the_imprint(text: str, title: str, place: str, year: int) -> None:
    c = _parse(text)
    assert (c.title, c.publisher_place) == (title, place)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Freedom House. Nations in Transit 2022: Kazakhstan. Washington, 2022.", "Freedom House"),
        ("Chatham House. Kazakhstan: Tested by Transition. London, 2019.", "Chatham House"),
        (
            "Amnesty International. Uzbekistan: Torture and Impunity. London, 2019.",
            "Amnesty International",
        ),
        (
            "Caspian Policy Initiative. Energy Corridors in the Caspian. Washington, 2021.",
            "Caspian Policy Initiative",
        ),
    ],
)
def test_body_names_sign_the_report(text: str, author: str) -> None:
    c = _parse(text)
    assert [a.literal for a in c.authors] == [author]


@pytest.mark.parametrize(
    ("written", "family"),
    [("John House", "House"), ("Gregory House", "House"), ("J. House", "House")],
)
def test_a_persons_family_name_house_stays_a_person(written: str, family: str) -> None:
    assert to_name(written).family == family


@pytest.mark.parametrize(
    ("text", "site", "genre"),
    [
        (
            "Комментарий, Российский совет по международным делам, 14 апреля 2021, "
            "https://russiancouncil.ru/analytics/comment-1",
            "Российский совет по международным делам",
            "Комментарий",
        ),
        (
            "Yorum, Stratejik Düşünce Enstitüsü, 5 Mart 2021, https://sde.org.tr/yorum/1",
            "Stratejik Düşünce Enstitüsü",
            "Yorum",
        ),
    ],
)
def test_body_after_a_genre_is_the_site(text: str, site: str, genre: str) -> None:
    c = _parse(text)
    assert (c.container, c.genre) == (site, genre)
