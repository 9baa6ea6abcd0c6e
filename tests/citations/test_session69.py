"""Forms read in session 69: Chicago's comma inside a closing quote, British single-quoted titles
with transliterated soft signs, the Scopus-style `no 2 (77)` issue, GOST's date and act names
before `//`, an act's heading and adoption, APA's newspapers and houses, İSNAD's classical
names, Chicago author-date bodies, a Turkish presented-at phrase, romanised thesis words, a
host's own bracket and issue, a list's heading alone. Each with the neighbouring form it must
leave alone."""

from __future__ import annotations

from citekit.citations.tagger.values import clean
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_short_forms_page_after_a_comma_inside_the_quote() -> None:
    found = _one("Toktomushev, “Understanding Cross-Border Conflict,” 30.")
    assert (found.title, found.page, found.volume) == (
        "Understanding Cross-Border Conflict",
        "30",
        None,
    )


def test_a_short_forms_list_of_names_before_the_quote_is_left_alone() -> None:
    found = _one("Okonkwo, Patel and Lindqvist, “Remote work and regional wage convergence,” 9.")
    assert found.title == "Remote work and regional wage convergence"


def test_an_inner_quotes_comma_is_no_part_of_the_title() -> None:
    found = _one(
        "Azamat Temirkulov, “Informal Actors and Institutions in Mobilization: The Periphery in"
        " the ‘Tulip Revolution,’” Central Asian Survey 27, no. 3–4 (2008): 317–35."
    )
    assert found.title == (
        "Informal Actors and Institutions in Mobilization: The Periphery in the ‘Tulip Revolution’"
    )


def test_single_quotes_around_a_title_with_soft_signs() -> None:
    found = _one(
        "‘Tokaev poruchil pravitel’stvu razrabotat’ novuyu kontseptsiyu vneshnei politiki’"
        " [Tokayev instructs government to draft new concept], Vlast.kz, 2 September 2019."
    )
    assert found.title == (
        "Tokaev poruchil pravitel’stvu razrabotat’ novuyu kontseptsiyu vneshnei politiki"
    )
    found = _one(
        "Aleksei Malashenko, ‘Tsentral’naya Aziya: chego zhdat’ ot “preemnikov”’, Nezavisimaya"
        " gazeta, 21 January 2019."
    )
    assert found.title == "Tsentral’naya Aziya: chego zhdat’ ot “preemnikov”"
    assert found.container == "Nezavisimaya gazeta"


def test_a_single_quoted_title_after_a_body_and_before_a_site() -> None:
    found = _one(
        "Ministry of Foreign Affairs of the Republic of Tajikistan, ‘Statement on the Border"
        " Incident’, 11 January 2021, https://mfa.tj/en/main/view/7465/statement."
    )
    assert _families(found.authors) == ["Ministry of Foreign Affairs of the Republic of Tajikistan"]
    assert found.title == "Statement on the Border Incident"
    found = _one(
        "‘Mirziyoyev and Japarov agree to resolve remaining border issues’, Kun.uz, 11 March"
        " 2021, https://kun.uz/en/news/2021/03/11/border."
    )
    assert found.title == "Mirziyoyev and Japarov agree to resolve remaining border issues"
    assert found.container == "Kun.uz"


def test_a_soft_sign_closing_a_name_stays() -> None:
    assert clean("Istoriya i sovremennost’") == "Istoriya i sovremennost’"
    assert clean("‘Title’") == "Title"


def test_scopus_issue_word_without_its_period() -> None:
    found = _one(
        "Sadykova R.O. (2019) Deportatsiia narodov v Kazakhstan [Deportation of peoples to"
        " Kazakhstan]. Vestnik KazNU. Seriia istoricheskaia, no 3 (128), pp. 64–72. (In Russian)"
    )
    assert (found.volume, found.issue, found.page) == (None, "3", "64–72")
    found = _one(
        "Pianciola N. (2004) Famine in the steppe. Cahiers du Monde russe, vol. 45, no 1–2,"
        " pp. 137–192."
    )
    assert (found.volume, found.issue) == ("45", "1–2")


def test_a_gost_date_before_the_slashes_is_the_works_date() -> None:
    found = _one(
        "Послание Главы государства народу Казахстана. 1 сентября 2022 г. // Официальный сайт"
        " Президента Республики Казахстан. URL: https://www.akorda.kz/ru/x (дата обращения:"
        " 10.10.2022)."
    )
    assert found.title == "Послание Главы государства народу Казахстана"
    assert found.issued is not None
    assert (found.issued.month, found.issued.day) == (9, 1)
    found = _one(
        "Послание Президента Федеральному Собранию : 21 апреля 2021 года. – Текст : электронный"
        " // Президент России : [сайт]. – URL: http://www.kremlin.ru/events/1 (дата обращения:"
        " 25.04.2021)."
    )
    assert found.title == "Послание Президента Федеральному Собранию"
    assert found.issued is not None
    assert found.issued.year == 2021


def test_a_place_and_year_before_the_slashes_stay_the_imprint() -> None:
    found = _one(
        "Назарбаев Н.А. Послание Президента Республики Казахстан народу Казахстана. Астана, "
        "2012 // https://www.akorda.kz/ru/addresses (дата обращения: 01.02.2020)."
    )
    assert found.title == "Послание Президента Республики Казахстан народу Казахстана"


def test_a_gost_title_between_initials_and_slashes() -> None:
    found = _one(
        "Edgar A.L. Genealogy, Class, and “Tribal Policy” in Soviet Turkmenistan, 1924–1934 //"
        " Slavic Review. – 2001. – Vol. 60, № 2. – P. 266–288."
    )
    assert _families(found.authors) == ["Edgar"]
    assert found.title == "Genealogy, Class, and “Tribal Policy” in Soviet Turkmenistan, 1924–1934"
    assert found.container == "Slavic Review"


def test_a_reviewed_books_bracket_before_the_slashes_is_left_alone() -> None:
    found = _one(
        "Қабылдинов З.Е. Тарихи зерттеуге жаңа көзқарас [Ж.Артықбаевтың «Қазақ этнографиясы»"
        " кітабына рецензия] // Қазақ тарихы. – 2015. – №4. – 56-58-бб."
    )
    assert found.title is not None
    assert found.title.startswith("Тарихи зерттеуге жаңа көзқарас")
    assert found.container == "Қазақ тарихы"


def test_an_act_named_before_its_database() -> None:
    found = _one(
        "Предпринимательский кодекс Республики Казахстан от 29 октября 2015 года № 375-V ЗРК //"
        " ИС «Әділет». URL: https://adilet.zan.kz/rus/docs/K1500000375 (дата обращения:"
        " 18.04.2023)."
    )
    assert found.title == "Предпринимательский кодекс Республики Казахстан"
    assert found.container == "ИС «Әділет»"


def test_a_gost_heading_of_acts_is_no_title() -> None:
    found = _one(
        "Российская Федерация. Законы. О политических партиях : Федеральный закон № 95-ФЗ. –"
        " Текст : электронный // КонсультантПлюс. – URL: http://www.consultant.ru/x (дата"
        " обращения: 12.03.2021)."
    )
    assert found.title == "О политических партиях"


def test_an_adoption_after_a_glued_colon() -> None:
    found = _one(
        "Концепция правовой политики Республики Казахстан до 2030 года: утв. Указом Президента"
        " Республики Казахстан от 15 октября 2021 года № 674 // ИС «Әділет». URL:"
        " https://adilet.zan.kz/rus/docs/U2100000674 (дата обращения: 11.09.2023)."
    )
    assert found.title == "Концепция правовой политики Республики Казахстан до 2030 года"


def test_a_persons_initials_inside_a_rulings_name() -> None:
    found = _one(
        "По делу о проверке конституционности положений пункта 1.1 статьи 38 Федерального закона"
        " «Об основных гарантиях избирательных прав и права на участие в референдуме граждан"
        " Российской Федерации» в связи с жалобой гражданина Д. С. Ермакова : Постановление"
        " Конституционного Суда Российской Федерации от 28.11.2019 № 36-П. – Текст : электронный"
        " // Гарант : информационно-правовое обеспечение. – URL: https://base.garant.ru/72866014/"
        " (дата обращения: 11.11.2021)."
    )
    assert found.title is not None
    assert found.title.endswith("гражданина Д. С. Ермакова")


def test_an_apa_newspapers_page() -> None:
    found = _one(
        "Çandar, C. (2008, 2 Eylül). Kafkasya İstikrar ve İşbirliği Platformu. Radikal, s. 8."
    )
    assert (found.type, found.container, found.page) == ("article-newspaper", "Radikal", "8")
    found = _one("Smith, J. (2008). The pipeline politics. Ankara, s. 8.")
    assert found.container is None


def test_an_apa_book_closed_by_a_bodys_name() -> None:
    found = _one(
        "Olcott, M. B. (2005). Central Asia’s second chance. Carnegie Endowment for International"
        " Peace."
    )
    assert (found.type, found.publisher) == ("book", "Carnegie Endowment for International Peace")
    found = _one("Smith, J. (2019). The big title. Journal of Eurasian Studies.")
    assert found.publisher is None


def test_a_news_outlet_signing_an_apa_item_is_one_name() -> None:
    found = _one(
        "Daily Sabah. (2022, November 11). Erdoğan calls for stronger Turkic unity at Samarkand"
        " summit. https://www.dailysabah.com/politics/diplomacy/x"
    )
    assert [(n.family, n.literal) for n in found.authors] == [(None, "Daily Sabah")]


def test_a_chicago_site_before_its_date() -> None:
    found = _one(
        "“V Kyrgyzstane vvedut registratsiiu migrantov” [Kyrgyzstan to introduce registration of"
        " migrants], 24.kg, March 14, 2019, https://24.kg/obschestvo/110452/ [in Russian]."
    )
    assert found.container == "24.kg"
    assert found.issued is not None
    assert (found.issued.month, found.issued.day) == (3, 14)


def test_a_quoted_titles_own_date_is_no_works_date() -> None:
    found = _one(
        "ОБСЕ, «Республика Казахстан, досрочные президентские выборы, 20 ноября 2022 г.: Итоговый"
        " отчет Миссии по наблюдению за выборами», Варшава, 21 марта 2023 г., https://www.osce.org/x.pdf"
    )
    assert found.title is not None
    assert "20 ноября 2022 г.: Итоговый отчет" in found.title
    assert found.issued is not None
    assert (found.issued.year, found.issued.month) == (2023, 3)


def test_a_quoted_house_with_its_legal_form() -> None:
    found = _one(
        "Мұғалімге арналған нұсқаулық. – 3-басылым. – Астана: «Назарбаев Зияткерлік мектептері»"
        " ДББҰ, 2012. – 352 б."
    )
    assert found.publisher == "«Назарбаев Зияткерлік мектептері» ДББҰ"
    assert found.publisher_place == "Астана"


def test_a_list_number_before_an_address_or_a_year() -> None:
    found = _one(
        "9. 2019-2020 оқу жылында мектептерде оқу процесін ұйымдастырудың ерекшеліктері туралы:"
        " Әдістемелік нұсқау хат. - Нұр-Сұлтан: Ы. Алтынсарин атындағы Ұлттық білім академиясы,"
        " 2019. - 412 б."
    )
    assert found.title is not None
    assert found.title.startswith("2019-2020 оқу жылында")


def test_isnad_see_after_prose_and_a_classical_name() -> None:
    found = _one(
        "Hikmetlerin nüshaları arasındaki farklılıklar için bk. Kemal Eraslan, Dîvân-ı Hikmet’ten"
        " Seçmeler (Ankara: Kültür Bakanlığı, 1983), 45."
    )
    assert (_families(found.authors), found.title) == (["Eraslan"], "Dîvân-ı Hikmet’ten Seçmeler")
    found = _one(
        "Ebü’l-Ferec Abdurrahmân b. Ali İbnü’l-Cevzî, Telbîsü İblîs (Beyrut: Dâru'l-fikr,"
        " 1421/2001), 187."
    )
    assert _families(found.authors) == ["İbnü’l-Cevzî"]
    assert found.title == "Telbîsü İblîs"


def test_an_initial_b_is_no_patronymic() -> None:
    found = _one("Moore B. Lords, Peasants and Modern Societies. Boston : Beacon Press, 1966.")
    assert found.title == "Lords, Peasants and Modern Societies"
    found = _one("Plato, Republic, bk. 7.")
    assert found.title == "Republic"


def test_a_chicago_author_date_body_before_its_year() -> None:
    found = _one(
        "Organisation for Economic Co-operation and Development (OECD). 2017. Multi-dimensional"
        " Review of Kazakhstan. Paris: OECD Publishing."
    )
    assert _families(found.authors) == ["Organisation for Economic Co-operation and Development"]
    assert found.title == "Multi-dimensional Review of Kazakhstan"
    found = _one("Дала уалаятының газеті. 1890. № 12.")
    assert found.container == "Дала уалаятының газеті"


def test_a_turkish_meetings_suffix_and_phrase() -> None:
    found = _one(
        "Ersoy, M. (2019, Ekim). Enerji diplomasisi ve TANAP. Uluslararası Avrasya Çalışmaları"
        " Sempozyumu’nda sunulan bildiri, Ankara."
    )
    assert found.container == "Uluslararası Avrasya Çalışmaları Sempozyumu"
    assert found.unparsed == ()


def test_a_romanised_thesis_designation() -> None:
    found = _one(
        "Abenova G.T. (2008) Sotsial'no-ekonomicheskoe razvitie Pavlodarskogo Priirtysh'ia."
        " Diss. kand. ist. nauk. Almaty, 165 p. (In Russian)"
    )
    assert found.genre == "Diss. kand. ist. nauk"
    found = _one("Yükseköğretim Kanunu. Dünya, Tebliğ sy. 293, 01 Şubat 2004.")
    assert found.genre == "Tebliğ"


def test_a_hosts_bracket_and_issue_after_the_slashes() -> None:
    found = _one(
        "Диденко А.Г. Комментарий к статье 9 // Гражданский кодекс Республики Казахстан (Общая"
        " часть): комментарий (постатейный). В 2 кн. Кн. 1 / отв. ред. М.К. Сулейменов. –"
        " Алматы: Жеті жарғы, 2003. – С. 56–61."
    )
    assert found.container == (
        "Гражданский кодекс Республики Казахстан (Общая часть): комментарий (постатейный)"
    )
    found = _one(
        "Иле А.Ю. Вещные права на землю // Гражданское законодательство. Статьи. Комментарии."
        " Практика. Вып. 41 / под ред. А.Г. Диденко. – Алматы: Раритет, 2013. – С. 112–130."
    )
    assert (found.container, found.issue) == (
        "Гражданское законодательство. Статьи. Комментарии. Практика",
        "41",
    )


def test_a_turkmen_responsible_editor() -> None:
    found = _one(
        "Muradow R. Türkmenleriň etnik taryhy // Türkmen halkynyň taryhy we medeniýeti /"
        " Jogapkär red. A. Gurbanow. – Aşgabat: Ylym, 2016. – S. 78–96."
    )
    assert _families(found.editors) == ["Gurbanow"]
    assert found.container == "Türkmen halkynyň taryhy we medeniýeti"


def test_a_place_closing_on_initials_keeps_its_period() -> None:
    found = _one("Smith, J. 2019. Title of the book. Washington, D.C.: World Bank.")
    assert found.publisher_place == "Washington, D.C."


def test_a_reference_lists_heading_alone_is_a_comment() -> None:
    assert str(_note("Список литературы").kind) == "comment"
    assert str(_note("Kaynakça:").kind) == "comment"
    assert str(_note("Literature and Society in Central Asia. London, 2001.").kind) == "citation"


def test_a_scopus_reference_dated_without_a_period() -> None:
    found = _one(
        "Pianciola N. (2004) Famine in the steppe: The collectivization of agriculture and the"
        " Kazak herdsmen, 1928–1934. Cahiers du Monde russe, vol. 45, no 1–2, pp. 137–192."
    )
    assert found.container == "Cahiers du Monde russe"
    assert found.title == (
        "Famine in the steppe: The collectivization of agriculture and the Kazak herdsmen,"
        " 1928–1934"
    )


def test_a_titles_own_lower_case_in() -> None:
    found = _one(
        "———. 2020a. Asian Development Outlook 2020 Update: Wellness in Worrying Times. Manila."
        " https://www.adb.org/publications/asian-development-outlook-2020-update."
    )
    assert found.title == "Asian Development Outlook 2020 Update: Wellness in Worrying Times"
    assert found.container is None
    found = _one("Smith J. “Title of chapter” in Oxford Handbook of Things. Oxford: OUP, 2010.")
    assert found.container == "Oxford Handbook of Things"


def test_a_meeting_after_paper_presented_at_the() -> None:
    found = _one(
        "Utembayev, Y., and S. Kim. 2019. “Export Diversification in Kazakhstan.” Paper presented"
        " at the Asian Development Bank Institute Annual Conference, Tokyo, 6 December."
    )
    assert (found.container, found.publisher_place) == (
        "Asian Development Bank Institute Annual Conference",
        "Tokyo",
    )


def test_a_cases_number_with_its_glued_slash() -> None:
    found = _one(
        "Постановление судебной коллегии по гражданским делам Верховного Суда Республики"
        " Казахстан по делу № 6001-20-00-3гп/1184 от 12 марта 2021 г. // Судебный кабинет. URL:"
        " https://office.sud.kz/ (дата обращения: 21.06.2023)."
    )
    assert found.title is not None
    assert found.title.endswith("№ 6001-20-00-3гп/1184")


def test_a_see_words_lead_in_with_a_decimal_count() -> None:
    note = _note(
        "По данным МВД РФ, в 2019 году в Россию въехали более 2,4 млн граждан Узбекистана, из них"
        " около половины – с целью работы. См.:"
        " МВД России, «Статистические сведения по миграционной ситуации за 2019 год»,"
        " https://мвд.рф/reports/item/19365693/"
    )
    assert len(note.citations) == 1
    assert note.citations[0].title == "Статистические сведения по миграционной ситуации за 2019 год"


def test_a_chapters_host_with_its_own_in_and_a_journal_after_in() -> None:
    found = _one(
        'For details see Gareth Winrow, "Turkey and the Caspian Energy Corridor," in Turkey\'s'
        " Foreign Policy in the 21st Century: A Changing Role in World Politics, ed. Tareq Y."
        " Ismael and Mustafa Aydın (Aldershot: Ashgate, 2003), 85–104."
    )
    assert found.container == (
        "Turkey's Foreign Policy in the 21st Century: A Changing Role in World Politics"
    )
    found = _one(
        "Strickland V., Chen C., Cole J. et al., ‘Second Book (19th c.)’ Finite Elements in"
        " Analysis and Design, 29 (47) (1981), P. 193–200."
    )
    assert found.title == "Second Book (19th c.)"


def test_a_files_year_after_its_slash_stays_the_date() -> None:
    found = _one("ANR, fond Ministerul de Interne, dosar 112/1879, f. 4v.")
    assert found.issued is not None
    assert found.issued.year == 1879


def test_review_guards_for_apa_hosts_and_short_forms() -> None:
    found = _one(
        "Hille, K., & Sevastopulo, D. (2020, October 14). Taiwan scrambles to shore up chip"
        " supply chain. Financial Times."
    )
    assert (found.container, found.publisher) == ("Financial Times", None)
    found = _one(
        "Smith, J. (2019). The political economy of Kazakhstan. Journal of the Royal Asiatic"
        " Society."
    )
    assert found.publisher is None
    assert _families(_one("Müslim, Sahîh, “Birr”, 32.").authors) == ["Müslim"]
    assert _one("Smith, Russia's Empire, 12.").page == "12"


def test_review_guards_for_single_quotes_and_soft_signs() -> None:
    found = _one("P. Werth, ‘Orthodoxy in Perm’, 1850–1900’, Kritika, 2 (2001), 12–40.")
    assert (found.title, found.container) == ("Orthodoxy in Perm’, 1850–1900", "Kritika")
    found = _one(
        "S. Smith, ‘Workers’, Peasants’ and Soldiers’ Soviets in Turkestan’, Soviet Studies, 12"
        " (1960), 1–20."
    )
    assert found.title == "Workers’, Peasants’ and Soldiers’ Soviets in Turkestan"
    found = _one("‘Zakon o gosudarstvennoi sluzhbe’ [Law on State Service], Almaty, 1999.")
    assert found.genre is None


def test_review_guards_for_prose_decimals_and_acts() -> None:
    found = _note("Thucydides 1.22 and passim; cf. Hornblower, Commentary, 61.").citations[0]
    assert found.title == "Thucydides 1.22 and passim"
    found = _one(
        "Иванов И. И. Законы. Комментарии. Практика : монография. – М. : Статут, 2018. – 256 с."
    )
    assert found.title == "Законы. Комментарии. Практика"
    found = _one(
        "Правила внутреннего распорядка : утв. решением Ученого совета от 12.04.2018, протокол №"
        " 5. – Казань, 2018. – 12 с."
    )
    assert found.title is not None
    assert found.title.startswith("Правила внутреннего распорядка")
    found = _one(
        "Ministry of Foreign Affairs of the Russian Federation (2023) Kontseptsiya vneshnei"
        " politiki Rossiiskoi Federatsii [Concept]. Utverzhdena Ukazom Prezidenta Rossiiskoi"
        " Federatsii ot 31 marta 2023 g. No. 229. Available at: https://mid.ru/x (Accessed: 5 May"
        " 2023)."
    )
    assert found.issue is None


def test_review_guard_a_thesis_designation_written_whole() -> None:
    found = _one("Yılmaz, Ahmet. Başlık. Doktora Tezi. yay. haz. Ankara, 2005.")
    assert found.genre == "Doktora Tezi"


def test_review_guards_for_gost_rules_before_the_slashes() -> None:
    found = _one(
        "Иванов И. И. Новости науки. РИА Новости // URL: https://ria.ru/1 (дата обращения:"
        " 01.02.2022)."
    )
    assert (found.title, found.container) == ("Новости науки", "РИА Новости")
    found = _one(
        "Доброхотов А. Л. Категория бытия в классической западноевропейской философии. М. : МГУ"
        " // Вопросы философии. 1987. № 3."
    )
    assert found.title == "Категория бытия в классической западноевропейской философии"
    found = _one(
        "Дело № 2-345. Решение от 12 мая 2020 г. // Судебный кабинет. URL: https://office.sud.kz/x"
    )
    assert found.title == "Дело № 2-345. Решение от 12 мая 2020 г."
    found = _one("Gerhard Simon, Die Kirche in Russland, Osteuropa 12/1995, S. 1100–1110.")
    assert found.issued is not None
    assert found.issued.year == 1995


def test_review_guards_for_act_headings_and_quoted_dates() -> None:
    found = _one(
        "Платон. Законы. Послезаконие. Письма / пер. с древнегреч. – СПб. : Наука, 2021. – 528 с."
    )
    assert found.title == "Законы. Послезаконие. Письма"
    found = _one(
        "ОБСЕ/БДИПЧ, «Республика Казахстан, парламентские выборы, 19 марта 2023 г.: Итоговый"
        " отчет», Варшава, 2023."
    )
    assert found.title is not None
    assert "Итоговый отчет" in found.title
    found = _one(
        "Правила приема в вуз: утверждены приказом Министра от 31 октября 2018 года № 600 // ИС"
        " «Әділет»."
    )
    assert found.title is not None
    assert found.title.startswith("Правила приема в вуз")


def test_review_round_two_guards() -> None:
    found = _one(
        "Иванов И. И. Налоговый кодекс: принят Мажилисом 12 мая 2021 г. // Капитал.кз. URL:"
        " https://kapital.kz/economic/123 (дата обращения: 12.03.2021)."
    )
    assert found.title == "Налоговый кодекс: принят Мажилисом 12 мая 2021 г."
    found = _one("1. 1914 yılında Osmanlı Devleti, Ankara 2010.")
    assert found.issued is not None
    assert found.issued.year == 2010
    found = _one("Cooley, Heathershaw, “Dictators without Borders,” 45.")
    assert found.title == "Dictators without Borders"
    found = _one("New York Times, “Unrest in Kazakhstan,” 12.")
    assert found.container == "New York Times"
    found = _one(
        "Smith J. Kazakhstan and the World. Transl. by A. Brown // Central Asian Survey. 2019."
        " Vol. 38. P. 1–20."
    )
    assert found.title == "Kazakhstan and the World"
    found = _one("Smith, J. (2005). Party politics in Europe-Asia Studies. 57(3), 45–60.")
    assert found.container == "Europe-Asia Studies"
    found = _one(
        "Yılmaz, Ahmet. Orta Asya tarihi. Doktora tezi. yay. haz. Mehmet Demir. Ankara, 2001."
    )
    assert found.genre == "Doktora tezi"
    found = _one("Правила : утв. 5 мая 2001 г. // КонсультантПлюс.")
    assert found.title is not None
