"""A field's value holds a number only whole (`citekit.citations.unplaced._within`)."""

from __future__ import annotations

import re

import pytest

from citekit.citations.unplaced import _within


@pytest.mark.parametrize(
    ("piece", "value", "held"),
    [
        ("20", "2024", False),  # inside a longer number
        ("20", "Cilt 20, s. 5", True),
        ("11", "111, 11", True),  # its first place is inside a number, a later one whole
        ("11", "1111", False),
        ("3", "Т. 3", True),
        ("٣", "الجزء ٣", True),  # any decimal digit is a digit
        ("٣", "١٣", False),
        ("Cilt", "Cilt 20", True),  # a word: held wherever it stands
    ],
)
def test_a_number_is_held_only_whole(piece: str, value: str, held: bool) -> None:
    assert _within(piece, value) is held
    if piece.isdecimal():  # what the pattern it replaces said
        assert (re.search(rf"(?<!\d){piece}(?!\d)", value) is not None) is held
