"""A note that names a talk, an interview or a field record and dates it by a month and year
after a comma (`Беседа автора с директором музея, Ашхабад, июнь 2017 г.`) cites it: the month
and year are where a citation writes its date, not words of a sentence (`В мае 2019 года …`)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("Беседа автора с директором музея, Ашхабад, июнь 2017 г.", 2017, 6),
        ("Интервью с жителем села, июль 2015 г.", 2015, 7),
        ("Полевые записи автора, август 2018 г.", 2018, 8),
        ("Yazarın köylülerle görüşmesi, Kars, haziran 2016.", 2016, 6),
        ("Сұхбат, шілде 2019 ж.", 2019, 7),
        ("Personal communication, May 2019.", 2019, 5),
    ],
)
def test_a_talk_dated_by_month_and_year_is_cited(text: str, year: int, month: int) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    issued = note.citations[0].issued
    assert issued is not None
    assert (issued.year, issued.month) == (year, month)


@pytest.mark.parametrize(
    "text",
    [
        "В мае 2019 года ситуация резко изменилась.",
        "Реформа была проведена в 1992 году.",
        "This changed after the 2015 elections.",
    ],
)
def test_a_year_inside_a_sentence_stays_prose(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Telefon görüşmesi, 3 Mart 2021.", "Telefon görüşmesi"),
        ("Telephone interview, 4 June 2020.", "Telephone interview"),
        ("Телефонный разговор с автором, 12 марта 2015 г.", "Телефонный разговор с автором"),
        ("Интервью, 5 мая 2019 г.", "Интервью"),
    ],
)
def test_a_talk_dated_by_its_day_is_its_own_title(text: str, title: str) -> None:
    citation = _note(text).citations[0]
    assert citation.title == title
    assert citation.container is None
    assert citation.type == "interview"


def test_a_newspaper_dated_by_its_day_keeps_its_name() -> None:
    citation = _note("Hürriyet, 3 Mart 2021.").citations[0]
    assert citation.container == "Hürriyet"
    assert citation.title is None


@pytest.mark.parametrize(
    "text",
    [
        "Kanun 2004 yılında yürürlüğe girdi.",
        "Anlaşma 1921 yılında Moskova'da imzalandı.",
        "Bu konu daha önce tartışıldı.",
        "Sınır 1924 yılında yeniden çizildi.",
        "Karar 1936 yılında uygulanmaya başlandı.",
    ],
)
def test_a_turkish_sentence_closing_on_a_past_tense_is_prose(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


def test_a_quoted_headline_closing_on_a_past_tense_still_cites() -> None:
    note = _note('Demir, Ali. "Hükümet istifa etti." Hürriyet, 3 Mart 2001.')
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == "Hükümet istifa etti"
