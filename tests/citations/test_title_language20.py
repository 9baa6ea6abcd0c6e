"""The language of a short cited title (session 20, lang20): Uzbek Latin told by its endings
and its apostrophe's letter groups. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


def _language(note: str) -> str | None:
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    return citation.language


@pytest.mark.parametrize(
    "note",
    [
        # -sida, and `erishish`'s two `sh` are no English word's evidence beside it
        "Karimov I. O‘zbekiston mustaqillikka erishish ostonasida. – Toshkent: O‘zbekiston, "
        "2011. – 440 b.",
        # o't: no Turkish suffix after a name's o begins with t
        "Abdulla Qodiriy, O'tkan kunlar, Toshkent, 1926.",
        "R. Yusupov, Qilingan ishlar, Samarqand, 2005, b. 12.",
    ],
)
def test_uzbek_latin_titles(note: str) -> None:
    assert _language(note) == "uz"


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Mustafa Aydın, NATO ve Türkiye: 1952–2022, Ankara: Nobel, 2022, s. 14.", "tr"),
        ("Hüseyin Bağcı, Türkiye'nin Dış Politikası, Ankara, 2007, s. 33.", "tr"),
        ("J. Smith, Tokyo'da Bir Gün, İstanbul, 2010, s. 5.", "tr"),
    ],
)
def test_turkish_titles_stay_turkish(note: str, code: str) -> None:
    assert _language(note) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        # the title's letters are every Cyrillic alphabet's and no word tells: its note's does
        ("Мұхамедов Е. Сыр бойы. – Қызылорда, 2005. – 150 б.", "kk"),
        ("Сәрсенбаев Ә. Ел мен жер. – Алматы: Қазығұрт, 2011. – 200 б.", "kk"),
        # nothing in the note tells either: the prior (Russian)
        ("Иванов П. Степь. – М., 2001. – 200 с.", "ru"),
        # the title's own evidence wins over its note's letters
        ("Әбенов Қ. Казахская степь. – Алматы, 2004. – 120 с.", "ru"),
        # a note's Latin words (Turkmen `seret`) tell nothing of its Cyrillic title
        ("Giňişleýin seret: Сорок дней // Ватан. – 2020. – 5 мая.", "ru"),
    ],
)
def test_a_title_that_tells_nothing_is_in_its_notes_language(note: str, code: str) -> None:
    assert _language(note) == code


def test_ukrainian_years_abbreviation_tells_a_title() -> None:
    # `рр.` (роки) is how Ukrainian, not Russian (`гг.`), abbreviates a span's years
    assert _language("Кульчицький С. Голодомор 1932–1933 рр. – К., 2008. – 250 с.") == "uk"
    assert _language("Иванов С. Голод 1932–1933 гг. – М., 2008. – 250 с.") == "ru"
