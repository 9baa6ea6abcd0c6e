"""Turkish numbered forms: ordinals (`21. Yüzyılda`, `II. Cilt`, `VII. Dizi`), a Roman volume
before the closing page, the issue's capital `S.` beside the page's small `s.`, a year's report
(`2021 Yılı …`) and `der.` (derleyen)."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, NoteKind


def _cite(note: str) -> Citation:
    parsed = parse_note(1, note, location=Location(path="n"))
    assert parsed.kind == NoteKind.CITATION
    return parsed.citations[0]


def _check(citation: Citation, want: dict[str, Any]) -> None:
    for key, value in want.items():
        got = getattr(citation, key)
        if key in ("authors", "editors", "translators"):
            got = [name.family or name.literal for name in got]
        elif key == "issued":
            got = got.isoformat() if got is not None else None
        assert got == value, key


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Kongar, Emre. 21. Yüzyılda Türkiye. İstanbul: Remzi Kitabevi, 2005.",
            {"title": "21. Yüzyılda Türkiye", "authors": ["Kongar"], "publisher_place": "İstanbul"},
        ),
        (
            "Kaya, Ali. XIX. Yüzyılda Osmanlı Ekonomisi. Ankara: TTK, 2001.",
            {"title": "XIX. Yüzyılda Osmanlı Ekonomisi", "publisher": "TTK"},
        ),
        (
            "Ahmet Yıldız, 20. Yüzyıl Türk Siyaseti, İstanbul: Kitap Yayınevi, 2010, s. 4.",
            {"title": "20. Yüzyıl Türk Siyaseti", "publisher_place": "İstanbul", "page": "4"},
        ),
        (
            "Ali Kaya, II. Abdülhamid Döneminde Eğitim, Ankara: TTK, 2001, s. 5.",
            {"title": "II. Abdülhamid Döneminde Eğitim", "publisher_place": "Ankara"},
        ),
        (
            "Mehmet Öz, XV-XVI. Yüzyıllarda Canik Sancağı, Ankara: TTK, 1999, s. 12.",
            {"title": "XV-XVI. Yüzyıllarda Canik Sancağı", "publisher_place": "Ankara"},
        ),
    ],
)
def test_ordinal_opens_title(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Sayıştay Başkanlığı, 2021 Yılı Dış Denetim Genel Değerlendirme Raporu, Ankara 2022.",
            {"title": "2021 Yılı Dış Denetim Genel Değerlendirme Raporu", "issued": "2022"},
        ),
        (
            "Hazine ve Maliye Bakanlığı, 2023 Yılı Bütçe Gerekçesi, Ankara, 2022.",
            {"title": "2023 Yılı Bütçe Gerekçesi", "issued": "2022"},
        ),
        (
            "Kalkınma Bakanlığı. 2019 Yılı Programı. Ankara, 2018.",
            {"title": "2019 Yılı Programı", "issued": "2018"},
        ),
    ],
)
def test_year_word_heads_title(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Kâtib Çelebi, Keşfü’z-Zunûn, I, 233.",
            {"title": "Keşfü’z-Zunûn", "volume": "I", "page": "233"},
        ),
        ("Buhârî, Sahîh, II, 45.", {"title": "Sahîh", "volume": "II", "page": "45"}),
        (
            "İbn Haldun, Mukaddime, çev. Süleyman Uludağ, II, 712.",
            {"translators": ["Uludağ"], "volume": "II", "page": "712"},
        ),
        (
            "Ali İhsan Yurd, “Ebüssuûd Efendi”, DİA, X, 365-371.",
            {"container": "DİA", "volume": "X", "page": "365-371"},
        ),
        (
            "Hammer, Osmanlı Devleti Tarihi, II. Cilt, İstanbul 1990, s. 77.",
            {"title": "Osmanlı Devleti Tarihi", "volume": "II", "publisher": None},
        ),
        (
            "Kaya, Ali. Türk Tarihi. 3. Cilt. Ankara: TTK, 2001.",
            {"title": "Türk Tarihi", "volume": "3", "publisher": "TTK"},
        ),
        (
            "Schmidt, Hans. Geschichte der Türkei, 2. Band, Berlin 1990, S. 45.",
            {"title": "Geschichte der Türkei", "volume": "2", "publisher_place": "Berlin"},
        ),
    ],
)
def test_volume_forms(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Hayat Mecmuası, S. 45, 3 Ekim 1927, s. 8.",
            {"container": "Hayat Mecmuası", "issue": "45", "page": "8"},
        ),
        (
            "Tanin, S. 312, 12 Mayıs 1909, s. 1.",
            {"container": "Tanin", "issue": "312", "page": "1"},
        ),
        (
            "Ahmet Ağaoğlu, “Türk Kadını”, Türk Yurdu, S. 12, 1912, s. 3-5.",
            {"container": "Türk Yurdu", "issue": "12", "page": "3-5"},
        ),
    ],
)
def test_capital_issue_small_page(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Yusuf Akçura, Üç Tarz-ı Siyaset, Türk Tarih Kurumu Yayınları, VII. Dizi, Sayı 112, "
            "Ankara 1976.",
            {
                "publisher_place": "Ankara",
                "issue": None,
                "publisher": "Türk Tarih Kurumu Yayınları",
            },
        ),
        (
            "Osman Turan, Türkiye Selçukluları Hakkında Resmi Vesikalar, TTK Yayınları, VII. Seri, "
            "No. 32, Ankara 1958, s. 12.",
            {"publisher_place": "Ankara", "issue": None, "page": "12"},
        ),
        (
            "Faruk Sümer, Kara Koyunlular, TTK Yayınları, VII. Dizi - Sa. 32, Ankara 1967, s. 15.",
            {"title": "Kara Koyunlular", "publisher_place": "Ankara", "page": "15"},
        ),
    ],
)
def test_publisher_series(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Oktay Özel, “Kırsal Anadolu’da Nüfus”, Osmanlı Devleti ve Medeniyeti Tarihi içinde, "
            "der. Ekmeleddin İhsanoğlu, İstanbul: IRCICA, 1998, s. 301-330.",
            {"authors": ["Özel"], "editors": ["İhsanoğlu"], "publisher_place": "İstanbul"},
        ),
        (
            "Baskın Oran, Türk Dış Politikası, der. Baskın Oran, C. 1, İstanbul: İletişim "
            "Yayınları, 2001, s. 45.",
            {"editors": ["Oran"], "publisher_place": "İstanbul"},
        ),
        (
            "Mehmet Akif Ersoy, Safahat, haz. M. Ertuğrul Düzdağ, İstanbul: İz Yayıncılık, 1991.",
            {"editors": ["Düzdağ"]},
        ),
        (
            "Yeni Şafak, “Sınırda yeni güvenlik önlemleri”, 12 Ekim 2019.",
            {"container": "Yeni Şafak", "issued": "2019-10-12"},
        ),
        ("Yeni Asır, 12 Ekim 2019.", {"container": "Yeni Asır"}),
    ],
)
def test_turkish_words(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "TEPAV, Türkiye’nin İhracat Performansı, Değerlendirme Notu, Ankara, Ekim 2020.",
            {
                "type": "report",
                "title": "Türkiye’nin İhracat Performansı",
                "genre": "Değerlendirme Notu",
            },
        ),
        (
            "Ahmet Kaya, Kafkasya’da Enerji Güvenliği, Politika Notu, Ankara: TEPAV, 2018.",
            {"type": "report", "title": "Kafkasya’da Enerji Güvenliği", "publisher": "TEPAV"},
        ),
        (
            "ORSAM, Irak’ta Türkmenler, Rapor, Ankara, 2016.",
            {"type": "report", "title": "Irak’ta Türkmenler", "publisher": None},
        ),
        (
            "International Crisis Group, Central Asia: Decay and Decline, Report, Brussels, 2011.",
            {"type": "report", "title": "Central Asia: Decay and Decline", "publisher": None},
        ),
    ],
)
def test_report_kind_after_title(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Neşrî, Kitâb-ı Cihan-nümâ, Ankara: TTK, 1995, I, 120.",
            {"volume": "I", "page": "120", "issued": "1995"},
        ),
        (
            "İbn Manzûr, Lisânü’l-Arab, Beyrut: Dâru Sâdır, 1990, XII, 45-47.",
            {"volume": "XII", "page": "45-47", "publisher": "Dâru Sâdır"},
        ),
        (
            "Aslan, N. (2015). Osmanlı’da sağlık. İçinde A. Kaya (Ed.), Osmanlı’da toplum "
            "(ss. 23-45). Ankara: Gazi.",
            {"container": "Osmanlı’da toplum", "page": "23-45", "editors": ["Kaya"]},
        ),
    ],
)
def test_volume_after_year_and_bracket_before_pages(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)


@pytest.mark.parametrize(
    "note",
    [
        "Şemseddin Sami, Kâmûs-ı Türkî, Dersaadet 1317, s. 112.",
        "Ahmed Vefik Paşa, Lehce-i Osmânî, Dersaadet: Mahmud Bey Matbaası, 1306, s. 45.",
    ],
)
def test_ottoman_name_of_istanbul_is_a_place(note: str) -> None:
    assert _cite(note).publisher_place == "Dersaadet"


@pytest.mark.parametrize(
    ("note", "year"),
    [
        ("Ahmed Vefik Paşa, Lehce-i Osmânî, İstanbul: Matbaa-i Âmire, 1293.", 1293),
        ("Namık Kemal, Vatan yahut Silistre, İstanbul: Matbaa-i Ebüzziya, 1307.", 1307),
        ("Ahmed Vefik Paşa, Lehce-i Osmânî, Dersaadet: Mahmud Bey Matbaası, 1306, s. 45.", 1306),
    ],
)
def test_hijri_year_after_publisher(note: str, year: int) -> None:
    issued = _cite(note).issued
    assert issued is not None
    assert issued.year == year


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "Ali Kaya, I. Dünya Savaşı’nda Kafkas Cephesi (İstanbul: Kronik, 2016), 45.",
            {"authors": ["Kaya"], "title": "I. Dünya Savaşı’nda Kafkas Cephesi"},
        ),
        (
            "Mehmet Yılmaz, II. Dünya Savaşı ve Türkiye, Ankara: TTK, 2005, s. 12.",
            {"authors": ["Yılmaz"], "title": "II. Dünya Savaşı ve Türkiye", "container": None},
        ),
        (
            "Kaya, Ali, I. Dünya Savaşı, Ankara 2001.",
            {"authors": ["Kaya"], "title": "I. Dünya Savaşı"},
        ),
    ],
)
def test_roman_ordinal_opens_title_after_name(note: str, want: dict[str, Any]) -> None:
    _check(_cite(note), want)
