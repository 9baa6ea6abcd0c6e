"""Turkish, Turkmen and English notes as editors write them (session 15): İSNAD's and APA's
Turkish forms, Turkmen newspaper dates, spans of days, a role word opening a note. The notes
are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.dates import parse_date
from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("7-9 Haziran 2017", PartialDate(2017, 6, 7)),
        ("June 7–9, 2017", PartialDate(2017, 6, 7)),
        ("2017, 7-9 Haziran", PartialDate(2017, 6, 7)),
        ("30 Mayıs - 2 Haziran 2017", PartialDate(2017, 5, 30)),
        ("No. 9-7 June 2017", PartialDate(2017, 6, 7)),  # a number, then a date
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(text: str, day: PartialDate) -> None:
    assert parse_date(text) == day


def test_an_event_of_several_days_keeps_its_name_and_first_day() -> None:
    found = _first(
        'Selim Kaya, "Karakum\'da Su", IV. Uluslararası Su Kongresi, 7-9 Haziran 2017, '
        "Mersin, 88-95."
    )
    assert found.title == "Karakum'da Su"
    assert found.container == "IV. Uluslararası Su Kongresi"  # the ordinal opens the name
    assert found.issued == PartialDate(2017, 6, 7)
    assert found.type == "paper-conference"


def test_a_month_and_its_days_before_the_year_date_a_web_article() -> None:
    found = _first(
        'Nina Hart, "Caspian Summit Ends," The Diplomat, June 7–9, 2017, accessed July 1, 2017.'
    )
    assert (found.container, found.issued) == ("The Diplomat", PartialDate(2017, 6, 7))
    assert found.accessed == PartialDate(2017, 7, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Täze köpri ulanmaga berildi // Türkmenistan. 2019. 7-nji iýun.", PartialDate(2019, 6, 7)),
        ("Täze köpri ulanmaga berildi. – Nesil, 2019, 7-nji iýun, s. 3.", PartialDate(2019, 6, 7)),
    ],
)
def test_a_year_before_a_turkmen_ordinal_day_is_one_date(text: str, day: PartialDate) -> None:
    found = _first(text)
    assert found.title == "Täze köpri ulanmaga berildi"
    assert found.issued == day
    assert found.type == "article-newspaper"


def test_apa_turkish_adresinden_erisildi_is_no_title() -> None:
    found = _first(
        "Kaya, S. (2019, 7 Haziran). Hazar'da yeni liman açıldı. Yeni Şafak. "
        "https://www.yenisafak.com/dunya/hazarda-yeni-liman-3500000 adresinden erişildi."
    )
    assert found.title == "Hazar'da yeni liman açıldı"
    assert found.container == "Yeni Şafak"
    assert found.url == "https://www.yenisafak.com/dunya/hazarda-yeni-liman-3500000"


@pytest.mark.parametrize(
    "text",
    [
        "Derleyen Selim Kaya, Karakum Masalları (Ankara: Akçağ, 2012), 40.",
        "Hazırlayan Selim Kaya, Karakum Masalları (Ankara: Akçağ, 2012), 40.",
    ],
)
def test_a_role_word_opening_a_note_names_the_editor_before_the_title(text: str) -> None:
    found = _first(text)
    assert found.title == "Karakum Masalları"
    assert [str(n) for n in found.editors] == ["Selim Kaya"]
    assert found.authors == ()


def test_a_postposed_icinde_closes_the_host_book() -> None:
    found = _first(
        'Selim Kaya, "Merv\'de Ticaret", ed. Nazlı Ak, Orta Asya Şehirleri içinde '
        "(İstanbul: Ötüken, 2016), 120-134."
    )
    assert found.container == "Orta Asya Şehirleri"
    assert (found.publisher, found.publisher_place) == ("Ötüken", "İstanbul")
    assert found.type == "chapter"


def test_a_titles_head_before_its_colon_is_no_imprint() -> None:
    found = _first("Kaya, Selim. Türkmenistan: Bir Ülke Portresi. Ankara: Akçağ, 2012.")
    assert found.title == "Türkmenistan: Bir Ülke Portresi"
    assert (found.publisher_place, found.publisher) == ("Ankara", "Akçağ")


def test_apa_bracketed_period_after_a_dated_title_is_the_titles() -> None:
    found = _first(
        "Kaya, S. (2012). Türkmen basını (1991-2011) (Doktora tezi). Ankara Üniversitesi."
    )
    assert found.title == "Türkmen basını (1991-2011)"
    assert found.issued == PartialDate(2012)


def test_a_gazette_written_issue_first_gives_its_issue_and_date() -> None:
    found = _first("Maden Kanunu, Resmî Gazete, Sayı: 18785, Tarih: 15.06.1985.")
    assert (found.type, found.issue, found.issued) == (
        "legislation",
        "18785",
        PartialDate(1985, 6, 15),
    )
    assert found.publisher_place is None


def test_dia_is_an_encyclopedia() -> None:
    found = _first('Selim Kaya, "Nesâ", DİA, c. 32, s. 560.')
    assert (found.type, found.volume, found.page) == ("entry-encyclopedia", "32", "560")


def test_a_range_without_a_year_is_the_page_not_an_access_date() -> None:
    found = _first(
        'Kaya, S . "Karakum Kanalı". Bilig 80 (2017 ): 45-60 <https://dergipark.org.tr/tr/pub/bilig/issue/1/2>'
    )
    assert (found.page, found.accessed, found.volume) == ("45-60", None, "80")


def test_a_title_goes_on_over_a_bare_and_word() -> None:
    found = _first("Kaya, S. (2012). Hive Hanlığı ve Rusya İmparatorluğu. Ankara: Akçağ.")
    assert found.title == "Hive Hanlığı ve Rusya İmparatorluğu"
    assert [str(n) for n in found.authors] == ["Kaya, S."]


def test_what_an_official_gazette_prints_is_an_act() -> None:
    found = _first("Resmî Gazete, 3 Mart 2011, Sayı: 27863.")
    assert (found.type, found.container, found.issue) == ("legislation", "Resmî Gazete", "27863")


def test_of_two_pages_the_first_after_the_host_labelled_s_is_the_issue() -> None:
    found = _first('Selim Kaya, "Merv Kervansarayları", Türk Yurdu, S. 312, Ankara 1990, s. 40-44.')
    assert (found.container, found.issue, found.page) == ("Türk Yurdu", "312", "40-44")


def test_two_names_alone_keep_their_and_word() -> None:
    found = _first("Selim Kaya, Vakıf ve Şehir (Ankara: Akçağ, 2012), 5.")
    assert found.title == "Vakıf ve Şehir"


def test_a_short_note_with_no_year_has_a_page_not_a_date() -> None:
    found = _first("Hart, Steppe Empires Reconsidered, 20.")
    assert (found.title, found.page, found.issued) == ("Steppe Empires Reconsidered", "20", None)


def test_a_body_heading_a_note_before_a_quoted_title_is_its_author() -> None:
    found = _first(
        'Ministry of Energy of Turkmenistan, "Gas Exports," accessed May 3, 2021, '
        "https://www.example.gov.tm/en/gas."
    )
    assert [str(n) for n in found.authors] == ["Ministry of Energy of Turkmenistan"]
    assert found.title == "Gas Exports"


def test_a_series_of_reports_is_no_editor() -> None:
    found = _first(
        "Nina Hart, Water in the Karakum, Briefing Paper (London: Chatham House, May 2019), 6."
    )
    assert (found.type, found.editors) == ("report", ())


def test_proc_and_conf_name_proceedings() -> None:
    found = _first(
        'B. Ata, "Dune mapping," in Proc. Int. Conf. Remote Sensing, Ashgabat, 2019, pp. 4–9.'
    )
    assert found.type == "paper-conference"


def test_an_ordinal_before_an_editions_word_is_the_edition_not_a_date() -> None:
    found = _first("Selim Kaya, Karakum Yolları, 12. bs. (İstanbul: Ötüken, 2016), 4.")
    assert (found.edition, found.issued) == ("12", PartialDate(2016))


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        (
            "Haz. Ali Kaya, Veli Demir, Kâşgarlı Divanı, İstanbul: YKY, 2014.",
            ["Ali Kaya", "Veli Demir"],
        ),
        (
            "Edited by Nina Hart, The Steppe Reader, Oxford: Oxford University Press, 2010.",
            ["Nina Hart"],
        ),
    ],
)
def test_the_people_an_opening_role_word_lists_come_before_the_title(
    text: str, editors: list[str]
) -> None:
    found = _first(text)
    assert found.title is not None
    assert [str(n) for n in found.editors] == editors
    assert found.authors == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Prof. Dr. Selim Kaya, Karakum Yolları (Ankara: Akçağ, 2012), 5.", "Karakum Yolları"),
        ('Doç. Dr. Nazlı Ak, "Merv", Bilig 12 (2000): 5-9.', "Merv"),
    ],
)
def test_a_name_after_academic_titles_is_the_author(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert len(found.authors) == 1


def test_an_english_possessive_tells_an_english_title() -> None:
    from citekit.langid import detect_language

    assert detect_language("Turkmenistan's neutrality") == "en"
    assert detect_language("Türkmenistan'ın tarafsızlık politikası") == "tr"


def test_a_body_named_with_and_before_a_quoted_title_is_one_author() -> None:
    found = _first(
        'Institute for Peace and Development, "Caspian Outlook," accessed May 2, 2021, '
        "https://www.example.org/caspian."
    )
    assert [str(n) for n in found.authors] == ["Institute for Peace and Development"]
    assert found.title == "Caspian Outlook"


def test_a_quoted_name_opening_a_note_is_a_title_not_an_author() -> None:
    found = _first(
        '"Kazakhstan," The World Factbook, Central Intelligence Agency, accessed May 3, 2022.'
    )
    assert (found.title, found.container, found.authors) == ("Kazakhstan", "The World Factbook", ())


def test_apa_series_in_brackets_after_the_title_makes_a_report() -> None:
    found = _first("Hart, N. (2015). Water in the Karakum (Policy Brief No. 7). Steppe Institute.")
    assert (found.title, found.type) == ("Water in the Karakum", "report")


def test_a_year_closing_a_title_before_the_works_date_is_the_titles() -> None:
    found = _first("TÜİK, Nüfus İstatistikleri 2019, Ankara, 2020, s. 3.")
    assert (found.title, found.issued) == ("Nüfus İstatistikleri 2019", PartialDate(2020))


def test_an_abbreviated_month_before_the_year_is_the_dates() -> None:
    found = _first(
        'S. Kaya, "Karakum Kumulları", Bilig, c. 9, sayı. 2, ss. 4-9, Haz. 2019, doi:10.1000/x.1'
    )
    assert (found.issued, found.editors) == (PartialDate(2019, 6), ())


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Hart, Nina. "Karakum Canal Reconsidered." Steppe Notes (blog), RFE/RL, May 2, 2019.',
            "Karakum Canal Reconsidered",
        ),
        (
            'Hart, Nina. "Is the Karakum Drying?" Steppe Notes (blog), RFE/RL, May 2, 2019.',
            "Is the Karakum Drying?",
        ),
    ],
)
def test_a_closing_quote_after_the_titles_own_mark_ends_the_title(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_harvard_single_quoted_title_ends_at_its_closing_quote() -> None:
    found = _first(
        "Hart, N. (2020) 'Karakum's shrinking canals', Steppe Review, 12(3). "
        "Available at: https://example.org/k (Accessed: 2 May 2021)."
    )
    assert (found.title, found.container) == ("Karakum's shrinking canals", "Steppe Review")
    assert (found.volume, found.issue) == ("12", "3")


def test_a_spans_first_day_outside_any_field_is_the_dates() -> None:
    found = _first('Selim Kaya, "Merv", V. Uluslararası Kongresi, 18-20 Ekim 2017, Bişkek, 3-9.')
    assert found.issued == PartialDate(2017, 10, 18)


@pytest.mark.parametrize(
    "text",
    ["Kaynak: TÜİK, Nüfus İstatistikleri, 2021.", "Source: TÜİK, Nüfus İstatistikleri, 2021."],
)
def test_a_source_label_points_at_the_source(text: str) -> None:
    found = _first(text)
    assert (found.title, [str(n) for n in found.authors]) == ("Nüfus İstatistikleri", ["TÜİK"])


def test_a_words_entry_in_a_dictionary_is_a_dictionary_entry() -> None:
    found = _first(
        'Türk Dil Kurumu, "Karakum", Güncel Türkçe Sözlük, https://sozluk.gov.tr '
        "(Erişim 3 Mart 2023)."
    )
    assert (found.title, found.type) == ("Karakum", "entry-dictionary")
