"""A shortened "saint" heading a note opens the title, never a person's initial."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("St. Andrews. A Historical Sketch. Edinburgh, 1880.", "St. Andrews. A Historical Sketch"),
        (
            "St. Basil's Cathedral: History and Architecture. Moscow, 2005.",
            "St. Basil's Cathedral: History and Architecture",
        ),
        (
            "St. Petersburg. Guide to the City and Environs. London: Baedeker, 1914.",
            "St. Petersburg. Guide to the City and Environs",
        ),
        ("St. George's Church in Lviv. Kyiv, 1992.", "St. George's Church in Lviv"),
        ("Св. Софии собор в Киеве. Киев, 1980.", "Св. Софии собор в Киеве"),
    ],
)
def test_saint_opens_title(note: str, title: str) -> None:
    (citation,) = parse_note(1, note, location=Location(path="n")).citations
    assert citation.title == title
    assert not citation.authors


def test_inverted_saint_family_is_an_author() -> None:
    note = "St. Clair, William. The Grand Slaughter. London, 1972."
    (citation,) = parse_note(1, note, location=Location(path="n")).citations
    assert [a.family for a in citation.authors] == ["St. Clair"]
    assert citation.title == "The Grand Slaughter"
