"""An ibid word the note parser reads through an invisible character, a no-break space or a
letter of the other keyboard layout is the word a check's fix and an edition replace."""

from __future__ import annotations

import datetime as dt

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks._registry import find_label
from citekit.citations import ibid_written
from citekit.editions import edition_edits
from citekit.languages import language
from citekit.model import Document, Edit
from citekit.pipeline import read_bytes

SOURCE = "Иванов И. И. История. М.: Наука, 2001. 300 с."
TYPED = [
    ("Там же. С. 5.", "Там же."),
    ("Тaм же. С. 5.", "Тaм же."),  # a Latin a
    ("Там\u00a0же. С. 5.", "Там\u00a0же."),
    ("Там\u00ad же. С. 5.", "Там\u00ad же."),  # a soft hyphen inside the word
    ("Там же\u200b. С. 5.", "Там же\u200b."),  # a zero-width space before its period
]


def _document(ibid: str) -> Document:
    return read_bytes(f"Body[1] more[2]\n\n[1] {SOURCE}\n[2] {ibid}\n".encode(), path="a.txt")


@pytest.mark.parametrize(("note", "written"), TYPED, ids=repr)
def test_the_ibid_word_is_found_as_written(note: str, written: str) -> None:
    assert ibid_written(note) == written
    assert written in note


@pytest.mark.parametrize(("note", "written"), TYPED, ids=repr)
def test_an_edition_replaces_the_ibid_word_as_written(note: str, written: str) -> None:
    document = _document(note)
    # the page label with it (`Там же. С. 5` -> `Ibid., p. 5`, not `Ibid. С. 5`)
    assert edition_edits(document, language("en")) == [Edit(2, f"{written} С. 5", "Ibid., p. 5")]


@pytest.mark.parametrize(("note", "written"), TYPED, ids=repr)
def test_foreign_ibid_names_the_word_as_written(note: str, written: str) -> None:
    settings = CheckConfig(today=dt.date(2026, 1, 1), edition_language="tr")
    hits = [f for f in check(_document(note), config=settings) if f.rule == "foreign-ibid"]
    assert [h.fixes for h in hits] == [(Edit(2, f"{written} С. 5", "Aynı yer, s. 5"),)]


@pytest.mark.parametrize(("note", "_written"), TYPED, ids=repr)
def test_the_editions_own_ibid_however_typed_is_not_foreign(note: str, _written: str) -> None:
    settings = CheckConfig(today=dt.date(2026, 1, 1), edition_language="ru")
    assert not [f for f in check(_document(note), config=settings) if f.rule == "foreign-ibid"]


def test_a_note_without_an_ibid_word_has_none() -> None:
    assert ibid_written(SOURCE) is None


@pytest.mark.parametrize(
    "label", ["дата обращения", "дaта обращения", "дата обра\u00adщения", "дата\nобращения"]
)
def test_the_access_label_is_found_as_written(label: str) -> None:
    assert find_label(f"История. URL: https://a.kz/b ({label}: 05.05.2024).") == label


def test_an_edition_relabels_an_access_date_typed_with_a_twin_letter() -> None:
    data = "Body[1]\n\n[1] История. URL: https://a.kz/b (дaта обращения: 05.05.2024).\n"
    document = read_bytes(data.encode(), path="a.txt")
    assert edition_edits(document, language("en")) == [Edit(1, "дaта обращения", "Accessed")]
