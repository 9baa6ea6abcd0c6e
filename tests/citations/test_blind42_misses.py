"""Forms the helper-written blind sets `blind42*` and the named misses found unread
(session 42)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("note", "publisher", "place"),
    [
        (
            "Bayly, C. A. The Birth of the Modern World, 1780–1914. Vol. 1, Blackwell, 2004.",
            "Blackwell",
            None,
        ),
        (
            "Auezov, Mukhtar. The Path of Abai. Translated by Simon Hollingsworth, vol. 1, "
            "Stacey International, 2012.",
            "Stacey International",
            None,
        ),
        ("Bayly, C. A. The Birth of the Modern World. Vol. 2, London, 2004.", None, "London"),
    ],
)
def test_house_after_a_books_volume(note: str, publisher: str | None, place: str | None) -> None:
    c = _one(note)
    assert (c.type, c.volume, c.container) == ("book", note.split("ol. ")[1][0], None)
    assert (c.publisher, c.publisher_place) == (publisher, place)


def test_journal_volume_keeps_its_host() -> None:
    c = _one('Smith, John. "Essay on Things." Journal of Studies, vol. 3, no. 2, 2004, pp. 1-10.')
    assert (c.type, c.container, c.publisher) == ("article-journal", "Journal of Studies", None)


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Жұмабаев М. Шығармалары. Алматы қ.: Жазушы, 1989. 448 б.", "Алматы"),
        ("Atayew A. Türkmen dili. Aşgabat ş.: Ylym, 2010. 212 s.", "Aşgabat"),
    ],
)
def test_city_word_after_the_place(note: str, place: str) -> None:
    c = _one(note)
    assert (c.publisher_place, c.container, c.type) == (place, None, "book")
    assert c.title is not None
    assert place not in c.title


def test_a_family_named_twice_is_two_persons() -> None:
    c = _one("Shaw and Shaw, History of the Ottoman Empire, 2:45.")
    assert [a.literal or a.family for a in c.authors] == ["Shaw", "Shaw"]
    gost = _one("Павлова Е. А. История края / Е. А. Павлова. – М.: Наука, 2010. – 200 с.")
    assert [a.family for a in gost.authors] == ["Павлова"]


def test_role_word_after_et_al_names_the_list() -> None:
    c = _one(
        "Lynne Viola et al., eds., The War against the Peasantry, 1927–1930: The Tragedy of the "
        "Soviet Countryside, trans. Steven Shabad (New Haven, CT: Yale University Press, 2005), 87."
    )
    assert ([e.family for e in c.editors], c.authors) == (["Viola"], ())
    assert c.publisher_place == "New Haven, CT"


def test_state_code_before_the_imprints_colon() -> None:
    c = _one(
        "Aigerim Nurpeisova, “Nomads into Collective Farmers,” in Proceedings of the Tenth "
        "Annual Conference of the Central Eurasian Studies Society, ed. Paul Spencer "
        "(Bloomington, IN: CESS, 2010), 211–19."
    )
    assert (c.publisher_place, c.publisher, c.unparsed) == ("Bloomington, IN", "CESS", ())


def test_second_subtitle_after_a_semicolon() -> None:
    c = _one(
        "V. P. Danilov et al., eds., Tragediia sovetskoi derevni: Kollektivizatsiia i "
        "raskulachivanie; Dokumenty i materialy, vol. 3 (Moscow: ROSSPEN, 2001), 412."
    )
    assert c.title == (
        "Tragediia sovetskoi derevni: Kollektivizatsiia i raskulachivanie; Dokumenty i materialy"
    )
    assert (c.type, c.container, c.volume) == ("book", None, "3")


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        (
            "6. Pomfret R. Kazakhstan's Economy since Independence: Does the Oil Boom Offer a "
            "Second Chance for Sustainable Development? // Europe-Asia Studies. 2005. Vol. 57, "
            "No. 6. P. 859–876.",
            "Pomfret",
            "Kazakhstan's Economy since Independence: Does the Oil Boom Offer a Second Chance "
            "for Sustainable Development?",
        ),
        (
            "3. Zhumabaev B.T. Qazaq adebi tilindegi kirme sozderdin qoldanysy [The use of "
            "loanwords in the Kazakh literary language]. Til zhane qogam [Language and Society], "
            "2017, vol. 4, no. 2, pp. 56–63. (In Kazakh)",
            "Zhumabaev",
            "Qazaq adebi tilindegi kirme sozderdin qoldanysy",
        ),
    ],
)
def test_entry_number_before_family_and_initials(note: str, family: str, title: str) -> None:
    c = _one(note)
    assert ([a.family for a in c.authors], c.title) == ([family], title)


def test_semicolon_inside_a_title_whose_year_runs_on() -> None:
    note = parse_note(
        1,
        "International Monetary Fund, Republic of Kazakhstan: 2021 Article IV Consultation—Press "
        "Release; Staff Report, IMF Country Report No. 21/45 (Washington, DC: IMF, March 2021), "
        "12–13.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1
    c = note.citations[0]
    assert (
        c.title
        == "Republic of Kazakhstan: 2021 Article IV Consultation—Press Release; Staff Report"
    )
    assert (c.type, c.publisher, c.page) == ("report", "IMF", "12–13")


def test_two_sources_dated_by_a_years_word_still_part() -> None:
    note = parse_note(
        1,
        "Кәрібаев З. Тарих. Алматы, «Өнер», 1953 жыл; Карашев С. Өнер. Өскемен, «Өнер», 2000 жыл.",
        location=Location(path="t"),
    )
    assert [c.authors[0].family for c in note.citations] == ["Кәрібаев", "Карашев"]


def test_harvard_list_with_a_particle_and_a_quoted_titles_year() -> None:
    c = _one(
        "Tian, N., Lopes da Silva, D., Liang, X. and Scarazzato, L., ‘Trends in world military "
        "expenditure, 2022’, SIPRI Fact Sheet, Apr. 2023, p. 3."
    )
    assert [a.family for a in c.authors] == ["Tian", "Lopes da Silva", "Liang", "Scarazzato"]
    assert (c.title, c.type, c.unparsed) == (
        "Trends in world military expenditure, 2022",
        "report",
        (),
    )
    assert c.issued is not None
    assert c.issued.year == 2023


@pytest.mark.parametrize(
    ("note", "title", "genre"),
    [
        (
            "О предварительных итогах Национальной переписи населения 2021 года : пресс-релиз / "
            "Бюро национальной статистики АСПиР РК. – Астана, 2022. – 4 с.",
            "О предварительных итогах Национальной переписи населения 2021 года",
            "пресс-релиз",
        ),
        (
            "«2021 жылғы Ұлттық санақтың алдын ала қорытындылары туралы» : баспасөз релизі / ҚР "
            "СЖРА Ұлттық статистика бюросы. – Нұр-Сұлтан, 2021. – 30 қ.",
            "2021 жылғы Ұлттық санақтың алдын ала қорытындылары туралы",
            "баспасөз релизі",
        ),
    ],
)
def test_gost_kind_after_the_titles_colon(note: str, title: str, genre: str) -> None:
    c = _one(note)
    assert (c.title, c.genre) == (title, genre)


def test_unlabelled_title_between_author_and_imprint() -> None:
    c = _one(
        "Қараңыз: Бөкейхан Ә. Шығармалар жинағы. – Астана: Алаш мұрасы, 2013. – Т. 4. – Б. 312."
    )
    assert (c.title, c.volume, c.page) == ("Шығармалар жинағы", "4", "312")


def test_address_alone_after_a_semicolon_is_the_sources() -> None:
    c = _one(
        "Bkz. Abdülkadir Özcan, “Yeniçeri”, TDV İslâm Ansiklopedisi, C. 43 (İstanbul: TDV "
        "Yayınları, 2013), s. 450-462; https://islamansiklopedisi.org.tr/yeniceri (Erişim: "
        "03.02.2022)."
    )
    assert (c.title, c.url, c.page) == (
        "Yeniçeri",
        "https://islamansiklopedisi.org.tr/yeniceri",
        "450-462",
    )
    assert c.accessed is not None
    assert c.accessed.year == 2022


def test_range_end_before_the_authors_comment() -> None:
    c = _one(
        "See Adeeb Khalid, Making Uzbekistan: Nation, Empire, and Revolution in the Early USSR "
        "(Ithaca, NY: Cornell University Press, 2015), 117–19, who argues—unconvincingly, in my "
        "view—that the Jadids had already lost the initiative by 1924."
    )
    assert (c.page, c.title) == (
        "117–19",
        "Making Uzbekistan: Nation, Empire, and Revolution in the Early USSR",
    )


def test_quoting_word_closing_a_lead_in() -> None:
    note = parse_note(
        1,
        "Sadrazam Âli Paşa’nın 1867 tarihli layihasından aktaran: İlber Ortaylı, İmparatorluğun "
        "En Uzun Yüzyılı (İstanbul: Timaş Yayınları, 2018), s. 98.",
        location=Location(path="t"),
    )
    (c,) = note.citations
    assert ([a.family for a in c.authors], c.title) == (
        ["Ortaylı"],
        "İmparatorluğun En Uzun Yüzyılı",
    )


def test_given_name_and_family_before_a_chicago_titles_comma() -> None:
    c = _one(
        "Мұхтар Құл-Мұхаммед, Алаш қайраткерлерінің саяси-құқықтық көзқарастары (Алматы: "
        "Атамұра, 1998), 77."
    )
    assert ([a.family for a in c.authors], c.title) == (
        ["Құл-Мұхаммед"],
        "Алаш қайраткерлерінің саяси-құқықтық көзқарастары",
    )


def test_kazakh_latin_ibid() -> None:
    note = parse_note(1, "Bul da sonda, 14-bet.", location=Location(path="t"))
    assert (note.kind.value, note.page) == ("ibid", "14")


def test_turkic_body_closing_on_its_head_word_is_the_author() -> None:
    c = _one(
        "Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі. Мемлекеттік ақпараттық "
        "саясат туралы. [Электрондық ресурс]. – URL: https://www.gov.kz/memleket/entities/qogam "
        "(Қаралған күні: 2023 жылғы 18 қазан)."
    )
    assert c.title == "Мемлекеттік ақпараттық саясат туралы"
    assert [a.literal for a in c.authors] == [
        "Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі"
    ]


def test_identifier_after_the_page_before_a_remark() -> None:
    c = _one(
        "Frankopan, Peter (2015). The Silk Roads. London: Bloomsbury. p. 54. ISBN "
        "978-1-4088-3999-9. For a more cautious view, see the reviews cited below."
    )
    assert (c.isbn, c.page) == ("978-1-4088-3999-9", "54")


def test_address_glued_to_the_pages_period() -> None:
    c = _one(
        "Koç,M.(2017).Okul yöneticilerinin liderlik stilleri ve örgütsel bağlılık.Kuram ve "
        "Uygulamada Eğitim Yönetimi,23(2),189-214.https://doi.org/10.14527/kuey.2017.007"
    )
    assert (c.page, c.publisher_place, c.doi) == ("189-214", None, "10.14527/kuey.2017.007")
    assert c.url == "https://doi.org/10.14527/kuey.2017.007"


def test_entry_number_before_a_list_of_initialled_names() -> None:
    c = _one(
        "32. Vasil'ev A.M., Kuznetsova E.V. Migratsionnye protsessy v Tsentral'noi Azii v "
        "postsovetskii period [Migration processes in Central Asia in the post-Soviet period]. "
        "Vestnik Moskovskogo universiteta. Seriya 5: Geografiya, 2018, no. 4, pp. 23–31."
    )
    assert [a.family for a in c.authors] == ["Vasil'ev", "Kuznetsova"]
    assert c.title == "Migratsionnye protsessy v Tsentral'noi Azii v postsovetskii period"
    volume = _one("1. Том I. Мягкая сила // Большая российская энциклопедия. 2020.")
    assert (volume.authors, volume.title) == ((), "Мягкая сила")


@pytest.mark.parametrize(
    ("note", "body", "title"),
    [
        (
            "Министерство экономики Республики Казахстан. (2021). Национальный доклад о "
            "человеческом развитии. Retrieved May 3, 2022, from https://economy.gov.kz/ru/doc",
            "Министерство экономики Республики Казахстан",
            "Национальный доклад о человеческом развитии",
        ),
        (
            "Caucasus Research Resource Centers. (2022). Caucasus Barometer 2021 Armenia [Data "
            "set]. https://caucasusbarometer.org/en/cb2021am/",
            "Caucasus Research Resource Centers",
            "Caucasus Barometer 2021 Armenia",
        ),
    ],
)
def test_apa_group_author_before_the_date(note: str, body: str, title: str) -> None:
    c = _one(note)
    assert ([a.literal for a in c.authors], c.title) == ([body], title)


def test_apa_site_before_the_address() -> None:
    c = _one(
        "Türkiye Ekonomi Politikaları Araştırma Vakfı. (2022, 14 Şubat). Enflasyonun hane halkı "
        "bütçesine etkisi. TEPAV. https://www.tepav.org.tr/tr/haberler/s/10842"
    )
    assert (c.title, c.container) == ("Enflasyonun hane halkı bütçesine etkisi", "TEPAV")
    assert [a.literal for a in c.authors] == ["Türkiye Ekonomi Politikaları Araştırma Vakfı"]


def test_springer_imprint_after_the_pages() -> None:
    c = _one(
        "Kuznetsov, I., Abenova, S.: Named entity recognition for Kazakh. In: Ekštein, K. (ed.) "
        "Text, Speech, and Dialogue. TSD 2019. LNCS, vol. 11697, pp. 223–234. Springer, Cham "
        "(2019). https://doi.org/10.1007/978-3-030-27948-6_23"
    )
    assert (c.publisher, c.publisher_place, c.issue, c.unparsed) == ("Springer", "Cham", None, ())
    assert (c.container, c.volume, c.page) == ("Text, Speech, and Dialogue", "11697", "223–234")


def test_gost_coauthor_opening_the_title_run() -> None:
    c = _one(
        "Ткачёв И., Мереминская Е. Правительство готовит новый пакет мер поддержки экономики "
        "// Ведомости. 2020. 15 апр. № 67. С. 1."
    )
    assert [a.family for a in c.authors] == ["Ткачёв", "Мереминская"]
    assert c.title == "Правительство готовит новый пакет мер поддержки экономики"


def test_edn_code_is_no_author() -> None:
    c = _one(
        "Лаптева Е. В. Автономия научных журналов // Высшее образование в России. 2020. Т. 29, "
        "№ 6. С. 9–21. DOI: 10.31992/0869-3617-2020-29-6-9-21. EDN ZXQVTB."
    )
    assert [a.family for a in c.authors] == ["Лаптева"]


def test_initials_before_a_two_letter_family() -> None:
    c = _one(
        "Социально-экономическое развитие моногородов Кузбасса / Н. Н. Ершова, О. В. Малахов, "
        "Т. С. Ли, К. Р. Шмидт // Вестник Кемеровского государственного университета. 2018. "
        "№ 3. С. 71–80."
    )
    assert [a.family for a in c.authors] == ["Ершова", "Малахов", "Ли", "Шмидт"]


def test_apa_title_read_as_an_imprint() -> None:
    c = _one(
        "Organisation for Economic Co-operation and Development. (2021, June 10). Reforming "
        "Kazakhstan: Progress, challenges and opportunities. https://www.oecd.org/eurasia/x.pdf"
    )
    assert c.title == "Reforming Kazakhstan: Progress, challenges and opportunities"
    assert (c.publisher, c.publisher_place) == (None, None)
    assert [a.literal for a in c.authors] == [
        "Organisation for Economic Co-operation and Development"
    ]


def test_month_and_day_after_the_years_area() -> None:
    c = _one(
        "Foy H.,Ivanova P. Russia’s elite bristles at sanctions squeeze // Financial Times. – "
        "2018. – April 10. – P. 2."
    )
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day, c.volume) == (2018, 4, 10, None)
    assert c.type == "article-newspaper"


def test_a_papers_issue_at_its_own_address() -> None:
    c = _one(
        "Коммерсантъ. 2023. 7 июля. URL: https://www.kommersant.ru/doc/6090417 (дата обращения "
        "10.07.2023)."
    )
    assert (c.container, c.title, c.type) == ("Коммерсантъ", None, "article-newspaper")


def test_turkish_law_notes_slashed_authors_and_ordinal_edition() -> None:
    c = _one(
        "OĞUZMAN, M. Kemal/ÖZ, M. Turgut: Borçlar Hukuku Genel Hükümler, C. 1, 14. Bası, "
        "İstanbul 2016, s. 233."
    )
    assert [a.family for a in c.authors] == ["OĞUZMAN", "ÖZ"]
    assert (c.edition, c.volume, c.page) == ("14", "1", "233")
    gozler = _one(
        "Kemal Gözler, Türk Anayasa Hukuku Dersleri, 34. Baskı (Bursa: Ekin Basım Yayın "
        "Dağıtım, 2022), 412."
    )
    assert (gozler.edition, gozler.page) == ("34", "412")


def test_op_cit_names_joined_by_a_slash() -> None:
    note = parse_note(1, "GÖZÜBÜYÜK/TAN, a.g.e., s. 92.", location=Location(path="t"))
    assert [a.literal for a in note.citations[0].authors] == ["GÖZÜBÜYÜK", "TAN"]
    body = parse_note(1, "OSCE/ODIHR, op. cit., p. 9.", location=Location(path="t"))
    assert [a.literal for a in body.citations[0].authors] == ["OSCE/ODIHR"]


def test_place_and_house_closing_a_hand_written_title() -> None:
    c = _one(
        "EROĞLU, Nurhan:  Kamu Yönetimi ve Yerel Yönetimler, Ankara, Seçkin, 2. Bası, 2015, s.77"
    )
    assert (c.title, c.publisher_place, c.publisher, c.edition) == (
        "Kamu Yönetimi ve Yerel Yönetimler",
        "Ankara",
        "Seçkin",
        "2",
    )


def test_quoted_entry_title_and_its_page_before_a_comment() -> None:
    c = _one(
        'See Peter B. Golden, "Khazars," in The Encyclopaedia of Islam, new ed., vol. 4 (Leiden: '
        "E. J. Brill, 1978), 1172–81, still the best short survey."
    )
    assert ([a.family for a in c.authors], c.title, c.page) == (["Golden"], "Khazars", "1172–81")


def test_apa_periodical_sentence_before_its_numbers() -> None:
    c = _one("Aktaş, S. (2018, Mayıs). Anadolu’da son kervansaraylar. Atlas, Sayı 305, ss. 56-71.")
    assert (c.title, c.container, c.issue, c.page) == (
        "Anadolu’da son kervansaraylar",
        "Atlas",
        "305",
        "56-71",
    )


def test_roman_ordinal_opening_the_title_after_the_given_name() -> None:
    c = _one(
        "Çelik, Ayşe. XVIII. Yüzyılda Bursa’da Ticaret Hayatı. Ankara: Hacettepe Üniversitesi, "
        "Sosyal Bilimler Enstitüsü, Doktora Tezi, 2016."
    )
    assert (c.title, c.authors[0].given) == ("XVIII. Yüzyılda Bursa’da Ticaret Hayatı", "Ayşe")


def test_a_body_that_names_the_site_is_the_author_of_its_imprinted_report() -> None:
    c = _one(
        "World Bank. Kazakhstan Economic Update: Navigating Volatility. Washington, DC, 2023. "
        "Available at: https://www.worldbank.org/en/country/kazakhstan/publication/economic-update"
    )
    assert ([a.literal for a in c.authors], c.container) == (["World Bank"], None)


def test_wiki_reference_publisher_after_the_periodical() -> None:
    c = _one(
        "Daly, John C. K. (8 June 2017). \"Kazakhstan's Latin Alphabet Switch: Politics Behind "
        'the Script". Eurasia Daily Monitor. Vol. 14, no. 76. The Jamestown Foundation. Archived '
        "from the original on 2017-06-10. Retrieved 2019-12-30."
    )
    assert (c.container, c.publisher, c.volume, c.issue) == (
        "Eurasia Daily Monitor",
        "The Jamestown Foundation",
        "14",
        "76",
    )


def test_apa_house_after_a_reports_bracketed_number() -> None:
    c = _one(
        "Aslan, K., & Petrova, M. (2020). Remittances and household resilience in Central Asia "
        "(Policy Research Working Paper No. 9123). World Bank. doi:10.1596/1813-9450-9123"
    )
    assert (c.publisher, c.container, c.type) == ("World Bank", None, "report")


def test_review_cases_stay_as_they_were() -> None:
    # a numbered entry whose title opens on a word and a letter keeps its title
    hepatitis = _one("3. Hepatitis B. Fact sheet. Geneva: World Health Organization, 2023.")
    assert hepatitis.authors == ()
    # an abbreviation's period inside an APA title is no site's sentence
    title = _one("Smith, J. (2020). Life in St. Petersburg. https://example.com/page")
    assert (title.title, title.container) == ("Life in St. Petersburg", None)
    # a year followed by a year's word or a small word still dates a source before `;`
    note = parse_note(
        1,
        "Karimov I. Asarlar. Toshkent, 1996 y.; Rashidov Sh. Tanlangan asarlar. Toshkent, 1980 y.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 2
    body = parse_note(1, "UNESCO/IBE, op. cit., p. 4.", location=Location(path="t"))
    assert [a.literal for a in body.citations[0].authors] == ["UNESCO/IBE"]


def test_ordinal_edition_keeps_the_runs_after_it() -> None:
    from citekit.citations.tagger.ordinal_editions import ordinal_edition
    from citekit.citations.tagger.tokens import tokenize

    tokens = tokenize("Borçlar Hukuku, 34. Baskı Bursa: Ekin, 2020")
    marks = [set() for _ in tokens]
    k = next(i for i, t in enumerate(tokens) if t.text == "Baskı")
    marks[k] = {"Bedition", "edition"}
    found = [("title", 0, 2), ("other", 2, 3), ("volume", 3, 4), ("publisher-place", 4, 7)]
    found += [("other", 7, 8), ("publisher", 8, 9), ("other", 9, 10), ("issued", 10, 11)]
    out = ordinal_edition(tokens, marks, found)
    assert ("edition", 3, 4) in out
    assert ("publisher-place", 6, 7) in out  # `Bursa`: the place the run held goes on


def test_a_remark_naming_a_company_is_no_publisher() -> None:
    c = _one(
        "Арутюнова А. Газпром сократил экспорт в Европу // Коммерсантъ. 2021. 12 мая. № 80. С. "
        "9. Впоследствии компания опровергла эти данные."
    )
    assert (c.type, c.publisher) == ("article-newspaper", None)
