"""Turkish forms written for these tests (session 23): İSNAD's cited page inside the article's
range, a year-shaped page after `s.`, a journal's Roman volume and its issue after a slash,
abbreviated places, a report's `No:`, an APA title's own year and its title read as a series,
Wikipedia's `"Title". Site.`, and a dotted access date before `tarihinde`."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            "Osman Gazi Özgüdenli, “Gazneliler Devrinde İkta Sistemi”, Türk Kültürü İncelemeleri"
            " Dergisi 12 (2005), 15-44, 28.",
            "28",
        ),
        ("Ayşe Kara, “Vakıf Muhasebesi”, Vakıflar Dergisi 54 (2020), 87-112, 87.", "87"),
    ],
)
def test_isnad_page_inside_the_range_is_the_cited_page(text: str, page: str) -> None:
    assert _first(text).page == page


def test_two_places_cited_stay_the_page() -> None:
    """A number outside the range is a second place cited, not the cited page in a span."""
    found = _first("Ayşe Kara, “Vakıf Muhasebesi”, Vakıflar Dergisi 54 (2020), 87-112, 140.")
    assert found.page != "140"


def test_year_shaped_page_after_its_word_in_a_dated_note() -> None:
    found = _first("Reşat Ekrem Koçu, İstanbul Ansiklopedisi, C. 4, İstanbul 1960, s. 1987.")
    assert found.page == "1987"
    assert found.issued == PartialDate(1960)


@pytest.mark.parametrize(
    "text",
    [
        "Şinasi Tekin, “İlk Türk Şeyhülislamı”, Belleten, XXIV/95, Ankara 1960, ss. 411-425.",
        "Ahmet Temir, “Kazan Hanlığı”, Türkiyat Mecmuası, XIV/2 (1965), s. 143.",
    ],
)
def test_roman_volume_and_issue_after_a_slash(text: str) -> None:
    found = _first(text)
    assert (found.volume, found.issue) in (("XXIV", "95"), ("XIV", "2"))


def test_abbreviated_istanbul_is_the_place() -> None:
    found = _first("Yılmaz Öztuna, Büyük Türkiye Tarihi, Ötüken Yay., İst., 1977, C. 6, s. 88.")
    assert found.publisher_place == "İst."
    assert found.title == "Büyük Türkiye Tarihi"


def test_report_number_after_no_and_a_colon() -> None:
    found = _first("ORSAM, Irak’ta Türkmen Nüfusu, Rapor No: 145, Ankara, Ocak 2013, s. 18.")
    assert found.title == "Irak’ta Türkmen Nüfusu"
    assert found.issue == "145"


def test_apa_title_keeps_its_own_year() -> None:
    found = _first("TÜİK (2021). İşgücü İstatistikleri, 2020. Ankara: Türkiye İstatistik Kurumu.")
    assert found.title == "İşgücü İstatistikleri, 2020"
    assert found.issued == PartialDate(2021)


def test_apa_title_read_as_a_series_is_the_title() -> None:
    found = _first(
        "Büyüköztürk, Ş., Kılıç Çakmak, E., Akgün, Ö. E., Karadeniz, Ş. ve Demirel, F. (2018)."
        " Bilimsel araştırma yöntemleri (24. baskı). Ankara: Pegem Akademi."
    )
    assert found.title == "Bilimsel araştırma yöntemleri"


def test_wikipedia_title_closed_by_its_quote_before_the_period() -> None:
    found = _first(
        '"Göbeklitepe". Kültür Portalı. 12 Ocak 2020 tarihinde kaynağından arşivlendi.'
        " Erişim tarihi: 3 Şubat 2021."
    )
    assert found.title == "Göbeklitepe"
    assert found.container == "Kültür Portalı"


def test_gost_genre_after_a_guillemet_title_stays() -> None:
    """`«Title». Genre` is no Wikipedia form: the words after the guillemet are not a site."""
    found = _first("Бердібай Р. «Тарихи роман». Оқу құралы. — Алматы: Санат, 1997. — 336 б.")
    assert found.container is None


def test_dotted_access_date_before_tarihinde_is_day_first() -> None:
    found = _first(
        "Gündüz, T. (2015). Kültür ve kimlik. İstanbul: Yeni İnsan Yayınevi. 10.01.2021"
        " tarihinde https://www.yeniinsan.com.tr/kultur-ve-kimlik adresinden alındı."
    )
    assert found.accessed == PartialDate(2021, 1, 10)


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Topçu, E. (2017). Medya okuryazarlığı. Ulusal Eğitim Kongresi'nde sunulan bildiri,"
            " Ankara, Türkiye.",
            "Medya okuryazarlığı",
            "Ulusal Eğitim Kongresi",
        ),
        (
            "Kaya, M. (2019, Mayıs). Okul yöneticiliği. 14. Uluslararası Eğitim Yönetimi"
            " Kongresi’nde sunulan sözlü bildiri, Van.",
            "Okul yöneticiliği",
            "14. Uluslararası Eğitim Yönetimi Kongresi",
        ),
        (
            "Smith, J. (2017). Media literacy. Paper presented at the National Education"
            " Congress, Ankara, Turkey.",
            "Media literacy",
            "National Education Congress",
        ),
    ],
)
def test_paper_presented_at_a_meeting(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert (found.title, found.container, found.type) == (title, host, "paper-conference")


def test_roman_volume_alone_then_issue_after_slash() -> None:
    found = _first(
        "Bilal Eryılmaz, “Tanzimat ve Yönetimde Modernleşme”, Belleten, LXII/233, Ankara 1998,"
        " s. 119."
    )
    assert (found.volume, found.issue, found.page) == ("LXII", "233", "119")


def test_page_after_an_encyclopedias_roman_volume() -> None:
    found = _first("Mustafa Öz, “Kerbelâ”, DİA, XXV, 271.")
    assert (found.volume, found.page) == ("XXV", "271")


def test_title_read_into_the_authors_run_of_a_hand_written_note() -> None:
    found = _first("Hüseyin Algül, İslâm Tarihi, Cilt 1, Gonca Yayınevi, İstanbul 1986, s. 201.")
    assert [str(n) for n in found.authors] == ["Hüseyin Algül"]
    assert (found.title, found.publisher, found.volume) == ("İslâm Tarihi", "Gonca Yayınevi", "1")


def test_two_authors_stay_authors() -> None:
    found = _first("Ahmet Kaya, Mehmet Demir, Türk Tarihi, Cilt 1, Gonca Yayınevi, İstanbul 1986.")
    assert len(found.authors) != 1 or found.title != "Mehmet Demir"


def test_volume_and_page_after_an_imprint_bracket() -> None:
    found = _first("Ahmet Taşağıl, Gök-Türkler (Ankara: Türk Tarih Kurumu, 2003), I, 55.")
    assert (found.title, found.volume, found.page) == ("Gök-Türkler", "I", "55")


def test_ia_is_an_encyclopedia() -> None:
    assert _first("Orhan Köprülü, “Tokat”, İA, XII/1, 401.").type == "entry-encyclopedia"
