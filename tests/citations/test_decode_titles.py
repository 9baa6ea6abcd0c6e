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
