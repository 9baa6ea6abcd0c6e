"""Forms the helper-written blind sets `blind45*` and the misses left by earlier sets found
unread (session 45)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "page", "column"),
    [
        ("Yılmaz, “Başlık”, Cumhuriyet, 12 Mart 1935, s. 2, 3. sütun.", "2", "3. sütun"),
        ("Иванов И. И. Статья // Правда. 1937. 12 марта. С. 3, стб. 2.", "3", "стб. 2"),
        ('Smith, "Riots", The Times, 4 May 1926, p. 4, col. 2.', "4", "col. 2"),
    ],
)
def test_column_after_page_is_reported_not_the_page_nor_a_date(
    text: str, page: str, column: str
) -> None:
    c = _one(text)
    assert c.page == page
    assert c.volume is None
    assert c.accessed is None
    assert column in c.unparsed  # CSL has no column: reported, not dropped


def test_encyclopedia_column_alone_stays_the_page() -> None:
    c = _one(
        "Бартольд В. В. Туркестан // Энциклопедический словарь. СПб., 1902. Т. 34. Стб. 45–50."
    )
    assert c.page == "45–50"
    assert c.volume == "34"
    assert c.unparsed == ()


def test_run_read_as_date_but_mended_away_is_reported() -> None:
    # the model reads `2, 3. sütun` as an access date; the mend reads it as a page and a
    # column, so no date holds the column's words: they are lost text, not dropped silently
    c = _one("Yılmaz, “Başlık”, Cumhuriyet, 12 Mart 1935, s. 2, 3. sütun.")
    assert all("2" not in piece.split(",") for piece in c.unparsed)
    assert len(c.unparsed) == 1
