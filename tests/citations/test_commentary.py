"""The note's own commentary after a source (`Translation mine.`, `(Аударма біздікі)`,
`Awtoryň belligi.`) is carried as the record's `note` (issue 12), never reported as unparsed;
a record with no commentary has no note. The phrases are language data (`[words]
commentary`)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Smith J. Energy Politics. London: Routledge, 2019. (Translation mine.)",
            "Translation mine",
        ),
        ("Ахметов А. Тарих. Алматы, 1999. 45-б. (Аударма біздікі)", "Аударма біздікі"),
        (
            "Orazow A. Türkmen taryhy. Aşgabat: Ylym, 2001. 200 s. Awtoryň belligi.",
            "Awtoryň belligi",
        ),
        ("Kaya M. Türk Dili. Ankara: TDK, 2019, s. 5. Vurgu bize aittir.", "Vurgu bize aittir"),
        ("Иванов И. История. М.: Наука, 2001. С. 5. Курсив наш.", "Курсив наш"),
    ],
)
def test_commentary_is_the_records_note(text: str, note: str) -> None:
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert citation.note == note
    assert not any(piece in note for piece in citation.unparsed)


def test_a_record_with_no_commentary_has_no_note() -> None:
    text = "Smith J. Energy Politics. London: Routledge, 2019."
    assert parse_note(1, text, location=Location(path="t")).citations[0].note is None


@pytest.mark.parametrize(
    "text",
    [
        "Smith, John. Translation mine: essays on poetry. London: Faber, 2001, p. 4.",
        "Brown A. My translation of the Iliad. Oxford: OUP, 2010. P. 5.",
    ],
)
def test_a_commentary_phrase_inside_the_title_is_the_titles(text: str) -> None:
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert citation.note is None
    assert citation.title is not None
    assert "ranslation" in citation.title


def test_a_commentary_phrase_closing_the_title_is_still_the_note() -> None:
    text = "Parsons R. Typographie professionell – under the North Star 2022. Translation mine."
    assert parse_note(1, text, location=Location(path="t")).citations[0].note == "Translation mine"
