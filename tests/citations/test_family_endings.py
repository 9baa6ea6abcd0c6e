"""Names the lexicon does not know: a family told by its ending (`[names] family_ending`),
given names after initials told by their number (`citations/family_endings.py`,
`citations/initialled_names.py`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        ("Ahmedov Bekzod, Amir Temur davri, Toshkent, 2005.", "Ahmedov", "Bekzod"),
        ("Orazowa Aýna, Türkmen dili, Aşgabat: Ylym, 2015.", "Orazowa", "Aýna"),
        ("Нұрланов Бекзат, Алаш қозғалысы, Астана: Фолиант, 2019.", "Нұрланов", "Бекзат"),
        ("Sarsenbayev Bekzat, Kazakh Nomads, Almaty: Daik-Press, 2011.", "Sarsenbayev", "Bekzat"),
        ("Bekzod Ahmedov, Amir Temur davri, Toshkent, 2005.", "Ahmedov", "Bekzod"),
        ("Lev Gumilev, Drevnie tyurki, Moskva, 1967.", "Gumilev", "Lev"),
        (
            "Gurbanguly Berdimuhamedow. Türkmeniň Altyn asyry. Aşgabat, 2015.",
            "Berdimuhamedow",
            "Gurbanguly",
        ),
    ],
)
def test_family_by_its_ending(note: str, family: str, given: str) -> None:
    author = first_citation(note).authors[0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "A. Zeki Velidi Togan, Bugünkü Türkili (Türkistan) ve Yakın Tarihi, İstanbul: "
            "Enderun, 1981, s. 45.",
            "Togan",
            "A. Zeki Velidi",
        ),
        (
            "H. Ahmet Kemal Sezer, Osmanlı Vakıfları, Ankara, 1998.",
            "Sezer",
            "H. Ahmet Kemal",
        ),
        (
            "Ş. Mehmet Hakan Yurt, Türkistan Cedidleri, İstanbul: Ötüken, 2011, s. 9.",
            "Yurt",
            "Ş. Mehmet Hakan",
        ),
        (
            "M. Fuad Köprülü, Türk Edebiyatında İlk Mutasavvıflar, Ankara, 1991.",
            "Köprülü",
            "M. Fuad",
        ),
        ("B. Öztürk Can, Kazak Türkçesi, Ankara, 2000.", "Öztürk Can", "B."),
        ("M. Ali Rıza Doğan, Kazak Bozkırında İslam, Ankara: TTK, 2008.", "Doğan", "M. Ali Rıza"),
    ],
)
def test_given_names_after_initials(note: str, family: str, given: str) -> None:
    author = first_citation(note).authors[0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Davis, Benjamin O., Jr. Benjamin O. Davis, Jr., American: An Autobiography. "
            "Washington: Smithsonian Institution Press, 1991.",
            "Benjamin O. Davis, Jr., American: An Autobiography",
        ),
        (
            "King, Martin Luther, Jr. Stride toward Freedom: The Montgomery Story. New York: "
            "Harper, 1958.",
            "Stride toward Freedom: The Montgomery Story",
        ),
        (
            "Schlesinger, Arthur M., Jr. The Age of Jackson. Boston: Little, Brown, 1945.",
            "The Age of Jackson",
        ),
    ],
)
def test_a_generation_word_closes_the_name(note: str, title: str) -> None:
    found = first_citation(note)
    assert len(found.authors) == 1
    assert found.title == title
