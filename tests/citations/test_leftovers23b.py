"""Forms written for these tests (session 23, leftovers23b): an unquoted note's head before
its first role word is its author and title (Ottoman titles with hyphenated izafet), an
undated work's date after its URL is the access date, a journal's double volume."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Hoca Sadeddin Efendi, Tâcü't-Tevârîh, haz. İsmet Parmaksızoğlu, Kültür Bakanlığı"
            " Yayınları, Ankara 1992, C. 2, s. 14.",
            "Hoca Sadeddin Efendi",
            "Tâcü't-Tevârîh",
        ),
        (
            "Neşrî Mehmed, Kitâb-ı Cihan-nümâ, haz. Faik Reşit Unat, TTK, Ankara 1949, s. 60.",
            "Neşrî Mehmed",
            "Kitâb-ı Cihan-nümâ",
        ),
        (
            "Mirkhwānd, Muḥammad b. Khwāndshāh, Rawḍat al-ṣafāʾ, ed. Jamshīd Kiyānfar,"
            " Tehran: Asāṭīr, 2001, p. 77.",
            "Mirkhwānd, Muḥammad b. Khwāndshāh",
            "Rawḍat al-ṣafāʾ",
        ),
    ],
)
def test_unquoted_head_before_a_role_word_is_author_and_title(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert [str(n) for n in found.authors] == [author]
    assert found.title == title
    assert found.container != title


def test_persons_after_the_role_word_split_at_a_spaced_dash() -> None:
    found = _first(
        "Solakzâde Mehmed Hemdemî Çelebi, Solakzâde Tarihi, haz. Vahid Çabuk - Ali Sevim,"
        " Kültür Bakanlığı Yayınları, Ankara 1989, s. 31."
    )
    assert [str(n) for n in found.editors] == ["Vahid Çabuk", "Ali Sevim"]
    assert found.title == "Solakzâde Tarihi"


def test_a_quoted_chapter_keeps_its_host() -> None:
    found = _first(
        "Ahmet Yaşar Ocak, “Babaîler İsyanı”, Türkler, haz. Hasan Celal Güzel, Yeni Türkiye"
        " Yayınları, Ankara 2002, C. 7, s. 55."
    )
    assert found.title == "Babaîler İsyanı"
    assert found.container == "Türkler"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Diyanet İşleri Başkanlığı. (t.y.). Camiler. https://www.diyanet.gov.tr/camiler"
            " 3 Şubat 2022.",
            PartialDate(2022, 2, 3),
        ),
        (
            'Louvre Museum, "The Winged Victory", n.d., https://www.louvre.fr/en/victory,'
            " 9 June 2019.",
            PartialDate(2019, 6, 9),
        ),
    ],
)
def test_an_undated_works_date_after_its_url_is_the_access_date(
    text: str, day: PartialDate
) -> None:
    found = _first(text)
    assert found.accessed == day
    assert found.issued is None


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("Deny, Jean, « Les Turcs de Kazan », Turcica 15–16 (1983), p. 5–20.", "15–16"),
        ('Zeki Velidi Togan, "Harezm", Türkiyat Mecmuası 7-8 (1945), 22-40.', "7-8"),
    ],
)
def test_two_numbers_between_a_journal_and_its_year_are_a_double_volume(
    text: str, volume: str
) -> None:
    found = _first(text)
    assert found.volume == volume
    assert found.issue is None
    assert found.container is not None
    assert not found.container[-1].isdigit()


def test_an_acronym_between_commas_before_the_place_is_the_publisher() -> None:
    found = _first(
        "Karaçelebizâde Abdülaziz Efendi, Ravzatü'l-Ebrâr Zeyli, haz. Nevzat Kaya, TTK,"
        " Ankara 2003, s. 19."
    )
    assert found.publisher == "TTK"
    assert found.publisher_place == "Ankara"


def test_names_ended_by_their_role_word_keep_the_head() -> None:
    found = _first("Dale, Stephen, ed. The Garden of the Eight Paradises. Leiden: Brill, 2004.")
    assert found.title == "The Garden of the Eight Paradises"
    assert [(n.family, n.given) for n in found.editors] == [("Dale", "Stephen")]


@pytest.mark.parametrize(
    "text",
    [
        "Çanakkale Arkeoloji Müzesi. (t.y.). Eserler. https://www.example.gov.tr/eserler",
        "Ashmolean Museum. (n.d.). Ottoman Textiles. https://www.vam.ac.uk/ottoman",
    ],
)
def test_a_museum_before_an_undated_bracket_is_the_author(text: str) -> None:
    found = _first(text)
    assert [str(n) for n in found.authors] == [text.split(". (")[0]]
