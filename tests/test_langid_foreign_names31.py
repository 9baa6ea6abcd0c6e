"""Titles whose letters a name or a romanisation leaves open (session 31): a foreign name's
plain letters (Turkish `w`, `q`, `x`) are no evidence against a title's language; romanised
Arabic writes no `e`/`o` beside a macron vowel, nor the Persian ezafe; romanised Tajik writes
`o` for Persian `ā`; the words that name a work's kind on its title page. The titles and notes
are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # a foreign name's letters in a Turkish or Turkmen title
        ("Türkoloji Tarihinde Wilhelm Radloff Devri", "tr"),
        ("Walter Benjamin Üzerine Notlar", "tr"),
        ("Wilhelm von Humboldt ve Dil Felsefesi", "tr"),
        ("Max Weber ve Türk Modernleşmesi", "tr"),
        ("Woodrow Wilson İlkeleri ve Osmanlı Basını", "tr"),
        ("Ludwig van Beethoven ve Müzik", "tr"),
        ("Wilhelm Radloff we türkmen folklory", "tk"),
        # … but not when the title's own words write them, nor in an English title
        ("Türkmenistan’da Bölgesel Güvenlik Neden Önemlidir?", "tr"),
        ("Max Weber and the Protestant Ethic", "en"),
        ("Turkish Women in Modern Turkey", "en"),
        ("Ludwig van Beethoven and the Age of Revolution", "en"),
        # Persian romanised beside Arabic
        ("Tārīkh-e Bokhārā", "fa"),
        ("Torkestān-nāme", "fa"),
        ("Tārīkh-e Rashidi", "fa"),
        ("Tārikh-e mardom-e Irān", "fa"),
        ("Kitāb al-ʿIbar", "ar"),
        ("Tārīkh al-rusul wa-al-mulūk", "ar"),
        ("Ṭabaqāt al-umam", "ar"),
        ("Taʾrīkh Bukhārā", "ar"),
        ("al-Kāmil fī al-tārīkh", "ar"),
        # romanised Tajik
        ("Zaboni tojikī dar Uzbekiston", "tg"),
        ("Ta'rikhi khalqi tojik", "tg"),
        ("O'zbekiston tarixi", "uz"),
        # a work's kind on its title page
        ("Bütün Eserleri", "tr"),
        ("Seçme Şiirler", "tr"),
        ("Saylanan eserler", "tk"),
        ("Turkic Languages", "en"),
        ("Selected Works", "en"),
    ],
)
def test_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "title", "code"),
    [
        (
            "Akalın, Ş. H. Türkoloji Tarihinde Wilhelm Radloff Devri. Ankara: TDK, 2004. 212 s.",
            "Türkoloji Tarihinde Wilhelm Radloff Devri",
            "tr",
        ),
        (
            "Frye, Richard N. Tārīkh-e Bokhārā. Tehran: Bongāh-e Tarjome, 1972.",
            "Tārīkh-e Bokhārā",
            "fa",
        ),
        (
            "Karimov, B. Zaboni tojikī dar Uzbekiston. Dushanbe: Donish, 2010.",
            "Zaboni tojikī dar Uzbekiston",
            "tg",
        ),
        (
            "Ersoy, Mehmet Akif. Bütün Eserleri. İstanbul: Beyan, 1992.",
            "Bütün Eserleri",
            "tr",
        ),
        (
            "Menges, Karl H. The Turkic Languages and Peoples. Wiesbaden: Harrassowitz, 1995.",
            "The Turkic Languages and Peoples",
            "en",
        ),
    ],
)
def test_note_title_language(note: str, title: str, code: str) -> None:
    cite = first_citation(note)
    assert cite.title == title
    assert cite.language == code
