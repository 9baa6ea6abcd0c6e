"""A surname's second initial (issue 12): `Surname X. Y. Title` keeps both initials when the
model ended the name at the first (a repeated letter, `И.` read as "and"); a number after the
capital makes it a volume, not an initial. The runs are labelled by hand as the model
labelled such notes; the notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.model import Name
from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "author", "title_run", "name", "title"),
    [
        (
            "Жансугуров Ж. Ж. Кулагер. Алматы: Жазушы, 1986.",
            "Жансугуров Ж.",
            "Ж. Кулагер",
            Name(family="Жансугуров", given="Ж. Ж."),
            "Кулагер",
        ),
        (
            "Бекова Т. И. Степные города… С. 14.",
            "Бекова Т.",
            "И. Степные города",
            Name(family="Бекова", given="Т. И."),
            "Степные города…",
        ),
    ],
)
def test_a_lone_initial_after_surname_and_initial_is_the_names(
    text: str, author: str, title_run: str, name: Name, title: str
) -> None:
    fields = decode_labelled(text, [(author, "author"), (title_run, "title")])
    assert (fields["author"], fields["title"]) == ((name,), title)


def test_a_volume_after_the_name_stays_the_volume() -> None:
    text = "Сейтов Б. Т. 2. Шығармалар. Алматы, 1990."
    fields = decode_labelled(text, [("Сейтов Б.", "author"), ("Т. 2. Шығармалар", "title")])
    assert fields["author"] == (Name(family="Сейтов", given="Б."),)


def test_a_family_name_after_a_given_name_and_its_middle_initial_is_the_names() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = (
        "Peter B. Golden, An Introduction to the History of the Turkic Peoples (Wiesbaden:"
        " Harrassowitz, 1992), 45."
    )
    first = parse_note(1, text, location=Location(path="t")).citations[0]
    assert first.authors == (Name(family="Golden", given="Peter B."),)
    assert first.title == "An Introduction to the History of the Turkic Peoples"


def test_a_surname_and_initial_before_a_one_word_title_keep_the_title() -> None:
    text = "Kaya M. Tarih, Ankara, 2010."
    fields = decode_labelled(text, [("Kaya M.", "author"), ("Tarih", "title")])
    assert (fields["author"], fields["title"]) == ((Name(family="Kaya", given="M."),), "Tarih")
