"""Dates an editor sees: "n.d." for an undated source, whatever else the entry lacks."""

from __future__ import annotations

import pytest

from citekit.styles import format_bibliography, format_notes

BOOK = {
    "id": "b",
    "type": "book",
    "title": "Türkmen diliniň sözlügi",
    "author": [{"family": "Kyýasowa", "given": "Gülälek"}],
}


@pytest.mark.parametrize(
    "style", ["chicago-notes-bibliography", "chicago-notes-bibliography-17th-edition"]
)
def test_chicago_writes_n_d_for_an_undated_book_with_no_publisher(style: str) -> None:
    assert format_bibliography([BOOK], style=style) == [
        "Kyýasowa, Gülälek. Türkmen Diliniň Sözlügi. n.d."
    ]
    assert format_notes([[BOOK]], style=style) == [
        "Gülälek Kyýasowa, Türkmen Diliniň Sözlügi (n.d.)."
    ]


def test_chicago_writes_n_d_after_the_publisher_of_an_undated_book() -> None:
    book = {**BOOK, "publisher": "Ylym"}
    (entry,) = format_bibliography([book], style="chicago-notes-bibliography")
    assert entry.endswith("Ylym, n.d.")
