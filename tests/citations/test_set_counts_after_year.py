"""A set's count after the imprint's year is no volume nor title; a bracketed imprint the
title's run took in is split out of it."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("Köprülü, Fuad, Türk Edebiyatı Tarihi, İstanbul, 1990, 12 cilt.", "Türk Edebiyatı Tarihi"),
        (
            "Gibb, E. J. W., A History of Ottoman Poetry, London: Luzac, 1909, in 6 vols.",
            "A History of Ottoman Poetry",
        ),
        ("Uzunçarşılı, İ. H., Osmanlı Tarihi, Ankara: TTK, 1947-1959, 4 cilt.", "Osmanlı Tarihi"),
        ("Spuler, B., Die Goldene Horde, Wiesbaden, 1965. 2 Bde.", "Die Goldene Horde"),
    ],
)
def test_a_count_after_the_year_is_no_volume(note: str, title: str) -> None:
    cited = first_citation(note)
    assert cited.title == title
    assert cited.volume is None
    assert cited.type == "book"


@pytest.mark.parametrize(
    ("note", "volume"),
    [
        ("Köprülü, Fuad, Türk Edebiyatı Tarihi, İstanbul, 1990, 3. cilt.", "3"),
        ("Бартольд В. В. Сочинения. – М.: Наука, 1963. – Т. 9.", "9"),
    ],
)
def test_a_cited_volume_stays(note: str, volume: str) -> None:
    assert first_citation(note).volume == volume


@pytest.mark.parametrize(
    ("note", "title", "place", "publisher"),
    [
        (
            "Ahmet Taşağıl, Orta Asya 1600 (Ankara: Nobel, 2019), s. 45.",
            "Orta Asya 1600",
            "Ankara",
            "Nobel",
        ),
        (
            "Feridun Emecen, İstanbul 1453 (İstanbul: Kapı Yayınları, 2012), 78.",
            "İstanbul 1453",
            "İstanbul",
            "Kapı Yayınları",
        ),
        (
            "İlber Ortaylı, Avrupa 1900 (İstanbul: Timaş, 2016), s. 9.",
            "Avrupa 1900",
            "İstanbul",
            "Timaş",
        ),
        (
            "Ivan Petrov, Russia 1917 (New York: Norton, 2017), 45.",
            "Russia 1917",
            "New York",
            "Norton",
        ),
    ],
)
def test_a_bracketed_imprint_after_a_number(
    note: str, title: str, place: str, publisher: str
) -> None:
    cited = first_citation(note)
    assert (cited.title, cited.publisher_place, cited.publisher) == (title, place, publisher)
