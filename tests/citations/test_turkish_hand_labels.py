"""Session 31's facts of Turkish hand-written notes: an inflected name is a title's word, labels
written with their colon (`Cilt: III`, `Kısım: 1`, `No: 105`), a lone Roman volume after a
host's comma, the author before `vd.`, a kind of work's word is no person, a headline on a news
outlet, a host's name before a bracket is the title's."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "publisher"),
    [
        (
            "Zafer Toprak, Cumhuriyet’in Kuruluşu (İstanbul: Doğan Kitap, 2013), 19.",
            "Cumhuriyet’in Kuruluşu",
            "Doğan Kitap",
        ),
        (
            "Toprak, Zafer. Cumhuriyet’in İlk Yılı. İstanbul: Doğan Kitap, 2013.",
            "Cumhuriyet’in İlk Yılı",
            "Doğan Kitap",
        ),
        (
            "Toprak, Zafer. Hürriyet’in Kuruluşu. İstanbul: Doğan Kitap, 2013.",
            "Hürriyet’in Kuruluşu",
            "Doğan Kitap",
        ),
        (
            "Toprak, Z. (2013). Milliyet’in ilk yılı. Doğan Kitap.",
            "Milliyet’in ilk yılı",
            "Doğan Kitap",
        ),
        (
            "Zafer Toprak, Cumhuriyet’in İlk Yılı, Doğan Kitap, İstanbul 2013, s. 19.",
            "Cumhuriyet’in İlk Yılı",
            "Doğan Kitap",
        ),
        (
            "Zafer Toprak, 1923: Cumhuriyet’in İlk Yılı (İstanbul: Doğan Kitap, 2013), 19.",
            "1923: Cumhuriyet’in İlk Yılı",
            "Doğan Kitap",
        ),
    ],
)
def test_an_inflected_name_is_a_word_of_the_title(note: str, title: str, publisher: str) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.container is None
    assert found.publisher == publisher


def test_an_inflected_name_in_an_article_title_keeps_its_journal() -> None:
    found = first_citation(
        "Kaya, A. (2021). Milliyet’in manşetlerinde göç. Selçuk İletişim, 14(2), 455-480."
    )
    assert (found.title, found.container) == ("Milliyet’in manşetlerinde göç", "Selçuk İletişim")


@pytest.mark.parametrize(
    ("note", "host", "volume", "page"),
    [
        (
            "Mehmet İpşirli, “Şeyhülislam”, DİA, XXXIX, İstanbul 2010, s. 91-96.",
            "DİA",
            "XXXIX",
            "91-96",
        ),
        ("Tayyib Gökbilgin, “Edirne”, İA, IV, İstanbul 1977, s. 107-127.", "İA", "IV", "107-127"),
        ("Halil İnalcık, “Istanbul”, EI², IV, Leiden 1978, s. 224-248.", "EI²", "IV", "224-248"),
        ("Kemal Kahraman, “Mısır”, DİA, XXIX, Ankara 2005, s. 565-570.", "DİA", "XXIX", "565-570"),
    ],
)
def test_a_lone_roman_number_after_the_host_is_the_volume(
    note: str, host: str, volume: str, page: str
) -> None:
    found = first_citation(note)
    assert (found.container, found.volume, found.page) == (host, volume, page)
    assert len(found.authors) == 1


def test_a_lone_roman_number_after_a_title_is_the_volume() -> None:
    found = first_citation("Ahmed Cevdet Paşa, Tarih-i Cevdet, V, İstanbul 1309, s. 112.")
    assert (found.title, found.volume, found.page) == ("Tarih-i Cevdet", "V", "112")


@pytest.mark.parametrize(
    ("note", "title", "volume", "publisher"),
    [
        (
            "İsmail Hakkı Uzunçarşılı, Osmanlı Tarihi, Cilt: III, TTK, Ankara 1995, s. 212.",
            "Osmanlı Tarihi",
            "III",
            "TTK",
        ),
        (
            "Ali Kaya, Osmanlı’da Vakıflar, Cilt: 2, Ötüken Yayınları, İstanbul 2010, s. 45.",
            "Osmanlı’da Vakıflar",
            "2",
            "Ötüken Yayınları",
        ),
        (
            "Yılmaz Öztuna, Büyük Türkiye Tarihi, Cilt: 7, Ötüken Neşriyat, İstanbul 1978, s. 201.",
            "Büyük Türkiye Tarihi",
            "7",
            "Ötüken Neşriyat",
        ),
        (
            "Kaya, Ali. Osmanlı’da Vakıflar. Cilt: 2. İstanbul: Ötüken Yayınları, 2010.",
            "Osmanlı’da Vakıflar",
            "2",
            "Ötüken Yayınları",
        ),
    ],
)
def test_a_volume_written_with_its_colon_closes_the_title(
    note: str, title: str, volume: str, publisher: str
) -> None:
    found = first_citation(note)
    assert (found.title, found.volume, found.publisher) == (title, volume, publisher)


def test_a_part_written_with_its_colon_is_the_part() -> None:
    found = first_citation(
        "İsmail Hakkı Uzunçarşılı, Osmanlı Tarihi, Cilt: III, Kısım: 1, TTK, Ankara 1995, s. 212."
    )
    assert (found.title, found.volume, found.publisher_place) == ("Osmanlı Tarihi", "III", "Ankara")
    assert ("part-number", '"1"') in found.extra
    assert (found.type, found.publisher) == ("book", "TTK")


@pytest.mark.parametrize(
    ("note", "issue", "volume"),
    [
        (
            "Kürşat Ertuğrul, “Türkiye’de Sivil Toplum”, Toplum ve Bilim, No: 105, 2006, s. 45-67.",
            "105",
            None,
        ),
        (
            "Mehmet Aydın, “Ortadoğu’da Su Politikaları”, Avrasya Dosyası, No: 3, 2001, s. 55-78.",
            "3",
            None,
        ),
        ("Ali Kaya, “Title”, Journal of Studies, No 3, 2001, pp. 5-9.", "3", None),
        ("Ali Kaya, “Başlık”, Bilig, Cilt 10, No: 45, 2008, s. 1-20.", "45", "10"),
    ],
)
def test_the_number_after_a_bare_no_is_the_issue(note: str, issue: str, volume: str | None) -> None:
    found = first_citation(note)
    assert (found.issue, found.volume) == (issue, volume)


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "Ahmet Yaşar Ocak vd., Türkiye’de Tarihyazımı, Kitap Yayınevi, İstanbul 2007, s. 88.",
            "Ocak",
            "Ahmet Yaşar",
        ),
        (
            "Ahmet Yaşar Ocak ve diğerleri, Türkiye’de Tarihyazımı, Kitap Yayınevi, "
            "İstanbul 2007, s. 88.",
            "Ocak",
            "Ahmet Yaşar",
        ),
        (
            "Nisan Eylül Kaya vd., “Okul Öncesi Eğitim”, Eğitim ve Bilim 45/2 (2020), 12-30.",
            "Kaya",
            "Nisan Eylül",
        ),
        ("John R. Smith et al., The Ottoman Empire, Oxford 2001.", "Smith", "John R."),
    ],
)
def test_the_names_before_an_et_al_phrase_are_the_author(
    note: str, family: str, given: str
) -> None:
    found = first_citation(note)
    assert [(n.family, n.given) for n in found.authors] == [(family, given)]
    assert found.title is not None
    assert family not in found.title


def test_a_month_name_in_a_name_before_et_al_dates_nothing() -> None:
    found = first_citation(
        "Ahmet Yaşar Ocak vd., Türkiye’de Tarihyazımı, Kitap Yayınevi, İstanbul 2007, s. 88."
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2007"


@pytest.mark.parametrize(
    "note",
    [
        "Ali Kaya, “Osmanlı’da Ticaret”, Uluslararası Tarih Sempozyumu (12-14 Mayıs 2017), "
        "Bildiri Kitabı, Ankara 2018, s. 5-12.",
        "Ahmet Yılmaz, “Türkiye’de Belediye Gelirleri”, Uluslararası Yerel Yönetimler "
        "Sempozyumu (12-14 Ekim 2017, Antalya), Bildiriler Kitabı, Ankara 2018, s. 233-245.",
    ],
)
def test_a_kind_of_works_word_is_no_person(note: str) -> None:
    assert len(first_citation(note).authors) == 1


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Yeni Anayasa Taslağı Meclis’te, Hürriyet, 12 Mart 2020.", "article-newspaper"),
        ("Kazakistan’da Yeni Anayasa Referandumu, TRT Haber, 6 Haziran 2022.", "article-newspaper"),
        ("Türk Ceza Kanunu, Resmî Gazete, 12.10.2004, Sayı: 25611.", "legislation"),
        ("1. Yükseköğretim Kanunu // Milliyet. 2006. № 12974.", "legislation"),
    ],
)
def test_a_headline_on_a_news_outlet_is_a_news_item(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    "note",
    [
        "Deny, Jean, Türk Dili Grameri (Osmanlı Lehçesi), çev. Ali Ulvi Elöve, İstanbul 1941, "
        "s. 300.",
        "Deny, Jean, Türk Dili Grameri (Osmanlı Lehçesi), İstanbul 1941, s. 300.",
    ],
)
def test_a_host_before_a_bracketed_title_is_the_title(note: str) -> None:
    found = first_citation(note)
    assert (found.title, found.container) == ("Türk Dili Grameri (Osmanlı Lehçesi)", None)


@pytest.mark.parametrize(
    "note",
    [
        "Evliyâ Çelebi, Seyahatnâme, haz. Seyit Ali Kahraman - Yücel Dağlı, YKY, İstanbul 2003, "
        "C. 3, s. 45.",
        "Evliyâ Çelebi, Seyahatnâme, haz. Seyit Ali Kahraman, YKY, İstanbul 2003, C. 3, s. 45.",
    ],
)
def test_a_city_before_the_year_is_the_place(note: str) -> None:
    found = first_citation(note)
    assert (found.title, found.publisher, found.publisher_place) == (
        "Seyahatnâme",
        "YKY",
        "İstanbul",
    )


@pytest.mark.parametrize(
    "note", ["İnalcık, age., II, 45.", "Ortaylı, age., II/45.", "İnalcık, a.g.e., II, 45."]
)
def test_a_roman_volume_and_its_page_after_an_opcit_word_repeat_the_source(note: str) -> None:
    from citekit.citations import parse_note
    from citekit.model import Location, NoteKind

    assert parse_note(1, note, location=Location(path="t")).kind == NoteKind.OPCIT


def test_a_date_after_a_numbers_label_is_the_works_date() -> None:
    found = first_citation(
        "Ömer Engin Lütem, “Ermeni Sorunu ve Türkiye”, AVİM Analiz, No: 2015/12, 12 Mart 2015."
    )
    assert found.accessed is None
    assert found.issued is not None
    assert found.issued.isoformat() == "2015-03-12"


@pytest.mark.parametrize(
    "note",
    [
        "Nakleden: Ali Kaya, Osmanlı’da Vakıflar, Ötüken Yayınları, İstanbul 2010, s. 45.",
        "Zikreden: Ali Kaya, Osmanlı’da Vakıflar, Ötüken Yayınları, İstanbul 2010, s. 45.",
    ],
)
def test_a_quoted_by_word_opens_the_source(note: str) -> None:
    found = first_citation(note)
    assert [(n.family, n.given) for n in found.authors] == [("Kaya", "Ali")]


def test_a_titles_own_commas_are_no_place_before_a_known_city() -> None:
    found = first_citation(
        "Baskın Oran (ed.), Türk Dış Politikası: Kurtuluş Savaşından Bugüne Olgular, Belgeler, "
        "Yorumlar, Cilt I, İletişim Yayınları, İstanbul 2001, s. 250."
    )
    assert found.title == (
        "Türk Dış Politikası: Kurtuluş Savaşından Bugüne Olgular, Belgeler, Yorumlar"
    )
    assert found.publisher_place == "İstanbul"


def test_a_book_in_volumes_read_as_a_host_before_its_place_is_the_title() -> None:
    found = first_citation(
        "Ahmet Caferoğlu, Türk Dili Tarihi, C. I, İstanbul Üniversitesi Edebiyat Fakültesi Yay., "
        "İstanbul 1958, s. 77."
    )
    assert (found.type, found.title, found.container) == ("book", "Türk Dili Tarihi", None)
    assert (found.volume, found.publisher_place) == ("I", "İstanbul")


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Yusuf Akçura, Üç Tarz-ı Siyaset, 3. bs., TTK, Ankara 1987, s. 19.", "TTK"),
        ("Ali Kaya, Osmanlı Tarihi, 2. Baskı, TDK, Ankara 2001, s. 5.", "TDK"),
    ],
)
def test_an_acronym_after_the_edition_is_the_publisher(note: str, publisher: str) -> None:
    found = first_citation(note)
    assert (found.publisher, found.publisher_place) == (publisher, "Ankara")


@pytest.mark.parametrize(
    ("note", "title", "publisher"),
    [
        (
            "Yunus Emre Divanı, haz. Mustafa Tatçı, MEB Yay., İstanbul 1997, s. 12.",
            "Yunus Emre Divanı",
            "MEB Yay",
        ),
        (
            "Kutadgu Bilig, haz. Reşid Rahmeti Arat, TTK Yay., Ankara 1979, s. 12.",
            "Kutadgu Bilig",
            "TTK Yay",
        ),
        (
            "Ali Kaya, Divan, haz. Mustafa Tatçı, MEB Yay., İstanbul 1997, s. 12.",
            "Divan",
            "MEB Yay",
        ),
    ],
)
def test_a_house_after_the_editor_is_the_publisher(note: str, title: str, publisher: str) -> None:
    found = first_citation(note)
    assert (found.title, found.publisher) == (title, publisher)
    assert len(found.editors) == 1
    assert found.editors[0].given is not None
    assert "Yay" not in found.editors[0].given


def test_a_periods_subtitle_keeps_its_list() -> None:
    found = first_citation(
        "Selçuk Aksin Somel, Osmanlı’da Eğitimin Modernleşmesi (1839-1908): İslamlaşma, Otokrasi "
        "ve Disiplin, çev. Osman Yener (İstanbul: İletişim Yayınları, 2010), 143."
    )
    assert found.title == (
        "Osmanlı’da Eğitimin Modernleşmesi (1839-1908): İslamlaşma, Otokrasi ve Disiplin"
    )


def test_a_gazette_before_an_acts_name_is_its_host() -> None:
    found = first_citation(
        "Resmî Gazete. (2016, 7 Nisan). Kişisel Verilerin Korunması Kanunu (Kanun No. 6698)."
    )
    assert (found.type, found.title) == ("legislation", "Kişisel Verilerin Korunması Kanunu")
    assert (found.container, found.authors) == ("Resmî Gazete", ())


def test_a_theses_number_names_no_host() -> None:
    found = first_citation(
        "Hasan Yüksel, Osmanlı’da Posta (Yüksek Lisans Tezi), Tez No: 254123, Ankara "
        "Üniversitesi, Ankara 2009, s. 33."
    )
    assert (found.type, found.title, found.container) == ("thesis", "Osmanlı’da Posta", None)
    assert found.publisher == "Ankara Üniversitesi"
