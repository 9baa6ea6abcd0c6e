"""A country or a place is no given name: after a family name and a comma it opens the title.
The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Olcott, Kazakhstan: Unfulfilled Promise, 87.",
            "Olcott",
            "Kazakhstan: Unfulfilled Promise",
        ),
        (
            "Cummings, Kazakhstan: Power and the Elite, 45.",
            "Cummings",
            "Kazakhstan: Power and the Elite",
        ),
        (
            "Pomfret, Uzbekistan: Economic Transition, 19.",
            "Pomfret",
            "Uzbekistan: Economic Transition",
        ),
        (
            "Олкотт, Казахстан: несбывшиеся надежды, с. 87.",
            "Олкотт",
            "Казахстан: несбывшиеся надежды",
        ),
    ],
)
def test_a_place_opens_the_title(text: str, family: str, title: str) -> None:
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert [n.family or n.literal for n in found.authors] == [family]
    assert found.title == title


def test_a_given_name_stays_given() -> None:
    found = parse_note(
        1, "Kappeler, Andreas: Russland als Vielvölkerreich, S. 145.", location=Location(path="t")
    ).citations[0]
    assert found.title == "Russland als Vielvölkerreich"


def test_a_given_name_that_is_also_a_city_stays_given() -> None:
    text = "Morales, Mary. Style Conventions: A Check List. Rome: Harrassowitz, 1999."
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert found.title == "Style Conventions: A Check List"
