"""Forms the helper-written blind sets `blind47*` and the open findings found unread or dropped
(session 47)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location, Note


def _note(text: str) -> Note:
    return parse_note(1, text, location=Location(path="t"))


def _one(text: str) -> Citation:
    note = _note(text)
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "year", "first"),
    [
        (
            "Karl Marx, Capital: A Critique of Political Economy, vol. 1, trans. Ben Fowkes "
            "(London: Penguin, [1867] 1990), 342.",
            1990,
            1867,
        ),
        ("Adam Smith, The Wealth of Nations (New York: Bantam, [1776] 2003), 15.", 2003, 1776),
    ],
)
def test_a_bracketed_originals_year_is_its_original_date(text: str, year: int, first: int) -> None:
    """Chicago's `[1867] 1990`: the edition's year dates the work, the bracketed year is kept
    as CSL's `original-date` (it was dropped)."""
    c = _one(text)
    assert c.issued is not None
    assert c.issued.year == year
    assert to_csl(c)["original-date"] == {"date-parts": [[first]]}


def test_a_bracketed_year_with_no_year_after_is_no_original() -> None:
    c = _one("Adam Smith, The Wealth of Nations (New York: Bantam, [2003]), 15.")
    assert "original-date" not in to_csl(c)
