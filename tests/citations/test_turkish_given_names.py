"""A common Turkish given name before a short family (`Kemal Ay`) is the given name."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

NOTES = [
    ("Kemal Ay, “Cumhuriyet Döneminde Köy Enstitüleri”, Eğitim Tarihi, 7/2 (2016).", "Ay"),
    ("Selim Ak, “Osmanlı Taşrasında Ayanlık”, Tarih Dergisi, 61 (2015), s. 77-96.", "Ak"),
    ("Sedat Öz, “Türkmen Halı Sanatında Göller”, Sanat Tarihi, 22/1 (2013), 145.", "Öz"),
    ("Kemal Er, “Azerbaycan Basınında Türkçülük”, Bilig, 60 (2012), s. 33-50.", "Er"),
    ("Orhan Kemal, Bereketli Topraklar Üzerinde, İstanbul: Everest, 2004, s. 12.", "Kemal"),
]


@pytest.mark.parametrize(("note", "family"), NOTES)
def test_given_name_then_family(note: str, family: str) -> None:
    assert [name.family for name in first_citation(note).authors] == [family]
