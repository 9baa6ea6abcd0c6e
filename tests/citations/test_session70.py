"""Forms read in session 70: a report's kind as a sentence after a title read as a host, an
event's date inside an OSCE-style title, a translation's edition in a closing bracket (`(Russ.
ed.: …)`), a host's imprint and bracketed translation, a periodical read as a place or a
number, Chinese characters glossing pinyin, GOST's `//` after an author-date year, a year
closing a Chicago author-date title, Tajik words and classical names, MDPI imprints and series,
Turkish legal co-authors and short forms, volume sentences. Each with the neighbouring form it
must leave alone."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import only_citation as _one


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_report_kind_sentence_after_a_title_read_as_a_host() -> None:
    found = _one(
        "Heathershaw, John, and David W. Montgomery. 2014. The Myth of Post-Soviet Muslim"
        " Radicalization in the Central Asian Republics. Research Paper. London: Chatham House."
    )
    assert (found.title, found.genre, found.container, found.type) == (
        "The Myth of Post-Soviet Muslim Radicalization in the Central Asian Republics",
        "Research Paper",
        None,
        "report",
    )


def test_a_chapter_host_before_a_sentence_that_is_no_kind_stays() -> None:
    found = _one("Smith, John. 2014. “The Steppe.” In Central Asia Revisited. London: Routledge.")
    assert (found.title, found.container, found.genre) == (
        "The Steppe",
        "Central Asia Revisited",
        None,
    )


def test_an_events_date_before_the_subtitles_colon_is_the_titles() -> None:
    found = _one(
        "OSCE/ODIHR. 2020. Republic of Kazakhstan, Parliamentary Elections, 10 January 2021:"
        " ODIHR Needs Assessment Mission Report. Warsaw: OSCE Office for Democratic Institutions"
        " and Human Rights."
    )
    assert found.title == (
        "Republic of Kazakhstan, Parliamentary Elections, 10 January 2021: ODIHR Needs"
        " Assessment Mission Report"
    )
    assert found.issued is not None
    assert found.issued.year == 2020
    assert found.issued.month is None


def test_a_house_before_the_years_comma_drops_its_last_period_as_the_corpus_does() -> None:
    found = _one("Ivanov I.I. Istoriya Rossii [History]. Moscow, Nauka Publ., 2010. 320 p.")
    assert found.publisher == "Nauka Publ"


def _sources(text: str) -> list[str | None]:
    note = parse_note(1, text, location=Location(path="x"))
    return [c.title for c in note.citations]


def test_a_translations_edition_in_a_closing_bracket_is_a_second_source() -> None:
    assert _sources(
        "Brzezinski Z. The Grand Chessboard. New York: Basic Books, 1997. 223 p. (Russ. ed.:"
        " Bzhezinskii Z. Velikaya shakhmatnaya doska. Moscow: Mezhdunarodnye otnosheniya Publ.,"
        " 1998. 256 p.)"
    ) == ["The Grand Chessboard", "Velikaya shakhmatnaya doska"]


def test_a_bracket_with_a_translators_name_alone_is_no_source() -> None:
    assert len(_sources("Smith J. Title. London: Routledge, 2010 (Türkçesi: Ali Kaya).")) == 1


def test_a_hosts_imprint_stops_at_the_years_comma_and_its_translation_is_no_host() -> None:
    found = _one(
        "Gorbunova E.S. Evraziiskii ekonomicheskii soyuz i Tsentral'naya Aziya: itogi pervogo"
        " desyatiletiya [The Eurasian Economic Union and Central Asia: Results of the First"
        " Decade]. In: Lebedev S.G. (ed.) Postsovetskoe prostranstvo: 30 let spustya [The"
        " Post-Soviet Space: 30 Years After]. Moscow: IMEMO RAN Publ., 2021, pp. 134–152."
        " (In Russ.)"
    )
    assert (found.container, found.publisher, found.issued and found.issued.year) == (
        "Postsovetskoe prostranstvo: 30 let spustya",
        "IMEMO RAN Publ",
        2021,
    )


def test_a_journals_bracketed_translation_and_a_name_inside_a_titles_are_no_fields() -> None:
    found = _one(
        "Kolesnikova O.A. Energeticheskaya diplomatiya Turkmenistana: mezhdu Kitaem i Evropoi"
        " [Turkmenistan's Energy Diplomacy: Between China and Europe]. Vestnik Moskovskogo"
        " universiteta. Seriya 25: Mezhdunarodnye otnosheniya i mirovaya politika [Lomonosov"
        " World Politics Journal], 2017, vol. 9, no. 2, pp. 34–58. (In Russ., abstract in Eng.)"
    )
    assert found.container == (
        "Vestnik Moskovskogo universiteta. Seriya 25: Mezhdunarodnye otnosheniya i mirovaya"
        " politika"
    )
    assert _families(found.authors) == ["Kolesnikova"]


def test_a_periodical_read_as_a_place_before_its_issue() -> None:
    found = _one(
        "Yakovleva E.V. Kazakhstanskii tranzit [Kazakhstan's Transit]. Ekspert, 2019, no. 12,"
        " pp. 34–38. (In Russ.)"
    )
    assert (found.container, found.publisher_place, found.issue) == ("Ekspert", None, "12")


def test_a_known_city_before_its_year_stays_the_place() -> None:
    found = _one("Ivanov I.I. Istoriya [History]. Almaty, 2019, vol. 2. 300 p.")
    assert found.publisher_place == "Almaty"


def test_chinese_characters_glossing_pinyin_are_read_apart_and_kept() -> None:
    found = _one(
        "Zhao Huasheng 赵华胜, “Zhongguo yu Zhongya guanxi de xin jieduan” 中国与中亚关系的新阶段"
        " [A New Stage in China–Central Asia Relations], Guoji wenti yanjiu 国际问题研究, no. 3"
        " (2014): 45–58."
    )
    assert (found.title, found.container, _families(found.authors)) == (
        "Zhongguo yu Zhongya guanxi de xin jieduan 中国与中亚关系的新阶段",
        "Guoji wenti yanjiu 国际问题研究",
        ["Zhao"],
    )
    assert str(found.authors[0]) == "Zhao Huasheng 赵华胜"


def test_a_note_in_chinese_characters_keeps_them() -> None:
    found = _one("王明：〈中亚研究〉，《历史研究》2010年第3期，第45—60页。")
    assert found.title is not None
    assert "中亚" in found.title


def test_gost_slashes_bound_the_title_after_an_author_date_year() -> None:
    found = _one(
        "Жильцов С.С. (2018). Водно-энергетические проблемы Центральной Азии: между"
        " сотрудничеством и конфликтом // Вестник РУДН. Серия: Международные отношения. Т. 18."
        " № 2. С. 361–374."
    )
    assert (found.title, found.container) == (
        "Водно-энергетические проблемы Центральной Азии: между сотрудничеством и конфликтом",
        "Вестник РУДН. Серия: Международные отношения",
    )


def test_a_year_closing_a_chicago_author_date_title_is_the_titles() -> None:
    found = _one("UNHCR. 2019. Global Trends: Forced Displacement in 2018. Geneva: UNHCR.")
    assert found.title == "Global Trends: Forced Displacement in 2018"
    assert found.issued is not None
    assert found.issued.year == 2019


def test_a_year_after_the_publishers_comma_is_the_works() -> None:
    found = _one("Smith, John. 2019. Kazakhstan. London: Routledge, 2018.")
    assert found.title == "Kazakhstan"


def test_a_name_read_as_an_issue_after_a_quoted_title_is_the_host() -> None:
    found = _one(
        "Güler, Hatice. 2018. “Özbekistanlı Kadın İşçiler: Bakım Emeğinin Görünmeyen Yüzü.”"
        " Bianet, 8 Mart. Erişim 2 Şubat 2021. https://bianet.org/kadin/emek/195402-ozbekistanli."
    )
    assert (found.container, found.issue) == ("Bianet", None)


def test_a_roman_issue_after_a_quoted_title_stays_a_number() -> None:
    found = _one("Kaya, A. “Başlık.” Türk Kültürü XII (1974): 45–50.")
    assert found.volume == "XII" or found.issue == "XII"


def test_tajik_op_cit_and_translator_words() -> None:
    note = parse_note(1, "Бартольд В.В. Асари зикршуда. – С. 118.", location=Location(path="x"))
    assert (str(note.kind), note.page) == ("opcit", "118")
    found = _one(
        "Наршахӣ Абӯбакр Муҳаммад. Таърихи Бухоро / тарҷумаи Н. Раҳимов. – Душанбе: Ирфон,"
        " 1979. – С. 31."
    )
    assert (found.title, _families(found.authors), _families(found.translators)) == (
        "Таърихи Бухоро",
        ["Наршахӣ"],
        ["Раҳимов"],
    )


def test_a_two_word_name_with_a_known_given_name_last_keeps_its_order() -> None:
    found = _one(
        "Feroz Ahmad, İttihatçılıktan Kemalizme, çev. Fatmagül Berktay, Kaynak Yay., İstanbul"
        " 1985, s. 60."
    )
    assert _families(found.authors) == ["Ahmad"]


def test_the_responsibilitys_name_without_the_fathers_name_is_the_heading_author() -> None:
    found = _one(
        "Абашин, С. Н. Советский кишлак : между колониализмом и модернизацией / Сергей Абашин."
        " — Москва : Новое литературное обозрение, 2015. — 864 с."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Абашин", "С. Н.")]


def test_a_title_opening_with_a_city_before_the_responsibility_slash() -> None:
    found = _one(
        "Семенов, И. Омск – Павлодар: мост через границу / Игорь Семенов // Омская правда. —"
        " 2019. — 14 авг. (№ 62). — С. 5."
    )
    assert (found.title, found.publisher, found.container) == (
        "Омск – Павлодар: мост через границу",
        None,
        "Омская правда",
    )


def test_a_news_agencys_kind_after_its_name_is_no_part_of_it() -> None:
    found = _one(
        "Ферганский конфликт 1989 года: 30 лет спустя [Электронный ресурс] // Фергана : информ."
        " агентство. — 2019. — 3 июня. — URL: https://fergana.news/articles/108338/"
    )
    assert found.container == "Фергана"


def test_a_long_domain_closing_its_sentence_is_the_site() -> None:
    found = _one("Горы Улытау. Kazakhstan.travel. Дата обращения: 3 апреля 2021.")
    assert (found.title, found.container) == ("Горы Улытау", "Kazakhstan.travel")


def test_a_long_domain_before_a_date_keeps_the_date() -> None:
    found = _one(
        "Осмонов Ө. Манас эпосу. Kaktus.media, 2022-жылдын 10-январы."
        " https://kaktus.media/doc/452123.html"
    )
    assert found.issued is not None
    assert found.issued.year == 2022


def test_mdpis_house_and_place_after_the_semicolon() -> None:
    found = _one(
        "Zonn, I.S.; Glantz, M.H.; Kosarev, A.N.; Kostianoy, A.G. The Aral Sea Encyclopedia;"
        " Springer: Berlin/Heidelberg, Germany, 2009."
    )
    assert (found.publisher, found.publisher_place) == ("Springer", "Berlin/Heidelberg, Germany")


def test_mdpis_imprint_after_a_report_number_is_no_source_of_its_own() -> None:
    note = parse_note(
        1,
        "USDA Foreign Agricultural Service. Kazakhstan: Grain and Feed Annual; GAIN Report No."
        " KZ2021-0003; USDA: Washington, DC, USA, 2021. Available online: https://apps.fas."
        "usda.gov/report.pdf (accessed on 15 March 2021).",
        location=Location(path="x"),
    )
    assert len(note.citations) == 1
    assert note.citations[0].publisher == "USDA"


def test_see_also_a_chicago_book_after_a_semicolon_is_a_second_source() -> None:
    assert (
        len(
            _sources(
                "See Benedict Anderson, Imagined Communities (London: Verso, 2006), 37–46; see also"
                " Ernest Gellner, Nations and Nationalism (Oxford: Blackwell, 1983), 19."
            )
        )
        == 2
    )


def test_a_title_word_before_a_bracketed_translator_is_the_titles() -> None:
    found = _one(
        "René Grousset, Bozkır İmparatorluğu: Attila, Cengiz Han, Timur, (çev. Halil İnan),"
        " Ötüken Neşriyat, İstanbul 1980, s. 134."
    )
    assert (found.title, _families(found.translators)) == (
        "Bozkır İmparatorluğu: Attila, Cengiz Han, Timur",
        ["İnan"],
    )


def test_a_house_read_as_the_title_after_the_title_read_as_a_host() -> None:
    found = _one(
        "Nadir Devlet, Rusya Türklerinin Millî Mücadele Tarihi (1905-1917), Türk Kültürünü"
        " Araştırma Enstitüsü Yay., Ankara, 1985, s.143."
    )
    assert (found.title, found.publisher, found.container) == (
        "Rusya Türklerinin Millî Mücadele Tarihi (1905-1917)",
        "Türk Kültürünü Araştırma Enstitüsü Yay",
        None,
    )


def test_an_apa_article_number_after_a_title_read_with_its_journal() -> None:
    found = _one(
        "Kireyeva, A. A., Satpayeva, Z. T., & Urdabayev, M. T. (2022). Analysis of the digital"
        " readiness and the level of the regions’ development in Kazakhstan. Sustainability,"
        " 14(11), Article 6541. https://doi.org/10.3390/su14116541"
    )
    assert (found.container, found.volume) == ("Sustainability", "14")
    assert found.title is not None
    assert found.title.endswith("in Kazakhstan")


def test_a_reprints_year_after_a_chicago_title_is_no_part_of_it() -> None:
    found = _one(
        "Stanton, Mary. 1903. Letters from Vernyi. Reprint, Project Gutenberg, 2020."
        " https://www.gutenberg.org/ebooks/61234."
    )
    assert found.title == "Letters from Vernyi"


def test_slash_joined_co_authors_with_initials() -> None:
    found = _one(
        "M. Kemal Oğuzman/M. Turgut Öz, Borçlar Hukuku Genel Hükümler, C. I, 15. Baskı, Vedat"
        " Kitapçılık, İstanbul 2018, s. 45."
    )
    assert _families(found.authors) == ["Oğuzman", "Öz"]


def test_a_body_of_initials_joined_by_a_slash_stays_one_name() -> None:
    found = _one(
        "OSCE/ODIHR. 2020. Republic of Kazakhstan: Needs Assessment Mission Report. Warsaw:"
        " OSCE Office for Democratic Institutions and Human Rights."
    )
    assert _families(found.authors) == ["OSCE/ODIHR"]


def test_a_short_forms_volume_after_the_author() -> None:
    found = _one("Oğuzman/Öz, C. I, s. 412.")
    assert (_families(found.authors), found.volume, found.page, found.title) == (
        ["Oğuzman", "Öz"],
        "I",
        "412",
        None,
    )


def test_a_family_with_a_particle_after_a_semicolon_is_a_source() -> None:
    assert len(_sources("Oğuzman/Öz, C. I, s. 398; Eren, s. 540; von Tuhr, s. 236.")) == 3


def test_a_volume_sentence_after_the_hosts_title() -> None:
    found = _one(
        "Durdyýew H. Türkmen dessançylyk däpleri // Türkmen edebiýatynyň taryhy. 2-nji tom. –"
        " Aşgabat: Ylym, 2012. – S. 145–198."
    )
    assert (found.container, found.volume) == ("Türkmen edebiýatynyň taryhy", "2")


def test_a_volume_sentence_with_a_labelled_volume_later_stays_the_titles() -> None:
    found = _one("Türkmen edebiýatynyň taryhy. 7 tom. – 2 t. – Aşgabat : Ylym, 2012. – 410 s.")
    assert found.volume == "2"


def test_soviet_turkmen_cyrillic_titles_are_turkmen() -> None:
    found = _one(
        "Каррыев Б. А. «Гөроглы» эпосының түркмен версиясы. – Ашгабат: Ылым, 1983. – 212 с."
    )
    assert found.language == "tk"


def test_acs_title_read_as_a_host_before_the_journal_and_year() -> None:
    found = _one(
        "Bekturganov, Z.; Tussupova, K. Water Related Health Problems in Central Asia—A Review."
        " Water 2016, 8, 219."
    )
    assert (found.title, found.container, found.volume, found.page) == (
        "Water Related Health Problems in Central Asia—A Review",
        "Water",
        "8",
        "219",
    )


def test_mdpis_series_and_number_after_the_titles_semicolon() -> None:
    found = _one(
        "Djanibekov, N.; Petrick, M.; Herzfeld, T. Land Tenure Security and Agricultural"
        " Investment in Central Asia; IAMO Discussion Paper No. 189; Leibniz Institute of"
        " Agricultural Development in Transition Economies (IAMO): Halle (Saale), Germany, 2012."
    )
    assert (found.title, found.collection_title, found.issue) == (
        "Land Tenure Security and Agricultural Investment in Central Asia",
        "IAMO Discussion Paper",
        "189",
    )


# guards for the regressions the session's reviews reproduced


def test_a_see_word_and_its_colon_before_an_author_date_mention_opens_a_source() -> None:
    assert (
        len(
            _sources(
                "Бартольд В. В. Туркестан в эпоху монгольского нашествия. М., 1963. С. 45; см.:"
                " Наливкин, 1886, с. 221."
            )
        )
        == 2
    )


def test_a_german_short_form_with_its_colon_after_a_semicolon_opens_a_source() -> None:
    assert (
        len(
            _sources(
                "Vgl. Larenz: Methodenlehre der Rechtswissenschaft, 1991, S. 45; Canaris:"
                " Systemdenken, 1983, S. 12."
            )
        )
        == 2
    )


def test_a_bodys_imprint_after_a_dated_work_opens_a_source() -> None:
    assert (
        len(
            _sources(
                "Materials Studio, version 2020; Dassault Systèmes BIOVIA: San Diego, CA, 2020."
            )
        )
        == 2
    )


def test_ibid_before_a_translations_bracket_stays_ibid() -> None:
    note = parse_note(
        1,
        "Ibid., p. 45 (Russ. ed.: Bzhezinskii Z. Velikaya shakhmatnaya doska. Moscow, 1998,"
        " p. 52.)",
        location=Location(path="x"),
    )
    assert str(note.kind) == "ibid"


def test_a_translations_bracket_with_an_imprint_alone_is_no_source() -> None:
    assert (
        len(
            _sources(
                "Tolstoy L. War and Peace. London: Penguin, 2005. (Russian ed.: Moscow, 1869.)"
            )
        )
        == 1
    )


def test_characters_that_are_the_title_itself_stay_the_title() -> None:
    assert (
        _one("Wang Y. 中国外交 [Chinese diplomacy]. Beijing: Renmin Press; 2010. p. 45.").title
        == "中国外交"
    )
    assert (
        _one("《中国统计年鉴》, Beijing: China Statistics Press, 2016, p. 45.").title
        == "中国统计年鉴"
    )


def test_kana_among_the_characters_stay_with_them() -> None:
    found = _one(
        "Maruyama Masao 丸山眞男, Nihon no shisō 日本の思想 (Tokyo: Iwanami Shoten, 1961), 12."
    )
    assert found.title == "Nihon no shisō 日本の思想"


def test_characters_inside_another_scripts_words_stay() -> None:
    found = _one(
        '한국민족문화대백과사전. "고려인(高麗人)." https://encykorea.aks.ac.kr/Article/E0004560'
    )
    assert found.title is not None
    assert "高麗人" in found.title


def test_namesakes_in_the_responsibility_are_each_an_author() -> None:
    found = _one(
        "Иванов, А. В. История Казахстана / Андрей Иванов, Алексей Иванов. – Алматы, 2010. – 200 с."
    )
    assert len(found.authors) == 3


def test_a_latin_name_whose_family_is_a_given_name_keeps_its_order() -> None:
    assert _families(_one("Ali İhsan Turgut, Osmanlı Ekonomisi, Ankara, 2001, s. 12.").authors) == [
        "Turgut"
    ]


def test_a_titles_first_sentence_before_a_slash_is_no_author() -> None:
    found = _one("Divan-ı Hikmet. Seçmeler / haz. Hayati Bice. Ankara: TDV, 1993.")
    assert (found.title, found.authors) == ("Divan-ı Hikmet. Seçmeler", ())


def test_a_reference_works_name_before_its_volume_is_no_author() -> None:
    found = _one("İslam Ansiklopedisi, C. 5, s. 12.")
    assert (found.container, found.authors) == ("İslam Ansiklopedisi", ())


def test_a_co_author_and_title_before_a_colon_and_a_city_are_no_house() -> None:
    found = _one(
        "Smith, J.; Jones, K. Land Use Change and Urban Heat Islands: Almaty, Kazakhstan,"
        " 2000–2020. Sustainability 2021, 13, 1234."
    )
    assert (_families(found.authors), found.publisher) == (["Smith", "Jones"], None)


def test_the_notes_head_before_a_bracketed_translator_is_its_author() -> None:
    found = _one("Ibn Haldun, Mukaddime, (çev. Süleyman Uludağ), Dergâh, İstanbul, 2012.")
    assert found.title == "Mukaddime"


def test_a_persons_name_before_a_bracketed_editor_is_no_title() -> None:
    found = _one("Reşat Genç, Türk İslam Devletleri, Ahmet Kaya, (ed. Mehmet Öz), Ankara, 2000.")
    assert found.title == "Türk İslam Devletleri"


def test_a_sets_volume_and_book_sentences_stay_the_titles() -> None:
    assert _one("Türkmen halk döredijiligi. 3 tom. 2 kitap. – A., 1980.").volume is None


def test_an_abbreviation_glued_to_a_word_is_no_domain() -> None:
    assert _one("Сейфуллин С. Избранное. Гос.издат. 1935.").container is None


def test_two_works_parted_by_a_semicolon_are_no_series() -> None:
    assert _one("Beethoven, L. Symphony No. 5; Piano Concerto No. 3.").collection_title is None


def test_a_quoted_entry_and_its_host_before_an_acs_journal() -> None:
    found = _one('Doe, J. "The Aral Sea", Encyclopedia of Water. Water 2015, 7, 100.')
    assert found.title == "The Aral Sea"


def test_an_unknown_place_before_a_books_volume_stays_the_place() -> None:
    found = _one("Бартольд В. В. Сочинения. Туркестан, 1963, т. 2, с. 45.")
    assert (found.publisher_place, found.container) == ("Туркестан", None)


def test_a_papers_date_before_its_sections_colon_stays_the_papers() -> None:
    found = _one(
        "Smith, J. 2021. Kazakhstan votes. Financial Times, 16 January 2021: Special Report."
        " London."
    )
    assert found.container == "Financial Times"


def test_a_houses_own_comma_before_no_year_stays_in_its_name() -> None:
    found = _one(
        "Kurbanov, R.M. (2004) 'Solevoi perenos', in Tursunova, L.A. (ed.) Problemy Priaral'ya"
        " [Problems of the Aral Sea]. Moscow: Nauka, Glav. red. vost. lit., 1970, pp. 112–130."
    )
    assert found.publisher == "Nauka, Glav. red. vost. lit"


def test_a_season_in_the_issues_place_stays_the_issue() -> None:
    found = _one('Smith, J. 2019. "Nomads." Slavic Review 78 (Summer): 45–60.')
    assert found.issue == "Summer"


def test_a_company_house_with_its_comma_before_the_colon() -> None:
    found = _one(
        "Aral Sea. In Encyclopaedia Britannica; Encyclopaedia Britannica, Inc.: Chicago, IL, USA,"
        " 2022. Available online: https://www.britannica.com/place/Aral-Sea (accessed on 9 March"
        " 2023)."
    )
    assert (found.publisher, found.publisher_place) == (
        "Encyclopaedia Britannica, Inc.",
        "Chicago, IL, USA",
    )


def test_a_labelled_source_after_a_short_forms_page_opens_a_source() -> None:
    assert len(_sources("Yılmaz, Türk Tarihi, s. 45; Kaynak: TÜİK, 2020.")) == 2


def test_a_title_with_a_colon_after_ibid_is_a_source_of_its_own() -> None:
    assert len(_sources("Ibid.; Kazakhstan: Past and Present, Almaty, 2005.")) == 2


def test_an_acs_company_house_with_an_initialism() -> None:
    found = _one("Brown, A. Soil Science; Elsevier B.V.: Amsterdam, The Netherlands, 2015.")
    assert found.publisher_place is not None
    assert found.publisher_place.startswith("Amsterdam")


def test_an_isnad_translators_name_in_the_bracket_is_no_source() -> None:
    found = _one(
        "Barthold, W. Turkestan Down to the Mongol Invasion. London, 1928 (Türkçesi: Hakkı Dursun"
        " Yıldız, Moğol İstilasına Kadar Türkistan, Ankara 1990)."
    )
    assert _families(found.translators) == ["Yıldız"]


def test_characters_inside_a_title_stay_where_they_are() -> None:
    found = _one(
        "Zhao Tingyang, “The Concept of 天下 in Chinese Political Thought,” Journal 12 (2010): 5."
    )
    assert found.title == "The Concept of 天下 in Chinese Political Thought"


def test_characters_between_two_names_of_one_value_go_back_between_them() -> None:
    assert _one("Laozi 老子, Daodejing 道德经, chap. 12.").title == "Laozi 老子, Daodejing 道德经"


def test_a_year_after_the_characters_stays_the_date() -> None:
    found = _one("Wang Jisi 王缉思 2012. “Xijin.” Huanqiu Shibao, October 17.")
    assert found.issued is not None
    assert (found.issued.year, found.issued.month) == (2012, 10)


def test_an_unknown_cyrillic_place_before_an_issue_stays_the_place() -> None:
    found = _one("Иванов И. И. Материалы по истории. Хорог, 1963, вып. 2, с. 45.")
    assert found.container is None


def test_a_year_closing_another_sentence_is_no_titles() -> None:
    assert _one("Smith, John. 2019. Nomads. Paper presented in 2018.").title == "Nomads"
