"""How labelled spans become CSL values: brackets, suffix titles, name lists, volume words."""

from __future__ import annotations

import pytest

from citekit.citations.names import unlist
from citekit.citations.structure import find_exact
from citekit.citations.tagger.decode import Fields, decode
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name


def _decode(text: str, spans: list[tuple[str, str]]) -> Fields:
    """Decode `text` whose tokens inside each (substring, label) carry that label."""
    tokens = tokenize(text)
    labels = ["other"] * len(tokens)
    for part, label in spans:
        start = text.index(part)
        for i, token in enumerate(tokens):
            if start <= token.start < start + len(part):
                labels[i] = label
    return decode(text, tokens, labels, find_exact(text))


def test_a_title_that_opens_and_ends_with_brackets_keeps_them() -> None:
    text = '"(Lecture 3.2) Sorting in linear time (part 2)". Open Course, 2019.'
    fields = _decode(text, [(text[1:47], "title"), ("Open Course", "container-title")])
    assert fields["title"] == "(Lecture 3.2) Sorting in linear time (part 2)"
    text = "«(Не)возможность диалога», Вопросы философии, 2020."
    fields = _decode(text, [("«(Не)возможность диалога»", "title")])
    assert fields["title"] == "(Не)возможность диалога"


def test_quotes_around_a_whole_title_still_go() -> None:
    text = "Ахметов Б. «Тіл мен қоғам (очерк)» // Ақиқат. 2011."
    fields = _decode(text, [("«Тіл мен қоғам (очерк)»", "title")])
    assert fields["title"] == "Тіл мен қоғам (очерк)"


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        (
            "Ахметова А. «-лық/-лік жұрнағының қызметі» // Тіл білімі. 2015.",
            "«-лық/-лік жұрнағының қызметі»",
            "-лық/-лік жұрнағының қызметі",
        ),
        (
            "Smith J. -ing forms in learner English. Linguistics, 2001.",
            "-ing forms in learner English",
            "-ing forms in learner English",
        ),
    ],
)
def test_a_title_about_a_suffix_keeps_its_hyphen(text: str, span: str, title: str) -> None:
    assert _decode(text, [(span, "title")])["title"] == title


def test_a_dash_before_the_place_is_still_a_separator() -> None:
    text = "Әуезов М. Абай жолы. — Алматы: Жазушы, 1979."
    fields = _decode(text, [("— Алматы", "publisher-place"), ("Жазушы", "publisher")])
    assert fields["publisher-place"] == "Алматы"


def test_a_list_with_only_its_first_name_inverted_gives_each_name() -> None:
    assert unlist("Ершова, Анна, Виктор Соколов, Ирина Павлова") == (
        "Ершова, Анна",
        "Виктор Соколов",
        "Ирина Павлова",
    )
    assert unlist("Kaya, Ahmet, Mehmet Demir") == ("Kaya, Ahmet", "Mehmet Demir")
    # inverted names with initials, and a single inverted name, are left alone
    assert unlist("Kaya, A., Demir, M.") == ("Kaya, A., Demir, M.",)
    assert unlist("Kaya, Ahmet") == ("Kaya, Ahmet",)
    text = "Ершова, Анна, Виктор Соколов, и Ирина Павлова. «Қала тарихы». Алматы, 2019."
    fields = _decode(text, [("Ершова, Анна, Виктор Соколов, и Ирина Павлова", "author")])
    assert fields["author"] == (
        Name(family="Ершова", given="Анна"),
        Name(family="Соколов", given="Виктор"),
        Name(family="Павлова", given="Ирина"),
    )


def test_a_volume_word_opening_a_title_run_is_the_volume() -> None:
    text = "Әуезов М. «Шығармалар жинағы». Т. 3. «Абай жолы». — Алматы: Жазушы, 1979. — 416 б."
    spans = [
        ("«Шығармалар жинағы»", "title"),
        ("Т. 3. «Абай жолы»", "title"),
        ("Алматы", "publisher-place"),
    ]
    fields = _decode(text, spans)
    assert fields["title"] == "Шығармалар жинағы"
    assert fields["volume"] == "3"
    # a title that only contains a number word is left whole
    text = "Лабораторная работа № 4. Сети. М., 2020."
    fields = _decode(text, [("Лабораторная работа № 4", "title")])
    assert fields["title"] == "Лабораторная работа № 4"
    assert "issue" not in fields
