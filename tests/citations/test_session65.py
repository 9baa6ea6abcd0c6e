"""Forms read in session 65: Swedish and Finnish quotes (the closing mark at both ends);
Swedish, Finnish and Bosnian notes' words; Georgian, Kazakh (Latin) and Arabic words; a lone
word the model read as a place opening an author-date title; a quoted part's host after `In`;
a body before a quoted title or before Harvard's bracketed year; MLA's host subtitle before the
house; a genre word joined to a journal's name by `&` or opening a title's list. Each with the
neighbouring form it must leave alone."""

from __future__ import annotations

from citekit._text import paired_right_quotes
from citekit.citations.names import to_name
from citekit.langid import detect_language
from citekit.model import NoteKind
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def _date(value: object) -> str | None:
    return None if value is None else str(value.isoformat())  # type: ignore[attr-defined]


def test_swedish_and_finnish_quotes_open_with_the_closing_mark() -> None:
    assert paired_right_quotes("(2011) ’Uzbekistan without the CSTO’, Central") == (
        "(2011) ‘Uzbekistan without the CSTO’, Central"
    )
    assert paired_right_quotes("Halén, ”Ramstedt, Gustaf John”. Host") == (
        "Halén, “Ramstedt, Gustaf John”. Host"
    )
    # an apostrophe inside the quoted words closes nothing
    assert paired_right_quotes("”Altajskie dental’nye: t, d”. Voprosy").startswith("“Altajskie")


def test_english_apostrophes_and_quotes_stay_as_typed() -> None:
    for text in (
        "’Abd al-Karim’s book, Cairo",
        "It’s ‘nice’ here",
        "“Title,” in Host’s Book",
    ):
        assert paired_right_quotes(text) == text
    assert paired_right_quotes("plain text") == "plain text"


def test_a_swedish_report_footnote() -> None:
    found = _one(
        "Tolipov, Farkhod (2011) ’Uzbekistan without the CSTO’, Central Asia and the Caucasus,"
        " vol. 12, nr 2, s. 7–19."
    )
    assert _families(found.authors) == ["Tolipov"]
    assert found.title == "Uzbekistan without the CSTO"
    assert found.container == "Central Asia and the Caucasus"
    assert _date(found.issued) == "2011"
    news = _one(
        "Черненко, Елена (2021) ’Талибы у ворот’, Коммерсантъ, 16 augusti,"
        " https://www.kommersant.ru/doc/4945123 (hämtad 2021-09-02)."
    )
    assert news.title == "Талибы у ворот"
    assert _date(news.accessed) == "2021-09-02"


def test_a_finnish_footnote_and_its_ibid() -> None:
    found = _one("Pentti Aalto, ”G. J. Ramstedt 70-vuotias”. Helsingin Sanomat 22.10.1943.")
    assert found.title == "G. J. Ramstedt 70-vuotias"
    assert found.container == "Helsingin Sanomat"
    assert _note("Emt., s. 92.").kind == NoteKind.IBID
    web = _one(
        "”Turkin kielen opetus Helsingin yliopistossa uhkaa loppua”. Yle Uutiset 3.5.2018."
        " https://yle.fi/a/3-10186577 (luettu 20.1.2022)."
    )
    assert _date(web.accessed) == "2022-01-20"


def test_initials_are_no_swedish_or_finnish_op_cit() -> None:
    found = _one("A. A. Yorulmaz, Söz Varlığı, Journal of Tourismology, 2016, s. 112–137.")
    assert found.title == "Söz Varlığı"
    assert _note("Mt. Ararat and the Armenian Highland, London, 1901.").kind == NoteKind.CITATION


def test_a_lone_word_read_as_a_place_opens_an_author_date_title() -> None:
    found = _one(
        "Dzhumabaeva, Gulzat, and Martin Rühl, eds. 2020. Language, Nation and State in"
        " Post-Soviet Central Asia. Leiden: Brill."
    )
    assert found.title == "Language, Nation and State in Post-Soviet Central Asia"
    assert found.publisher_place == "Leiden"
    # a listed city opening the title is the cities' list's (`place_titles.py`), as before
    city = _one("Smith, John. 2020. Kazan, Tatars and Russians. London: Routledge.")
    assert city.title == "Kazan, Tatars and Russians"
    assert city.publisher_place == "London"


def test_a_quoted_parts_host_after_in() -> None:
    found = _one(
        'Fenwick, Laura J. 2020. "Mother Tongue, State Tongue: Language Ideologies among'
        ' Kazakh-Medium Graduates." In Language, Nation and State in Post-Soviet Central Asia,'
        " edited by Gulzat Dzhumabaeva and Martin Rühl, 45–71. Leiden: Brill."
    )
    assert found.title.startswith("Mother Tongue, State Tongue")
    assert found.container == "Language, Nation and State in Post-Soviet Central Asia"
    assert found.page == "45–71"


def test_a_quoted_title_going_on_after_its_quote_keeps_its_words() -> None:
    found = _one(
        "Смит Д. «Большая игра» в Центральной Азии: «новая» или «старая»? // Полис. — 2010."
        " — № 1. — С. 77–90."
    )
    assert found.title == "«Большая игра» в Центральной Азии: «новая» или «старая»?"
    assert found.container == "Полис"


def test_a_journal_name_joined_by_an_ampersand() -> None:
    found = _one(
        "Abashin, S. (2014) ‘Migration from Central Asia to Russia in the new model of world"
        " order’, Russian Politics & Law, 52(6), pp. 8–23."
    )
    assert found.type == "article-journal"
    assert found.container == "Russian Politics & Law"
    book = _one(
        "Bowring B. Law, Rights and Ideology in Russia: Landmarks in the Destiny of a Great"
        " Power. London: Routledge, 2013. P. 112."
    )
    assert book.type == "book"
    assert book.title.startswith("Law, Rights and Ideology")


def test_a_body_and_its_acronym_before_harvards_year() -> None:
    found = _one(
        "International Organization for Migration (IOM) (2021) Migration in Central Asia:"
        " regional overview. Available at: https://www.iom.int/central-asia (Accessed: 12"
        " March 2023)."
    )
    assert _families(found.authors) == ["International Organization for Migration (IOM)"]
    assert found.title == "Migration in Central Asia: regional overview"
    assert _date(found.issued) == "2021"


def test_a_bodys_bracketed_acronym_is_no_given_name() -> None:
    body = to_name("Federal State Statistics Service (Rosstat)")
    assert body.literal == "Federal State Statistics Service (Rosstat)"
    person = to_name("Roux (Pierre)")
    assert (person.family, person.given) == ("Roux", "Pierre")


def test_a_body_before_a_quoted_title() -> None:
    found = _one(
        "Ministry of External Affairs, Government of India, “Delhi Declaration of the 1st"
        " India-Central Asia Summit”, 27 January 2022, https://www.mea.gov.in/x.htm, accessed"
        " on 5 January 2023."
    )
    assert found.title == "Delhi Declaration of the 1st India-Central Asia Summit"
    assert _families(found.authors) == ["Ministry of External Affairs, Government of India"]
    person = _one("Harsh V. Pant, “Why Central Asia matters to India”, Frontline, 11 March 2022.")
    assert _families(person.authors) == ["Pant"]


def test_an_mla_hosts_subtitle_before_the_house() -> None:
    found = _one(
        "Omarova, Aliya. “Red Yurts and the Literacy Campaign.” Steppe Modernities: Kazakh"
        " Society under Early Soviet Rule, Cornell University Press, 2019, pp. 99–121."
    )
    assert found.container == "Steppe Modernities: Kazakh Society under Early Soviet Rule"
    assert found.publisher == "Cornell University Press"


def test_georgian_notes_words() -> None:
    assert _note("იქვე, გვ. 92.").kind == NoteKind.IBID
    assert _note("სურგულაძე მ. დასახ. ნაშრ., გვ. 99.").kind == NoteKind.OPCIT


def test_kazakh_latin_notes_words() -> None:
    assert _note("Äbjanov H.M. Atalğan eñbek. – B. 15.").kind == NoteKind.OPCIT
    found = _one(
        "Radlov V.V. Sıbırden: kündelık betterı / orys tılınen audarğan Q. Seisenūly. – Almaty:"
        " Ölke, 2016. – 640 b."
    )
    assert _families(found.translators) == ["Seisenūly"]


def test_a_bosnian_title_and_its_notes_words() -> None:
    found = _one(
        "Bašeskija, Mula Mustafa Ševki. Ljetopis (1746-1804), prev. Mehmed Mujezinović."
        " Sarajevo: Veselin Masleša, 1968."
    )
    assert found.title == "Ljetopis (1746-1804)"
    assert _families(found.translators) == ["Mujezinović"]
    book = _one(
        "Kreševljaković, Hamdija. Esnafi i obrti u starom Sarajevu. Sarajevo: Narodna"
        " prosvjeta, 1958."
    )
    assert book.language == "bs"


def test_korean_author_date_with_a_quoted_part() -> None:
    found = _one(
        '강명구. 2017. "카자흐스탄 고려인의 민족정체성과 언어: 세대 간 차이를 중심으로."'
        " 『재외한인연구』 제43호, 1-32."
    )
    assert _families(found.authors) == ["강"]
    assert found.title == "카자흐스탄 고려인의 민족정체성과 언어: 세대 간 차이를 중심으로"
    assert found.container == "재외한인연구"
    assert (found.issue, found.page) == ("43", "1-32")
    assert _date(found.issued) == "2017"
    inner = _one(
        '임영상. 2013. "고려인 신문 『레닌기치』와 고려말." 『역사문화연구』 제45집: 263-298.'
    )
    assert inner.title == "고려인 신문 『레닌기치』와 고려말"
    assert inner.container == "역사문화연구"


def test_korean_names_parted_by_a_middle_dot_and_others() -> None:
    two = _one(
        "권희영·반병률. 2001. 『우즈베키스탄 한인의 정체성 연구』. 성남: 한국정신문화연구원."
    )
    assert _families(two.authors) == ["권", "반"]
    assert _date(two.issued) == "2001"
    body = _one(
        "법무부 출입국·외국인정책본부. 2022. 『2021 출입국·외국인정책 통계연보』. 과천: 법무부."
    )
    assert _families(body.authors) == ["법무부 출입국·외국인정책본부"]
    more = _one("정진아 외. 2016. 『고려인의 생활문화와 정체성』. 서울: 선인.")
    assert _families(more.authors) == ["정"]


def test_a_latin_note_quoting_an_east_asian_term_stays_its_own() -> None:
    found = _one('Smith, John. 2019. "一带一路" 『人民日报』. London: Verso.')
    assert _families(found.authors) == ["Smith"]
    assert found.publisher_place == "London"


def test_a_reports_kind_and_body_after_its_title() -> None:
    found = _one(
        "Athar Zafar, “India-Central Asia Relations: Emerging Trends and Prospects”, Issue"
        " Brief, Indian Council of World Affairs, New Delhi, 12 October 2021."
    )
    assert found.type == "report"
    assert found.genre == "Issue Brief"
    assert found.publisher == "Indian Council of World Affairs"
    assert found.container is None
    # a journal's name is no report's kind
    article = _one(
        "Smith, John. “Title of the Paper.” Central Asian Survey 38, no. 2 (2019): 1–20."
    )
    assert article.container == "Central Asian Survey"


def test_a_second_title_after_a_quoted_one_is_its_host() -> None:
    found = _one(
        "Juha Janhunen, ”Altailaisen kielisukulaisuuden ongelma”. Tieteessä tapahtuu 5/2001, 12–17."
    )
    assert found.container == "Tieteessä tapahtuu"
    assert (found.issue, _date(found.issued), found.page) == ("5", "2001", "12–17")
    english = _one("Smith, J. “Title of the paper,” Osteuropa 5/2001, 12–17.")
    assert (english.container, english.issue) == ("Osteuropa", "5")


def test_a_georgian_source_and_its_ibid_are_two_sources() -> None:
    note = _note("ბაქრაძე დ. ისტორია საქართველოსი. თბ., 1889. გვ. 12; იქვე, გვ. 14.")
    assert note.kind == NoteKind.CITATION
    assert [c.page for c in note.citations] == ["12", "14"]
    assert note.citations[0].title == "ისტორია საქართველოსი"


def test_new_languages_take_no_title_of_another() -> None:
    assert detect_language("Литература XIX века") == "ru"
    assert _one("Ivanov A. Russkaia literatura XIX veka. Moskva: Nauka, 1990.").language == "ru"
    assert detect_language("Sjojgu: Rossija usilit 201-ju voennuju bazu v Tadzjikistane") == "ru"
    assert detect_language("Demokrasiden Otoriterizme Kazakistan") == "tr"
    assert detect_language("Danmarks forbindelser med Tyrkiet på 1800-tallet") != "sv"
    assert detect_language("Washington’un Kafkasya Stratejisi") == "tr"


def test_new_languages_words_leave_other_notes_alone() -> None:
    assert _note("Treaty on collective security.").kind == NoteKind.CITATION
    assert _note("Yangi O‘zbekiston har tomonlama rivojlanmoqda.").kind == NoteKind.CITATION
    veni = _one("Veni, vidi, vici: Caesar’s Campaigns (London: Penguin, 2000), 12.")
    assert veni.title is not None
    assert veni.title.startswith("Veni, vidi, vici")
    news = _one(
        "Черненко, Елена (2021) ’Талибы у ворот’, Коммерсантъ, 16 augusti,"
        " https://www.kommersant.ru/doc/4945123 (hämtad 2021-09-02)."
    )
    assert _date(news.issued) == "2021-08-16"


def test_review_guards_for_east_asian_notes() -> None:
    body = _one(
        "中国社会科学院“一带一路”研究中心：《中亚发展报告》，北京：社会科学文献出版社，2019年，第5页。"
    )
    assert body.title == "中亚发展报告"
    assert _families(body.authors) == ["中国社会科学院“一带一路”研究中心"]
    foreign = _one("卡尔·马克思：《资本论》第一卷，人民出版社2004年版，第23页。")
    assert len(foreign.authors) == 1
    span = _one("王明：《中亚史》第3卷（1500-1800），北京：中华书局，2010年。")
    assert span.page is None


def test_review_guards_for_names_quotes_and_reports() -> None:
    person = _one(
        "SERVICE (Robert), Histoire de la Russie au XXe siècle, Paris, Fayard, 1999, p. 45."
    )
    assert (person.authors[0].family, person.authors[0].given) == ("SERVICE", "Robert")
    arabic = _one("’Abd Allah ibn al-Muqaffa’, Kalila wa-Dimna (Beirut: Dar al-Shuruq, 1973), 23.")
    assert arabic.title == "Kalila wa-Dimna"
    decree = _one("Nazarbayev N. Decree, On the Concept of Foreign Policy. Astana, 2014.")
    assert decree.title == "On the Concept of Foreign Policy"
    placed = _one('Eurasianet, "Kazakhstan Report", Report, New York, 2018.')
    assert placed.publisher != "New York"
    resolution = _one(
        "United Nations General Assembly Resolution 68/262, “Territorial integrity of Ukraine,”"
        " 27 March 2014."
    )
    assert not resolution.authors


def test_a_quoted_source_after_and_is_a_source_of_its_own() -> None:
    note = _note(
        "On the 1916 revolt, see Timur Ibraev, Revolt on the Steppe (Ithaca, NY: Cornell"
        " University Press, 2018); and “Vosstanie 1916 goda v Semirech'e,” Kazakhstanskaia"
        " pravda, 12 August 1966, 3."
    )
    assert len(note.citations) == 2


def test_second_review_guards_for_the_new_languages() -> None:
    assert detect_language("Ja i mir") != "fi"
    assert detect_language("Obshchestvo i gosudarstvo v 1920-e gody") != "bs"
    assert detect_language("Dansk udenrigspolitik efter den kolde krig") != "sv"
    korkut = _one("Korkut B. Prijevod Kur'ana. Sarajevo: Orijentalni institut, 1977.")
    assert korkut.title == "Prijevod Kur'ana"
    georgian = _one("ყაუხჩიშვილი ს. თარგმანი და ორიგინალი. თბილისი, 1970.")
    assert georgian.title == "თარგმანი და ორიგინალი"
    dated = _one("ჯანელიძე ო. 9 აპრილი 1989. თბილისი: არტანუჯი, 2009.")
    assert _date(dated.issued) == "2009"


def test_second_review_guards_for_the_rules() -> None:
    king = _one(
        "Martin Luther King Jr., ”I Have a Dream” (speech, Washington, DC, August 28, 1963)."
    )
    assert king.authors[0].given == "Martin Luther, Jr"
    polish = _one(
        "Anna Kowalska, „Polityka ”wschodnia” Polski”, Nowa Europa Wschodnia, nr 3 (2010): 12–20."
    )
    assert polish.title == "Polityka ”wschodnia” Polski"
    century = _one("王明：《清代新疆》第2卷，18-19世纪，北京：中华书局，2010年。")
    assert (century.page, century.publisher) == (None, "中华书局")
    korean = _one("김 알렉산드르, 『고려인의 역사』(알마티: 고려일보사, 2010), 45쪽.")
    assert (korean.authors[0].family, korean.authors[0].given) == ("김", "알렉산드르")
    decree = _one(
        "Nazarbayev N. Decree, On the State Programme and Its Implementation. Astana, 2010."
    )
    assert decree.title == "On the State Programme and Its Implementation"
    treaty = _one(
        "Agreement between the Government of the Russian Federation and the Government of"
        " Kazakhstan (1994) on the Baikonur Complex, art. 2."
    )
    assert not treaty.authors
    report = _one('John Smith, "Russia in Central Asia", Report, Kyrgyzstan, 2019.')
    assert report.publisher != "Kyrgyzstan"
    particle = _one(
        "VAN DER BANK (Pieter), De Zuid-Afrikaanse economie, Pretoria, Van Schaik, 1990."
    )
    assert particle.authors[0].given == "Pieter"
    quotation = _one("“枪杆子里面出政权。”《毛泽东选集》第1卷，北京：人民出版社，1991年，第547页。")
    assert quotation.title == "毛泽东选集"
