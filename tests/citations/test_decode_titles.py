"""A title's or host's last abbreviation keeps its period; a sentence's period still goes."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "span", "label", "value"),
    [
        (
            "Ескендиров М. Г. Развитие культуры в 1980-е гг. // Вестник ТГУ. 2005. № 287.",
            "Развитие культуры в 1980-е гг",
            "title",
            "Развитие культуры в 1980-е гг.",
        ),
        (
            "Петренко І. Земство // Проблеми історії України XIX – початку XX ст. 2001. С. 5.",
            "Проблеми історії України XIX – початку XX ст",
            "container-title",
            "Проблеми історії України XIX – початку XX ст.",
        ),
        # a period after a word that is no abbreviation is the separator
        ("Иванов И. История Казахстана. М.: Наука, 2001.", "История Казахстана", "title",
         "История Казахстана"),
        # an initial "В." is no century word
        ("Иванов И. Письма Петра В. М.: Наука, 2001.", "Письма Петра В", "title", "Письма Петра В"),
    ],
)  # fmt: skip
def test_a_works_closing_abbreviation(text: str, span: str, label: str, value: str) -> None:
    assert _decode(text, [(span, label)])[label] == value


def test_the_last_sentence_of_a_title_before_a_volume_and_its_issue_is_the_journal() -> None:
    text = "Рогов Е. Д. (1997). Прагматизм. Практическая медицина, 77(5), pp. 387-423."
    fields = _decode_journal(text, "Прагматизм. Практическая медицина")
    assert fields["title"] == "Прагматизм"
    assert fields["container-title"] == "Практическая медицина"
    text = (
        "Gonzales, N. (2021). Sixty years at St. Gallen, Switzerland. Math. Comp, 369(10), 412–437."
    )
    fields = _decode_journal(text, "Sixty years at St. Gallen, Switzerland. Math. Comp")
    assert fields["title"] == "Sixty years at St. Gallen, Switzerland"
    assert fields["container-title"] == "Math. Comp"


def test_a_book_with_an_imprint_keeps_its_title_whole() -> None:
    text = "Kaya, A. (1997). Tarih. Birinci Kitap, 2(1), İstanbul: YKY."
    fields = _decode_journal(text, "Tarih. Birinci Kitap", [("YKY", "publisher")])
    assert fields["title"] == "Tarih. Birinci Kitap"
    assert "container-title" not in fields


def _decode_journal(
    text: str, title: str, more: list[tuple[str, str]] | None = None
) -> dict[str, object]:
    numbers = text[text.index(title) + len(title) :]
    volume, issue = numbers.split("(")[0].strip(" ,"), numbers.split("(")[1].split(")")[0]
    spans = [(title, "title"), (volume, "volume"), (f"({issue})", "issue"), *(more or [])]
    return _decode(text, spans)


def test_a_vancouver_journal_before_its_date_and_numbers_leaves_the_title() -> None:
    text = "Çorlu T, Türk H. Türk Dünyasının Orta Koridor. İlahiyat. 2013;15(46):435-449."
    fields = _decode(
        text,
        [
            ("Türk Dünyasının Orta Koridor. İlahiyat", "title"),
            ("2013", "issued"),
            ("15", "volume"),
            ("(46)", "issue"),
            ("435-449", "page"),
        ],
    )
    assert fields["title"] == "Türk Dünyasının Orta Koridor"
    assert fields["container-title"] == "İlahiyat"
