"""A quoted title's run that goes on past its closing quote (issue 12): with the mark after
the quotes, as İSNAD, Turkish and Wikipedia notes write it (`“Title”, Host`, `"Title". Site.`),
the quoted words are the title and the capitalised words after them (or an ordinal and them:
`30. Yılında …`) the host; GOST's words after `«Title».` before `. —` stay the title's."""

from __future__ import annotations

import pytest

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
