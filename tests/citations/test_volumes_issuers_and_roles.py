"""APA's glued `volume(issue)` with a year-like issue, a short form's Roman volume, a role
word's title read as a place, Turkish second given names after initials, an Ottoman press
after its place's colon and a think tank's initials before a report's kind."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "volume", "issue", "year"),
    [
        (
            "Brown, A. (2018). Memory and sleep. Journal of Neuroscience, 282(1801), 20142155.",
            "282",
            "1801",
            2018,
        ),
        (
            "Garcia, M. (2020). Soil carbon in drylands. Geoderma, 361(1904), 114–120.",
            "361",
            "1904",
            2020,
        ),
        (
            "Lee, K., & Park, J. (2015). Bird migration routes. Biology Letters, 11(1811), 1-8.",
            "11",
            "1811",
            2015,
        ),
    ],
)
def test_glued_year_like_issue(note: str, volume: str, issue: str, year: int) -> None:
    c = first_citation(note)
    assert (c.volume, c.issue) == (volume, issue)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("note", "title", "volume", "page"),
    [
        ("Evliya Çelebi, Seyahatname, IV, 112.", "Seyahatname", "IV", "112"),
        ("Kâtib Çelebi, Cihannümâ, II, 45.", "Cihannümâ", "II", "45"),
        ("Ahmed Cevdet, Tarih-i Cevdet, V, 211.", "Tarih-i Cevdet", "V", "211"),
        ("Ibn Battuta, Travels, II, 45.", "Travels", "II", "45"),
    ],
)
def test_short_form_roman_volume(note: str, title: str, volume: str, page: str) -> None:
    c = first_citation(note)
    assert (c.title, c.volume, c.page) == (title, volume, page)


@pytest.mark.parametrize(
    ("note", "title", "place"),
    [
        (
            "Allworth, Edward A., ed. Central Asia: 130 Years of Russian Dominance. Durham: "
            "Duke University Press, 1994.",
            "Central Asia: 130 Years of Russian Dominance",
            "Durham",
        ),
        (
            "Kaya, Ahmet, haz. Ankara Kitabı: Şehir ve Tarih. Ankara: Kültür Yayınları, 2010.",
            "Ankara Kitabı: Şehir ve Tarih",
            "Ankara",
        ),
    ],
)
def test_role_word_title_not_place(note: str, title: str, place: str) -> None:
    c = first_citation(note)
    assert (c.title, c.publisher_place) == (title, place)
    assert c.editors


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("M. A. Yekta Saraç", "Saraç"),
        ("M. Şakir Ülkütaşır", "Ülkütaşır"),
        ("H. Fahrettin Güven", "Güven"),
        ("A. B. Ivanov Petrov", "Ivanov Petrov"),
        ("M. Fuad Köprülü", "Köprülü"),
        ("Ö. Lütfi Barkan", "Barkan"),
        ("İ. Hakkı Uzunçarşılı", "Uzunçarşılı"),
        ("M. Şükrü Hanioğlu", "Hanioğlu"),
        ("A. Adnan Adıvar", "Adıvar"),
        ("B. Öztürk Can", "Öztürk Can"),
    ],
)
def test_second_given_name_after_initials(written: str, family: str) -> None:
    assert to_name(written).family == family


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Ahmed Vefik Paşa, Lehce-i Osmânî, İstanbul: Matbaa-i Osmaniye, 1306, s. 12.",
            "Matbaa-i Osmaniye",
        ),
        ("Kâtib Çelebi, Keşfü'z-Zunûn, İstanbul: Matbaa-i Âmire, 1311, s. 45.", "Matbaa-i Âmire"),
    ],
)
def test_izafet_press_after_colon(note: str, publisher: str) -> None:
    c = first_citation(note)
    assert c.publisher == publisher
    assert c.publisher_place == "İstanbul"


@pytest.mark.parametrize(
    ("note", "title", "genre"),
    [
        (
            "Kadir Üstün, Türk-Amerikan İlişkilerinde Yeni Dönem, SETA, Rapor, İstanbul, 2017.",
            "Türk-Amerikan İlişkilerinde Yeni Dönem",
            "Rapor",
        ),
        (
            "Burhanettin Duran, Yeni Türkiye'nin Dış Politikası, SETA, Analiz, Ankara, 2015.",
            "Yeni Türkiye'nin Dış Politikası",
            "Analiz",
        ),
        (
            "Ufuk Ulutaş, Suriye Krizi ve Türkiye, SETA, Rapor, Ankara, 2013, s. 7.",
            "Suriye Krizi ve Türkiye",
            "Rapor",
        ),
    ],
)
def test_initials_before_report_kind(note: str, title: str, genre: str) -> None:
    c = first_citation(note)
    assert (c.title, c.publisher, c.genre, c.type) == (title, "SETA", genre, "report")


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Bilgay Duman, Irak'ta Türkmenler, ORSAM, Rapor, Ankara, 2016.", "ORSAM"),
        ("Serhat Erkmen, Irak'ın Geleceği, ORSAM, Analiz, Ankara, 2012.", "ORSAM"),
        ("Mehmet Öğütçü, Enerji Güvenliği, TEPAV, Politika Notu, Ankara, 2014.", "TEPAV"),
    ],
)
def test_initials_read_as_host_before_report_kind(note: str, publisher: str) -> None:
    c = first_citation(note)
    assert (c.publisher, c.container, c.type) == (publisher, None, "report")
