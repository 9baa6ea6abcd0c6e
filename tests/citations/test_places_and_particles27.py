"""Session 27 facts of the neighbouring languages: the place a note names decides a title its
letters leave between languages; a capitalised particle after a GOST name's initials opens the
title; an inverted name's trailing particle is the given part's; letters and endings that tell
Belarusian, Kyrgyz, Tatar, Uzbek and Azerbaijani titles. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Брыль Я. Птушкі і гнёзды. Мінск, 1990. 210 с.", "be"),
        ("Миңнуллин К. М. Татар фольклоры. Казан : Мәгариф, 2011. 198 б.", "tt"),
        ("Yusupov, Akmal, O'zbekiston mustaqilligi yillarida, Toshkent: Sharq, 2011, s. 88.", "uz"),
        ("Хәбибуллин Р. Татар җыры. Казан : Мәгариф, 2004. 160 б.", "tt"),
    ],
)
def test_the_place_named_decides_a_title_left_between_languages(text: str, language: str) -> None:
    assert _first(text).language == language


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И. Кочевники Средней Азии. Бишкек : Раритет, 2001. 200 с.",
        "Петров П. П. История Татарстана. Казань : Фэн, 2004. 300 с.",
        "Сидоров С. С. Очерки истории Белоруссии. Минск : Наука, 1990. 250 с.",
    ],
)
def test_a_russian_title_stays_russian_wherever_published(text: str) -> None:
    assert _first(text).language == "ru"


@pytest.mark.parametrize(
    ("text", "title", "family"),
    [
        (
            "Braudel F. La Méditerranée. Paris : Armand Colin, 1949. P. 211.",
            "La Méditerranée",
            "Braudel",
        ),
        (
            "Bourdieu P. La Distinction. Paris : Minuit, 1979. 670 p.",
            "La Distinction",
            "Bourdieu",
        ),
        (
            "Foucault M. Les Mots et les choses. Paris : Gallimard, 1966. P. 32.",
            "Les Mots et les choses",
            "Foucault",
        ),
        (
            "Tocqueville A. De la démocratie en Amérique. Paris, 1835. P. 4.",
            "De la démocratie en Amérique",
            "Tocqueville",
        ),
        (
            "Hammer J. Van Gogh: A Life. London : Penguin, 1990. P. 4.",
            "Van Gogh: A Life",
            "Hammer",
        ),
    ],
)
def test_a_capitalised_particle_after_initials_opens_the_title(
    text: str, title: str, family: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert [a.family for a in found.authors] == [family]


def test_a_small_particle_after_initials_stays_the_names() -> None:
    found = _first("Gabain A. von. Alttürkische Grammatik. Leipzig, 1950. S. 4.")
    assert found.title == "Alttürkische Grammatik"


@pytest.mark.parametrize(
    ("text", "title", "family", "given"),
    [
        (
            "Humboldt, Alexander von. Kosmos. Stuttgart: Cotta, 1845.",
            "Kosmos",
            "Humboldt",
            "Alexander von",
        ),
        (
            "Hammer-Purgstall, Joseph von, Geschichte des Osmanischen Reiches, Pest: "
            "Hartleben, 1827, s. 201.",
            "Geschichte des Osmanischen Reiches",
            "Hammer-Purgstall",
            "Joseph von",
        ),
        (
            "Gabain, Annemarie von, Alttürkische Grammatik, Leipzig: Harrassowitz, 1950, s. 45.",
            "Alttürkische Grammatik",
            "Gabain",
            "Annemarie von",
        ),
        (
            "Goethe, Johann Wolfgang von, Faust, Leipzig: Insel, 1910, s. 5.",
            "Faust",
            "Goethe",
            "Johann Wolfgang von",
        ),
    ],
)
def test_an_inverted_names_trailing_particle_is_the_given_parts(
    text: str, title: str, family: str, given: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert [(a.family, a.given) for a in found.authors] == [(family, given)]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Людзі на балоце", "be"),
        ("Дзеці на вуліцы горада", "be"),
        ("Україна і світ", "uk"),
        ("На шляху до незалежності", "uk"),
        ("Эл аралык мамилелер", "ky"),
        ("Эки дүйнө", "ky"),
        ("Яшь йөрәкләр", "tt"),
        ("Яңа китаплар", "tt"),
        ("Миллий уйғониш", "uz"),
        ("Илмий мерос", "uz"),
        ("Neft strategiyası", "az"),
        ("Rusiya və Azərbaycan", "az"),
        ("Enerji politikası", "tr"),
        ("Rusya ve Türkiye", "tr"),
    ],
)
def test_letters_and_endings_tell_a_neighbour_title(title: str, language: str) -> None:
    assert detect_language(title) == language


@pytest.mark.parametrize(
    "text",
    [
        "Prezident İlham Əliyev Bakıda yeni xəstəxananın açılışında iştirak edib // Report.az. "
        "2021. 12 may.",
        "Prezident Qasım-Jomart Toqaev jańa zańǵa qol qoıdy // Egemen Qazaqstan. 2022. 3 mamyr.",
        "Mirziyoyev Samarqandda yangi kutubxonani ochdi // Xalq so'zi. 2023. 15 mart.",
        "Президент Зеленський провів зустріч з делегацією // Укрінформ. 2023. 5 черв.",
    ],
)
def test_a_name_running_into_a_headline_is_its_subject(text: str) -> None:
    found = _first(text)
    assert found.authors == ()
    assert found.title is not None
    assert text.startswith(found.title)


def test_a_name_closed_by_its_mark_stays_the_author() -> None:
    found = _first("Əliyev R. Bakıda yeni xəstəxananın açılışı // Report.az. 2021. 12 may.")
    assert [a.family for a in found.authors] == ["Əliyev"]


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Carrère d'Encausse H. L'Empire éclaté. Paris : Flammarion, 1978. P. 87.",
            "Carrère d'Encausse",
            "L'Empire éclaté",
        ),
        (
            "См.: Giscard d'Estaing V. Le pouvoir et la vie. Paris, 1988. P. 12.",
            "Giscard d'Estaing",
            "Le pouvoir et la vie",
        ),
    ],
)
def test_a_family_joined_by_an_elided_particle_heads_the_note(
    text: str, family: str, title: str
) -> None:
    found = _first(text)
    assert [a.family for a in found.authors] == [family]
    assert found.title == title
