"""Forms the first helpers of session 22 named and left (leftovers22): a speech's genre
descriptor after its title, a Kazakh or Kyrgyz book's number after the title (`2-кітап`), a
known given name's head before a title in small letters or a pen name alone, an MLA
container of one name before the date, an APA firm of partners' names, a quoted head's
subtitle before a series' number, a surname that is a joining word. Notes written for these
tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location
from tests.citations.parsed import first_citation as _first


def _authors(found: Citation) -> list[str]:
    return [str(name) for name in found.authors]


@pytest.mark.parametrize(
    "text",
    [
        'Shavkat Mirziyoyev, "Address to the Oliy Majlis" (speech, Tashkent, December 20, 2022).',
        'Erdoğan, Recep Tayyip. "Kabine Toplantısı Sonrası." Speech, Ankara, 5 Mayıs 2023.',
        'Ahmet Davutoğlu, "Stratejik Derinlik Üzerine" (konuşma, İstanbul, 12 Mart 2010).',
    ],
)
def test_a_genre_word_after_the_title_makes_a_speech(text: str) -> None:
    assert _first(text).type == "speech"


def test_speech_in_a_title_is_no_descriptor() -> None:
    found = _first('Jane Roe, "On Speech and Silence," Central Asian Survey 12 (1993): 4.')
    assert found.type == "article-journal"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        ("Есенберлин І. Қаһар. 3-кітап. – Алматы: Жазушы, 1980. – 300 б.", "Қаһар", "3"),
        ("Сейфуллин С. Шығармалары. 4-т. – Алматы: Жазушы, 1988. – 380 б.", "Шығармалары", "4"),
        ("Мамытбеков Ж. Жаңы күн. 2-китеп. – Бишкек: Кыргызстан, 1984. – 210 б.", "Жаңы күн", "2"),
    ],
)
def test_a_books_number_after_the_title_is_the_volume(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (found.title, found.volume, found.unparsed) == (title, volume, ())


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Ыбырай Алтынсарин. қазақ хрестоматиясы. – Алматы: Білім, 2003. – 180 б.",
            "Ыбырай Алтынсарин",
            "қазақ хрестоматиясы",
        ),
        (
            "Абай. Өлеңдер мен поэмалар. – Алматы: Жазушы, 1986. – 240 б.",
            "Абай",
            "Өлеңдер мен поэмалар",
        ),
    ],
)
def test_a_given_names_head_is_the_author(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert (_authors(found), found.title) == ([author], title)


def test_a_bare_name_before_a_link_stays_the_title() -> None:
    found = _first("Django. URL: https://www.djangoproject.com/start/.")
    assert found.title == "Django"


@pytest.mark.parametrize(
    ("text", "host", "day"),
    [
        ('Lee, Anna. "Bishkek After the Vote." Slate, 4 Feb. 2021, pp. 10-12.', "Slate", 4),
        ('Bell, Tom. "Silk Road Cities." Wired, 19 Aug. 2017, p. 40.', "Wired", 19),
    ],
)
def test_an_mla_container_of_one_name_before_the_date(text: str, host: str, day: int) -> None:
    found = _first(text)
    assert found.container == host
    assert found.issued is not None
    assert found.issued.day == day


def test_a_firm_of_partners_is_the_publisher() -> None:
    found = _first(
        "Weller, R. (2006). Rethinking Kazakh and Central Asian nationhood. Harcourt, Brace "
        "and Company."
    )
    assert (found.title, found.publisher) == (
        "Rethinking Kazakh and Central Asian nationhood",
        "Harcourt, Brace and Company",
    )


def test_a_quoted_heads_subtitle_ends_before_its_series() -> None:
    found = _first(
        'Luca Anceschi, "Turkmenistan\'s Neutrality": Myth and Practice. Central Asia '
        "Security Brief, no. 7 (2019): 2."
    )
    assert (found.title, found.container, found.issue) == (
        '"Turkmenistan\'s Neutrality": Myth and Practice',
        "Central Asia Security Brief",
        "7",
    )


def test_a_surname_that_is_a_joining_word() -> None:
    found = _first("Metin And, Dünden Bugüne Tiyatro, Ankara: Kültür Bakanlığı Yayınları, 1983.")
    assert _authors(found) == ["Metin And"]


def test_a_network_between_the_container_and_the_date() -> None:
    found = _first('"Steppe Horsemen." Wild Asia, BBC Two, 9 Mar. 2014. Television.')
    assert (found.container, found.type) == ("Wild Asia", "broadcast")
    assert found.issued is not None
    assert found.issued.day == 9


def test_a_medium_word_closing_the_note_is_no_field() -> None:
    found = _first("Roy, Olivier. The New Central Asia. London: I.B. Tauris, 2000. Print.")
    assert (found.type, found.unparsed) == ("book", ())


def test_a_subtitle_read_as_a_second_publisher_is_the_titles() -> None:
    found = _first(
        "Ahmet Yılmaz, Meddah: Turkish Storytelling Art, Dost Yayınları, Ankara, 1980, s. 4."
    )
    assert (found.title, found.publisher) == (
        "Meddah: Turkish Storytelling Art",
        "Dost Yayınları",
    )


def test_one_word_after_a_full_name_opens_the_title() -> None:
    found = _first(
        "Chingiz Aitmatov, Jamilia, My Love, trans. Fainna Glagoleva (Moscow: Raduga, 1989), 12."
    )
    assert (_authors(found), found.title) == (["Chingiz Aitmatov"], "Jamilia, My Love")


def test_an_inverted_name_in_capitals_keeps_its_given_name() -> None:
    found = _first("ÖGEL, Bahaeddin, Türk Mitolojisi, Türk Tarih Kurumu, Ankara 1993.")
    assert (_authors(found), found.title) == (["ÖGEL, Bahaeddin"], "Türk Mitolojisi")


@pytest.mark.parametrize("text", ["Онищенко", "Смирнов.", "Metin And", "And", "Smith and"])
def test_a_note_that_is_one_run_of_names_parses(text: str) -> None:
    """A run of names that ends the note: the joining-word test reads no token past it (an
    `IndexError` the perturbation benchmark found on a bare surname)."""
    note = parse_note(1, text, location=Location(path="t"))
    assert note.number == 1
