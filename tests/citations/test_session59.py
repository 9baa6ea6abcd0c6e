"""Forms read in session 59: GOST 7.0.100's designation before an archive, a head author named
again after the slash, an ibid's page before a remark, a short form followed by prose, short
forms with a quoted entry's host or an edition's editor, a see phrase opening with "also",
Kazakh Latin access labels, an encyclopedia entry named for a person, a part's number before
the imprint's bracket, a periodical's page after its date, the cited page after an article's
range, a classical author's given name, OSCOLA's short form and article, a body before
Harvard's year, a long body's name, and NLM's date; each with the neighbouring form it must
leave alone."""

from __future__ import annotations

from citekit.model import NoteKind
from tests.citations.parsed import first_citation as _first
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def test_a_content_designation_before_an_archive_is_no_title() -> None:
    found = _one(
        "Протоколы заседаний правления губсоюза, 1923. — Текст : непосредственный // ЦГАСО."
        " — Ф. Р-1034. — Оп. 1. — Д. 47. — Л. 12–38."
    )
    assert found.title == "Протоколы заседаний правления губсоюза, 1923"
    assert found.archive == "ЦГАСО"


def test_the_head_author_named_again_after_the_slash_ends_at_its_initials() -> None:
    found = _one(
        "Harding, M. Peasants, Markets and the State / M. Harding. — 2nd ed. — Cambridge :"
        " Cambridge University Press, 2008. — 312 p."
    )
    assert found.title == "Peasants, Markets and the State"
    assert [(n.family, n.given) for n in found.authors] == [("Harding", "M.")]


def test_other_initials_after_the_slash_cut_nothing() -> None:
    found = _one("Harding, M. Peasants, Markets and the State / J. Smith. — Cambridge : CUP, 2008.")
    assert found.title != "Peasants, Markets and the State"


def test_an_ibid_page_before_a_remark_after_a_semicolon() -> None:
    note = _note("Ibid., 15–16; emphasis added.")
    assert (note.kind, note.page) == (NoteKind.IBID, "15–16")


def test_an_ibid_then_a_source_after_a_semicolon_cites_both() -> None:
    note = _note("Ibid., 45; Smith, Energy Politics, 12.")
    assert note.kind is NoteKind.CITATION
    assert len(note.citations) == 2


def test_a_short_form_then_its_discussion_cites() -> None:
    note = _note(
        "Karaca, Stratejik Denge, 90. Karaca’s argument, however, predates the closure of the"
        " Straits to belligerent warships in February 2022 and should be read in that light."
    )
    assert note.kind is NoteKind.CITATION
    found = note.citations[0]
    assert (found.title, found.page) == ("Stratejik Denge", "90")


def test_a_quoted_short_title_with_its_comma_inside_then_prose() -> None:
    found = _one(
        'Kaliyeva, "Gazovaya politika Turkmenistana," 104. Kaliyeva\'s figures differ somewhat'
        " from those of the IEA, which relies on Chinese customs data."
    )
    assert (found.title, found.page, found.container) == (
        "Gazovaya politika Turkmenistana",
        "104",
        None,
    )


def test_prose_with_no_short_form_stays_a_comment() -> None:
    note = _note("Karaca’s argument, however, is discussed at length in the next section.")
    assert note.kind is NoteKind.COMMENT


def test_a_quoted_entry_and_its_host_among_sources_is_read_in_full() -> None:
    note = _note(
        "Abdülkadir İnan, “Kazak”, İA, VI, 476-480; Ahmet Kanlıdere, “Kazakistan”, DİA, XXV,"
        " 105-110."
    )
    assert [(c.title, c.container, c.volume) for c in note.citations] == [
        ("Kazak", "İA", "VI"),
        ("Kazakistan", "DİA", "XXV"),
    ]


def test_a_quoted_short_title_with_its_comma_inside_stays_a_short_form() -> None:
    note = _note("Whitfield, “Dissenting Networks,” 14; Smith, Oil, 5.")
    assert [(c.title, c.page) for c in note.citations] == [
        ("Dissenting Networks", "14"),
        ("Oil", "5"),
    ]


def test_a_classical_texts_editor_in_brackets_is_no_title() -> None:
    note = _note("Taberî, Târîh (Ebü'l-Fazl), VII, 55-59; Belâzürî, Fütûh (Rıdvân), s. 410-415.")
    assert [(c.title, c.volume, c.page) for c in note.citations] == [
        ("Târîh", "VII", "55-59"),
        ("Fütûh", None, "410-415"),
    ]


def test_two_bracketed_words_stay_the_short_titles() -> None:
    note = _note("Smith, Oil (Part Two), 5; Jones, Gas, 7.")
    assert note.citations[0].title == "Oil (Part Two)"


def test_a_see_phrase_that_opens_with_also_starts_a_source() -> None:
    note = _note(
        "Barthold, Dersler, s. 112-118; ayrıca bk. Yusuf Akçura, Türkçülük, İstanbul 1928,"
        " s. 45-48."
    )
    assert [c.title for c in note.citations] == ["Dersler", "Türkçülük"]


def test_kazakh_latin_access_label() -> None:
    found = _one(
        "UNESCO. (2021). World atlas of languages: Kazakh."
        " https://en.wal.unesco.org/languages/kazakh (qaralğan künı: 03.02.2023)"
    )
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2023-02-03"


def test_kazakh_the_named_article_is_an_op_cit() -> None:
    note = _note("Жұмабаева Г.К., Серікбаев Т.Ж. Аталған мақала. – 50-б.")
    assert note.kind is NoteKind.OPCIT


def test_an_encyclopedia_entry_named_for_a_person() -> None:
    found = _one(
        "Сәтбаев Қаныш Имантайұлы // Қазақ Совет энциклопедиясы. — Алматы: ҚСЭ Бас редакциясы,"
        " 1977. — Т. 10. — 142–143 б."
    )
    assert (found.title, found.container, found.publisher, found.publisher_place) == (
        "Сәтбаев Қаныш Имантайұлы",
        "Қазақ Совет энциклопедиясы",
        "ҚСЭ Бас редакциясы",
        "Алматы",
    )
    assert found.authors == ()
    assert found.type == "entry-encyclopedia"


def test_an_article_signed_with_initials_before_a_journal_keeps_its_author() -> None:
    found = _one("Сәтбаев Қ. И. Кен байлықтары // Қазақ әдебиеті. — 1950. — № 4. — Б. 12.")
    assert [n.family for n in found.authors] == ["Сәтбаев"]


def test_a_parts_number_before_the_imprints_bracket() -> None:
    found = _one(
        "I. P. Kostenko, Ocherki po istorii irrigatsii Turkestana, vol. 2, pt. 1 (Tashkent:"
        " Fan, 1968), 45."
    )
    assert (found.volume, found.container, found.publisher) == ("2", None, "Fan")


def test_digits_after_a_periodicals_date_are_the_page() -> None:
    found = _one("Pravda, 12 March 1930, 2-3.")
    assert (found.container, found.page) == ("Pravda", "2-3")


def test_the_cited_page_after_an_articles_range() -> None:
    found = _one(
        "Nurlan Abdrakhmanov, “Rus Kolonyal Politikasında Yerleşimci Köylü Meselesi”, Bilig 92"
        " (Kış 2020), 201-226, 210. https://doi.org/10.12995/bilig.9209"
    )
    assert found.page == "210"


def test_the_cited_page_after_a_range_read_as_an_access_date() -> None:
    found = _one(
        "Ж. Сәрсенбаев, “Ресей империясының Түркістан өлкесіндегі отарлық саясаты”, Қазақ"
        " тарихы, № 4 (2005), 22-27, 24."
    )
    assert (found.page, found.accessed) == ("24", None)


def test_a_page_outside_the_range_is_a_second_place() -> None:
    found = _one("Ali Kaya, “Başlık”, Bilig 92 (Kış 2020), 201-226, 310.")
    assert found.page != "310"


def test_a_classical_authors_long_given_name() -> None:
    found = _one(
        "Buhârî, Ebû Abdullah Muhammed b. İsmâîl. el-Câmiʿu's-sahîh. Riyad: Dâru's-Selâm,"
        " 1419/1999."
    )
    assert found.title == "el-Câmiʿu's-sahîh"
    assert [(n.family, n.given) for n in found.authors] == [
        ("Buhârî", "Ebû Abdullah Muhammed b. İsmâîl")
    ]


def test_oscola_short_forms() -> None:
    found = _one("Rakhimov (n 2) 130-31.")
    assert ([n.literal or n.family for n in found.authors], found.page) == (["Rakhimov"], "130-31")
    titled = _one("Bowring, Law, Rights and Ideology in Russia (n 21) 118.")
    assert (titled.title, titled.page) == ("Law, Rights and Ideology in Russia", "118")
    both = _note("Rakhimov (n 2) 140; Tashkentov (n 28) 327.")
    assert both.kind is NoteKind.CITATION
    assert [c.page for c in both.citations] == ["140", "327"]


def test_an_oscola_article_with_its_issue() -> None:
    found = _one(
        "Farrukh Tashkentov, 'Reassessing the No-Harm Rule in the Amu Darya Basin' (2021)"
        " 46(3) Water International 321, 330."
    )
    assert (found.container, found.volume, found.issue, found.page) == (
        "Water International",
        "46",
        "3",
        "330",
    )


def test_a_body_before_harvards_bracketed_year() -> None:
    found = _first(
        "SANIIRI (1988) Skhema kompleksnogo ispol'zovaniya vodnykh resursov basseina Amudar'i."
        " Tashkent: SANIIRI."
    )
    assert [n.literal for n in found.authors] == ["SANIIRI"]
    assert found.title == "Skhema kompleksnogo ispol'zovaniya vodnykh resursov basseina Amudar'i"


def test_a_person_before_harvards_year_stays_the_author() -> None:
    found = _first("Tursunov, B. (2018) Wetland recovery in the Northern Aral Sea. Tashkent: Fan.")
    assert [n.family for n in found.authors] == ["Tursunov"]


def test_a_long_bodys_name_before_the_title() -> None:
    found = _one(
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the"
        " Republic of Kazakhstan. Demographic statistics [Internet]. Astana: Bureau of National"
        " Statistics; 2023 [cited 2023 Oct 2]. Available from: https://stat.gov.kz/en/"
    )
    assert found.title == "Demographic statistics"
    assert len(found.authors) == 1


def test_nlm_year_month_day() -> None:
    found = _one(
        "Omarova D. Kazakhstan launches national screening program. The Astana Times. 2022 Apr"
        " 14 [cited 2023 Jan 9]. Available from: https://astanatimes.com/2022/04/screening/"
    )
    assert found.issued is not None
    assert found.accessed is not None
    assert (found.issued.isoformat(), found.accessed.isoformat()) == ("2022-04-14", "2023-01-09")


def test_a_titles_last_verb_is_no_last_modified_label() -> None:
    found = _first(
        "Мүсірепов мұражайы жаңартылды (каз.). Егемен Қазақстан (5 октября 2021). Дата"
        " обращения: 7 октября 2021."
    )
    assert found.title == "Мүсірепов мұражайы жаңартылды"


def test_a_last_modified_label_before_its_date_is_cut() -> None:
    found = _first(
        "“Kazakhstan.” Wikipedia, last modified April 12, 2023."
        " https://en.wikipedia.org/wiki/Kazakhstan."
    )
    assert found.container == "Wikipedia"


def test_mlas_shortened_university_press() -> None:
    found = _one(
        "Akhmetova, Saule. The Steppe in Print: Kazakh Literature and the Soviet Project,"
        " 1920–1960. U of Wisconsin P, 2018."
    )
    assert found.title == "The Steppe in Print: Kazakh Literature and the Soviet Project, 1920–1960"
    assert found.publisher == "U of Wisconsin P"


def test_an_initial_u_is_no_university() -> None:
    found = _one(
        "Abenova M, Kozhamkulov U, Tulegenova A. Drug-resistant tuberculosis among prisoners."
        " Int J Tuberc Lung Dis. 2019;23(4):456-62."
    )
    assert found.publisher is None


def test_mlas_host_after_the_quoted_title_with_its_small_words() -> None:
    found = _one(
        'Hale, Rebecca. "After Pamuk: The Istanbul Novel." The Cambridge Companion to the'
        " Turkish Novel, edited by Deniz Aksoy, Cambridge UP, 2022, pp. 201–18."
    )
    assert found.container == "The Cambridge Companion to the Turkish Novel"


def test_chicagos_in_before_the_host_stays_out_of_it() -> None:
    found = _one(
        "Green, Paul. “Nomads and the State.” In Histories of Eurasia, edited by Anna White,"
        " 45-67. London: Routledge, 2019."
    )
    assert found.container == "Histories of Eurasia"


def test_a_place_after_an_editors_label_stays_the_place() -> None:
    found = _one(
        "İnönü, Gülenay, “Enerji Politikaları”, Popülizm, Ed. Rıza Bayram - Cem Yılmaz, Tokat,"
        " 2005, ss. 343-362."
    )
    assert found.publisher != "Tokat"


def test_a_theses_grantor_in_oscolas_bracket() -> None:
    found = _one(
        "Madina Ibragimova, 'Equitable Utilisation in the Aral Sea Basin: A Legal Analysis'"
        " (PhD thesis, University of Dundee 2017) 88."
    )
    assert (found.publisher, found.page) == ("University of Dundee", "88")


def test_ojs_vancouver_date_with_the_months_period() -> None:
    found = _one(
        "Çelik H, Arslan K. Osmanlı Devleti’nde Tımar Sisteminin Çözülmesi. Tarih İncelemeleri"
        " Dergisi [İnternet]. 2018 Tem. 15 [erişim 2022 Mar. 7];33(1):201-26. Erişim adresi:"
        " https://dergipark.org.tr/tr/pub/tid/issue/38417/445210"
    )
    assert found.issued is not None
    assert found.accessed is not None
    assert (found.issued.isoformat(), found.accessed.isoformat()) == ("2018-07-15", "2022-03-07")


def test_gost_7_0_100_acts_kind_after_its_names_colon() -> None:
    found = _first(
        "О потребительской кооперации : декрет СНК от 20 марта 1919 г. — Текст :"
        " непосредственный // Декреты Советской власти. Т. 4. — Москва : Политиздат, 1968."
        " — С. 503–508."
    )
    assert found.title == "О потребительской кооперации"
    adopted = _first(
        "Российская Федерация. Конституция (1993). Конституция Российской Федерации : принята"
        " всенародным голосованием 12 декабря 1993 года. — Москва : Эксмо, 2013. — 63 с."
    )
    assert adopted.title == "Конституция Российской Федерации"


def test_a_subtitle_after_a_spaced_colon_stays_the_titles() -> None:
    found = _first(
        "Иванов, И. И. Кооперация : история и практика. — Москва : Наука, 2019. — 304 с."
    )
    assert found.title == "Кооперация : история и практика"


def test_a_quoted_paper_then_the_occasion_it_was_presented_at() -> None:
    found = _one(
        "Sadykova, L. (2019), ‘Digital Authoritarianism in Turkmenistan’, paper presented at the"
        " ESCAS Biennial Conference, Tashkent, 27–29 September 2019."
    )
    assert (found.title, found.container) == (
        "Digital Authoritarianism in Turkmenistan",
        "ESCAS Biennial Conference",
    )


def test_a_reviews_words_after_the_quote_are_no_host_when_one_is_named() -> None:
    found = _one(
        "Hugh Pelham, ‘Cartographies of doubt’, review of Mapping the Ottoman Mind by Selim Karaca"
        " (Oxford University Press, 2017), The Guardian, 12 January 2018."
    )
    assert (found.title, found.container) == ("Cartographies of doubt", "The Guardian")


def test_a_books_subtitle_opening_with_a_law_word_stays() -> None:
    found = _one(
        "Иванов И. И. Экологическое право : закон и практика : учебник. – Москва : Юрайт, 2019."
        " – 300 с."
    )
    assert found.title == "Экологическое право : закон и практика"
    assert found.type == "book"
    english = _one("Smith J. Water Law : Code and Practice. – London : Routledge, 2015. – 300 p.")
    assert english.title == "Water Law : Code and Practice"


def test_a_case_or_a_treaty_before_oscolas_pointer_is_no_author() -> None:
    case = _one("Kavala v Turkey (n 2) para 220.")
    assert (case.title, case.authors) == ("Kavala v Turkey", ())
    treaty = _one(
        "Convention on the Law of the Non-Navigational Uses of International Watercourses (n 3)"
        " art 5."
    )
    assert treaty.authors == ()


def test_a_see_word_before_oscolas_pointer_is_no_name() -> None:
    found = _one("See also Bowring (n 7) 115.")
    assert [n.literal or n.family for n in found.authors] == ["Bowring"]


def test_a_sentence_opening_with_an_op_cit_word_is_a_comment() -> None:
    assert _note("Аталған кітап 1995 жылы Алматыда қайта басылды.").kind is NoteKind.COMMENT
    assert _note("Görkezilen makala rus diline terjime edildi.").kind is NoteKind.COMMENT
    assert _note("Аталған еңбек, 45-б.").kind is NoteKind.OPCIT


def test_cited_after_is_no_access_label() -> None:
    found = _first(
        "Выступление Кунаева на пленуме ЦК, 1986 г. Цитировано по: Казахстанская правда. 1986."
        " 17 декабря."
    )
    assert found.accessed is None


def test_a_city_alone_in_a_thesiss_bracket_is_no_grantor() -> None:
    found = _one("Nurlanov A, 'Water Rights in Kazakhstan' (PhD thesis, Osh 2005) 45.")
    assert found.publisher != "Osh"


def test_chicagos_pages_after_the_colon_stay_as_written() -> None:
    found = _one('John Smith, "Water Wars," Europe-Asia Studies 61, no. 2 (2009): 201-226, 210.')
    assert found.page == "201-226"


def test_a_short_titles_bracketed_translation_stays() -> None:
    note = _note("Smith, Energy, 45; Jones, Zhizn' (Life), 12.")
    assert note.citations[1].title == "Zhizn' (Life)"
