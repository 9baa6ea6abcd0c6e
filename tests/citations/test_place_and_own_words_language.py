"""The language of a title its letters leave between neighbours: the place its note names in
one near language's own spelling (`Өфө`: Bashkir), a Kazakh word joining loanwords (`және`),
the endings of Kazakh romanised (`-lyq`, `-dyq`, `-tyq`), and its `jane` in small letters."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "language"),
    [
        ("Ғәлимов С. Аманат. Өфө: Китап, 2010. 256 б.", "Аманат", "ba"),
        ("Бикбаев Р. Ватан. Өфө: Китап, 1998. 120 б.", "Ватан", "ba"),
        ("Йәнбирҙин Ғ. Таң. Өфө: Китап, 2015. 88 б.", "Таң", "ba"),
        ("Юлтый Д. Ҡан. Өфө: Башҡортостан китап нәшриәте, 1985. 300 б.", "Ҡан", "ba"),
        ("Сәлимов Р. Дала. Стәрлетамаҡ: Китап, 2003. 140 б.", "Дала", "ba"),
    ],
)
def test_place_spelled_by_one_near_language(note: str, title: str, language: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.language == language


@pytest.mark.parametrize(
    "note",
    [
        "Вебер М. Протестант этикасы және капитализм рухы. Алматы: Ұлттық аударма бюросы, 2019.",
        "Хантингтон С. Өркениеттер қақтығысы және әлемдік тәртіп. Алматы, 2018.",
        "Назарбаев Н. Демократия және реформа перспективалары. Астана: Елорда, 2005. 150 б.",
        "Дюркгейм Э. Социология және философия проблемалары. Алматы, 2019.",
        "Кейнс Дж. Жұмыспен қамту, пайыз және ақша. Алматы, 2018. 400 б.",
    ],
)
def test_loanwords_joined_by_kazakh_word(note: str) -> None:
    assert first_citation(note).language == "kk"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Протестант этикасы және капитализм рухы", "kk"),
        ("Глобализация және демократия проблемалары", "kk"),
        ("Татар халкының тарихы һәм мәдәнияте", "tt"),
        ("Кыргыз тилиндеги сөз жасоо", "ky"),
        ("Maldyq sharuashylyq", "kk"),
        ("Ulttyq tarikh jane sana", "kk"),
        ("Qazaqtyn ulttyq oiyndary", "kk"),
        ("Turistik qyzmettin negizderi", "kk"),
        ("The Iraq war", "en"),
        ("Qogam jane din", "kk"),
        ("Til jane qogam", "kk"),
        ("Tarikh jane qogam", "kk"),
        ("Jane and the dragon", "en"),
    ],
)
def test_title_language(title: str, language: str) -> None:
    assert detect_language(title) == language


@pytest.mark.parametrize("title", ["Jane Eyre", "JANE EYRE", "Jane"])
def test_a_capital_makes_a_small_word_a_name(title: str) -> None:
    assert detect_language(title) != "kk"


def test_small_words_are_language_data() -> None:
    from citekit.languages import language

    assert "jane" in language("kk").small_words
    assert language("en").small_words == ()
