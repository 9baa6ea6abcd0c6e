"""Forms read in session 73: a numbered note's two names joined by `and`, a Turkish prose lead
with inflected names before "see", a numbered or a page's body author, İSNAD's dashed authors
the model read as a title, a title's head before its colon after an editor's bracket, a
Turkish ordinal that cut a title, APA's imprint after a title-first entry's date, British
quotes before `in`, a host's `and the`, a short form with no page after `;`, and a body's
name that opens on a capital. Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from citekit.citations.sources import split_sources
from citekit.model import NoteKind
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_numbered_note_keeps_both_names_joined_by_and() -> None:
    found = _one(
        "16. Henry Foy and Polina Ivanova, “Russia pushes Central Asian ‘gas union’ as European"
        " sales collapse,” Financial Times, November 29, 2022."
    )
    assert _families(found.authors) == ["Foy", "Ivanova"]


def test_a_numbered_ordinal_title_with_and_keeps_its_number() -> None:
    found = _one("1. Dünya Savaşı ve Türkiye, Bildiriler Kitabı (Ankara: TTK, 2015), 45.")
    assert found.authors == ()


def test_a_numbered_bodys_long_name_is_no_person() -> None:
    found = _one('4. Radio Free Europe Radio Liberty, "Kazakhstan Protests," January 5, 2022.')
    assert not any(n.family == "Liberty" for n in found.authors)


def test_a_number_opening_a_russian_title_stays() -> None:
    found = _one("30 лет независимости, «Казахстанская правда», 16 декабря 2021 г.")
    assert (found.title or "").startswith("30 лет")


def test_a_numbered_name_with_a_lower_case_particle_is_no_pair() -> None:
    found = _one("3. Ali Veli bin Hasan, “Title of the Work,” 5.")
    assert "Veli" not in _families(found.authors)


def test_a_turkish_lead_with_inflected_names_before_bkz_is_prose() -> None:
    found = _one(
        "Mahtumkulu’nun babası Devletmehmet Azadî’nin tasavvufî-ahlakî mesnevisi “Vagz-ı Azad”"
        " hakkında bkz. Döwletmämmet Azady, Wagzy Azat, neşre haz. Annaguly Nurmuhammedow"
        " (Aşgabat: Miras, 1994), 7-9."
    )
    assert (found.title, _families(found.editors)) == ("Wagzy Azat", ["Nurmuhammedow"])


def test_a_numbered_body_author_before_its_report() -> None:
    found = _one(
        "6. Ministry of Healthcare of the Republic of Kazakhstan. Health of the population of the"
        " Republic of Kazakhstan and activities of health organizations in 2019: statistical"
        " yearbook. Nur-Sultan; 2020."
    )
    assert _families(found.authors) == ["Ministry of Healthcare of the Republic of Kazakhstan"]
    assert (found.title or "").startswith("Health of the population")


def test_a_body_signs_a_page_marked_internet() -> None:
    found = _one(
        "31. Republican Center for Health Development. National health accounts of the Republic"
        " of Kazakhstan [Internet]. [cited 2021 Apr 28]. Available from: http://www.rcrz.kz/"
    )
    assert _families(found.authors) == ["Republican Center for Health Development"]
    assert found.title == "National health accounts of the Republic of Kazakhstan"


def test_dashed_inverted_authors_the_model_read_as_a_title() -> None:
    found = _one(
        "Koç, Kenan – Bayniyazov, Ayabek – Başkapan, Vehbi. Kazak Türkçesi Sözlüğü. Ankara:"
        " Akçağ Yayınları, 2003."
    )
    assert _families(found.authors) == ["Koç", "Bayniyazov", "Başkapan"]
    assert found.title == "Kazak Türkçesi Sözlüğü"


def test_dashed_authors_end_at_the_last_initial() -> None:
    found = _one(
        "Reşetov, V. V. – Şoabdurahmonov, Ş. Özbek dialektologiyası. Taşkent: Oqituvçi, 1978."
    )
    assert _families(found.authors) == ["Reşetov", "Şoabdurahmonov"]
    assert (found.title, found.publisher_place) == ("Özbek dialektologiyası", "Taşkent")


def test_a_title_head_before_its_colon_after_an_editors_bracket() -> None:
    found = _one(
        "Laruelle M. (ed.) Kazakhstan in the Making: Legitimacy, Symbols, and Social Changes."
        " Lanham: Lexington Books, 2016. 302 p."
    )
    assert found.title == "Kazakhstan in the Making: Legitimacy, Symbols, and Social Changes"


def test_a_place_alone_before_a_colon_stays_the_imprints() -> None:
    found = _one("Smith J. (ed.) Almaty: Dauir, 2005.")
    assert (found.publisher_place, found.publisher) == ("Almaty", "Dauir")


def test_a_turkish_ordinal_inside_a_headline_keeps_it_whole() -> None:
    found = _one(
        "Türkmenistan Dışişleri Bakanlığı. (2020, Aralık 12). Türkmenistan Daimi Tarafsızlığının"
        " 25. Yıl Dönümünü Kutladı. 2 Şubat 2021 tarihinde Türkmenistan Dışişleri Bakanlığı:"
        " https://www.mfa.gov.tm/tr/news/2451 adresinden alındı"
    )
    assert found.title == "Türkmenistan Daimi Tarafsızlığının 25. Yıl Dönümünü Kutladı"


def test_a_title_first_apa_entry_reads_its_imprint_after_the_date() -> None:
    found = _one(
        "Туркменистан: энциклопедический справочник. (2008). Ашхабад: Туркменская"
        " государственная издательская служба."
    )
    assert (found.publisher_place, found.publisher) == (
        "Ашхабад",
        "Туркменская государственная издательская служба",
    )


def test_a_place_after_an_author_date_bracket_still_opens_the_title() -> None:
    found = _one("Smith, J. (2021, Mar. 3). Elections: What next. The Diplomat.")
    assert found.title == "Elections: What next"


def test_a_british_quoted_chapter_before_in_and_its_host() -> None:
    found = _one(
        "M. Kh. Asylbekov, ‘Demograficheskie posledstviia goloda 1931–1933 gg.’, in Golod v"
        " kazakhskoi stepi: Pisʹma trevogi i boli, ed. M. K. Kozybaev (Almaty: Qazaq"
        " universiteti, 1991), 188–201."
    )
    assert (str(found.type), found.title, found.container) == (
        "chapter",
        "Demograficheskie posledstviia goloda 1931–1933 gg.",
        "Golod v kazakhskoi stepi: Pisʹma trevogi i boli",
    )


def test_a_hosts_and_the_is_no_editor() -> None:
    found = _one(
        "A. Smith, ‘Stalin’s steppe’, in The Steppe and the Sown, ed. J. Doe (London: Routledge,"
        " 2001), 12–14."
    )
    assert (found.container, _families(found.editors)) == ("The Steppe and the Sown", ["Doe"])


def test_a_short_form_with_no_page_after_a_semicolon_is_a_source() -> None:
    assert split_sources("See Pirani, Central Asian Gas, 30; and Umarov, “China Looms Large.”") == [
        "See Pirani, Central Asian Gas, 30",
        "and Umarov, “China Looms Large.”",
    ]


def test_a_short_form_in_single_quotes_before_a_semicolon_is_a_source() -> None:
    pieces = split_sources(
        "See Pianciola, ‘Collectivization Famine’, 240–44; and Kindler, Stalin’s Nomads, 170–74."
    )
    assert len(pieces) == 2


def test_a_speech_after_a_name_is_no_bodys_site() -> None:
    found = _one(
        "Kassym-Jomart Tokayev, speech at the plenary session of the Astana International Forum,"
        " 8 June 2023, https://www.akorda.kz/en/speech"
    )
    assert _families(found.authors) == ["Tokayev"]


def test_a_journals_comp_abbreviation_is_no_editor() -> None:
    found = _one(
        '[1] A. K. Yılmaz, "Design of an amplifier," Turk. J. Elec. Eng. & Comp. Sci., vol. 27,'
        " no. 4, pp. 2841–2853, 2019."
    )
    assert found.editors == ()


def test_a_treatys_bracketed_place_and_date_before_its_site() -> None:
    found = _one(
        "Конвенция о правовом статусе Каспийского моря (Актау, 12 августа 2018 года) // Президент"
        " России : официальный сайт. URL: http://www.kremlin.ru/supplement/5328 (дата обращения:"
        " 03.10.2022)."
    )
    assert (str(found.type), found.title) == (
        "legislation",
        "Конвенция о правовом статусе Каспийского моря",
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2018-08-12"


def test_a_headline_on_a_treaty_on_a_bodys_site_stays_a_page() -> None:
    found = _one(
        "Соглашение о сотрудничестве подписано в Астане // Министерство иностранных дел РК. URL:"
        " https://www.gov.kz/x (дата обращения: 03.10.2022)."
    )
    assert str(found.type) != "legislation"


def test_an_unquoted_act_before_a_quoted_legal_database() -> None:
    found = _one(
        "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ (ред. от"
        " 24.07.2023) // СПС «КонсультантПлюс»."
    )
    assert found.title == "Гражданский кодекс Российской Федерации (часть первая)"


def test_an_edition_after_a_sets_count_is_no_volume() -> None:
    found = _one(
        "Авакьян С.А. Конституционное право России: учебный курс: в 2 т. 7-е изд., перераб. и"
        " доп. М. : Норма : ИНФРА-М, 2021. Т. 2. С. 456."
    )
    assert (found.edition, found.volume) == ("7-е", "2")


def test_two_houses_after_one_abbreviated_place() -> None:
    found = _one(
        "Авакьян С.А. Конституционное право России: учебный курс. 7-е изд., перераб. и доп. М. :"
        " Норма : ИНФРА-М, 2021. С. 456."
    )
    assert (found.publisher_place, found.publisher) == ("М.", "Норма : ИНФРА-М")


def test_a_turkish_wikis_archived_copy_is_no_host() -> None:
    found = _one(
        '"Abylai Khan Residence Museum". Kokshetau Regional Museum (İngilizce). Arşivlenmiş kopya'
        " 12 Ağustos 2018 tarihinde. Erişim tarihi: 12 Mart 2021."
    )
    assert found.container == "Kokshetau Regional Museum"


def test_a_vancouver_title_closing_on_a_years_word_before_its_journal() -> None:
    found = _one(
        "4. Сейсенбаева ГТ, Ахметов ВИ. Заболеваемость туберкулезом в Республике Казахстан за"
        " 2010–2017 гг. Фтизиопульмонология. 2018;(2):17-22."
    )
    assert (found.title, found.container) == (
        "Заболеваемость туберкулезом в Республике Казахстан за 2010–2017 гг.",
        "Фтизиопульмонология",
    )


def test_a_meetings_city_and_country_is_no_author() -> None:
    found = _one(
        "28. Abenova M, Shaltynov A, Jamedinova U. Prevalence of hypertension among rural"
        " residents. In: Proceedings of the International Conference «Public Health»; 2019 Oct"
        " 17-18; Semey, Kazakhstan. Semey: Semey Medical University; 2019. p. 112-4."
    )
    assert _families(found.authors) == ["Abenova", "Shaltynov", "Jamedinova"]


def test_a_reports_kind_after_its_title_is_the_genre() -> None:
    found = _one(
        "Bohr, A. (2016), Turkmenistan: Power, Politics and Petro-Authoritarianism, Research"
        " Paper, London: Royal Institute of International Affairs, https://www.chathamhouse.org/x"
        " (accessed 12 Feb. 2021)."
    )
    assert (_families(found.authors), found.genre, str(found.type)) == (
        ["Bohr"],
        "Research Paper",
        "report",
    )


def test_a_single_quoted_title_closes_before_its_thesis_bracket() -> None:
    found = _one(
        "Aigerim Zhakupova, ‘Sedentarisation and Its Discontents: Kazakh Pastoralists and the"
        " Soviet State, 1928–1938’ (DPhil thesis, University of Oxford, 2016), 77."
    )
    assert (found.title, found.genre) == (
        "Sedentarisation and Its Discontents: Kazakh Pastoralists and the Soviet State, 1928–1938",
        "DPhil thesis",
    )


def test_a_quoted_titles_own_bracket_before_a_colon_stays() -> None:
    found = _one("Иванов И. «Большая игра» (1813–1907): история соперничества. М.: Наука, 2005.")
    assert found.title is not None
    assert "1813–1907" in found.title


def test_a_romanised_body_signs_its_page() -> None:
    found = _one(
        "Byuro natsional'noi statistiki Agentstva po strategicheskomu planirovaniyu i reformam"
        " RK. Chislennost' naseleniya Respubliki Kazakhstan na nachalo 2021 goda. Available at:"
        " https://stat.gov.kz/official/industry/61/statistic/6 (accessed: 15.05.2021)."
    )
    assert found.title == "Chislennost' naseleniya Respubliki Kazakhstan na nachalo 2021 goda"
    assert len(found.authors) == 1


def test_a_pages_headline_opening_on_a_bodys_word_stays_the_title() -> None:
    found = _one(
        "Рада ухвалила держбюджет на 2026 рік. Вип. 3 // Енциклопедія сучасної України. – 2009. –"
        " URL: https://uk.wikipedia.org/wiki/x"
    )
    assert found.authors == ()
    assert (found.title or "").startswith("Рада ухвалила")


def test_a_sites_kind_after_a_pages_title_is_no_title_word() -> None:
    found = _one(
        "Посольство Туркменистана в Республике Казахстан : официальный сайт. URL:"
        " https://kazakhstan.tmembassy.gov.tm/ru (дата обращения: 10.02.2023)"
    )
    assert (str(found.type), found.title) == (
        "webpage",
        "Посольство Туркменистана в Республике Казахстан",
    )


def test_a_romanised_sets_count_is_no_title_word() -> None:
    found = _one(
        "Kozybaev M.K. (ed.) Istoriya Kazakhstana s drevneishikh vremen do nashikh dnei. V 5 t."
        " T. 4. Almaty: Atamura, 2010. 768 p."
    )
    assert (found.title, found.volume) == (
        "Istoriya Kazakhstana s drevneishikh vremen do nashikh dnei",
        "4",
    )


def test_a_press_release_is_the_genre_not_the_host() -> None:
    found = _one(
        '6. Gazprom, "Gazprom and QazaqGaz sign roadmap for gas supplies to Kazakhstan",'
        " press release, 7 June 2023, https://www.gazprom.com/press/news/2023/june/article563718/"
    )
    assert (found.container, found.genre) == (None, "press release")


def test_a_sentence_with_counts_is_a_comment() -> None:
    note = parsed_note(
        "The official exchange rate has been fixed at 3.5 manat to the US dollar since January"
        " 2015, while the black-market rate exceeded 40 manat by early 2021."
    )
    assert note.kind is NoteKind.COMMENT


def test_a_numbered_sentence_of_prose_is_a_comment() -> None:
    note = parsed_note(
        "30. Turkmengaz did not respond to emailed requests for comment sent between January and"
        " March 2024."
    )
    assert note.kind is NoteKind.COMMENT


def test_a_sentence_closing_on_a_month_and_year_is_a_comment() -> None:
    assert parsed_note("The report was published in March 2024.").kind is NoteKind.COMMENT


def test_an_imprint_closing_on_a_month_and_year_stays_a_citation() -> None:
    note = parsed_note("Ahmet Kaya, Türkiye ve Orta Asya, Ankara: TTK, Mart 2024.")
    assert note.kind is NoteKind.CITATION


def test_an_interview_dated_by_its_month_stays_a_citation() -> None:
    note = parsed_note("Interview conducted by the author in March 2024.")
    assert note.kind is NoteKind.CITATION


def test_a_body_names_itself_again_as_its_reports_house() -> None:
    found = _one(
        "International Monetary Fund. (2022). Regional economic outlook: Middle East and Central"
        " Asia. IMF. https://www.imf.org/en/Publications/REO/MECA"
    )
    assert (found.publisher, found.container, str(found.type)) == ("IMF", None, "report")


def test_a_news_agency_named_again_is_its_site() -> None:
    found = _one(
        "Demirören Haber Ajansı. (2022, 18 Ekim). İzmir'de sağanak yağış su baskınlarına neden"
        " oldu. DHA. https://www.dha.com.tr/gundem/x-2154871"
    )
    assert (found.container, str(found.type)) == ("DHA", "article-newspaper")


def test_a_double_issue_after_its_label() -> None:
    found = _one(
        "Pianciola N. The Collectivization Famine in Kazakhstan, 1931–1933 // Harvard Ukrainian"
        " Studies. – 2001. – Vol. 25, No. 3/4. – P. 237–251."
    )
    assert (found.volume, found.issue) == ("25", "3/4")


def test_dashed_heading_after_an_initial_and_a_word_is_a_title() -> None:
    found = _one("Kaya, A. Türkiye – Rusya, Stratejik Ortaklık. Ankara: Nobel, 2012.")
    assert (_families(found.authors), found.publisher_place) == (["Kaya"], "Ankara")


def test_idem_after_a_single_quoted_short_form_keeps_its_author() -> None:
    note = parsed_note("Olcott, The Kazakhs (Stanford: Hoover, 1995), 45; idem, ‘Kazakhstan’, 12.")
    assert [str(n) for n in note.citations[1].authors] != ["idem"]


def test_an_archived_word_inside_a_title_stays() -> None:
    found = _one(
        "Osmanlı Arşivi'nde Arşivlenmiş Türkistan Belgeleri, haz. Ali Kaya (Ankara: TTK, 2010), 45."
    )
    assert found.title == "Osmanlı Arşivi'nde Arşivlenmiş Türkistan Belgeleri"


def test_an_editor_named_for_a_country_after_the_host_stays() -> None:
    found = _one(
        'Smith, A. "Nomads." In Steppe Studies, edited by Brown, Georgia. London: Routledge, 2001.'
    )
    assert "Brown" in _families(found.editors)


def test_a_place_and_a_quoted_house_after_a_semicolon_is_no_source() -> None:
    assert (
        len(split_sources("Иванов И.И. История Казахстана. М.: Наука, 1990; Алматы, «Ғылым».")) == 1
    )


def test_a_headline_with_a_year_on_a_bodys_site_stays_a_page() -> None:
    found = _one(
        "Соглашение о создании ЗСТ вступило в силу в 2012 году // Евразийская экономическая"
        " комиссия. URL: http://www.eurasiancommission.org/ru/x (дата обращения: 15.02.2021)."
    )
    assert str(found.type) != "legislation"


def test_an_addresss_slashes_date_no_treaty() -> None:
    found = _one(
        "Treaty negotiations in 2019. Ministry of Foreign Affairs of the Republic of Kazakhstan."
        " https://www.gov.kz/memleket/entities/mfa/press/news/details/2 (accessed 3 March 2021)."
    )
    assert str(found.type) != "legislation"


def test_a_house_abbreviated_before_its_printers_name_stays_whole() -> None:
    found = _one(
        "Бартольд В.В. Туркестан в эпоху монгольского нашествия. СПб. : Тип. В. Киршбаума :"
        " Изд-во Вост. фак., 1900. 568 с."
    )
    assert found.publisher != "Тип"


def test_a_joined_short_form_after_a_semicolon_has_no_and_in_its_name() -> None:
    note = parsed_note(
        "See Pianciola, ‘Collectivization Famine’, 240–44; and Kindler, Stalin’s Nomads, 170–74."
    )
    assert [str(n) for c in note.citations for n in c.authors] == ["Pianciola", "Kindler"]


def test_a_numbered_release_keeps_its_title() -> None:
    found = _one("“Заявление МИД,” пресс-релиз, № 12, 12 мая 2021.")
    assert found.title == "Заявление МИД"


def test_a_magazine_named_for_its_society_stays_the_host() -> None:
    found = _one(
        "National Geographic Society. (2019). The Aral Sea disaster. National Geographic."
        " https://www.nationalgeographic.com/x"
    )
    assert found.container == "National Geographic"


def test_a_headlines_clause_ending_on_a_site_word_stays() -> None:
    found = _one(
        "Скандал вокруг Tengrinews: почему заблокировали портал. URL: https://example.ru/x (дата"
        " обращения: 10.02.2023)"
    )
    assert found.title == "Скандал вокруг Tengrinews: почему заблокировали портал"


def test_a_pages_title_before_a_body_is_no_author() -> None:
    found = _one(
        "About the Aral Sea basin programme. International Fund for Saving the Aral Sea"
        " https://ec-ifas.waterunites-ca.org/about (2021)."
    )
    assert found.authors == ()
