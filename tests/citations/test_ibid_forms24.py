"""Ibid words and pages as editors write them (session 24): the Turkish `Yine orada` ("there
again"), and a page followed by the pages after it (`5ff.`, `101 f.`) or a note on it
(`45n12`). The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Yine orada, s. 47.", "47"),
        ("Yine orada.", None),
        ("Ibid., 5ff.", "5ff"),
        ("Ibid., 101 f.", "101 f"),
        ("Ibid., 45n12.", "45n12"),
        ("Ibid., 210n4", "210n4"),
        ("Ibid., 37.", "37"),
    ],
)
def test_an_ibid_keeps_its_page_and_what_follows_it(text: str, page: str | None) -> None:
    note = parse_note(4, text, location=Location(path="t"))
    assert (note.kind, note.page) == (NoteKind.IBID, page)
