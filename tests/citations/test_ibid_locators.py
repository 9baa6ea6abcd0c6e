"""The page an ibid points at (issue 12), in the forms Russian and Kazakh notes write it: an
archival leaf (`Там же. Л. 4 об.`: the leaf words of `[legal]`) and the Kazakh plural page
word (`Сонда. 56–57-бб.`); a new shelf mark after ibid names no page. The notes are written
for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Там же. Л. 17 об.", "17 об."),
        ("Там же, л. 3–5.", "3–5"),
        ("Там же. Лл. 8, 11 об.", "8, 11 об."),
        ("Там же. Арк. 6 зв.", "6 зв."),
        ("Сонда. 102–104-бб.", "102–104"),
        ("Сонда, 31 бб.", "31"),
        ("Там же. Ф. 9. Оп. 2. Д. 40. Л. 3.", None),  # another file: no page of the one before
        ("Там же. Лев Толстой пишет…", None),
    ],
)
def test_an_ibid_points_at_its_leaf_or_pages(text: str, page: str | None) -> None:
    note = parse_note(4, text, location=Location(path="t"))
    assert (note.kind, note.page) == (NoteKind.IBID, page)
