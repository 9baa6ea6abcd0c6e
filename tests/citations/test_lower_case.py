"""A note typed all in lower case reads as the same note with a style's capitals, its values
kept as typed (notes written for these tests)."""

from __future__ import annotations

import pytest

from citekit.citations.fields import parse_citation
from citekit.citations.recased import recased
from citekit.citations.tagger.cased import cased_words, typed_lower


def _record(text: str) -> tuple[list[str], str | None, str | None, str | None]:
    found = parse_citation(text)
    names = [str(n) for n in found.authors]
    return names, found.title, found.publisher_place, found.publisher


def test_a_note_with_a_capital_is_not_recased() -> None:
    assert recased("Иванов И. И. История. М.: Наука, 2015.") is None
    assert recased("иванов и. и. история. м.: наука, 2015.") == (
        "Иванов И. И. История. М.: Наука, 2015."
    )


def test_an_address_as_pasted_does_not_stop_the_reading() -> None:
    assert typed_lower(["смит", "дж", ".", "https://example.org/Page_One"])
    assert not typed_lower(["Смит", "https://example.org/page"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "жұмабаев б. алаш қозғалысы. астана: фолиант, 2018. 200 б.",
            (["жұмабаев б."], "алаш қозғалысы", "астана", "фолиант"),
        ),
        (
            "taylor, s. and white, k. (2021). energy in the caspian. oxford: oxford university"
            " press.",
            (["taylor, s.", "white, k."], "energy in the caspian", "oxford", None),
        ),
        (
            "волков д. с. реформы в средней азии / под ред. н. н. орлова. – ташкент: фан, 1999.",
            (["волков д. с."], "реформы в средней азии", "ташкент", "фан"),
        ),
        (
            "cumabayef, m. (1912). çolpan, kazan: matbaa-ı kerimiye.",
            (["cumabayef, m."], "çolpan", "kazan", "matbaa-ı kerimiye"),
        ),
    ],
)
def test_a_lower_case_note_reads_as_its_capitalised_twin(
    text: str, expected: tuple[list[str], str, str, str | None]
) -> None:
    names, title, place, publisher = _record(text)
    assert (names, title, place) == expected[:3]
    if expected[3] is not None:
        assert publisher == expected[3]


def test_the_heading_ends_after_a_surname_s_initials() -> None:
    words = ["жұмабаев", "б", ".", "алаш", "қозғалысы", "."]
    assert cased_words(words)[:5] == ["Жұмабаев", "Б", ".", "Алаш", "қозғалысы"]
    # initials before their name, and names joined by `and`, stay in the heading
    assert cased_words(["smith", ",", "j", ".", "and", "white", ",", "k", "."])[4:6] == [
        "and",
        "White",
    ]
    assert cased_words(["1", ".", "serdar", "berdimuhamedow", ".", "merkez"])[2:4] == [
        "Serdar",
        "Berdimuhamedow",
    ]


def test_gost_s_double_slash_opens_the_host() -> None:
    tokens = ["бәшимова", "h", ".", "гүл", "/", "/", "түркменметбугат", "."]
    assert cased_words(tokens)[6] == "Түркменметбугат"


@pytest.mark.parametrize(
    ("text", "editors", "translators"),
    [
        ("osho. from darkness to light / ed. ma prem maneesha. pune: rebel house, 1998.", 1, 0),
        ("ahmet yesevi. divan-ı hikmet. haz. hayati bice. ankara: tdv yayınları, 1993.", 1, 0),
        ("john ray, rethinking oil, trans. charlene ellison (oxford: packt, 1981).", 0, 1),
    ],
)
def test_a_name_after_a_role_word_reads_whole(text: str, editors: int, translators: int) -> None:
    found = parse_citation(text)
    assert [len(str(n).split()) for n in found.editors] == [3 if "osho" in text else 2] * editors
    assert [len(str(n).split()) for n in found.translators] == [2] * translators
