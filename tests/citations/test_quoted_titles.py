"""A quoted title's run that goes on past its closing quote (issue 12): with the mark after
the quotes, as İSNAD, Turkish and Wikipedia notes write it (`“Title”, Host`, `"Title". Site.`),
the quoted words are the title and the capitalised words after them (or an ordinal and them:
`30. Yılında …`) the host; GOST's words after `«Title».` before `. —` stay the title's."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "run", "title", "host"),
    [
        (
            "Enginiz Kısakürek, “Anadol’nun Eğitim Sistemi”, 30. Yılında Ekonomik İşbirliği,"
            " Kırıkkale, 1982, ss. 261-296.",
            "Anadol’nun Eğitim Sistemi”, 30. Yılında Ekonomik İşbirliği",
            "Anadol’nun Eğitim Sistemi",
            "30. Yılında Ekonomik İşbirliği",
        ),
        (
            'Smith J. "Gas pipeline talks resume". The Diplomat. 2019. Retrieved 7 May 2019.',
            'Gas pipeline talks resume". The Diplomat',
            "Gas pipeline talks resume",
            "The Diplomat",
        ),
    ],
    ids=["isnad", "web"],
)
def test_a_quoted_title_with_its_mark_outside_and_its_host(
    text: str, run: str, title: str, host: str
) -> None:
    fields = _decode(text, [(text.split(",")[0].split(' "')[0], "author"), (run, "title")])
    assert fields["title"] == title
    assert fields["container-title"] == host


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "Бердібай Р. «Тарихи роман». Оку құралы. — Алматы: Санат, 1997.",
            "Тарихи роман». Оку құралы",
        ),
        ("Kaya A., “Başlık”, 2019. Erişim 3 Mart 2020.", "Başlık”, 2019"),
    ],
    ids=["gost-area", "year"],
)
def test_no_host_after_a_quoted_title_in_gost_or_before_a_year(text: str, run: str) -> None:
    fields = _decode(text, [(text.split(" «")[0].split(", “")[0], "author"), (run, "title")])
    assert "container-title" not in fields


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Zorlu, Güneri, “Mobil uygulama”, Kutadgu Bilig Üzerine Bir İnceleme, Kapı Yayınevi,"
            " Konya 1958, ss. 136-173.",
            "chapter",
        ),
        (
            "Zorlu, Güneri, “Mobil uygulama”, Bilig, Ankara, 12 Mart 2019, s. 5-6.",
            "article-newspaper",
        ),
    ],
    ids=["book-pages", "a-days-paper"],
)
def test_a_quoted_part_with_a_books_imprint_and_pages_is_a_chapter(text: str, kind: str) -> None:
    (citation,) = parse_note(1, text, location=Location(path="q")).citations
    assert citation.type == kind


def test_a_part_in_an_edited_book_whose_name_has_a_journals_word_is_a_chapter() -> None:
    text = (
        "Luca Anceschi, “Turkmenistan’s Foreign Policy,” in Central Asian Studies, ed. Sally"
        " Cummings (London: Routledge, 2013), 45–67."
    )
    (citation,) = parse_note(1, text, location=Location(path="q")).citations
    assert citation.type == "chapter"
    assert citation.container == "Central Asian Studies"


def test_a_volumes_word_after_a_quoted_title_and_its_period_opens_no_host() -> None:
    text = "Нұрғали Р. «Жеті томдык шығармалар жинағы». Т.2. «Сөз өнерінін эстетикасы». — Астана:"
    text += " «Фолиант», 2005. — 472 б."
    run = "Жеті томдык шығармалар жинағы». Т.2. «Сөз өнерінін эстетикасы"
    fields = _decode(text, [("Нұрғали Р.", "author"), (run, "title"), ("2005", "issued")])
    assert "container-title" not in fields
