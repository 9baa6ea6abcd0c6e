"""Shared text helpers: what a reader sees of a word typed with two keyboard layouts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import parse_date
from citekit._text import TOKEN, unmixed, unmixed_word, unmixed_words, visible
from tests.linear import assert_linear


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("Рoссии", "России"),  # a Latin o among Cyrillic letters
        ("Кulzhanova", "Kulzhanova"),  # a Cyrillic К among Latin letters
        # a letter only some languages write is evidence of the language: read as typed
        ("Типографiя", "Типографiя"),  # a Latin i for pre-1918 Russian і
        ("России", "России"),
        ("Kulzhanova", "Kulzhanova"),
        ("Qırğız", "Qırğız"),  # Latin letters with marks are Latin
        # all capitals: only the Cyrillic letters include one with no twin (И, Я, П, Д)
        ("ИCTOPИЯ", "ИСТОРИЯ"),
        ("ПPABДA", "ПРАВДА"),
        ("Рoccия", "Россия"),  # three letters each way
        ("bіlіm", "bilim"),  # Latin Kazakh with the Cyrillic і: it reads as Latin
        ("Шаhар", "Шаhар"),  # Kazakh һ typed as a Latin h: as typed (one way only)
        ("Јournal", "Journal"),  # a Serbian Cyrillic Ј in a Latin word
        ("Türkmenistaн", "Türkmenistaн"),  # both have letters with no twin: н stays
        ("Россиu", "Россиu"),  # a last Latin letter: u has no Cyrillic twin
        ("Россиo", "Россио"),  # … o has one
        ("aбвгд", "абвгд"),  # a first Latin letter
        ("Москва 2024 ёлкa", "Москва 2024 ёлка"),  # mixed only in the last word
    ],
)
def test_a_word_reads_in_its_majority_alphabet(word: str, read: str) -> None:
    assert unmixed_word(word) == read


def test_a_tie_goes_to_the_alphabet_given() -> None:
    assert unmixed_word("Cт", 1) == "Ст"
    assert unmixed_word("Cо", -1) == "Co"  # Latin C, Cyrillic о
    assert unmixed_word("Cо") == "Cо"
    # т has no Latin twin: the word is Cyrillic whatever the tie
    assert unmixed_word("Cт", -1) == unmixed_word("Cт") == "Ст"


def test_a_lone_letter_stays_as_typed() -> None:
    # `P. 364` in a Russian note, `С. 168` in a Turkmen one: labels of the other alphabet
    words = ["Рoссии", "P", ".", "364", "Türkmenabat", "С", ".", "168"]
    assert unmixed_words(words) == ["России", "P", ".", "364", "Türkmenabat", "С", ".", "168"]


def test_a_tie_inside_a_word_goes_to_the_alphabet_of_the_note() -> None:
    assert unmixed_words(["Cт", ".", "782", "Собрание", "законов"])[0] == "Ст"


def test_a_month_typed_with_a_latin_letter_is_the_month() -> None:
    date = parse_date("25 мaя 2024 г.")  # Latin a
    assert date is not None
    assert date.isoformat() == "2024-05-25"


@given(st.text(alphabet="aceoCMKРоссияМ.,: 12-", max_size=40))
def test_reading_keeps_length_and_every_character_that_has_no_twin(text: str) -> None:
    read = unmixed(text)
    assert len(read) == len(text)
    assert [m.span() for m in TOKEN.finditer(read)] == [m.span() for m in TOKEN.finditer(text)]
    for a, b in zip(text, read, strict=True):
        assert a == b or a.lower() in "aceopxyiасеорхуі" or a in "ABCEHIKMOPTXАВСЕНІКМОРТХ"


def test_visible_drops_only_invisible_characters() -> None:
    assert visible("Ka\u00adya\u200b Ha\u2060san\ufeff") == "Kaya Hasan"
    assert visible("Kaya, Hasan") == "Kaya, Hasan"
    # direction embeddings and isolates, invisible operators: pasted from chats and Word
    assert visible("\u2068Kaya\u2069, \u202bHa\u202csan\u2063") == "Kaya, Hasan"
    assert visible("Ka\u200cya\u200d") == "Ka\u200cya\u200d"  # joiners shape letters: kept


def test_an_address_stays_as_typed() -> None:
    text = "Рoссия сегодня. https://site.kz/Рoссия-news (дата обращения: 5 мaя 2024)"
    read = unmixed(text)
    assert read.startswith("Россия сегодня. https://site.kz/Рoссия-news")
    assert read.endswith("5 мая 2024)")


def test_an_address_without_a_slash_stays_as_typed() -> None:
    assert unmixed("Рoссия сегодня. www.Рoссия.ru") == "Россия сегодня. www.Рoссия.ru"
    assert unmixed("Рoссия, info@Рoссия.ru") == "Россия, info@Рoссия.ru"


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Рoссии " + "x" * n + " /",  # one long run without a mark, an address after
        lambda n: "Рoссии https://a.b/c " * (n // 20),  # many mixed words, many addresses
    ],
    ids=["long run", "many addresses"],
)
def test_reading_a_long_note_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(make, unmixed, 20_000)
