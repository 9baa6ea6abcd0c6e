"""Turkish forms written for these tests (session 24): a journal's pages past a thousand."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "page", "year"),
    [
        (
            "Yılmaz, E. (2020). Türkiye’de yerel yönetimlerin mali yapısı. Amme İdaresi"
            " Dergisi, 53(2), 1045-1072.",
            "1045-1072",
            2020,
        ),
        (
            "Aydın, Selin. “Dijital Okuryazarlık.” Uluslararası Sosyal Araştırmalar Dergisi,"
            " vol. 13, no. 71, 2020, pp. 1530-1541.",
            "1530-1541",
            2020,
        ),
        (
            "Çelik, Murat. “Osmanlı’da Kahvehane Kültürü”. Akademik Tarih ve Düşünce Dergisi"
            " 7/3 (Eylül 2020), 1123-1140. https://doi.org/10.46868/atdd.82",
            "1123-1140",
            2020,
        ),
    ],
)
def test_pages_past_a_thousand_are_no_second_date(text: str, page: str, year: int) -> None:
    found = _first(text)
    assert found.page == page
    assert found.issued is not None
    assert found.issued.year == year


def test_a_bracketed_year_range_stays_no_page() -> None:
    found = _first("Ali Kaya, “Kurtuluş Yılları”, Türk Yurdu 5 (1923-1925).")
    assert found.page is None


def test_one_initialled_name_after_an_abbreviated_role_word_is_the_roles() -> None:
    found = _first(
        "Mehmet Akif Ersoy, Safahat, haz. M. Ertuğrul Düzdağ, İz Yayıncılık, İstanbul 1991, s. 12."
    )
    assert [f"{e.given} {e.family}" for e in found.editors] == ["M. Ertuğrul Düzdağ"]
    assert found.title == "Safahat"


def test_a_publishers_name_after_a_volume_is_one_publisher() -> None:
    found = _first(
        "Fuat Sezgin, İslam’da Bilim ve Teknik, C. 1, Türkiye Bilimler Akademisi Yayınları,"
        " Ankara 2008, 320 s."
    )
    assert found.publisher == "Türkiye Bilimler Akademisi Yayınları"
    assert found.container is None or found.container == found.publisher
    assert found.type == "book"


@pytest.mark.parametrize(
    "text",
    [
        "Serkan Yazıcı, “Kıbrıs Sorunu ve AB”, Ankara Avrupa Çalışmaları Dergisi, Cilt 10, No 1,"
        " 2011, s. 1-22.",
        "Serkan Yazıcı, “Kıbrıs Sorunu ve AB”, Ankara Avrupa Çalışmaları Dergisi, Cilt: 10, No: 1,"
        " 2011, s. 1-22.",
    ],
)
def test_a_bare_no_after_the_volume_labels_the_issue(text: str) -> None:
    found = _first(text)
    assert (found.volume, found.issue) == ("10", "1")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hazine ve Maliye Bakanlığı, Orta Vadeli Program (2021-2023), Ankara, 2020, s. 12.",
            "Hazine ve Maliye Bakanlığı",
        ),
        (
            "T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı, On İkinci Kalkınma Planı"
            " (2024-2028), Ankara, 2023.",
            "T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı",
        ),
        (
            "Aile ve Sosyal Politikalar Bakanlığı. (2014). Türkiye’de aile yapısı araştırması."
            " Ankara.",
            "Aile ve Sosyal Politikalar Bakanlığı",
        ),
    ],
)
def test_a_bodys_name_joined_by_ve_is_one_author(text: str, body: str) -> None:
    found = _first(text)
    assert [a.literal or f"{a.given} {a.family}" for a in found.authors] == [body]


def test_an_outlet_in_apas_dated_author_slot_stays_the_author() -> None:
    found = _first(
        "TRT Haber. (2022, 14 Kasım). İstiklal Caddesi’ndeki patlamaya ilişkin yeni gelişme."
        " https://www.trthaber.com/haber/gundem/istiklal-patlama-725000.html"
    )
    assert len(found.authors) == 1
    assert found.container is None


@pytest.mark.parametrize(
    ("text", "issue", "year"),
    [
        (
            "Ömer Lütfi Barkan, “Sürgünler”, İstanbul Üniversitesi İktisat Fakültesi Mecmuası"
            " 11/1-4 (1949-1950), 524-569.",
            "1-4",
            1949,
        ),
        ("Ali Kaya, “Başlık”, Belleten 12/3-4 (Ekim 1948), 5-20.", "3-4", 1948),
        (
            "Ömer Lütfi Barkan, “Sürgünler”, İktisat Fakültesi Mecmuası 11/1-4 (1950), 524-569.",
            "1-4",
            1950,
        ),
    ],
)
def test_a_gathered_issue_after_the_volumes_slash(text: str, issue: str, year: int) -> None:
    found = _first(text)
    assert (found.volume, found.issue) == ("11" if "11/" in text else "12", issue)
    assert found.issued is not None
    assert found.issued.year == year


def test_an_ottoman_imprints_hijri_year_after_its_city() -> None:
    found = _first(
        "Nâmık Kemal, Makalât-ı Siyasiyye ve Edebiyye, Selanik Matbaası, İstanbul 1327, s. 44."
    )
    assert found.publisher_place == "İstanbul"
    assert found.publisher == "Selanik Matbaası"
    assert found.issued is not None
    assert found.issued.year == 1327


def test_an_apostrophes_suffix_stays_in_a_roles_name() -> None:
    found = _first(
        "Mardin, Şerif. Türk Modernleşmesi. Ed. Mümtaz’er Türköne ve Tuncay Önder. İstanbul:"
        " İletişim Yayınları, 1991."
    )
    assert found.title == "Türk Modernleşmesi"
    assert [f"{e.given} {e.family}" for e in found.editors] == ["Mümtaz’er Türköne", "Tuncay Önder"]


@pytest.mark.parametrize(
    "text",
    [
        "Karpat, Kemal H. Osmanlı Nüfusu (1830-1914): Demografik ve Sosyal Özellikleri. çev."
        " Bahar Tırnakçı. İstanbul: Timaş Yayınları, 2010.",
        "Kemal H. Karpat, Osmanlı Nüfusu (1830-1914): Demografik ve Sosyal Özellikleri, çev."
        " Bahar Tırnakçı (İstanbul: Timaş Yayınları, 2010), 45.",
    ],
)
def test_a_titles_bracketed_span_of_years_and_its_subtitle(text: str) -> None:
    found = _first(text)
    assert found.title == "Osmanlı Nüfusu (1830-1914): Demografik ve Sosyal Özellikleri"
    assert found.issued is not None
    assert found.issued.year == 2010
    assert len(found.authors) == 1


def test_a_spanned_titles_subtitle_ends_at_its_sentences_period() -> None:
    found = _first(
        "Yaman, A. (2007) Dede Korkut Hikâyeleri (2002-2022): Neden Önemlidir?. DHA. Available"
        " from: http://dha.com.tr/ru/content/294549 [Accessed 20 May 2019)."
    )
    assert found.title == "Dede Korkut Hikâyeleri (2002-2022): Neden Önemlidir?"


def test_a_numbered_decree_opening_the_note_is_the_title() -> None:
    found = _first(
        "1 Numaralı Cumhurbaşkanlığı Kararnamesi, Resmî Gazete, 10 Temmuz 2018, Sayı: 30474."
    )
    assert found.title == "1 Numaralı Cumhurbaşkanlığı Kararnamesi"
    assert found.issue == "30474"
    assert found.type == "legislation"


def test_the_number_after_the_gazettes_possessive_word_is_the_issue() -> None:
    found = _first(
        "5237 sayılı Türk Ceza Kanunu, Kabul Tarihi: 26.09.2004, Resmî Gazete Tarihi: 12.10.2004,"
        " Resmî Gazete Sayısı: 25611."
    )
    assert found.issue == "25611"
    assert found.volume is None


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        (
            "Gençlik ve Spor Bakanlığı, Ulusal Gençlik ve Spor Politikası Belgesi, Ankara, 2013,"
            " s. 7.",
            "Gençlik ve Spor Bakanlığı",
            "Ulusal Gençlik ve Spor Politikası Belgesi",
        ),
        (
            "Türk Tarih Kurumu, Türk Tarih Kurumu Yayınları Kataloğu, Ankara 2010.",
            "Türk Tarih Kurumu",
            "Türk Tarih Kurumu Yayınları Kataloğu",
        ),
    ],
)
def test_a_bodys_name_before_its_reports_title(text: str, body: str, title: str) -> None:
    found = _first(text)
    assert [a.literal or f"{a.given} {a.family}" for a in found.authors] == [body]
    assert found.title == title


def test_an_outlet_with_its_period_in_apas_dated_slot_stays_the_author() -> None:
    found = _first(
        "Habertürk. (2021, 9 Ağustos). Orman yangınlarında son durum."
        " https://www.haberturk.com/orman-yangini-son-durum-3145678"
    )
    assert len(found.authors) == 1
    assert found.container is None


def test_a_laws_article_after_m_is_no_page() -> None:
    found = _first("4857 sayılı İş Kanunu, m. 18.")
    assert found.title == "İş Kanunu"  # the number is the act's, not its title's
    assert found.number == "4857"
    assert found.page is None
