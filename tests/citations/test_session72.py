"""Forms read in session 72: a thesis's designation whole after the title's colon, a word's
head before its hyphen, a numbered list's body author, a newspaper's running number, APA's
house after an edition's bracket and its journal before an early view's phrase, an encyclopedia's
`Лит.:` lead and abbreviated cities, a prose lead with a quoted term before "see", a body's
name before a quoted title or its book, a given name before a glued initial, and two
interviews in one note. Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_thesis_designation_runs_on_to_its_last_word() -> None:
    found = _one(
        "22. Кенжебеков Б.Т. Организационно-педагогические основы формирования компетентности:"
        " автореф. дис. ... д-ра пед. наук: 13.00.08. – Алматы, 2005. – 48 с."
    )
    assert found.genre == "автореф. дис. ... д-ра пед. наук"


def test_a_kazakh_designation_opens_on_its_branch_of_science() -> None:
    found = _one(
        "15. Тұрғынбаева Б.А. Мұғалімнің шығармашылық әлеуетін дамыту технологиясы: пед. ғыл."
        " докт. ... дис. – Алматы, 2001. – 310 б."
    )
    assert (found.title, found.genre) == (
        "Мұғалімнің шығармашылық әлеуетін дамыту технологиясы",
        "пед. ғыл. докт. ... дис.",
    )


def test_a_capitalised_thesis_phrase_after_a_gost_title_is_the_genre() -> None:
    found = _one(
        "Yılmaz A. Bağımsızlık Sonrası Türkiye-Kazakistan İlişkileri (1991–2016): Yüksek Lisans"
        " Tezi. Ankara: Gazi Üniversitesi, 2017. 164 s."
    )
    assert (found.title, found.genre) == (
        "Bağımsızlık Sonrası Türkiye-Kazakistan İlişkileri (1991–2016)",
        "Yüksek Lisans Tezi",
    )


def test_a_subtitle_before_a_bracketed_thesis_word_stays_the_titles() -> None:
    found = _one(
        "Mukhametkaliyeva, S. (2016). Trilingual education policy in Kazakhstan: Teachers'"
        " perspectives (Master's thesis). Nazarbayev University Graduate School of Education,"
        " Astana."
    )
    assert found.genre == "Master's thesis"


def test_a_hyphenated_family_opening_a_numbered_entry_is_whole() -> None:
    found = _one(
        "21. Darling-Hammond L., Hyler M.E., Gardner M. Effective Teacher Professional"
        " Development. – Palo Alto: Learning Policy Institute, 2017. – 76 p."
    )
    assert _families(found.authors) == ["Darling-Hammond", "Hyler", "Gardner"]


def test_an_abbreviated_head_before_a_hyphen_is_the_places() -> None:
    found = _one(
        "M. A. Terentyev, Rossiya i Angliya v Sredney Azii (S.-Peterburg: Tipografiya P. P."
        " Merkulyeva, 1875), 88."
    )
    assert found.publisher_place == "S.-Peterburg"


def test_a_numbered_entrys_body_author_and_no_lost_number() -> None:
    found = _one(
        "32. UNESCO. Education 2030: Incheon Declaration and Framework for Action. – Paris:"
        " UNESCO, 2016. – 83 p."
    )
    assert (_families(found.authors), found.title, found.unparsed) == (
        ["UNESCO"],
        "Education 2030: Incheon Declaration and Framework for Action",
        (),
    )


def test_a_romanised_compilers_word_names_the_editor() -> None:
    found = _one(
        "Turkestanskiy kray. Sbornik materialov dlya istorii ego zavoevaniya, sost. A. G."
        " Serebrennikov, Taşkent 1914, c. 21, s. 88."
    )
    assert (found.title, _families(found.editors)) == (
        "Turkestanskiy kray. Sbornik materialov dlya istorii ego zavoevaniya",
        ["Serebrennikov"],
    )


def test_a_hosts_subtitle_after_in_stays_the_hosts() -> None:
    found = _one(
        "Martha Brill Olcott, “International Gas Trade in Central Asia,” in Natural Gas and"
        " Geopolitics: From 1970 to 2040, ed. David G. Victor, Amy M. Jaffe, and Mark H. Hayes"
        " (Cambridge: Cambridge University Press, 2006), 215–17."
    )
    assert found.container == "Natural Gas and Geopolitics: From 1970 to 2040"


def test_a_decade_closing_a_title_keeps_its_letter() -> None:
    found = _one(
        "Peyrouse, S. (2008). The “imperial minority”: An interpretative framework of the"
        " Russians in Kazakhstan in the 1990s. Nationalities Papers, 36(1), 105–123."
    )
    assert found.title == (
        "The “imperial minority”: An interpretative framework of the Russians in Kazakhstan in"
        " the 1990s"
    )


def test_a_newspapers_running_number_is_no_page() -> None:
    found = _one(
        "Атаев Б. Политика позитивного нейтралитета: итоги и перспективы // Нейтральный"
        " Туркменистан. 2020. 12 декабря. № 283 (29 431). С. 3."
    )
    assert (found.issue, found.page) == ("283", "3")


def test_apas_house_after_an_editions_bracket() -> None:
    found = _one(
        "Olcott, M. B. (2010). Kazakhstan: Unfulfilled promise? (Rev. ed.). Carnegie Endowment"
        " for International Peace."
    )
    assert (found.publisher, found.container) == (
        "Carnegie Endowment for International Peace",
        None,
    )


def test_a_house_named_for_a_person_keeps_the_initials() -> None:
    found = _one(
        "Zhussupova, G. T. (2016). Qazaqstandaghy etnosaralyq qatynastar ayasyndaghy til"
        " sayasaty [Language policy in the context of interethnic relations in Kazakhstan] [PhD"
        " dissertation]. L. N. Gumilyov Eurasian National University."
    )
    assert (found.publisher, found.publisher_place) == (
        "L. N. Gumilyov Eurasian National University",
        None,
    )


def test_apas_journal_before_an_early_views_phrase() -> None:
    found = _one(
        "Insebayeva, N. (2023). Soft power and memory politics in Kazakhstan’s ‘Rukhani"
        " Zhangyru’ programme. Central Asian Survey. Advance online publication."
        " https://doi.org/10.1080/02634937.2023.2184521"
    )
    assert (found.title, found.container) == (
        "Soft power and memory politics in Kazakhstan’s ‘Rukhani Zhangyru’ programme",
        "Central Asian Survey",
    )


def test_an_encyclopedias_literature_label_is_no_author() -> None:
    note = parsed_note(
        "Лит.: Абусеитова М. Х. Казахское ханство во второй половине XVI века. Алма-Ата, 1985;"
        " Султанов Т. И. Кочевые племена Приаралья в XV–XVII вв. М., 1982."
    )
    assert [_families(c.authors) for c in note.citations] == [["Абусеитова"], ["Султанов"]]


def test_a_titles_word_literature_before_its_colon_stays_the_titles() -> None:
    found = _one(
        "Ногайская литература: история и современность // Ногайский информационный портал."
        " URL: http://nogai-portal.ru/literatura/12 (дата обращения: 15.03.2021)."
    )
    assert found.title == "Ногайская литература: история и современность"


def test_an_abbreviated_city_before_the_year() -> None:
    note = parsed_note(
        "Атаниязов С. Словарь туркменских этнонимов. Аш., 1988; Мухамеджанов А. Р. История"
        " орошения Бухарского оазиса. Таш., 1978."
    )
    assert [(c.title, c.publisher_place) for c in note.citations] == [
        ("Словарь туркменских этнонимов", "Аш."),
        ("История орошения Бухарского оазиса", "Таш."),
    ]


def test_a_prose_lead_with_a_quoted_term_before_see() -> None:
    found = _one(
        "On the “nationalizing state,” see Rogers Brubaker, Nationalism Reframed: Nationhood and"
        " the National Question in the New Europe (Cambridge: Cambridge University Press,"
        " 1996), 63–66."
    )
    assert (_families(found.authors), found.title) == (
        ["Brubaker"],
        "Nationalism Reframed: Nationhood and the National Question in the New Europe",
    )


def test_a_romanised_russian_body_before_its_book() -> None:
    found = _one(
        "Agentstvo Respubliki Kazakhstan po statistike, Itogi natsional’noi perepisi naseleniia"
        " Respubliki Kazakhstan 2009 goda [Results of the 2009 National Population Census]"
        " (Astana, 2011), 21."
    )
    assert _families(found.authors) == ["Agentstvo Respubliki Kazakhstan po statistike"]


def test_a_body_before_a_quoted_title_and_its_series() -> None:
    found = _one(
        "U.S. Energy Information Administration, “Caspian Sea Region,” Country Analysis Brief,"
        " last updated November 2019, accessed February 11, 2023,"
        " https://www.eia.gov/international/analysis/regions-of-interest/Caspian_Sea."
    )
    assert (_families(found.authors), found.title) == (
        ["U.S. Energy Information Administration"],
        "Caspian Sea Region",
    )


def test_a_sites_name_before_a_quoted_title_stays_its_host() -> None:
    found = _one("Газета.ру, “Title of the news,” 12 March 2020.")
    assert (found.container, found.authors) == ("Газета.ру", ())


def test_a_bodys_comma_before_its_books_first_word() -> None:
    found = _one(
        "KazMunayGas, Annual Report 2022 (Astana: JSC NC KazMunayGas, 2023), 58–59,"
        " https://www.kmg.kz/upload/iblock/annual-report-2022-eng.pdf."
    )
    assert (_families(found.authors), found.title) == (["KazMunayGas"], "Annual Report 2022")


def test_a_given_name_before_a_glued_initial_and_family() -> None:
    found = _one(
        "Robert M.Hawley, “The Trans-Caspian Pipeline Is Back on the Agenda,” Oil & Gas"
        " Journal, March 2, 2020, 18–22."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Hawley", "Robert M.")]


def test_two_interviews_in_one_note() -> None:
    note = parsed_note(
        "Interview with Amangeldy Aitaly, Almaty, 12 May 2019; interview with Saule Zhakupova,"
        " journalist, Almaty, 14 May 2019."
    )
    assert [_families(c.authors) for c in note.citations] == [["Aitaly"], ["Zhakupova"]]


def test_a_loc_romanised_russian_title_is_russian() -> None:
    found = _one(
        "S. S. Zhilʹtsov, “Turkmenistan v borʹbe za evropeĭskiĭ gazovyĭ rynok” [Turkmenistan in"
        " the struggle for the European gas market], Vestnik MGIMO, no. 4 (2016): 70–78."
    )
    assert found.language == "ru"


def test_a_turkmen_writers_sole_name_in_cyrillic() -> None:
    found = _one("Магтымгулы. Сайланан эсерлер. – Ашгабат: Түркменистан, 1983. – 156 сах.")
    assert (_families(found.authors), found.title) == (["Магтымгулы"], "Сайланан эсерлер")


def test_a_roman_volume_before_its_word_and_a_turkmen_editors_short_word() -> None:
    found = _one(
        "Türkmen edebiýatynyň taryhy / Jog. red. A. Baýlyýew. – Aşgabat: Ylym, 2014. – III tom."
        " – 215–220 sah."
    )
    assert (found.volume, _families(found.editors), found.unparsed) == (
        "III",
        ["Baýlyýew"],
        (),
    )


def test_a_decrees_kind_after_a_glued_colon_before_the_gazette() -> None:
    found = _one(
        "Об изъятии и выселении крупнейших байских хозяйств и полуфеодалов: Декрет ЦИК и СНК"
        " КАССР от 27 августа 1928 г. // Собрание узаконений и распоряжений КАССР. 1928. № 20."
        " Ст. 156."
    )
    assert found.title == "Об изъятии и выселении крупнейших байских хозяйств и полуфеодалов"


def test_a_books_subtitle_opening_on_an_acts_word_stays_the_titles() -> None:
    found = _one("Экологическое право : закон и практика. М., 2001.")
    assert found.title == "Экологическое право : закон и практика"


def test_an_abbreviated_place_keeps_its_period_before_the_next_source() -> None:
    note = parsed_note(
        "Кляшторный С. Г. Рунические памятники Уйгурского каганата. СПб., 2010; Chavannes É."
        " Documents sur les Tou-kiue (Turcs) occidentaux. St.-Pb., 1903."
    )
    assert [c.publisher_place for c in note.citations] == ["СПб.", "St.-Pb."]


def test_a_kazakh_acts_issuer_date_and_kind_after_its_colon() -> None:
    found = _one(
        "40. Мектепке дейінгі тәрбие мен оқытудың мемлекеттік жалпыға міндетті стандартын бекіту"
        " туралы: ҚР Оқу-ағарту министрінің 2022 жылғы 3 тамыздағы № 348 бұйрығы. –"
        " https://adilet.zan.kz/kaz/docs/V2200029031 (қаралған күні: 12.01.2024)."
    )
    assert found.title == (
        "Мектепке дейінгі тәрбие мен оқытудың мемлекеттік жалпыға міндетті стандартын бекіту туралы"
    )


def test_an_acronym_house_after_an_encyclopedia() -> None:
    found = _one(
        "Zeki Velidi Togan, “Buhara”, İslâm Ansiklopedisi, MEB, İstanbul 1949, C. II, s. 761."
    )
    assert (found.container, found.publisher, found.publisher_place) == (
        "İslâm Ansiklopedisi",
        "MEB",
        "İstanbul",
    )


def test_a_page_run_after_a_volumes_label_is_the_volume() -> None:
    found = _one("Материалы по истории туркмен и Туркмении. М.; Л., 1938–1939. Т. 1–2.")
    assert (found.volume, found.page) == ("1–2", None)


def test_a_short_title_in_quotes_before_see_stays_a_source() -> None:
    note = parsed_note("Nazarbayev, “The Kazakhstan Way,” see also Tokayev, Light and Shadow, 45.")
    first = note.citations[0]
    assert (_families(first.authors), first.title) == (["Nazarbayev"], "The Kazakhstan Way")


def test_a_bodys_name_before_glued_initials_stays_whole() -> None:
    found = _one("Eurasian National University L.N.Gumilyov, Annual Report (Astana, 2019).")
    assert _families(found.authors) == ["Eurasian National University L.N.Gumilyov"]


def test_an_interview_with_an_officials_acronym_names_no_author() -> None:
    note = parsed_note("Smith, Title, 45; interview with UN official, Geneva, 2019.")
    assert [_families(c.authors) for c in note.citations] == [["Smith"], []]


def test_a_journal_after_an_editions_bracket_stays_the_host() -> None:
    found = _one("Smith, J. (2015). Central Asia (2nd ed.). Journal of Islamic Studies.")
    assert (found.container, found.publisher) == ("Journal of Islamic Studies", None)


def test_an_early_views_title_with_an_abbreviation_stays_whole() -> None:
    found = _one(
        "Smith, J. (2022). U.S. policy in Central Asia. Advance online publication."
        " https://doi.org/10.1080/09668136.2022.1"
    )
    assert (found.title, found.container) == ("U.S. policy in Central Asia", None)


def test_a_newspapers_abbreviated_city_before_its_day_stays_in_the_host() -> None:
    found = _one("Назаров Т. Статья // Туркменская искра. Аш., 1978, 5 мая.")
    assert found.type == "article-newspaper"


def test_a_subtitle_of_one_thesis_word_is_no_genre() -> None:
    found = _one("Yılmaz A. Tez Yazım Kılavuzu: Tez. Ankara: Nobel, 2015.")
    assert found.genre is None


def test_a_bodys_own_publication_is_a_report() -> None:
    found = _one(
        "Dünya Bankası, Kazakhstan Economic Update: Navigating the Headwinds (Washington, DC:"
        " World Bank, 2023), 14."
    )
    assert found.type == "report"
    found = _one(
        "Банк России. Обзор финансовой стабильности, IV квартал 2022 – I квартал 2023 г. – М.,"
        " 2023. – 88 с."
    )
    assert found.type == "report"


def test_a_bodys_book_from_a_house_or_its_dictionary_stays_a_book() -> None:
    found = _one(
        "UNESCO. Silk Roads: Dialogue, Diversity and Development. London: Routledge, 2008."
    )
    assert found.type == "book"
    found = _one("Türk Dil Kurumu, Türkçe Sözlük, 11. bs., Ankara: TDK Yayınları, 2011.")
    assert found.type == "book"


def test_a_subtitle_naming_a_law_and_its_year_stays_the_titles() -> None:
    found = _one("Osmanlı Toprak Düzeni: 1858 Arazi Kanunu.")
    assert found.title == "Osmanlı Toprak Düzeni: 1858 Arazi Kanunu"
    found = _one(
        "Трудовое право: закон и практика 1990-х гг. // Право и экономика. – 2001. – № 5. –"
        " С. 12–15."
    )
    assert (found.title, found.type) == (
        "Трудовое право: закон и практика 1990-х гг.",
        "article-journal",
    )


def test_an_editions_number_is_no_acts_number() -> None:
    found = _one("Семья и закон : Кодекс и комментарий. – 2-е изд. – Алматы, 2012.")
    assert found.title == "Семья и закон : Кодекс и комментарий"


def test_a_lithuanian_title_is_not_read_as_romanised_russian() -> None:
    found = _one("Tėvynės istorija. Vilnius: Mokslas, 1990.")
    assert found.language != "ru"


def test_a_newspapers_abbreviated_city_before_a_dashed_day() -> None:
    found = _one("Иванов И. Статья // Туркменская искра. – Аш., 1978. – 5 мая.")
    assert found.type == "article-newspaper"


def test_a_sentence_case_quoted_title_after_a_name_before_see_stays_a_source() -> None:
    note = parsed_note(
        "Cameron, “Famine and the state,” see also Sarah Cameron, The Hungry Steppe (Ithaca:"
        " Cornell University Press, 2018), 3."
    )
    assert note.citations[0].title == "Famine and the state"


def test_a_dictionary_after_an_editions_bracket_stays_the_host() -> None:
    found = _one("Smith, J. (2020). Kazakh (2nd ed.). Dictionary of Central Asian Islam.")
    assert (found.container, found.publisher) == ("Dictionary of Central Asian Islam", None)


def test_an_informants_family_in_capitals_is_the_author() -> None:
    found = _one("Информант: ИВАНОВА, 1935 г. р.")
    assert _families(found.authors) == ["ИВАНОВА"]


def test_two_decades_closing_two_runs_each_keep_their_letter() -> None:
    from citekit.citations.tagger.hyphen_bounds import glued_word_end
    from citekit.citations.tagger.tokens import tokenize

    tokens = tokenize("A 1990s 2000s")
    runs = [("title", 0, 2), ("other", 2, 3), ("title", 3, 4), ("other", 4, 5)]
    assert glued_word_end(tokens, runs) == [("title", 0, 3), ("title", 3, 5)]
