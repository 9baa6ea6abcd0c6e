"""Forms read in session 52: the host of a romanised reference list's entry after the title's
bracketed translation; a body named first by acronyms its imprint spells out; a book's bare
pinpoint after its imprint's year; a Vancouver title's tail the model left before its
journal."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_a_romanised_chapters_host_follows_the_titles_translation() -> None:
    found = _one(
        "Abenova G.T. Kochevye torgovye puti v XVIII veke [Nomadic trade routes in the 18th "
        "century]. Ocherki istorii Tsentral'noi Azii [Essays on the history of Central "
        "Asia]. Ed. by K.M. Baipakov. Almaty: Gylym, 2009, vol. 3, pp. 101-130. (In Russ.)"
    )
    assert found.title == "Kochevye torgovye puti v XVIII veke"
    assert found.container == "Ocherki istorii Tsentral'noi Azii"
    assert (found.publisher, found.publisher_place) == ("Gylym", "Almaty")
    assert found.type == "chapter"


def test_a_hosts_translation_holds_no_host() -> None:
    found = _one(
        "Nurlanova A.S. Karavannaia torgovlia v Turkestane [Caravan trade in Turkestan]. "
        "Materialy respublikanskoi konferentsii «Ualikhanovskie chteniia-12» [Proceedings "
        'of the republican conference "Ualikhanov Readings-12"]. Kokshetau, 2008, vol. 2, '
        "pp. 44-49. (In Russ.)"
    )
    assert found.title == "Karavannaia torgovlia v Turkestane"
    assert found.container is not None
    assert found.container.startswith("Materialy respublikanskoi konferentsii")


def test_a_second_title_without_a_translation_before_it_stays() -> None:
    found = _one("Ivanov I.I. Title of the work. Another part. Moscow: Nauka, 2001. 200 p.")
    assert found.container != "Another part"


def test_a_body_named_by_acronyms_its_imprint_spells() -> None:
    found = _one(
        "OSCE/ODIHR, Kyrgyz Republic Parliamentary Elections, 4 October 2020: ODIHR Election "
        "Observation Mission Final Report (Warsaw: OSCE Office for Democratic Institutions and "
        "Human Rights, 2021), 15."
    )
    assert [a.literal for a in found.authors] == ["OSCE/ODIHR"]
    assert found.title == (
        "Kyrgyz Republic Parliamentary Elections, 4 October 2020: ODIHR Election Observation "
        "Mission Final Report"
    )


def test_acronyms_the_imprint_does_not_spell_are_no_author() -> None:
    found = _one(
        "EU/NATO, Russia and the Caspian: New Security Dilemmas (London: Routledge, 2019), 44."
    )
    assert all(a.literal != "EU/NATO" for a in found.authors)


def test_a_books_bare_pinpoint_after_its_year_is_the_page() -> None:
    found = _one(
        "Harrington, Paul D. Steppe Empires and Their Neighbours: Trade and Diplomacy. Oxford: "
        "Clarendon Press, 2014, 88. ISBN 978-0-19-876432-2."
    )
    assert (found.page, found.volume) == ("88", None)


def test_a_journals_number_after_its_year_is_no_page() -> None:
    found = _one("Smith, John. “A Study.” Central Asian Survey, 2020, 39. https://x.org/a")
    assert found.page != "39"


def test_a_vancouver_titles_tail_before_the_journal_is_the_titles() -> None:
    found = _one(
        "Abdullayeva K, Yıldız H, Smagulov N. Labour migration and health access among Central "
        "Asian migrants in Istanbul. J Migr Health. 2022;5:100098."
    )
    assert found.title == (
        "Labour migration and health access among Central Asian migrants in Istanbul"
    )
    assert found.container == "J Migr Health"


def test_catalogue_numbers_are_carried_not_dropped() -> None:
    found = _one(
        "Morrison, Alexander. The Russian Conquest of Central Asia. Cambridge: Cambridge "
        "University Press, 2020. ISBN 978-1-107-03030-5. OCLC 1124395411."
    )
    item = to_csl(found)
    assert item["custom"] == {"OCLC": "1124395411"}
    assert item["ISBN"] == "978-1-107-03030-5"
    assert not found.unparsed


def test_pubmed_numbers_are_csl_variables_and_part_no_sources() -> None:
    note = parse_note(
        1,
        "Ivanova EA, Petrov AV. Outcomes of treatment in the Omsk region. Zh Nevrol "
        "Psikhiatr. 2016;116(5):78-84. PMID: 27331234; PMCID: PMC5012345. ISSN 1997-7298.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1
    item = to_csl(note.citations[0])
    assert (item["PMID"], item["PMCID"], item["ISSN"]) == ("27331234", "PMC5012345", "1997-7298")


def test_a_note_without_numbers_has_no_custom() -> None:
    item = to_csl(_one("Smith, John. A Book. London: Verso, 2001."))
    assert "custom" not in item
    assert "PMID" not in item


def test_pages_the_model_read_as_the_title_are_the_pages() -> None:
    found = _one(
        "Güneş, F. (2020). Türkçe öğretiminde yaklaşımlar ve yöntemler. Ana Dili Eğitimi "
        "Dergisi, 8(4), 1301–1318. https://dergipark.org.tr/tr/pub/anadiledergisi/issue/57123/1"
    )
    assert found.title == "Türkçe öğretiminde yaklaşımlar ve yöntemler"
    assert found.container == "Ana Dili Eğitimi Dergisi"
    assert (found.volume, found.issue, found.page) == ("8", "4", "1301–1318")


def test_an_outlet_named_by_its_domain_before_apas_date_is_the_host() -> None:
    found = _one(
        "Gazeta.uz. (2023, 17 января). В Ташкенте открыли новую станцию метро. "
        "https://www.gazeta.uz/ru/2023/01/17/metro/"
    )
    assert found.container == "Gazeta.uz"
    assert found.title == "В Ташкенте открыли новую станцию метро"
    assert found.issued is not None
    assert found.issued.parts() == (2023, 1, 17)


def test_harvards_day_and_month_after_the_quoted_title_date_the_work() -> None:
    found = _one(
        "Ministry of Energy of Kazakhstan (2022) 'Statement on the gas supply in Mangystau', "
        "3 July. Available at: https://www.gov.kz/x (Accessed: 5 July 2022)."
    )
    assert found.title == "Statement on the gas supply in Mangystau"
    assert found.container is None
    assert found.issued is not None
    assert found.issued.parts() == (2022, 7, 3)


def test_a_host_with_its_day_after_the_title_keeps_its_name() -> None:
    found = _one(
        "Smith, J. (2021) 'Water politics in Central Asia', The Diplomat, 12 March. "
        "Available at: https://thediplomat.com/x (Accessed: 1 April 2021)."
    )
    assert found.container == "The Diplomat"
    assert found.issued is not None
    assert found.issued.parts() == (2021, 3, 12)


def test_a_source_after_a_semicolon_that_ends_with_a_number_stays_apart() -> None:
    note = parse_note(
        1,
        "Ivanov, A. Title one (Moscow: Nauka, 2001); SSRN Electronic Journal, Special issue "
        "on Land, 2019, SSRN 3456789.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 2


def test_a_bracketed_identifiers_value_leaves_its_bracket() -> None:
    item = to_csl(_one("Smith, J. (2010). A History of Russia. Oxford: OUP (OCLC 682894132)."))
    assert item["custom"] == {"OCLC": "682894132"}
    item = to_csl(_one("Brown A. Gut flora in adults. Nature. 2019;5(2):10-20. PMC 5012345."))
    assert item["PMCID"] == "PMC5012345"


def test_a_number_after_issn_that_is_no_issn_is_not_kept() -> None:
    found = _one("Ivanov I. The ISSN 2000 standard for serials. Libr J. 2001;4:1-5.")
    assert found.issn is None


def test_a_bodys_title_before_its_volume_edition_or_editor_ends_there() -> None:
    found = _one(
        "OSCE/ODIHR, Election Observation Handbook, vol. 2 (Warsaw: OSCE ODIHR, 2010), 45."
    )
    assert (found.title, found.volume) == ("Election Observation Handbook", "2")
    found = _one(
        "UN/DESA, World Population Prospects, ed. John Smith (New York: UN DESA, 2019), 45."
    )
    assert found.title == "World Population Prospects"
    assert [e.family for e in found.editors] == ["Smith"]


def test_an_ordinal_volume_after_a_books_year_stays_the_volume() -> None:
    found = _one("Halil İnalcık, Osmanlı İmparatorluğu, İstanbul: YKY, 2003, 2. cilt.")
    assert (found.volume, found.page) == ("2", None)


def test_an_abbreviated_journal_is_not_cut_into_a_title() -> None:
    found = _one("Smith J., Phys. Rev. Lett., 104(4), 1301–1318 (2010).")
    assert found.container == "Phys. Rev. Lett."  # the abbreviation's period (session 60)
    assert found.page == "1301–1318"


def test_a_publisher_before_apas_doi_is_reported_when_unread() -> None:
    found = _one(
        "Tan, L., & Morgan, J. (2018). Gamification in EFL classrooms: Effects on learner "
        "engagement. In Proceedings of the 10th International Conference on Education and New "
        "Learning Technologies (pp. 3021–3028). IATED. https://doi.org/10.21125/edulearn.2018.0789"
    )
    assert "IATED" in (found.publisher or "") or "IATED" in found.unparsed


def test_gosts_note_on_the_titles_source_is_no_field() -> None:
    found = _one(
        "МИД Республики Казахстан. О визите Министра иностранных дел в Туркменистан "
        "[Электронный ресурс]. – Режим доступа: https://www.gov.kz/mfa/press/news/512345, "
        "свободный. – Загл. с экрана."
    )
    assert found.publisher_place is None
    assert not found.unparsed


def test_a_wikis_kind_marks_one_after_another_close_the_title() -> None:
    found = _one(
        "World Bank (2019). Kazakhstan: Reversing Productivity Stagnation (PDF) (Report). "
        "Washington, DC: World Bank. Retrieved 3 March 2020."
    )
    assert found.title == "Kazakhstan: Reversing Productivity Stagnation"
    assert found.type == "report"
    assert not found.unparsed


def test_a_quoted_entry_after_sv_is_the_title_and_the_work_before_its_host() -> None:
    found = _one(
        "Türk Dil Kurumu, Türkçe Sözlük, 11. bs. (Ankara: TDK Yayınları, 2011), s.v. “yurt”."
    )
    assert (found.title, found.container) == ("yurt", "Türkçe Sözlük")
    assert [a.literal for a in found.authors] == ["Türk Dil Kurumu"]
    assert not found.unparsed
    found = _one("Türkmen Sovet Entsiklopediyasy, vol. 3 (Ashgabat, 1976), s.v. “Köneürgenç,” 121.")
    assert (found.title, found.container) == ("Köneürgenç", "Türkmen Sovet Entsiklopediyasy")
    assert not found.authors


def test_a_quoted_entry_after_sv_is_never_a_place_and_year() -> None:
    found = _one(
        "Brockhaus Enzyklopädie, 21. Aufl., Bd. 14, Leipzig/Mannheim 2006, s.v. „Kasachstan“, "
        "S. 512–518."
    )
    assert found.title == "Kasachstan"
    assert found.container == "Brockhaus Enzyklopädie"


def test_an_encyclopaedia_written_with_its_ligature_holds_entries() -> None:
    found = _one(
        "Marina Sokolova, “Khiva ii. History of the Khanate,” Encyclopædia Iranica, online "
        "edition, 2015, https://www.iranicaonline.org/articles/khiva-ii-history (accessed 3 May "
        "2020)."
    )
    assert found.type == "entry-encyclopedia"


def test_a_list_number_before_a_straight_quoted_title_is_no_title() -> None:
    found = _one('12. "Water Politics in Central Asia," The Diplomat, 18 February 2013.')
    assert found.title == "Water Politics in Central Asia"


def test_an_interviewers_credit_after_the_slash_leaves_the_title() -> None:
    found = _one(
        "Интервью с Олжасом Сулейменовым / беседовала Т. Климова // Литературная газета. – "
        "2016. – 20 апр. – № 15. – С. 4."
    )
    assert found.title == "Интервью с Олжасом Сулейменовым"
    assert found.container == "Литературная газета"


def test_a_quoted_title_after_a_bodys_name_stays_the_title() -> None:
    found = _one(
        '[32] Kazakhstan Electricity Grid Operating Company (KEGOC), "Grid development plan '
        '2022," 2023.'
    )
    assert found.title == "Grid development plan 2022"
    assert found.container is None


def test_gosts_broadcast_kind_after_the_colon_is_the_genre() -> None:
    found = _one("Блокада Ленинграда в документах : радиопередача // Эхо Москвы. – 2011. – 22 янв.")
    assert (found.title, found.genre, found.type) == (
        "Блокада Ленинграда в документах",
        "радиопередача",
        "broadcast",
    )


def test_a_team_is_a_body() -> None:
    found = _one(
        "R Core Team. (2022). R: A language and environment for statistical computing "
        "(Version 4.2.1) [Computer software]. https://www.R-project.org/"
    )
    assert [a.literal for a in found.authors] == ["R Core Team"]


def test_a_patents_designation_after_its_quoted_title_is_its_number() -> None:
    found = _one(
        '[6] A. V. Smirnov and I. P. Kozlov, "Method for purifying wastewater from heavy metal '
        'ions," Patent RU 2654321 C1, May 16, 2018.'
    )
    assert found.type == "document"
    assert (found.number, found.container) == ("Patent RU 2654321 C1", None)


def test_a_straight_quoted_title_closes_before_its_bracketed_description() -> None:
    found = _one(
        'Margaret Holloway, "Energy Security and the Caspian Basin" (speech, Chatham House, '
        "London, October 9, 2008)."
    )
    assert found.title == "Energy Security and the Caspian Basin"
    assert found.type == "speech"


def test_a_nested_quote_before_a_bracket_inside_the_title_keeps_it() -> None:
    found = _one(
        "Якименко, Б.Д. (1969) «Образ степу в романі «Кайдашева сім’я» (1920–1930-ті рр.)», у "
        "Матеріали XV Міжнародної наукової конференції. Івано-Франківськ: Ярославів Вал, С. "
        "103—133."
    )
    assert found.title is not None
    assert found.title.endswith("(1920–1930-ті рр.)")


def test_isnads_volume_and_page_glued_after_the_imprint_are_read() -> None:
    found = _one(
        "12. Bkz.Ebü'l-Muîn en-Nesefî,Tabsıratü'l-edille,thk.Hüseyin Atay (Ankara:DİB "
        "Yay.,1993),1/245."
    )
    assert (found.volume, found.page, found.number_of_pages) == ("1", "245", None)


def test_isnads_volume_and_page_before_a_hadiths_number_are_read() -> None:
    found = _one(
        "Ahmed b. Hanbel, el-Müsned, thk. Şuayb el-Arnaût vd. (Beyrut: Müessesetü'r-Risâle, "
        "2001), 12/301 (nr. 7412)."
    )
    assert (found.volume, found.page) == ("12", "301")


def test_a_newspapers_section_page_is_the_page() -> None:
    found = _one(
        "Robert Clayton, “In Kazakhstan, a Dynasty Loses Its Grip,” New York Times, January 9, "
        "2022, A8."
    )
    assert (found.page, found.issue) == ("A8", None)


def test_a_name_after_the_lists_last_name_opens_the_title() -> None:
    found = _one(
        "Dilnoza Rakhimova and Peter Hallam, Water, Power, and Patronage: Energy Politics in the "
        "Ferghana Valley (Washington, DC: Carnegie Endowment for International Peace, 2020), 14."
    )
    assert [a.family for a in found.authors] == ["Rakhimova", "Hallam"]
    assert found.title == "Water, Power, and Patronage: Energy Politics in the Ferghana Valley"


def test_three_names_with_and_before_the_last_stay_three() -> None:
    found = _one(
        "Ali Kaya, Mehmet Demir, and Ayşe Yılmaz, Türkiye'nin Enerji Politikası (Ankara: Seçkin, "
        "2019), 45."
    )
    assert [a.family for a in found.authors] == ["Kaya", "Demir", "Yılmaz"]


def test_a_signed_entrys_quoted_title_before_sv_stays_the_title() -> None:
    found = _one(
        "Hakan Kırımlı, “The Crimean Tatars in the Ottoman Empire,” in Encyclopaedia of Islam "
        "THREE, s.v. “Crimea.”"
    )
    assert found.title == "The Crimean Tatars in the Ottoman Empire"


def test_a_quoted_titles_own_bracket_is_the_titles() -> None:
    found = _one("Иванов И. «Большая игра» (1813–1907): история соперничества. М.: Наука, 2001.")
    assert found.title is not None
    assert "история соперничества" in found.title


def test_a_bodys_title_with_a_year_runs_up_to_the_imprint() -> None:
    found = _one(
        "OSCE/ODIHR, Turkmenistan, Parliamentary Elections, 2018: Needs Assessment Mission "
        "Report (Warsaw: OSCE Office for Democratic Institutions and Human Rights, 2018), 3."
    )
    assert found.title == (
        "Turkmenistan, Parliamentary Elections, 2018: Needs Assessment Mission Report"
    )


def test_a_books_page_before_a_lower_case_word_stays_the_page() -> None:
    found = _one(
        "John Smith, The Great Game, London: Macmillan, 2011, 203. doi:10.1017/CBO97805119"
    )
    assert (found.page, found.volume) == ("203", None)


def test_an_identifier_with_a_remark_after_a_semicolon_parts_no_source() -> None:
    note = parse_note(
        1,
        "Smith J, Doe A. Title of the paper. Lancet. 2016;116(5):78-84; PMID: 27331234 "
        "[Indexed for MEDLINE] 2016.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1
    assert to_csl(note.citations[0])["PMID"] == "27331234"


def test_a_media_word_opening_a_subtitle_is_no_genre() -> None:
    found = _one(
        "Петров П. П. Реклама в интернете : видеоролик как жанр медиатекста // Медиаскоп. "
        "2019. № 3. С. 10–20."
    )
    assert found.genre is None


def test_a_patents_word_in_a_host_that_is_no_designation_gives_no_number() -> None:
    found = _one(
        'Smith, J. "Method for drying grain," Patent US 7654321 B2, Official Gazette of the '
        "USPTO, May 16, 2018."
    )
    assert found.number != "Patent US 7654321 B2, Official Gazette of the USPTO"


def test_a_titles_words_that_spell_a_title_source_note_stay() -> None:
    found = _one("Smith, J. Title from screen to page: adaptation. Journal, 5(2), 1-10.")
    assert found.title == "Title from screen to page: adaptation"


def test_an_unsigned_headword_before_in_is_the_entrys_title() -> None:
    found = _one(
        "Koumiss. In: Oxford English Dictionary [Internet]. Oxford: Oxford University Press; "
        "2021 [cited 2022 Jan 10]. Available from: https://www.oed.com/dictionary/koumiss_n"
    )
    assert (found.title, found.container) == ("Koumiss", "Oxford English Dictionary")
    assert not found.authors


def test_latin_kazakhs_thesis_and_encyclopaedia_words() -> None:
    found = _one(
        "Nurlanqyzy A. Qazaq tilindegi salalyq termınder: PhD dıss. – Almaty, 2021. – 160 b."
    )
    assert found.type == "thesis"
    assert found.title == "Qazaq tilindegi salalyq termınder"
    found = _one("Kenesary han // Qazaq ensıklopedııasy. – Almaty, 2006. – T. 5. – 212-b.")
    assert (found.type, found.container) == ("entry-encyclopedia", "Qazaq ensıklopedııasy")


def test_a_year_in_the_titles_bracketed_translation_is_no_date() -> None:
    found = _one(
        "Milli Eğitim Bakanlığı [MEB]. (2018). 2023 eğitim vizyonu [2023 education vision]. "
        "Ankara: MEB."
    )
    assert found.issued is not None
    assert found.issued.parts() == (2018,)


def test_a_dates_other_calendar_in_brackets_stays_the_date() -> None:
    found = _one("BOA, DH.ŞFR, 54/297, 27 Temmuz 1331 [9 Ağustos 1915].")
    assert found.issued is not None
    assert found.issued.parts() == (1915, 8, 9)


def test_a_hosts_bracketed_translation_is_no_part_of_its_name() -> None:
    found = _one(
        "Şahin, İ. (2019). Nitel araştırmalarda geçerlik ve güvenirlik [Validity and reliability "
        "in qualitative research]. In A. Saban & A. Ersoy (Eds.), Eğitimde nitel araştırma "
        "desenleri [Qualitative research designs in education] (pp. 311–340). Ankara: Anı "
        "Yayıncılık."
    )
    assert found.container == "Eğitimde nitel araştırma desenleri"
