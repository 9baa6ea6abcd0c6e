"""Short titles (session 24): a Turkish `y` after a vowel is a consonant (`duygu`, `uygulama`),
no Turkmen vowel letter; romanised Kazakh dictionary words; Tatar's possessive of a loan in
-ия; a romanised `oi`, `ei` (Kazakh `той`, `бейбіт`), which Turkmen writes `oý`, `eý`;
a noun in -ия with a Turkic case ending (`Жапонияга`); a title too short to tell is in the
language its place is spelled in (`Aşgabat`, `İstanbul`), a place in plain letters tells none.
The titles are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.langid import detect_language


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Türkçe metinlerde duygu analizi", "tr"),
        ("Mobil uygulama", "tr"),
        ("Uygulamalı dilbilim", "tr"),
        ("Türkmenistanyň eksporty artdy", "tk"),
        ("Duýgy we pikir", "tk"),
        ("Türkmen halk döredijiligi", "tk"),
        ("Qazaqsha-oryssha sozdik", "kk"),
        ("Татар диалектологиясе", "tt"),
        ("Казак адебиетінің тарихы", "kk"),
        ("Nauryz toilandy", "kk"),
        ("Saylanan eserler", "tk"),
        ("Токаев Жапонияга сапармен барады", "kk"),
        ("Кыргызстан Россияга", "ky"),
        ("Токаев посетит Японию", "ru"),
        # the country's name is spelled alike in both: Turkish's apostrophe tells (session 35)
        ("Türkmenistan’da Enerji", "tr"),
        ("Türkmenistan Prezidenti", "tk"),
    ],
)
def test_short_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Aydın K. Türkçe metinlerde duygu analizi. Ankara: Gazi Kitabevi, 2020.", "tr"),
        ('Tolga Şimşek, "Hazar (XVI-XVII. yy.)", Niğde Dergisi, Cilt 4, 1970, ss. 28-67.', "tr"),
        ("Kenesbayev I. Qazaqsha-oryssha sozdik. Almaty, 2001.", "kk"),
        ("Ахатов Г. Татар диалектологиясе. Казан, 1984.", "other"),
        ("Berdimuhamedow G. Ahalteke bedewi. Aşgabat: TDNG, 2008.", "tk"),
        ("Aydemir Ş. S. Tek Adam. İstanbul: Remzi, 1963.", "tr"),
        ("Mamyrov K. Kazak adebiyeti tarihy. Almaty: Sanat, 2003.", "kk"),
        ("Saparov A. Turkmen dili. Ashgabat: Ylym, 1995.", "tk"),
    ],
)
def test_short_title_in_a_note(note: str, code: str) -> None:
    found = parse_citation(note)
    got = found.language if found.language in ("tr", "ru", "kk", "tk", "en") else "other"
    assert got == code


def test_an_acronyms_letters_tell_no_language() -> None:
    """A short word in capitals among others that are not is an acronym (`TÜİK`, a body's):
    its letters are a name's, the English words tell the title's language (it was Arabic,
    the one alphabet writing both `w` and `ü`)."""
    from citekit.langid import detect_language

    assert detect_language("Scraping TÜİK Bulletins with rvest") == "en"
    assert detect_language("TÜİK verilerine göre işsizlik") == "tr"
