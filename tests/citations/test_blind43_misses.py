"""Forms the helper-written blind sets `blind43*` found unread (session 43)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def _date(c: Citation, key: str) -> list[int | None] | None:
    value = c.issued if key == "issued" else c.accessed
    return None if value is None else [value.year, value.month, value.day]


def test_quoted_title_keeps_its_first_words() -> None:
    c = _one(
        "Ali Demir, “Cumhuriyet Arşivi Kayıtlarına Göre Dersim Harekâtı (1937-1938)” "
        "(Yayımlanmamış Yüksek Lisans Tezi, Fırat Üniversitesi, 2012), s. 41."
    )
    assert c.title == "Cumhuriyet Arşivi Kayıtlarına Göre Dersim Harekâtı (1937-1938)"


@pytest.mark.parametrize(
    "note",
    [
        "Jane Roe, “Notes from the Archive,” The Mid-Century Map (blog), March 9, 2016, "
        "https://www.midcenturymap.com/2016/03/notes.html.",
        "Jane Roe, “Notes from the Archive,” Neutral Turkmenistan, May 9, 2016, 4.",
    ],
)
def test_unlabelled_day_is_the_works_date(note: str) -> None:
    c = _one(note)
    assert _date(c, "issued") == [2016, 3 if "March" in note else 5, 9]
    assert _date(c, "accessed") is None
    if "http" not in note:
        assert c.page == "4"


def test_labelled_day_stays_an_access_date() -> None:
    c = _one(
        "Jane Roe, “Notes from the Archive,” Old Papers (blog), accessed May 9, 2016, "
        "https://oldpapers.example.org/2016/05/notes.html."
    )
    assert _date(c, "accessed") == [2016, 5, 9]
