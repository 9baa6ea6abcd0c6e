"""Forms the helper-written blind sets `blind40a`–`blind40d` found unread (session 40)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Anadolu Ajansı. (2023, 6 Şubat). Kahramanmaraş merkezli 7,7 büyüklüğünde deprem. "
            "https://www.aa.com.tr/tr/gundem/kahramanmaras/2812345",
            "Kahramanmaraş merkezli 7,7 büyüklüğünde deprem",
        ),
        (
            "Türkmenistan Dışişleri Bakanlığı. (2020). Türkmenistan’ın tarafsızlık politikasının "
            "25. yılı. https://www.mfa.gov.tm/tr/news/2211 (Erişim tarihi: 12.03.2021).",
            "Türkmenistan’ın tarafsızlık politikasının 25. yılı",
        ),
    ],
)
def test_the_one_sentence_between_the_date_and_the_address_is_the_title(
    note: str, title: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.volume is None
    assert found.publisher_place is None
    assert found.unparsed == ()


def test_two_sentences_before_the_address_stay_a_title_and_a_site() -> None:
    found = first_citation(
        "Lillis, J. (2019, October 4). Kazakhstan: Nur-Sultan air pollution reaches alarming "
        "levels. Eurasianet. https://eurasianet.org/kazakhstan-air"
    )
    assert found.title == "Kazakhstan: Nur-Sultan air pollution reaches alarming levels"
    assert found.container == "Eurasianet"


def test_a_dotted_place_before_the_publishers_colon_is_the_place_whole() -> None:
    found = first_citation(
        "Jan Rutkowski, Labor Market Effects of Remittances in Kazakhstan, Policy Research "
        "Working Paper 8876 (Washington, D.C.: World Bank, 2019), 14."
    )
    assert found.publisher_place == "Washington, D.C."
    assert found.publisher == "World Bank"


def test_a_percent_sign_glued_to_a_titles_last_number_is_the_titles() -> None:
    found = first_citation(
        "«Газпром» сократил экспорт в дальнее зарубежье на 45% — Интерфакс, 02.01.2023, "
        "https://www.interfax.ru/business/879334"
    )
    assert found.title == "«Газпром» сократил экспорт в дальнее зарубежье на 45%"
    assert found.unparsed == ()


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        (
            "Тоқтар Б. Ахмет Байтұрсынұлы және қазақ емлесі [Электронды ресурс] // Abai.kz. "
            "2020. 5 ақпан. – Кірген күні: 12.12.2022. – Қолжетімділік режимі: "
            "https://abai.kz/post/12345",
            "2022-12-12",
        ),
        (
            "Иванов И. Реформы в Казахстане // РБК. URL: https://www.rbc.ru/politics/1 "
            "(дата просмотра: 05.03.2022).",
            "2022-03-05",
        ),
        (
            "Мәдениет және ақпарат министрлігі. Тіл туралы [Электрондық ресурс]. – URL: "
            "https://www.gov.kz/memleket/entities/mam/press/news/details/512345?lang=kk "
            "(Қаралған уақыты: 15.03.2024)",
            "2024-03-15",
        ),
    ],
)
def test_more_access_labels_are_read(note: str, accessed: str) -> None:
    found = first_citation(note)
    assert found.accessed is not None
    assert found.accessed.isoformat() == accessed


def test_a_gazettes_number_before_its_bracketed_date_is_its_issue() -> None:
    found = first_citation(
        "“6698 Sayılı Kişisel Verilerin Korunması Kanunu”, Resmî Gazete 29677 (07 Nisan 2016)."
    )
    assert found.container == "Resmî Gazete"
    assert found.issue == "29677"
    assert found.number == "6698"


def test_a_site_named_with_its_number_keeps_it_before_a_bracketed_date() -> None:
    found = first_citation(
        "Ali Kaya, “Haber başlığı”, Haber 7 (12 Mart 2020), https://www.haber7.com/x"
    )
    assert found.container == "Haber 7"
    assert found.volume is None


def test_a_turkish_op_cit_of_an_encyclopedia_entry_is_op_cit() -> None:
    note = parse_note(1, "İnalcık, a.g.md., s. 490.", location=Location(path="x"))
    assert note.kind is NoteKind.OPCIT


def test_a_document_symbol_after_its_label_is_the_documents_number() -> None:
    found = first_citation(
        "UN Human Rights Council, Report of the Working Group on the Universal Periodic "
        "Review: Turkmenistan, UN Doc. A/HRC/39/3 (9 July 2018), para. 45."
    )
    assert found.title == (
        "Report of the Working Group on the Universal Periodic Review: Turkmenistan"
    )
    assert found.number == "A/HRC/39/3"
    assert found.page == "45"
    assert found.unparsed == ()  # `UN Doc.` and `para.` are labels, read


def test_a_quoted_act_name_that_opens_the_title_before_its_kind_is_the_title() -> None:
    found = first_citation(
        "Türkmenistanyň «Bilim hakynda» Kanuny. 2013-nji ýylyň 4-nji maýy, № 393-IV // "
        "Türkmenistanyň Mejlisiniň Maglumatlary, 2013, № 2, 29-njy madda."
    )
    assert found.type == "legislation"
    assert found.title == "Bilim hakynda"
    assert found.genre == "Kanuny"
    assert found.issued is not None
    assert found.issued.isoformat() == "2013-05-04"


def test_a_romanised_thesis_designation_gives_a_thesis() -> None:
    found = first_citation(
        "Seitkaliev B.A. Zemel'naya reforma v Kazakhstane v 1990-e gg. [Land reform in "
        "Kazakhstan in the 1990s]: dis. ... kand. ist. nauk. Almaty, 2003. 187 p. (In Russian)"
    )
    assert found.type == "thesis"
    assert found.title == "Zemel'naya reforma v Kazakhstane v 1990-e gg."  # `gg.` keeps its period
    # the lost text is the translation, not the title's words the model ran into it
    assert not any("reforma" in piece for piece in found.unparsed)
    assert any("Land" in piece for piece in found.unparsed)


def test_a_body_named_first_and_in_the_imprint_is_the_author() -> None:
    found = first_citation(
        "OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election, 20 November 2022: "
        "ODIHR Election Observation Mission Final Report (Warsaw: OSCE/ODIHR, 28 March 2023), "
        "14–15."
    )
    assert [a.literal for a in found.authors] == ["OSCE/ODIHR"]
    assert found.title is not None
    assert found.title.startswith("Republic of Kazakhstan, Early Presidential Election")
    assert found.publisher == "OSCE/ODIHR"


def test_a_kazakh_designation_closing_on_its_thesis_word_leaves_the_title() -> None:
    found = first_citation(
        "Сәрсенов А. Қазақ даласындағы көші-қон: PhD дәрежесін алу үшін дайындалған "
        "диссертация. – Алматы, 2019. – 160 б."
    )
    assert found.type == "thesis"
    assert found.title == "Қазақ даласындағы көші-қон"


def test_a_body_in_capitals_with_a_dotless_i_is_a_body() -> None:
    found = first_citation(
        "MİLLÎ EĞİTİM BAKANLIĞI (2019). 2019-2023 Stratejik Planı. Ankara: MEB Strateji "
        "Geliştirme Başkanlığı."
    )
    assert [a.literal for a in found.authors] == ["MİLLÎ EĞİTİM BAKANLIĞI"]


def test_a_body_and_its_acronym_before_the_title_are_the_author() -> None:
    found = first_citation(
        "Türkiye Cumhuriyet Merkez Bankası (TCMB). Enflasyon Raporu 2023-IV. "
        "https://www.tcmb.gov.tr/wps/wcm/connect/TR/TCMB+TR/Main+Menu/Yayinlar/Raporlar"
    )
    assert [a.literal for a in found.authors] == ["Türkiye Cumhuriyet Merkez Bankası"]
    assert found.title == "Enflasyon Raporu 2023-IV"


def test_a_news_agency_and_its_acronym_before_a_headline_stay_the_host() -> None:
    found = first_citation(
        "Türkmenistanyň Döwlet habarlar agentligi (TDH). Aşgabatda täze mekdep açyldy. "
        "https://tdh.gov.tm/tk/post/123"
    )
    assert found.container == "Türkmenistanyň Döwlet habarlar agentligi"
    assert found.title == "Aşgabatda täze mekdep açyldy"


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            '^ Tokaev, Kassym-Jomart (2 March 2020). "Независимость превыше всего". '
            "Kazakhstanskaya Pravda (in Russian). Retrieved 10 March 2020.",
            "Kazakhstanskaya Pravda",
        ),
        (
            '^ "Қазақстан Республикасының Конституциясы" [Constitution of the Republic of '
            "Kazakhstan]. adilet.zan.kz (in Kazakh). Retrieved 12 May 2021.",
            "adilet.zan.kz",
        ),
    ],
)
def test_a_language_mark_after_the_host_leaves_the_access_label_alone(note: str, host: str) -> None:
    found = first_citation(note)
    assert found.container == host
    assert found.accessed is not None


def test_a_single_quoted_title_before_a_hosts_comma_ends_at_its_quote() -> None:
    found = first_citation(
        "Samuel Ramani, ‘Russia’s Strategy in the South Caucasus After Nagorno-Karabakh’, RUSI "
        "Commentary, 10 October 2023, <https://rusi.org/explore/commentary/russias-strategy>, "
        "accessed 11 October 2023."
    )
    assert found.title == "Russia’s Strategy in the South Caucasus After Nagorno-Karabakh"
    assert found.container == "RUSI Commentary"


def test_a_quoted_phrase_opening_a_headline_stays_in_the_headline() -> None:
    found = first_citation(
        "Umutcan Arslan. ‘Mezarlıkta ağlayan kız’, Türkiye’nin ilk ‘sosyal medya efsanesi’ "
        "olacak. Cumhuriyet. Erişim tarihi: 25 Eylül 2015."
    )
    assert found.title is not None
    assert "olacak" in found.title


def test_a_title_the_imprint_follows_at_once_is_no_author() -> None:
    found = first_citation(
        "SIPRI Military Expenditure Database (Stockholm: Stockholm International Peace "
        "Research Institute, 2023), accessed May 2, 2023, https://www.sipri.org/databases/milex."
    )
    assert found.title == "SIPRI Military Expenditure Database"
    assert found.authors == ()
    assert found.publisher == "Stockholm International Peace Research Institute"


def test_a_titles_list_ending_on_and_before_a_name_stays_the_title() -> None:
    found = first_citation(
        "Cory Welt, Ukraine: Background, Conflict with Russia, and U.S. Policy, CRS Report "
        "R45008 (Washington, DC: Congressional Research Service, updated October 5, 2021), 12."
    )
    assert [a.family for a in found.authors] == ["Welt"]
    assert found.title == "Ukraine: Background, Conflict with Russia, and U.S. Policy"


def test_a_body_opening_a_report_with_an_imprint_is_its_author() -> None:
    found = first_citation(
        "U.S. Department of Defense, Military and Security Developments Involving the People’s "
        "Republic of China 2023: Annual Report to Congress (Washington, DC: Office of the "
        "Secretary of Defense, 2023), 142."
    )
    assert [a.literal for a in found.authors] == ["U.S. Department of Defense"]
    assert found.title is not None
    assert found.title.startswith("Military and Security Developments")


def test_a_reference_lists_bracketed_entry_number_is_no_title() -> None:
    found = first_citation("12) Brubaker R. Nationalism Reframed. – Cambridge : CUP, 1996.")
    assert found.title == "Nationalism Reframed"
    assert [a.family for a in found.authors] == ["Brubaker"]


@pytest.mark.parametrize(
    ("note", "given", "family"),
    [
        (
            "↑ Тоқаев Қасым-Жомарт. Тәуелсіздік бәрінен қымбат // Егемен Қазақстан. — 2021. — "
            "5 қаңтар.",
            "Қасым-Жомарт",
            "Тоқаев",
        ),
        (
            "John Kelly - Kristen Compton-Hughes, OpenType math font development: Progress "
            "“and challenges” (Doctoral Dissertation, Indiana University, 1980).",
            "Kristen",
            "Compton-Hughes",
        ),
    ],
)
def test_a_hyphenated_name_is_one_name(note: str, given: str, family: str) -> None:
    found = first_citation(note)
    assert any(a.given == given and a.family == family for a in found.authors)


def test_a_hyphenated_title_after_initials_stays_the_title() -> None:
    found = first_citation("Крип'якевич І. П. Галицько-Волинське князівство. – Львів, 1999.")
    assert found.title == "Галицько-Волинське князівство"


@pytest.mark.parametrize(
    ("note", "host", "editor"),
    [
        (
            "Kandiyoti, D. (1991). End of empire: Islam, nationalism and women in Turkey. In D. "
            "Kandiyoti (Ed.), Women, Islam and the state (pp. 22–47). Philadelphia: Temple "
            "University Press.",
            "Women, Islam and the state",
            "Kandiyoti",
        ),
        (
            "Beasley, Ch. (2014). Random Forest. In R. Turner & M. Shaw (Eds.), “Kutadgu Bilig” "
            "and language (330–367). Harrassowitz.",
            "“Kutadgu Bilig” and language",
            "Turner",
        ),
    ],
)
def test_the_host_after_its_editors_bracketed_role(note: str, host: str, editor: str) -> None:
    found = first_citation(note)
    assert found.container == host
    assert found.editors[0].family == editor
    assert found.page is not None


def test_a_year_after_the_titles_comma_is_the_titles_in_an_author_date_note() -> None:
    found = first_citation(
        "Türkiye İstatistik Kurumu. (2024). Adrese dayalı nüfus kayıt sistemi sonuçları, 2023 "
        "[Veri seti]. https://biruni.tuik.gov.tr/medas/?kn=95&locale=tr"
    )
    assert found.title == "Adrese dayalı nüfus kayıt sistemi sonuçları, 2023"
    assert found.issued is not None
    assert found.issued.year == 2024


def test_a_host_with_its_own_author_repeated_after_the_slashes() -> None:
    found = first_citation(
        "Бартольд В.В. Туркестан в эпоху монгольского нашествия // Бартольд В.В. Сочинения. "
        "— М.: Изд-во вост. лит., 1963. — Т. 1. — С. 45—47."
    )
    assert found.container == "Сочинения"
    assert found.publisher == "Изд-во вост. лит"  # the corpus drops a house's last period


def test_a_publishers_dotted_company_mark_is_left_as_the_house_convention() -> None:
    found = first_citation(
        "Ahmet Yılmaz, Osmanlı Tarihi, Ötüken Neşriyat A.Ş., İstanbul 2015, s. 45."
    )
    assert found.publisher == "Ötüken Neşriyat A.Ş"


def test_an_edition_in_words_after_the_titles_comma_is_the_edition() -> None:
    found = first_citation(
        "Fiona Hill and Clifford G. Gaddy, Mr. Putin: Operative in the Kremlin, new and expanded "
        "ed. (Washington, DC: Brookings Institution Press, 2015), 145."
    )
    assert found.title == "Mr. Putin: Operative in the Kremlin"
    assert found.edition == "new and expanded"


def test_a_report_on_a_state_bodys_site_is_a_report_with_its_page() -> None:
    found = first_citation(
        '^ "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü 2018 Faaliyet Raporu" (PDF). '
        "nvi.gov.tr. s. 34. Erişim tarihi: 10 Şubat 2019."
    )
    assert found.type == "report"
    assert found.container == "nvi.gov.tr"
    assert found.page == "34"


def test_an_imprint_after_a_hosts_period_before_the_pages_is_the_imprint() -> None:
    found = first_citation(
        '^ Akhmetov, D.; Weber, L. (2017). "Steppe Burial Mound Detection from Satellite '
        'Imagery". Proceedings of the 2017 IEEE International Geoscience and Remote Sensing '
        "Symposium (IGARSS). Fort Worth: IEEE. pp. 1234–1237. doi:10.1109/IGARSS.2017.8127412."
    )
    assert found.container is not None
    assert found.container.endswith("(IGARSS)")
    assert (found.publisher_place, found.publisher) == ("Fort Worth", "IEEE")


def test_a_series_colon_inside_a_journals_name_stays_the_name() -> None:
    found = first_citation(
        "Иванов И. Статья // Вестник КазНУ. Серия: Филология. – 2019. – № 2. – С. 5–9."
    )
    assert found.container == "Вестник КазНУ. Серия: Филология"


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        (
            "“Meclis-i Mebusan’ın Küşadı,” Tanin, 5 Kânunuevvel 1324 [18 December 1908], 1.",
            "1908-12-18",
        ),
        ("Tanin, 23 Temmuz 1324 / 5 Ağustos 1908.", "1908-08-05"),
        ("BOA, Y.PRK.ASK, dosya 58, gömlek 12 (6 Şubat 1305 [18 February 1890]).", "1890-02-18"),
    ],
)
def test_an_ottoman_date_with_its_gregorian_twin_gives_the_gregorian(
    note: str, issued: str
) -> None:
    found = first_citation(note)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


def test_a_second_date_of_the_same_calendar_is_no_twin() -> None:
    found = first_citation("Cumhuriyet, 4 Mart 1992 [5 Mart 1992 baskısı], 1.")
    assert found.issued is not None
    assert found.issued.year == 1992


def test_a_volume_and_page_joined_by_a_colon_after_the_title() -> None:
    found = first_citation("Shaw and Shaw, History of the Ottoman Empire, 2:273.")
    assert (found.volume, found.page) == ("2", "273")


def test_a_maps_scale_is_no_volume() -> None:
    found = first_citation("Карта Туркестанского края [Карта]. Масштаб 1:1 680 000. – СПб., 1900.")
    assert found.volume is None
