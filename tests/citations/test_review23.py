"""Session 23's review (review23): each fact holds wherever its form stands, not only beside
an unrelated mark. Notes written for these tests."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.citations.tagger.record_series import divided_record, record_host
from citekit.model import Citation, Location


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


def test_a_title_opening_with_a_joining_word_needs_no_dash_in_the_note() -> None:
    # the same fact as beside GOST's `//` (test_title_areas23): no dash nor slash here
    found = _first("Сейтқали А. Мағжан Ж. және «Алқа» тобы. Алматы: Ғылым, 2015. 120 б.")
    assert [a.family for a in found.authors] == ["Сейтқали"]
    assert found.title == "Мағжан Ж. және «Алқа» тобы"


def test_a_record_division_test_takes_a_blank_rest() -> None:
    # a host's comma with nothing but spaces after it is no record's division (no error)
    assert not divided_record("   ")
    assert not record_host("TBMM Tutanak Dergisi,   ", "TBMM Tutanak Dergisi")
    assert record_host("TBMM Tutanak Dergisi, Dönem 28, Birleşim 15", "TBMM Tutanak Dergisi")


def test_a_note_that_ends_at_its_title_comma_parses() -> None:
    # `Family, I. I. Title,`: the comma after the given names' sentence is the note's last token
    found = _first("Смирнов, А. В. История,")
    assert [a.family for a in found.authors] == ["Смирнов"]
