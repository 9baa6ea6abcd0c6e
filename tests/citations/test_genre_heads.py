"""An online piece's genre word heading the note (`[types] web_genre`) is the genre, never the
title nor part of the host. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("text", "genre", "host", "title"),
    [
        (
            "Commentary, Chatham House, 12 May 2021, https://www.chathamhouse.org/2021/05/water",
            "Commentary",
            "Chatham House",
            None,
        ),
        (
            "Analysis. Carnegie Endowment for International Peace, 3 March 2020. "
            "https://carnegieendowment.org/2020/03/03/transit",
            "Analysis",
            "Carnegie Endowment for International Peace",
            None,
        ),
        ("Yorum, SETA, 14 Mart 2022, https://www.setav.org/yorum/x", "Yorum", "SETA", None),
        (
            "Аналитика, Институт мировой экономики и политики, 5 апреля 2021, "
            "https://iwep.kz/analytics/5678",
            "Аналитика",
            "Институт мировой экономики и политики",
            None,
        ),
        (
            "Analysis, Kazakhstan's Water Diplomacy, Carnegie Endowment, 3 March 2020, "
            "https://carnegieendowment.org/kz-water",
            "Analysis",
            "Carnegie Endowment",
            "Kazakhstan's Water Diplomacy",
        ),
    ],
)
def test_genre_word_heads_the_note(text: str, genre: str, host: str, title: str | None) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    found = note.citations[0]
    assert found.genre == genre
    assert found.container == host
    assert found.title == title
    assert not found.authors


def test_genre_word_without_address_is_left_alone() -> None:
    note = parse_note(
        1, "Analysis. Methods of Applied Mathematics. London, 1990.", location=Location(path="t")
    )
    assert note.citations[0].genre is None
