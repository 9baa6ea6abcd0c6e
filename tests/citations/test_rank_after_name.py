"""A rank or courtesy title after a Turkish name (`Paşa`, `Efendi`, `Hanım`: `[names] rank`)
joins the word before it as the family the person is known by."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "Ahmet Cevdet Paşa, Tarih-i Cevdet, İstanbul: Matbaa-i Osmaniye, 1309, C. 5, s. 112.",
            "Cevdet Paşa",
            "Ahmet",
        ),
        (
            "Ahmed Midhat Efendi, Avrupa'da Bir Cevelan, İstanbul: Dergâh Yayınları, 2015, s. 40.",
            "Midhat Efendi",
            "Ahmed",
        ),
        (
            "Fatma Aliye Hanım, Nisvan-ı İslam, İstanbul: Timaş Yayınları, 2009, s. 73.",
            "Aliye Hanım",
            "Fatma",
        ),
        (
            "Sadullah Paşa, Divan, haz. Mehmet Kaplan, Ankara: Kültür Bakanlığı, 1991, s. 8.",
            "Sadullah Paşa",
            None,
        ),
    ],
)
def test_a_rank_after_the_name_closes_the_family(note: str, family: str, given: str | None) -> None:
    author = first_citation(note).authors[0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Hoca Sadeddin Efendi", "Sadeddin Efendi", "Hoca"),
        ("Ahmed Vefik Paşa", "Vefik Paşa", "Ahmed"),
        ("Nigâr Hanım", "Nigâr Hanım", None),
        ("Evliya Çelebi", "Çelebi", "Evliya"),  # an epithet that is a family today: no rank
        ("Mehmet Bey", "Mehmet Bey", None),
    ],
)
def test_rank_names(written: str, family: str, given: str | None) -> None:
    name = to_name(written)
    assert (name.family, name.given, str(name)) == (family, given, written)
