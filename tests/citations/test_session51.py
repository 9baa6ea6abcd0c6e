"""Forms read in session 51: a headline's `v` before its paper's day is no law report; a
romanised encyclopaedia and working-paper series; an interview's interviewer (CSL
`interviewer`), no author; a paper's name after a title's bracketed translation."""

from __future__ import annotations

import json

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location
from citekit.styles import format_bibliography


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_a_headline_with_v_before_its_papers_day_is_no_case() -> None:
    found = _one(
        "Tkachev, Ivan, and Anastasiia Stognei. “Kazakhstan ogranichil eksport topliva v "
        "Rossiiu.” Vedomosti, 11 Oct. 2022, www.vedomosti.ru/economics/articles/2022/10/11/1."
    )
    assert found.type == "article-newspaper"
    assert found.title == "Kazakhstan ogranichil eksport topliva v Rossiiu"
    assert found.container == "Vedomosti"


def test_a_law_report_stays_a_case() -> None:
    found = _one("Marbury v. Madison, 5 U.S. 137 (1803).")
    assert found.type == "legal_case"
    assert (found.volume, found.page) == ("5", "137")


def test_a_romanised_encyclopaedia_holds_entries() -> None:
    found = _one(
        "“Kazakhskoe khanstvo,” in Bol'shaia rossiiskaia entsiklopediia, vol. 12 (Moscow: "
        "Bol'shaia rossiiskaia entsiklopediia, 2008), 412."
    )
    assert found.type == "entry-encyclopedia"
    assert found.container == "Bol'shaia rossiiskaia entsiklopediia"


def test_a_romanised_working_paper_series_is_a_report() -> None:
    found = _one(
        "Aleksandr Gabuev, Russko-kitaiskie otnosheniia v Tsentral'noi Azii, Rabochie "
        "materialy 2 (Moscow: Moskovskii Tsentr Karnegi, 2016), 9."
    )
    assert found.type == "report"
    assert found.publisher == "Moskovskii Tsentr Karnegi"


def test_the_interviewer_is_no_author() -> None:
    found = _one(
        "Mukhtar Tleuberdi, interview by Elnar Bainazarov, “My ne vidim ugrozy v EAES,” "
        "Izvestiia, April 12, 2021."
    )
    assert found.type == "interview"
    assert [a.family for a in found.authors] == ["Tleuberdi"]
    assert found.container == "Izvestiia"
    assert json.loads(dict(found.extra)["interviewer"]) == [
        {"family": "Bainazarov", "given": "Elnar"}
    ]
    assert not any("Bainazarov" in piece for piece in found.unparsed)


def test_a_gost_interviewer_after_the_slash() -> None:
    found = _one(
        "Тлеуберди М. «Мы не видим угрозы в ЕАЭС» / беседовал Э. Байназаров // Известия. "
        "2021. 12 апреля."
    )
    assert [a.family for a in found.authors] == ["Тлеуберди"]
    assert to_csl(found)["interviewer"] == [{"family": "Байназаров", "given": "Э."}]
    assert not found.unparsed


def test_a_papers_name_after_a_titles_bracketed_translation_is_the_host() -> None:
    found = _one(
        "Mukhtar Tleuberdi, “My ne vidim ugrozy v EAES” [We see no threat in the EAEU], "
        "Izvestiia, April 12, 2021."
    )
    assert found.container == "Izvestiia"
    assert found.publisher_place is None


def test_a_city_after_a_titles_bracketed_translation_stays_the_place() -> None:
    found = _one("Ivan Petrov, “Novyi etap” [A new stage], Moscow, 12 May 2020.")
    assert found.container is None


def test_a_bare_number_after_the_hosts_numbers_and_year_is_the_page() -> None:
    found = _one(
        "Aleksey Mikhaylov, “Rossiya i Tsentral'naya Aziya: novye vyzovy,” Vestnik "
        "MGIMO-Universiteta 14/3 (2021), 35, https://doi.org/10.24833/2071-8160-2021-3-78-35-52."
    )
    assert (found.volume, found.issue, found.page) == ("14", "3", "35")


def test_a_volume_and_its_pages_after_a_roman_volume_stay_unread_as_a_page() -> None:
    found = _one(
        "Gülşen Tunalı, “Orhon Yazıtlarında Kağan Unvanı ve Meşruiyet”, VI. Uluslararası Türk "
        "Dili Kurultayı Bildirileri (Ankara: Türk Dil Kurumu Yayınları, 2010), 2/1145-1158."
    )
    assert found.page != "2"


def test_a_gost_acts_abbreviated_issuer_is_its_genre_and_the_gazettes_issue_stays() -> None:
    found = _one(
        "Об утверждении Концепции гуманитарной политики Российской Федерации за рубежом : "
        "Указ Президента Рос. Федерации от 5 сент. 2022 г. № 611 // Собрание "
        "законодательства РФ. – 2022. – № 37. – Ст. 6356."
    )
    assert found.type == "legislation"
    assert (found.number, found.issue, found.section) == ("611", "37", "6356")
    assert found.genre == "Указ Президента Рос. Федерации"
    assert not found.unparsed


def test_a_gost_heading_with_a_two_letter_initial_and_no_comma_is_the_author() -> None:
    found = _one(
        "Гарднер Дж. Структура разума / Джеймс Гарднер ; пер. с англ. – М. : Вильямс, 2007. "
        "– 512 с."
    )
    assert found.title == "Структура разума"
    assert [a.family for a in found.authors] == ["Гарднер"]


def test_an_apa_meetings_span_of_days_is_dated_by_its_first_day() -> None:
    found = _one(
        "Smith, J. (2019, September 5–7). Trade corridors in Central Asia [Paper "
        "presentation]. Annual Meeting of the Central Eurasian Studies Society, Bloomington, "
        "IN, United States."
    )
    assert found.issued is not None
    assert found.issued.parts() == (2019, 9, 5)


def test_a_congress_ordinal_after_a_bracketed_description_is_the_hosts() -> None:
    found = _one(
        "Sevim, O. ve Tuna, H. (2019, 25-27 Nisan). Yapay zekâ destekli dil öğrenimi [Sözlü "
        "bildiri]. 11. Uluslararası Eğitim Araştırmaları Kongresi, Çanakkale, Türkiye."
    )
    assert found.type == "paper-conference"
    assert found.container == "11. Uluslararası Eğitim Araştırmaları Kongresi"
    assert found.volume is None
    assert not found.unparsed  # the description's words name the type: read


def test_the_site_after_an_unsigned_apa_title_and_its_date_is_the_host() -> None:
    found = _one(
        "Carpet Day celebrated across the country. (2023, May 28). Turkmenistan: The Golden "
        "Age. https://turkmenistan.gov.tm/en/post/73105/carpet-day"
    )
    assert found.title == "Carpet Day celebrated across the country"
    assert found.container == "Turkmenistan: The Golden Age"


def test_a_body_before_an_apa_date_keeps_the_title_after_it() -> None:
    found = _one(
        "Ministry of Energy of the Republic of Kazakhstan. (2017). Concept for transition to a "
        "green economy. Retrieved from https://energo.gov.kz/assets/upload/green_economy.pdf"
    )
    assert found.title == "Concept for transition to a green economy"


def test_a_broadcasts_programme_and_network_are_the_host_and_the_publisher() -> None:
    found = _one(
        "“Bol'shaia igra v Tsentral'noi Azii,” Vesti nedeli, Rossiia-1, broadcast November 6, 2022."
    )
    assert found.type == "broadcast"
    assert (found.container, found.publisher) == ("Vesti nedeli", "Rossiia-1")
    assert not found.unparsed  # `broadcast` names the type: read


def test_a_networks_glued_number_stays_with_its_name() -> None:
    found = _one("«Большая игра в Центральной Азии» // Вести недели, Россия-1. 2022. 6 ноября.")
    assert found.type == "broadcast"
    assert (found.container, found.publisher) == ("Вести недели", "Россия-1")


def test_a_romanised_russian_law_before_its_quoted_name() -> None:
    found = _one(
        "Zakon Respubliki Kazakhstan ot 11 iiulia 1997 goda No. 151-I “O iazykakh v Respublike "
        "Kazakhstan” [On languages in the Republic of Kazakhstan]."
    )
    assert found.type == "legislation"
    assert found.title == "O iazykakh v Respublike Kazakhstan"
    assert found.number == "151-I"
    assert found.issued is not None
    assert found.issued.parts() == (1997, 7, 11)


def test_a_judgment_cited_by_its_day_stays_a_case() -> None:
    found = _one("Kokkinakis v. Greece, 25 May 1993, Series A no. 260-A.")
    assert found.type == "legal_case"
    assert found.title == "Kokkinakis v. Greece"


def test_an_interviewer_sharing_the_interviewees_family_leaves_the_author() -> None:
    found = _one("Interview with Jane Doe (b. 1940), interview by John Doe, Boston, 2010.")
    assert [(a.family, a.given) for a in found.authors] == [("Doe", "Jane")]
    assert json.loads(dict(found.extra)["interviewer"]) == [{"family": "Doe", "given": "John"}]


def test_one_word_after_interviewed_by_is_no_interviewer() -> None:
    found = _one("Jane Doe, interviewed by Skype, 12 May 2019.")
    assert "interviewer" not in dict(found.extra)


def test_a_place_after_a_titles_bracketed_translation_stays_the_place() -> None:
    found = _one(
        "Nursultan Nazarbayev, “Speech at the forum” [Translated title], Taldykorgan, 12 May 2015."
    )
    assert found.container is None
    assert found.publisher_place == "Taldykorgan"


def test_a_descriptions_other_words_stay_lost() -> None:
    found = _one(
        "Sevim, O. ve Tuna, H. (2019, 25-27 Nisan). Yapay zekâ destekli dil öğrenimi [Sözlü "
        "bildiri, Eğitim Fakültesi]. Kongre, Çanakkale, Türkiye."
    )
    assert found.unparsed == ("Eğitim Fakültesi",)


def test_the_full_given_name_after_the_slash_is_kept_and_gost_initials_keep_dzh() -> None:
    found = _one(
        "Гарднер Дж. Структура разума / Джеймс Гарднер ; пер. с англ. – М. : Вильямс, 2007. "
        "– 512 с."
    )
    assert [(a.family, a.given) for a in found.authors] == [("Гарднер", "Джеймс")]
    assert not found.unparsed
    (entry,) = format_bibliography([found], style="gost-r-7-0-5-2008")
    assert "Гарднер Дж. Структура разума" in entry


def test_a_ministry_its_address_spells_is_the_author_not_an_agency() -> None:
    found = _one(
        "Türkmenistanyň Medeniýet ministrligi. Halk döredijilik merkeziniň täzelikleri "
        "[Elektron çeşme]. Salgy: https://medeniyet.gov.tm/tk/news/1452 (Giriş senesi: "
        "14.03.2021)."
    )
    assert [a.literal for a in found.authors] == ["Türkmenistanyň Medeniýet ministrligi"]
    assert found.container is None


def test_a_news_agency_its_address_spells_is_still_the_host() -> None:
    found = _one(
        "Trend. Azerbaijan, Turkmenistan discuss energy cooperation, 12 May 2021. "
        "https://en.trend.az/business/energy/123.html"
    )
    assert found.container == "Trend"


def test_vancouvers_list_number_and_glued_doi() -> None:
    found = _one(
        "12. Ozturk S, Kaya A, Celik G et al. Risk factors for latent tuberculosis infection in "
        "healthcare workers in Ankara,Turkey. Tuberk Toraks.2018;66(1):23-30.doi:10.5578/tt.66321"
    )
    assert [a.family for a in found.authors] == ["Ozturk", "Kaya", "Celik"]
    assert found.title is not None
    assert found.title.startswith("Risk factors")
    assert (found.page, found.doi, found.publisher) == ("23-30", "10.5578/tt.66321", None)


def test_a_gost_numbered_heading_keeps_its_number_to_the_tagger() -> None:
    found = _one(
        "1. Бабиченко О. Д. Екологічна безпека на Слобожанщині у XIX столітті. Харків: "
        "Ярославів Вал, 1953. C. 266—281."
    )
    assert found.publisher_place == "Харків"


def test_a_states_initials_before_its_bodys_name_open_the_body() -> None:
    found = _one(
        "T.C. Millî Eğitim Bakanlığı, Türkiye’de Eğitim İstatistikleri (Ankara: MEB, 2019), 12."
    )
    assert [a.literal for a in found.authors] == ["T.C. Millî Eğitim Bakanlığı"]
    assert found.title == "Türkiye’de Eğitim İstatistikleri"


def test_medlines_bracketed_english_title_and_the_journal_after_it() -> None:
    found = _one(
        "Kuznetsova EA, Volkov AV. [Hepatitis C treatment outcomes in the Omsk region]. Zh "
        "Mikrobiol Epidemiol Immunobiol. 2016;(5):78-84. Russian. PMID: 30695601."
    )
    assert found.title == "Hepatitis C treatment outcomes in the Omsk region"
    assert found.container == "Zh Mikrobiol Epidemiol Immunobiol"


def test_oscolas_pinpoint_right_after_the_bracket_is_the_page() -> None:
    found = _one(
        "Zeynep Arslan, Avrupa İnsan Hakları Mahkemesi İçtihatlarında İfade Özgürlüğünün "
        "Sınırları (Doktora Tezi, Marmara Üniversitesi 2017) 122."
    )
    assert found.page == "122"
    assert not found.unparsed


def test_a_harvard_title_and_subtitle_read_apart_are_one_title() -> None:
    found = _one(
        "Whitfield, J. and Demir, S. (2021) European Human Rights Law: Text and Materials. 3rd "
        "edn. Oxford: Hart Publishing, pp. 233–240."
    )
    assert found.title == "European Human Rights Law: Text and Materials"
    assert found.container is None


def test_a_sites_name_before_its_pages_title_stays_the_host() -> None:
    found = _one(
        "Энциклопедия Кругосвет: Начальные условия эволюции неравновесной кварк-глюонной "
        "плазмы. http://www.bigenc.ru/ru/page_35296 (просмотрено 17/03/2017)"
    )
    assert found.container == "Энциклопедия Кругосвет"


def test_gosts_abbreviated_english_place_keeps_its_period() -> None:
    found = _one(
        "См.:Smith A.,Jones B. Energy Security in Eurasia.– 2nd ed.– Lond.: Palgrave "
        "Macmillan,2012.– 312 p."
    )
    assert found.publisher_place == "Lond."


def test_a_pointer_to_a_note_whose_number_takes_a_case_ending_is_a_comment() -> None:
    text = (
        "Doktrinde bu konuda görüş birliği bulunmamaktadır; karşı görüş için aşağıda dn. 41’e "
        "bakınız."
    )
    assert parse_note(1, text, location=Location(path="t")).kind == "comment"


def test_oscolas_host_in_the_bracket_closing_on_the_day() -> None:
    found = _one(
        "Murat Önen, ‘The Right to Counsel at the Turkish Constitutional Court: A Missed "
        "Opportunity?’ (Verfassungsblog, 14 April 2021) <https://verfassungsblog.de/right/> "
        "accessed 20 April 2021."
    )
    assert found.container == "Verfassungsblog"
    assert found.issued is not None
    assert found.issued.parts() == (2021, 4, 14)


def test_medlines_status_note_in_brackets_is_no_title() -> None:
    for text in (
        "Smith J. [Epub ahead of print] Cancer risk in adults. Lancet. 2016;387:100-5.",
        "Smith J. [Published erratum appears in Lancet 2016]. Cancer risk in adults. Lancet. "
        "2016;387:100-5.",
    ):
        found = _one(text)
        assert (found.title, found.container) == ("Cancer risk in adults", "Lancet")


def test_a_reports_genre_word_is_its_genre() -> None:
    found = _one(
        "Demirtaş, H., & Lowe, P. (2022). Exchange rate pass-through in Turkey after 2018 "
        "(Working Paper No. 22/07). Central Bank of the Republic of Türkiye."
    )
    assert (found.genre, found.issue) == ("Working Paper", "22/07")  # session 55: no loss
    assert "Working Paper" not in found.unparsed


def test_vancouvers_city_before_the_year_with_no_publisher_is_the_place() -> None:
    found = _one(
        "Türkmenistanyň Saglygy goraýyş we derman senagaty ministrligi. Ilatyň saglygynyň "
        "ýagdaýy barada hasabat 2018. Aşgabat; 2019."
    )
    assert (found.type, found.publisher_place, found.container) == ("report", "Aşgabat", None)
