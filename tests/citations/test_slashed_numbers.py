"""A number written with a slash is one number: a resolution's or a law's designation ends the
title after it. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("UN General Assembly Resolution 50/80, 1995.", "Resolution 50/80"),
        ("General Assembly Resolution 61/295, 13 September 2007.", "61/295"),
        ("Резолюция ГА ООН 50/80 от 14 декабря 1995 г.", "50/80"),
    ],
)
def test_a_slashed_number_is_whole(text: str, ends: str) -> None:
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert (found.title or found.container or "").endswith(ends)
    assert not any(piece.split()[:1] == [ends.split("/")[-1]] for piece in found.unparsed)


@pytest.mark.parametrize(
    "text",
    [
        "UN General Assembly Resolution 50/80, 1995.",
        "Резолюция ГА ООН 50/80 от 14 декабря 1995 г.",
        "БҰҰ Бас Ассамблеясының 70/1 қарары, 2015.",
        "BM Genel Kurulu'nun 61/295 sayılı kararı, 13 Eylül 2007.",
    ],
)
def test_a_resolution_is_an_act(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).citations[0].type == "legislation"


def test_a_title_about_a_resolution_is_no_act() -> None:
    text = "Smith J. Conflict Resolution in Central Asia. London: Routledge, 2010."
    assert parse_note(1, text, location=Location(path="t")).citations[0].type == "book"
