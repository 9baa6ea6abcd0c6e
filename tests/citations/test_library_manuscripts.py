"""A library's manuscripts and a court's registers shelved as an archive's: the library and
its collection, the item number, the folio with its sides (`vr. 12a-b`), and the author and
title written before the library. Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location

SHELVED = [
    # note, page
    ("Süleymaniye Ktp., Esad Efendi, nr. 2145, vr. 12a-b.", "12a-b"),
    ("Millet Kütüphanesi, Ali Emîrî, Tarih, nr. 312, vr. 9b.", "9b"),
    ("İstanbul Müftülüğü Şer'iyye Sicilleri Arşivi, Üsküdar Mahkemesi, nr. 45, vr. 12a.", "12a"),
    ("Topkapı Sarayı Müzesi Ktp., Revan, nr. 1518.", None),
    ("BOA, İ.DH., nr. 1234.", None),
]


@pytest.mark.parametrize(("text", "page"), SHELVED)
def test_a_library_shelf_mark_is_a_manuscript(text: str, page: str | None) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    found = note.citations[0]
    assert found.type == "manuscript"
    assert (found.title, found.authors, found.page) == (None, (), page)


AUTHORED = [
    # note, author, title, page
    (
        "Kâtib Çelebi, Cihannümâ, Süleymaniye Ktp., Hamidiye, nr. 945, vr. 45b.",
        "Kâtib Çelebi",
        "Cihannümâ",
        "45b",
    ),
    (
        "Lutfi Paşa, Âsafnâme, Süleymaniye Kütüphanesi, Ayasofya, nr. 2875, vr. 3a-7b.",
        "Lutfi Paşa",
        "Âsafnâme",
        "3a-7b",
    ),
    (
        "Âşıkpaşazâde, Tevârîh-i Âl-i Osmân, Nuruosmaniye Ktp., nr. 3031, vr. 18a.",
        "Âşıkpaşazâde",
        "Tevârîh-i Âl-i Osmân",
        "18a",
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "page"), AUTHORED)
def test_a_manuscripts_author_and_title_stand_before_its_library(
    text: str, author: str, title: str, page: str
) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    found = note.citations[0]
    assert found.type == "manuscript"
    assert ([str(n) for n in found.authors], found.title, found.page) == ([author], title, page)


def test_a_codes_part_is_no_ibid_word() -> None:
    """`DH.İD.` is a BOA series' code, glued to the capitals before it: no `Id.`."""
    note = parse_note(1, "BOA, DH.İD., nr. 87/12, 3 Nisan 1913.", location=Location(path="t"))
    assert str(note.kind) == "citation"
    assert note.citations[0].type == "manuscript"
