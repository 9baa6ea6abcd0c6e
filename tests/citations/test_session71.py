"""Forms read in session 71: Nature's references (a journal's volume and pages, a book's
bracketed house, a chapter's book after `in` with its editors), the last author after `&`, a
Kazakh archive's shelf mark, İSNAD's issue before its season, a GOST act's kind with its issuer,
a GOST short form as a source of its own, a body's name written as a phrase, an abbreviated
body after GOST's slash, an author-year list's host after its editor and its house before the
place. Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import only_citation as _one


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_nature_journals_volume_and_pages_after_its_name() -> None:
    found = _one(
        "4. Shi, W., Wang, M. & Guo, W. Long-term hydrological changes of the Aral Sea observed"
        " by satellites. J. Geophys. Res. Oceans 119, 3313–3326 (2014)."
    )
    assert (found.container, found.volume, found.issue, found.page) == (
        "J. Geophys. Res. Oceans",
        "119",
        None,
        "3313–3326",
    )


def test_a_nature_article_number_after_its_volume_is_the_page() -> None:
    found = _one(
        "Su, Y. et al. Long-term changes in water salinity of the Large Aral Sea revealed by"
        " satellite observations. Sci. Rep. 11, 18472 (2021)."
    )
    assert (found.container, found.volume, found.issue, found.page) == (
        "Sci. Rep.",
        "11",
        None,
        "18472",
    )


def test_a_nature_issue_bracket_and_a_doi_before_the_year() -> None:
    found = _one(
        "Vasil'ev, D. Yu. Evaporation from the Caspian Sea surface in 1979–2015. Water Resour."
        " 45(2), 210–219 (2018)."
    )
    assert (found.volume, found.issue, found.page) == ("45", "2", "210–219")
    found = _one(
        "Pohl, E., Gloaguen, R., Andermann, C. & Knoche, M. Glacier melt buffers river runoff in"
        " the Pamir Mountains. Water Resour. Res. 53, 2467–2489,"
        " https://doi.org/10.1002/2016WR019431 (2017)."
    )
    assert (found.container, found.volume, found.page) == ("Water Resour. Res.", "53", "2467–2489")


def test_a_nature_books_bracketed_house_and_place() -> None:
    found = _one(
        "Shul’ts, V. L. Reki Srednei Azii [Rivers of Central Asia] (Gidrometeoizdat, 1965)."
    )
    assert (found.publisher, found.publisher_place) == ("Gidrometeoizdat", None)
    found = _one(
        "Glazirin, G. E., Kamnyansky, G. M. & Perziger, F. I. Regime of the Abramov Glacier"
        " (Gidrometeoizdat, St Petersburg, 1993) (in Russian)."
    )
    assert (found.publisher, found.publisher_place) == ("Gidrometeoizdat", "St Petersburg")


def test_a_bracketed_known_city_stays_the_place() -> None:
    found = _one("Abenov, K. Steppe Cities (Almaty, 2005).")
    assert (found.publisher, found.publisher_place) == (None, "Almaty")


def test_a_secondary_citations_bracket_is_no_imprint() -> None:
    found = _one(
        "Baran, T. (2012). Sosyal bilgiler öğretiminde yerel tarih [Local history in social"
        " studies teaching] (Yayımlanmamış yüksek lisans tezi). Marmara Üniversitesi, İstanbul."
        " (Cited in Kılınç, 2015)."
    )
    assert found.issued is not None
    assert found.issued.year == 2012


def test_a_nature_chapter_in_a_book_with_its_editors() -> None:
    found = _one(
        "11. Aladin, N. V. & Plotnikov, I. S. in The Aral Sea (eds Micklin, P., Aladin, N. V. &"
        " Plotnikov, I.) 49–76 (Springer, 2014)."
    )
    assert (found.type, found.container, found.publisher, found.page, found.language) == (
        "chapter",
        "The Aral Sea",
        "Springer",
        "49–76",
        "en",
    )
    assert _families(found.editors) == ["Micklin", "Aladin", "Plotnikov"]
    assert _families(found.authors) == ["Aladin", "Plotnikov"]


def test_a_nature_chapter_with_its_own_title() -> None:
    found = _one(
        "Kosarev, A. N. Caspian Sea. in Encyclopedia of Lakes and Reservoirs (eds Bengtsson, L.,"
        " Herschy, R. W. & Fairbridge, R. W.) 153–161 (Springer, 2012)."
    )
    assert (found.title, found.container, found.publisher) == (
        "Caspian Sea",
        "Encyclopedia of Lakes and Reservoirs",
        "Springer",
    )
    assert _families(found.editors) == ["Bengtsson", "Herschy", "Fairbridge"]


def test_the_last_author_after_an_ampersand_opens_no_title() -> None:
    found = _one(
        "3. Gaybullaev, B., Chen, S.-C. & Gaybullaev, D. Changes in water volume of the Aral Sea"
        " after 1960. Appl. Water Sci. 2, 285–291 (2012)."
    )
    assert _families(found.authors) == ["Gaybullaev", "Chen", "Gaybullaev"]
    assert found.title == "Changes in water volume of the Aral Sea after 1960"


def test_a_kazakh_archives_file_and_leaves() -> None:
    found = _one(
        "Халық ағарту комиссариатының 1925 жылғы есебі // ҚР ОМА. – Қ. 81. – Т. 1. – І. 1208."
        " – П. 12–15."
    )
    assert (found.archive, found.archive_location, found.page, found.container) == (
        "ҚР ОМА",
        "Қ. 81. – Т. 1. – І. 1208",
        "12–15",
        None,
    )


def test_an_isnad_issue_word_before_its_season_and_the_page_after() -> None:
    found = _one(
        'Hasan Ali Karasar,"Türkmenistan\'da Alfabe Reformu ve Dil Politikası",Bilig, S. 20'
        " (Kış 2002), 71."
    )
    assert (found.issue, found.page) == ("20", "71")


def test_a_page_label_before_a_dated_bracket_with_no_page_after_stays_the_page() -> None:
    found = _one('Ali Kaya, "Türkistan", Bilig, s. 20 (Kış 2002).')
    assert (found.issue, found.page) == (None, "20")


def test_a_gost_acts_kind_and_issuer_after_the_colon_are_no_title() -> None:
    found = _one(
        "О Программе социально-экономического развития Туркменистана на 2011–2015 годы :"
        " постановление Президента Туркменистана // Нейтральный Туркменистан. 2011. 12 марта."
    )
    assert found.title == (
        "О Программе социально-экономического развития Туркменистана на 2011–2015 годы"
    )


def test_a_subtitle_opening_with_an_acts_word_stays_the_titles() -> None:
    found = _one("Иванов И. И. Экологическое право : закон и практика // Право. 2011. № 3. С. 5.")
    assert found.title == "Экологическое право : закон и практика"


def test_a_gost_short_form_with_its_page_is_a_source_of_its_own() -> None:
    note = parse_note(
        1,
        "Seret: Durdyýew T. Türkmenistanda suw serişdelerini rejeli peýdalanmak. – 102 sah.;"
        " Ataýewa G. Gurak zolaklarda suw tygşytlaýjy tehnologiýalary ornaşdyrmak // Ylym we"
        " tehnika. – 2020. – № 2. – 47 sah.",
        location=Location(path="t"),
    )
    assert [_families(c.authors) for c in note.citations] == [["Durdyýew"], ["Ataýewa"]]


def test_places_after_a_semicolon_stay_one_source() -> None:
    note = parse_note(
        1,
        "Малов С. Е. Памятники древнетюркской письменности. М.; Л., 1951. С. 12.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1


def test_a_bodys_name_written_as_a_phrase_is_no_persons() -> None:
    found = _one(
        "Қазақстан Республикасындағы адам құқықтарының жағдайы туралы баяндама: 2022 жыл /"
        " Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл. – Астана, 2023. – 212 б."
    )
    assert [(n.family, n.literal) for n in found.authors] == [
        (None, "Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл")
    ]


def test_a_persons_name_with_particles_stays_a_persons() -> None:
    found = _one("Ludwig van der Berg, Steppe Empires (London: Routledge, 2010), 5.")
    assert [n.family for n in found.authors] == ["van der Berg"]


def test_an_abbreviated_body_after_gosts_slash_is_the_author() -> None:
    found = _one(
        "Статистический ежегодник Туркменистана 2000–2007 / Нац. ин-т статистики и информации"
        " Туркменистана. Ашхабад, 2008. С. 86."
    )
    assert found.title == "Статистический ежегодник Туркменистана 2000–2007"
    assert _families(found.authors) == ["Нац. ин-т статистики и информации Туркменистана"]


def test_a_kazakh_general_editors_abbreviation_closes_the_host() -> None:
    found = _one(
        "Темірбеков Б.Қ. Азаматтық құқықтың қағидаттары // Азаматтық құқық: оқулық / Жалп. ред."
        " М.К. Сүлейменов. – Алматы: Жеті жарғы, 2016. – Б. 34–58."
    )
    assert _families(found.editors) == ["Сүлейменов"]
    assert found.container is not None
    assert "/" not in found.container


def test_a_book_after_its_editors_bracketed_role_is_the_chapters_host() -> None:
    found = _one(
        "KANDIYOTI, Deniz (2002), “How Far Do Analyses of Postsocialism Travel? The Case of"
        " Central Asia”, C. M. Hann (Ed.), Postsocialism: Ideals, Ideologies and Practices in"
        " Eurasia, Routledge, London, pp. 238-257."
    )
    assert (found.container, found.publisher, found.publisher_place) == (
        "Postsocialism: Ideals, Ideologies and Practices in Eurasia",
        "Routledge",
        "London",
    )


def test_a_house_read_as_the_host_before_the_closing_place() -> None:
    found = _one(
        "İNALCIK, Halil (2002), “Osmanlı Devleti’nin Kuruluşu ve Balkanlarda Yükselişi”, Türkler"
        " (Ed. Hasan Celal Güzel, Kemal Çiçek, Salim Koca), C. 9, Yeni Türkiye Yayınları,"
        " Ankara, s. 45-67."
    )
    assert (found.publisher, found.container) == ("Yeni Türkiye Yayınları", "Türkler")


def test_a_journal_or_a_meeting_before_its_city_stays_the_host() -> None:
    found = _one('KARAHAN, A. (2012). "Uygurca Metinlerde Ünlü Uyumu", Türk Dili, Ankara.')
    assert (found.container, found.publisher) == ("Türk Dili", None)
    found = _one(
        "Golden, P. B. (1990), “The Karakhanids and Early Islam”, The Cambridge History of Early"
        " Inner Asia, Cambridge, pp. 343-370."
    )
    assert found.publisher is None


def test_a_newspaper_before_its_city_and_date_stays_the_host() -> None:
    found = _one("Ahmet Kaya, “Türkistan Meselesi”, Cumhuriyet, İstanbul, 5 Mart 1990, s. 3.")
    assert (found.container, found.publisher) == ("Cumhuriyet", None)


def test_a_bracketed_town_label_or_name_before_the_year_is_no_house() -> None:
    found = _one("Akiner, S. The Formation of Kazakh Identity (London and New York, 1995).")
    assert found.publisher is None
    found = _one("Said, E. Orientalism (Harmondsworth, 1978).")
    assert found.publisher is None
    found = _one("Bartold, V. V. Turkestan Down to the Mongol Invasion (Reprint, 1968).")
    assert found.publisher is None
    found = _one("Ata, A. Türk Tarihi (Haz. A. Yılmaz, 1998).")
    assert found.publisher is None


def test_a_known_house_before_the_year_is_the_house() -> None:
    found = _one("Micklin, P. The Aral Sea Disaster (Springer, 2014).")
    assert (found.publisher, found.publisher_place) == ("Springer", None)


def test_a_title_opening_on_a_city_keeps_it() -> None:
    found = _one("Volkov, S. St Petersburg: A Cultural History (Free Press, 1995).")
    assert (found.title, found.publisher) == ("St Petersburg: A Cultural History", "Free Press")


def test_a_numbered_entry_that_opens_on_its_title() -> None:
    found = _one(
        "6. Türkmenistanyň Konstitusiýasy. – Aşgabat: Türkmen döwlet neşirýat gullugy, 2023. –"
        " 64 sah."
    )
    assert found.title == "Türkmenistanyň Konstitusiýasy"
    found = _one(
        "20. WHO Regional Office for Europe. Primary Health Care in Kazakhstan: Moving From"
        " Reform to Transformation. WHO Regional Office for Europe; 2018."
    )
    assert _families(found.authors) == ["WHO Regional Office for Europe"]


def test_a_heads_of_state_office_before_the_name_is_no_part_of_it() -> None:
    found = _one(
        "Türkmenistanyň Prezidenti Serdar Berdimuhamedow. Halkyň bähbidi – döwletiň baş"
        " maksady. – Aşgabat: Türkmen döwlet neşirýat gullugy, 2023."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Berdimuhamedow", "Serdar")]


def test_an_office_inside_a_bodys_name_stays_the_bodys() -> None:
    found = _one(
        "Агентии омори назди Президенти Ҷумҳурии Тоҷикистон. Солномаи омории Ҷумҳурии"
        " Тоҷикистон. – Душанбе, 2019. – 398 с."
    )
    assert [n.literal for n in found.authors] == [
        "Агентии омори назди Президенти Ҷумҳурии Тоҷикистон"
    ]


def test_a_day_in_numbers_after_a_hosts_comma_is_no_part_of_its_name() -> None:
    found = _one(
        "Указ Президента Республики Узбекистан от 28.01.2022 г. № УП-60 «О Стратегии развития"
        " нового Узбекистана на 2022–2026 годы» // Национальная база данных законодательства,"
        " 29.01.2022 г., № 06/22/60/0082. – URL: https://lex.uz/docs/5841063"
    )
    assert found.container == "Национальная база данных законодательства"


def test_a_bodys_heading_before_chicagos_bare_no_date_mark() -> None:
    found = _one(
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the"
        ' Republic of Kazakhstan. n.d. "Demographic Statistics." Accessed February 14, 2024.'
        " https://stat.gov.kz/en/industries/social-statistics/demography/."
    )
    assert found.title == "Demographic Statistics"
    assert [n.literal for n in found.authors] == [
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the"
        " Republic of Kazakhstan"
    ]


def test_a_translations_bracket_holds_no_host_nor_editor() -> None:
    found = _one(
        'Baitursynova, Aigerim. 2019. "Iazykovaia politika Kazakhstana: mezhdu latinitsei i'
        " kirillitsei\" [Kazakhstan's language policy: Between Latin and Cyrillic]. Vestnik"
        " Evrazii, no. 2: 45–67."
    )
    assert (found.container, found.issue, found.page, list(found.editors)) == (
        "Vestnik Evrazii",
        "2",
        "45–67",
        [],
    )


def test_a_romanised_given_name_with_a_soft_sign() -> None:
    found = _one(
        "Kuznetsova, Tat'iana. 2005. Ėkonomika Uzbekistana v perekhodnyi period [Uzbekistan's"
        " economy in the transition period]. 2-e izd. Tashkent: Uzbekiston. 312 pp."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Kuznetsova", "Tat'iana")]
    assert found.title == "Ėkonomika Uzbekistana v perekhodnyi period"


def test_a_subtitle_the_model_read_as_a_house_and_a_title() -> None:
    found = _one(
        "International Crisis Group. 2018. Uzbekistan's Reform Agenda: Opening Up, Holding Back."
        " Europe and Central Asia Report No. 251. Brussels: International Crisis Group."
    )
    assert found.title == "Uzbekistan's Reform Agenda: Opening Up, Holding Back"
    assert found.publisher == "International Crisis Group"


def test_a_name_after_a_sentences_colon_is_no_subtitle() -> None:
    found = _one(
        "Levshin’s figures, drawn largely from the reports of the Orenburg Border Commission, are"
        " almost certainly inflated: A. I. Levshin, Opisanie kirgiz-kazach’ikh, ili"
        " kirgiz-kaisatskikh ord i stepei, 3 vols (St Petersburg: Tipografiia Karla Kraiia,"
        " 1832), III, 112."
    )
    assert _families(found.authors) == ["Levshin"]


def test_a_speechs_word_before_its_subtitle() -> None:
    found = _one(
        "Nursultan Nazarbayev, Kazakistan Halkına Sesleniş: Kazakistan-2050 Stratejisi (Astana, 14"
        " Aralık 2012)."
    )
    assert found.type == "speech"


def test_a_turkish_interviews_date_label() -> None:
    found = _one(
        "ERDOĞAN, Mehmet (1938 doğumlu, emekli öğretmen), Kayseri, Görüşme Tarihi: 14.07.2018."
    )
    assert (found.type, found.publisher) == ("interview", None)
    assert found.issued is not None
    assert (found.issued.year, found.issued.month, found.issued.day) == (2018, 7, 14)


def test_turkmen_op_cit_and_the_authors_calculations() -> None:
    assert parse_note(
        1, "Bagyýew A. Görkezilen iş. – 45 sah.", location=Location(path="t")
    ).kind == ("opcit")
    assert parse_note(1, "Awtoryň hasaplamalary.", location=Location(path="t")).kind == "comment"


def test_chicagos_imprint_with_its_colon_is_no_nature_house() -> None:
    found = _one(
        "John Heathershaw and Edward Schatz, eds., Paradox of Power: The Logics of State Weakness"
        " in Eurasia (Pittsburgh: University of Pittsburgh Press, 2017)."
    )
    assert (found.publisher_place, found.publisher) == (
        "Pittsburgh",
        "University of Pittsburgh Press",
    )


def test_a_gost_short_form_before_a_volumes_part_stays_one_source() -> None:
    for text in (
        "Смирнов А. Б. Сборник документов. – Вып. 3; Вып. 4. – Алматы, 1998.",
        "Иванов И. И. История. – Вып. 1. – 120 с.; Вып. 2. – 140 с. – Алматы, 1999.",
    ):
        assert len(parse_note(1, text, location=Location(path="t")).citations) == 1


def test_a_subtitle_naming_a_persons_letter_is_no_acts_kind() -> None:
    found = _one("Толстой и Восток : письмо Льва Толстого // Новый мир. – 1960. – № 5. – С. 12.")
    assert found.title == "Толстой и Восток : письмо Льва Толстого"


def test_gost_title_heads_the_model_left_out() -> None:
    found = _one(
        "Kofman M., Lee R. Not Built for Purpose: The Russian Military's Ill-Fated Force Design"
        " // War on the Rocks. 2022. 2 June. URL: https://warontherocks.com/2022/06/not-built/"
    )
    assert found.title == "Not Built for Purpose: The Russian Military's Ill-Fated Force Design"
    found = _one(
        "Tooze A. Chartbook #128: Russia's War Economy // Chartbook. 2022. 15 June. URL:"
        " https://adamtooze.substack.com/p/chartbook-128-russias-war-economy"
    )
    assert (found.title, _families(found.authors)) == (
        "Chartbook #128: Russia's War Economy",
        ["Tooze"],
    )


def test_a_title_opening_on_a_word_and_a_persons_initials_stays_the_titles() -> None:
    found = _one(
        "Кузнецов А. В. Творчество А. С. Пушкина и русская историография // Русская литература."
        " 2003. № 2. С. 15–29."
    )
    assert found.title == "Творчество А. С. Пушкина и русская историография"
    assert _families(found.authors) == ["Кузнецов"]


def test_a_family_after_its_initials_before_a_gost_title_stays_the_authors() -> None:
    found = _one(
        "И. Я. Евсеева-Колобова, Г. Ф. Зимин, Р. Ю. Тарасов-Филатова. Образ степи в романе «Аз и"
        " Я» // Фиторазнообразие Восточной Европы, вып. 33, 1968, С. 400–435."
    )
    assert found.title == "Образ степи в романе «Аз и Я»"


def test_a_family_after_its_initials_on_a_new_line_stays_the_authors() -> None:
    found = _one(
        'О. М. Дейнека, Г. Т. Данченко, Г. О.\nЩербань. "Образ степу в романі «Захар Беркут»" //'
        " Вісник Львівського університету. Серія філологічна Т. 37. № 10 (2007), С. 499–533."
    )
    assert found.title == "Образ степу в романі «Захар Беркут»"


def test_a_nature_books_editors_bracket_before_its_imprint() -> None:
    found = _one(
        "14. IPCC Climate Change 2021: The Physical Science Basis (eds Masson-Delmotte, V. et al.)"
        " (Cambridge Univ. Press, 2021)."
    )
    assert _families(found.editors) == ["Masson-Delmotte"]
    assert found.publisher == "Cambridge Univ. Press"
    assert found.title is not None
    assert "(eds" not in found.title


def test_a_nature_proceedings_paper_with_its_pages_and_house() -> None:
    found = _one(
        "Rakhimov, S. & Nazarov, A. Monitoring shrinkage of the Aral Sea using Landsat and"
        " Sentinel-2 imagery. In Proc. 2019 IEEE International Geoscience and Remote Sensing"
        " Symposium (IGARSS) 9132–9135 (IEEE, 2019)."
    )
    assert (found.container, found.page, found.publisher) == (
        "Proc. 2019 IEEE International Geoscience and Remote Sensing Symposium (IGARSS)",
        "9132–9135",
        "IEEE",
    )


def test_a_bodys_acronym_in_natures_imprint_bracket_is_the_house() -> None:
    found = _one(
        "FAO. Drainage and Salinity in Central Asia: AQUASTAT Regional Review. FAO Water Reports"
        " No. 47 (FAO, 2018)."
    )
    assert found.publisher == "FAO"


def test_an_editors_bracket_in_direct_order_is_left_alone() -> None:
    found = _one("Ahmet Kaya, Türk Tarihi (ed. J. Smith) (Ankara, 2005).")
    assert found.publisher is None


def test_a_supplied_imprint_in_brackets_after_a_quoted_title_stays() -> None:
    found = _one("Ahmedov, R. “Kochevniki” [Moscow: Nauka], 1990, 45.")
    assert (found.publisher_place, found.publisher) == ("Moscow", "Nauka")


def test_an_issues_season_before_the_year_is_no_house() -> None:
    found = _one("Central Asian Survey (Oxford: Spring 2001), 12.")
    assert found.publisher is None


def test_an_office_before_a_name_keeps_its_given_names() -> None:
    found = _one(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Türk Devletleri Teşkilatı 9. Zirvesi’nde yapılan"
        " konuşma, Semerkant, 11 Kasım 2022."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Erdoğan", "Recep Tayyip")]


def test_an_office_heading_a_bodys_name_names_no_person() -> None:
    found = _one(
        "President and Fellows of Harvard College. Harvard University Fact Book 2019. Cambridge,"
        " MA, 2019."
    )
    assert [n.family for n in found.authors] in ([], [None])


def test_a_turkish_title_opening_on_an_ordinal_keeps_it() -> None:
    found = _one("19. Yüzyıl Osmanlı Toplumu, İstanbul: Kitabevi, 2005, s. 33.")
    assert found.title == "19. Yüzyıl Osmanlı Toplumu"


def test_a_book_on_a_speech_dated_by_its_year_is_a_book() -> None:
    found = _one("Everett, E. The Gettysburg Address: Oration and Analysis. Boston, 1864.")
    assert found.type == "book"


def test_a_headline_on_a_meetings_date_is_no_interview() -> None:
    found = _one(
        '"Erdoğan-Putin görüşme tarihi belli oldu", Hürriyet, 3 Mart 2020,'
        " https://www.hurriyet.com.tr/dunya/erdogan-putin-41456789."
    )
    assert found.type == "article-newspaper"


def test_a_cited_page_beside_the_authors_calculations_keeps_the_source() -> None:
    note = parse_note(
        1,
        "Türkmenistanyň statistik ýyllyk neşiri. – Aşgabat, 2020. – 45 sah.; awtoryň"
        " hasaplamalary.",
        location=Location(path="t"),
    )
    assert note.kind == "citation"


def test_an_extent_after_a_short_titles_dash_stays_the_extent() -> None:
    found = _one("Smith, J. A History of Kazakhstan. 320 pp.")
    assert (found.page, found.number_of_pages) == (None, "320")


def test_a_conferences_days_inside_its_hosts_name_stay_the_hosts() -> None:
    found = _one(
        "Martinez Rivas, C. (2024). With references to references. In: Intelligent Text and Image"
        " Handling: Proceedings of a Conference on Intelligent Text and Image Handling `RIAO 91',"
        " Barcelona, Spain, 2–5 April 1991 (103–136). I.B. Tauris."
    )
    assert found.container is not None
    assert found.container.endswith("2–5 April 1991")


def test_initials_after_a_bodys_heading_are_no_bare_no_date_mark() -> None:
    found = _one("Ministry of Culture. T. Y. Akhmetov and the Kazakh Theatre. Almaty: Öner, 1991.")
    assert [n.literal for n in found.authors] != ["Ministry of Culture"]
