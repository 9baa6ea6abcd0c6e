"""Session 28's facts of Turkish notes and of works in other languages: a publisher that its
abbreviated word closes (`Yay.`), a body's name glued to the publisher's run, the reading's
date before `tarihinde`, İSNAD's spaced slash, an apostrophe letter in an APA publisher, a
bracketed edition, an ordinal that is no page, a body after a page's title as its site, a
body's series before its publisher. The notes are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _value(found: Citation, key: str) -> Any:
    value = getattr(found, key)
    if key in ("authors", "editors", "translators"):
        return [name.family or name.literal for name in value]
    if key in ("issued", "accessed"):
        return value.isoformat() if value is not None else None
    return value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bahaeddin Ögel, Türk Mitolojisi, Türk Tarih Kurumu Yay., Ankara 1993, s. 210.",
            {"title": "Türk Mitolojisi", "publisher": "Türk Tarih Kurumu Yay", "authors": ["Ögel"]},
        ),
        (
            "Bahaeddin Ögel, Türk Mitolojisi, C. I, Türk Tarih Kurumu Yay., Ankara 1993, s. 210.",
            {"title": "Türk Mitolojisi", "publisher": "Türk Tarih Kurumu Yay", "authors": ["Ögel"]},
        ),
        (
            "Osman Turan, Selçuklular Tarihi, Boğaziçi Yay., İstanbul 1993, s. 45.",
            {"title": "Selçuklular Tarihi", "publisher": "Boğaziçi Yay", "page": "45"},
        ),
        (
            "Halil İnalcık, Devlet-i Aliyye, C. 1, Türkiye İş Bankası Kültür Yay., İstanbul 2009, "
            "s. 12.",
            {
                "title": "Devlet-i Aliyye",
                "authors": ["İnalcık"],
                "publisher": "Türkiye İş Bankası Kültür Yay",
            },
        ),
    ],
)
def test_the_hand_written_imprint_keeps_its_publisher_whole(
    text: str, want: dict[str, Any]
) -> None:
    found = _first(text)
    for key, value in want.items():
        assert _value(found, key) == value, key


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        (
            "Türkiye İstatistik Kurumu. (2022). Nüfus sonuçları, 2021. 15 Mart 2022 tarihinde "
            "https://data.tuik.gov.tr/Bulten/Index?p=45500 adresinden erişildi.",
            "2022-03-15",
        ),
        (
            "Sağlık Bakanlığı. (2020). Sağlık istatistikleri yıllığı 2019. 3 Ocak 2021 tarihinde "
            "https://www.saglik.gov.tr/yillik.pdf adresinden erişildi.",
            "2021-01-03",
        ),
    ],
)
def test_the_reading_date_is_the_one_before_its_word(text: str, accessed: str) -> None:
    assert _value(_first(text), "accessed") == accessed


@pytest.mark.parametrize(
    ("text", "host", "volume", "issue"),
    [
        (
            'Tekin, Hatice. "Kadın Girişimciliği". Çalışma ve Toplum 4 / 67 (Aralık 2020): '
            "2301-2330.",
            "Çalışma ve Toplum",
            "4",
            "67",
        ),
        (
            'Aydın, Mehmet. "Tanzimat Döneminde Taşra". Türk Kültürü İncelemeleri Dergisi 35 / 2 '
            "(2016): 77-102.",
            "Türk Kültürü İncelemeleri Dergisi",
            "35",
            "2",
        ),
    ],
)
def test_a_spaced_slash_parts_volume_and_issue(
    text: str, host: str, volume: str, issue: str
) -> None:
    found = _first(text)
    assert (found.container, found.volume, found.issue) == (host, volume, issue)


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Abdurahmonov, G‘. (1996). O‘zbek tilining tarixiy grammatikasi. O‘qituvchi.",
            "O‘zbek tilining tarixiy grammatikasi",
            "O‘qituvchi",
        ),
        (
            "Yo‘ldoshev, B. (2010). Hozirgi o‘zbek adabiy tili. G‘afur G‘ulom.",
            "Hozirgi o‘zbek adabiy tili",
            "G‘afur G‘ulom",
        ),
    ],
)
def test_an_apostrophe_letter_keeps_the_publisher_one_word(
    text: str, title: str, publisher: str
) -> None:
    found = _first(text)
    assert (found.title, found.publisher) == (title, publisher)


@pytest.mark.parametrize(
    ("text", "title", "edition"),
    [
        (
            "Kappeler, A. (2014). Kleine Geschichte der Ukraine (4. Aufl.). München: C. H. Beck.",
            "Kleine Geschichte der Ukraine",
            "4",
        ),
        (
            "Kappeler, A. (2014). Kleine Geschichte der Ukraine (4. Auflage). München: Beck.",
            "Kleine Geschichte der Ukraine",
            "4",
        ),
        (
            "Karasar, N. (2016). Bilimsel araştırma yöntemi (31. Baskı). Ankara: Nobel.",
            "Bilimsel araştırma yöntemi",
            "31",
        ),
    ],
)
def test_a_bracketed_edition_is_no_part_of_the_title(text: str, title: str, edition: str) -> None:
    found = _first(text)
    assert (found.title, found.edition) == (title, edition)


@pytest.mark.parametrize(
    "text",
    [
        "Çiğdem Nas, “AB Yeni Dönem Öncelikleri ve Yeşil Mutabakatı”, 120. AB Sertifika "
        "Programı Sunusu",
        "Ayşe Kara, “Göç ve Kimlik”, 5. Ulusal Sosyoloji Kongresi, Ankara 2012.",
        "Ali Kaya, “Yargı Reformu”, 9. Yargı Paketi Değerlendirme Toplantısı, Ankara, 2021.",
    ],
)
def test_an_ordinal_before_a_name_is_no_page(text: str) -> None:
    assert _first(text).page is None


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            "BM İklim Değişikliği Çerçeve Sözleşmesi, T.C Dışişleri Bakanlığı (Erişim Tarihi: "
            "08.10.2020)",
            "BM İklim Değişikliği Çerçeve Sözleşmesi",
            "T.C Dışişleri Bakanlığı",
        ),
        (
            "Paris Anlaşması, T.C. Dışişleri Bakanlığı (Erişim Tarihi: 08.10.2020)",
            "Paris Anlaşması",
            "T.C. Dışişleri Bakanlığı",
        ),
        (
            "Kazakhstan Energy Strategy, Ministry of Energy of the Republic of Kazakhstan "
            "(accessed 12.03.2021)",
            "Kazakhstan Energy Strategy",
            "Ministry of Energy of the Republic of Kazakhstan",
        ),
    ],
)
def test_a_body_after_the_title_is_the_site(text: str, title: str, site: str) -> None:
    found = _first(text)
    assert (found.title, found.container, found.authors) == (title, site, ())


@pytest.mark.parametrize(
    ("text", "title", "series"),
    [
        (
            "OECD (2017), Boosting Social Inclusion in Spain, OECD Economic Policy Reviews, OECD "
            "Publishing, Paris.",
            "Boosting Social Inclusion in Spain",
            "OECD Economic Policy Reviews",
        ),
        (
            "OECD (2019). PISA 2018 Assessment and Analytical Framework. PISA, OECD Publishing, "
            "Paris, https://doi.org/10.1787/b25efab8-en adresinden erişildi.",
            "PISA 2018 Assessment and Analytical Framework",
            "PISA",
        ),
    ],
)
def test_a_bodys_series_stands_before_its_publisher(text: str, title: str, series: str) -> None:
    found = _first(text)
    assert (found.title, found.collection_title) == (title, series)
    assert found.publisher == "OECD Publishing"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Tarık Zafer Tunaya, Türkiye’de Siyasal Partiler, C. I, İkinci Meşrutiyet Dönemi, "
            "Hürriyet Vakfı Yayınları, İstanbul 1988, s. 45.",
            "Türkiye’de Siyasal Partiler",
            "I",
        ),
        (
            "Ahmet Kaya, Osmanlı Toplum Yapısı, C. 2, Tanzimat Dönemi, Ötüken Yayınları, İstanbul "
            "2005, s. 17.",
            "Osmanlı Toplum Yapısı",
            "2",
        ),
    ],
)
def test_a_volumes_own_title_is_no_host(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (found.type, found.title, found.volume, found.container) == ("book", title, volume, None)


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Мўминов И. Амир Темурнинг Ўрта Осиё тарихида тутган ўрни. – Т.: Фан, 1993. – 64 б.",
            "Т.",
            "Фан",
        ),
        ("Usmonov Q. O‘zbekiston tarixi. – T.: Sharq, 2003. – 208 b.", "T.", "Sharq"),
        ("Шевчук В. Козацька держава. – К.: Абрис, 1995. – 392 с.", "К.", "Абрис"),
        ("Иванов А. История Казахстана. – А.: Наука, 1993. – 64 с.", "А.", "Наука"),
    ],
)
def test_a_place_shortened_to_its_letter_opens_the_imprint(
    text: str, place: str, publisher: str
) -> None:
    found = _first(text)
    assert (found.publisher_place, found.publisher) == (place, publisher)
