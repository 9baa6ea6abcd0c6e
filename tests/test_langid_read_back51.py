"""Romanised Russian titles read back into Cyrillic (`citekit.langid_read_back`)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import detect_language
from citekit.languages.read_back import read_back_table
from citekit.model import Location


@pytest.mark.parametrize(
    ("word", "cyrillic"),
    [
        ("ukhodiashchaia", "уходящая"),
        ("eksport", "экспорт"),
        ("kazakhskoy", "казахской"),
        ("rossiya", "россия"),
        ("drevniye", "древние"),
        ("zabolevaemost'", "заболеваемость"),
        ("izuçeniye", "изучение"),
    ],
)
def test_the_table_reads_a_romanised_word_back(word: str, cyrillic: str) -> None:
    table = read_back_table("ru")
    assert table is not None
    assert table.read(word) == cyrillic


def test_a_language_without_a_table_has_none() -> None:
    assert read_back_table("en") is None


@pytest.mark.parametrize(
    "title",
    [
        "Zabolevaemost' tuberkulezom v Respublike Kazakhstan",
        "Kul'tura i vzryv",
        "Demograficheskie poteri Kazakhstana v 1930-e gody",
    ],
)
def test_a_romanised_russian_title_whose_evidence_ties_is_russian(title: str) -> None:
    assert detect_language(title) == "ru"


@pytest.mark.parametrize(
    "title",
    [
        "Seljuq Dynasty",  # two words: no evidence
        "Kablis v. Russia",
        "The Geometry of Culture",
        "Women and Work in Soviet Kazakhstan",
    ],
)
def test_other_titles_do_not_read_back_as_russian(title: str) -> None:
    assert detect_language(title) != "ru"


def test_a_note_citing_a_romanised_russian_article_is_in_russian() -> None:
    note = parse_note(
        1,
        "Ermakova MK, Nurgaliyeva ZhZh. Zabolevaemost' tuberkulezom v Respublike Kazakhstan "
        "[Tuberculosis incidence in the Republic of Kazakhstan]. Meditsina (Almaty). "
        "2019;(4):12-17.",
        location=Location(path="t"),
    )
    assert [c.language for c in note.citations] == ["ru"]


def test_a_romanised_russian_title_a_point_short_reads_back_when_clear() -> None:
    assert detect_language("Kazakhstan ogranichil eksport topliva v Rossiiu") == "ru"


def test_a_romanised_ukrainian_title_stays_ukrainian() -> None:
    assert detect_language("Istoriia dlia domashnoho vzhytku") == "uk"


def test_a_cyrillic_title_is_never_read_back() -> None:
    from citekit.langid import language_evidence
    from citekit.langid_read_back import read_back

    title = "Аудармашыдан заметки о переводе"
    assert read_back(title, language_evidence(title)) is None


def test_a_romanised_title_read_back_keeps_its_language_beside_an_english_host() -> None:
    note = parse_note(
        1,
        "Tkachev, Ivan, and Anastasiia Stognei. “Kazakhstan ogranichil eksport topliva v "
        "Rossiiu.” Vedomosti, 11 Oct. 2022, www.vedomosti.ru/economics/articles/2022/10/11/1.",
        location=Location(path="t"),
    )
    assert [c.language for c in note.citations] == ["ru"]


def test_a_title_cased_romanised_headline_with_a_small_preposition_reads_back() -> None:
    assert detect_language("Topliva v Rossiiu i Kazakhstane") == "ru"


def test_romanised_kazakh_a_point_better_is_not_read_back_as_russian() -> None:
    assert detect_language("Abai Qara sozder jinagy") != "ru"
