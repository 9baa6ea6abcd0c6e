"""Forms the helper-written blind sets `blind41a`–`blind41h` found unread (session 41)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location

Read = tuple[str | None, tuple[str, ...], str | None]


def _sources(text: str) -> list[Read]:
    note = parse_note(1, text, location=Location(path="t"))
    return [
        (c.title, tuple(str(a.family or a.literal) for a in c.authors), c.page)
        for c in note.citations
    ]


@pytest.mark.parametrize(
    ("note", "second_author"),
    [
        (
            "Cf. Terry Martin, “The Origins of Soviet Ethnic Cleansing,” Journal of Modern "
            "History 70, no. 4 (1998): 813–861; for a different view, see Francine Hirsch, "
            "Empire of Nations (Ithaca: Cornell University Press, 2005), esp. chap. 4.",
            "Hirsch",
        ),
        (
            "Ayşe Kaya, Erken Cumhuriyet Döneminde Köy Enstitüleri, Yayımlanmamış Doktora Tezi, "
            "Ankara Üniversitesi, Ankara 2015, s. 88; benzer bir değerlendirme için bkz. "
            "Karaömerlioğlu, Orada Bir Köy Var Uzakta, s. 102.",
            "Karaömerlioğlu",
        ),
        (
            "Gellner, Nations and Nationalism, 34; Anderson, Imagined Communities, 6–7. Both, "
            "however, underrate the role of print in the imperial periphery.",
            "Anderson",
        ),
        (
            "Мартин Т. Империя «положительной деятельности». С. 211; Хирш Ф. Империя наций. "
            "С. 98–99.",
            "Хирш",
        ),
    ],
)
def test_a_second_source_after_a_lead_in_or_before_prose_is_a_source_of_its_own(
    note: str, second_author: str
) -> None:
    first, second = _sources(note)
    assert second_author not in first[1]
    assert second[1] == (second_author,)


def test_a_sentence_of_prose_before_a_see_word_after_the_semicolon_stays_the_prefix() -> None:
    found = _sources(
        "The 1997 agreement was never ratified by the Turkmen side, a point often overlooked in "
        "the literature; for the text, see Rustam Orazov, Caspian Treaties and Their Discontents "
        "(Baku: Absheron Press, 2004), 211–214."
    )
    assert found == [("Caspian Treaties and Their Discontents", ("Orazov",), "211–214")]


def test_a_long_source_whose_page_a_place_follows_is_not_a_short_form() -> None:
    (only,) = _sources(
        "Çeviköz Aslan ve Ahmet Yavuz, Bir Ekonomik Kalkınma Sorunu, 3. bs., Kapı Matbaası, "
        "Muş; Ordu, 2021."
    )
    assert only[0] == "Bir Ekonomik Kalkınma Sorunu"


def test_turkish_capital_s_is_the_issue_and_small_s_the_page_whichever_the_model_chose() -> None:
    first, _ = parse_note(
        1,
        'Ayrıntılı bilgi için bkz. KARPAT, Kemal H., "Osmanlı Nüfusu ve Göç Hareketleri", '
        "Belleten, C. 54, S. 209, 1990, s. 1147-1170; ayrıca bkz. aynı yazar, Osmanlı Nüfusu "
        "(1830-1914), İstanbul 2003.",
        location=Location(path="t"),
    ).citations
    assert (first.volume, first.issue, first.page) == ("54", "209", "1147-1170")
    assert first.unparsed == ()


@pytest.mark.parametrize(
    "note",
    [
        "Медведев Д. А. Пост в Telegram-канале, 30 июля 2023 г. URL: "
        "https://t.me/medvedev_telegram/365 (дата обращения: 01.08.2023).",
        "Michael McFaul (@McFaul), post on X, 3 March 2023, "
        "https://x.com/McFaul/status/1631712345678901248.",
    ],
)
def test_a_post_at_a_social_platform_s_address_stays_a_web_page(note: str) -> None:
    """Not CSL's `post`: the shipped GOST, İSNAD and Chicago styles and RIS type a web page
    only, and a `post` lost its address and access date in them."""
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.type == "webpage"


@pytest.mark.parametrize(
    ("note", "volume", "page"),
    [
        ("Там же. Т. 2. С. 305.", "2", "305"),
        ("Ibid., 41:166.", "41", "166"),
        ("Ленин В.И. Указ. соч. Т. 36. С. 47.", "36", "47"),
        ("Aynı eser, C. II, s. 77.", "II", "77"),
        ("Ibid., 12.", None, "12"),
    ],
)
def test_an_ibid_or_op_cit_keeps_the_volume_before_its_page(
    note: str, volume: str | None, page: str
) -> None:
    found = parse_note(1, note, location=Location(path="t"))
    assert (found.volume, found.page) == (volume, page)


def test_a_blog_s_bracketed_kind_is_no_part_of_its_name() -> None:
    (found,) = parse_note(
        1,
        "Nathan Hamm, “Why Kazakhstan’s Language Reform Matters,” Registan (blog), 3 October "
        "2017, https://registan.net/2017/10/03/why-kazakhstan.",
        location=Location(path="t"),
    ).citations
    assert (found.container, found.type) == ("Registan", "post-weblog")


def test_an_author_date_reference_s_full_date_after_the_host_is_the_work_s_date() -> None:
    (found,) = parse_note(
        1,
        "Dave, Bhavna. 2019. “Why Kazakhstan’s Transition Isn’t One.” Central Asia Policy Blog "
        "(blog), March 22, 2019. https://centralasiapolicy.org/x",
        location=Location(path="t"),
    ).citations
    assert (found.issued and found.issued.isoformat(), found.accessed) == ("2019-03-22", None)


@pytest.mark.parametrize(
    "note",
    [
        "Smith, John. 2019. “Title.” Blog, accessed March 22, 2019. https://x.org/x",
        "Köse, M. (2017). Başbakan açıklama. 9 Nisan 2017 tarihinde Anadolu Ajansı: "
        "https://milliyet.com.tr/tr/x adresinden alındı",
    ],
)
def test_a_labelled_access_date_of_the_same_year_stays_the_access_date(note: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.accessed is not None
    assert found.issued is not None
    assert found.issued.month is None


def test_a_body_named_for_a_person_is_the_publisher_whole() -> None:
    (found,) = parse_note(
        1,
        "Смирнова О. Н. Языковая политика в постсоветском Казахстане : дис. … канд. полит. наук "
        ": 23.00.04 / О. Н. Смирнова ; МГУ им. М. В. Ломоносова. – М., 2015. – 210 с.",
        location=Location(path="t"),
    ).citations
    assert found.publisher == "МГУ им. М. В. Ломоносова"
    assert found.translators == ()


def test_a_gost_responsibility_after_the_slash_is_no_part_of_the_title() -> None:
    (found,) = parse_note(
        1,
        "Мониторинг качества подземных вод Восточно-Казахстанской области : отчет о НИР "
        "(заключительный) / Институт гидрогеологии и геоэкологии им. У. М. Ахмедсафина ; рук. "
        "Жапаров Т. К. – Алматы, 2019. – 156 с.",
        location=Location(path="t"),
    ).citations
    assert found.title == "Мониторинг качества подземных вод Восточно-Казахстанской области"
    assert found.type == "report"
    assert [str(a) for a in found.authors] == [
        "Институт гидрогеологии и геоэкологии им. У. М. Ахмедсафина"
    ]


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Ministry of Agriculture of the Republic of Kazakhstan (2022) Grain balance for the "
            "2021/2022 marketing year. Available at: https://www.gov.kz/x (Accessed: 3 March "
            "2023).",
            "Ministry of Agriculture of the Republic of Kazakhstan",
            "Grain balance for the 2021/2022 marketing year",
        ),
        (
            "Republic of Kazakhstan (2015) Law No. 401-V ‘On Access to Information’, 16 "
            "November. Available at: https://adilet.zan.kz/eng/docs/Z1500000401 (Accessed: 5 "
            "May 2021).",
            "Republic of Kazakhstan",
            "On Access to Information",
        ),
    ],
)
def test_harvard_s_body_before_the_bracketed_year_is_the_author(
    note: str, author: str, title: str
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert ([str(a) for a in found.authors], found.title) == ([author], title)
    assert found.issued is not None
    assert found.issued.year in (2015, 2022)


@pytest.mark.parametrize(
    "note",
    [
        "İstanbul Valiliği faiz kararını açıkladı (2009) Anadolu Ajansı. Available at: "
        "http://dha.com.tr/tr/x (Accessed: November 26, 2020).",
        "Google Haritalar (2018) Haberler.com. Available at: https://haberler.com/ru/x "
        "(Accessed: 26.11.2017).",
    ],
)
def test_a_harvard_title_before_the_bracketed_year_stays_the_title(note: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.authors == ()
    assert found.title is not None


@pytest.mark.parametrize(
    ("note", "edition"),
    [
        (
            "Olcott, M.B. (2010) Kazakhstan: Unfulfilled Promise? Rev. edn. Washington, DC: "
            "Carnegie Endowment for International Peace.",
            "Rev.",
        ),
        ("Benedict Anderson, Imagined Communities, rev. ed. (London: Verso, 2006), 37–46.", "rev."),
        ("Smith, J. Title. 2nd ed. London: Verso, 2006.", "2nd"),
    ],
)
def test_an_abbreviated_edition_kind_keeps_its_period(note: str, edition: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.edition == edition


@pytest.mark.parametrize(
    ("note", "container", "unread"),
    [
        (
            "Ысқақов Б.Б. Жезқазған өңіріндегі ашаршылық: мұрағат деректері // Ашаршылық: тарих "
            "және тағылым: халықаралық ғыл.-практ. конф. материалдары. – Алматы, 2013. – Б. 45–52.",
            "Ашаршылық: тарих және тағылым",
            ("халықаралық ғыл.-практ. конф. материалдары",),
        ),
        (
            "Марков Г.Е. Скотоводческое хозяйство и кочевничество // Проблемы истории и "
            "этнографии кочевых народов: тез. докл. Всесоюз. конф. (Алма-Ата, 12–14 мая 1975 г.)."
            " – Алма-Ата: Наука, 1975. – С. 34–36.",
            "Проблемы истории и этнографии кочевых народов: тез. докл. Всесоюз. конф. "
            "(Алма-Ата, 12–14 мая 1975 г.)",
            (),
        ),
    ],
)
def test_a_proceedings_host_is_whole_past_its_abbreviations(
    note: str, container: str, unread: tuple[str, ...]
) -> None:
    """The host's abbreviations cut it nowhere; its description of kind after the colon (since
    session 48, typed with or without a space before the colon) is no title's and is reported
    as a piece no field holds, whole."""
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.container == container
    assert found.unparsed == unread
    assert found.issued is not None


def test_a_heading_and_a_title_before_a_comma_imprint_are_no_unsigned_title() -> None:
    (found,) = parse_note(
        1,
        "См.: Бабаев А.Г. Пустыня Каракумы. М., Наука, 1977, с.45.",
        location=Location(path="t"),
    ).citations
    assert (found.title, [a.family for a in found.authors]) == ("Пустыня Каракумы", ["Бабаев"])


def test_a_name_alone_before_the_host_is_the_entry_s_title() -> None:
    (found,) = parse_note(
        1,
        "Шоқан Уәлиханов // Қазақстан. Ұлттық энциклопедия. – Алматы: Қазақ энциклопедиясы, "
        "2006. – 9-т. – 212-б.",
        location=Location(path="t"),
    ).citations
    assert (found.title, found.authors, found.type) == (
        "Шоқан Уәлиханов",
        (),
        "entry-encyclopedia",
    )


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Конституция Российской Федерации (принята всенародным голосованием 12.12.1993 с "
            "изменениями, одобренными в ходе общероссийского голосования 01.07.2020) // "
            "Российская газета. 2020. 4 июля. № 144.",
            "Конституция Российской Федерации",
        ),
        (
            "Қазақстан Республикасының Конституциясы (1995 жылғы 30 тамызда республикалық "
            "референдумда қабылданған). – 14-бап.",
            "Қазақстан Республикасының Конституциясы",
        ),
    ],
)
def test_an_act_s_adoption_bracket_is_no_part_of_its_title(note: str, title: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert (found.title, found.type, found.container) == (
        title,
        "legislation",
        "Российская газета" if "газета" in note else None,
    )


def test_springer_s_names_end_at_the_colon_and_the_imprint_after_the_pages_is_read() -> None:
    (found,) = parse_note(
        1,
        "Wang, Y., Li, X., Zhao, Q.: Graph neural networks for traffic forecasting: a survey. "
        "In: Proceedings of the 2022 IEEE International Conference on Big Data, pp. 112–121. "
        "IEEE, Osaka (2022)",
        location=Location(path="t"),
    ).citations
    assert [a.family for a in found.authors] == ["Wang", "Li", "Zhao"]
    assert found.title == "Graph neural networks for traffic forecasting: a survey"
    assert found.issued is not None
    assert found.issued.year == 2022


def test_a_translation_s_source_language_before_cev_is_the_label_s() -> None:
    (found,) = parse_note(
        1,
        "V. V. Bartold, Orta Asya Türk Tarihi Hakkında Dersler, Rusçadan çev. Ragıp Hulusi "
        "Özdem (Ankara: Türk Tarih Kurumu, 1975), 45.",
        location=Location(path="t"),
    ).citations
    assert found.title == "Orta Asya Türk Tarihi Hakkında Dersler"
    assert [a.family for a in found.translators] == ["Özdem"]


@pytest.mark.parametrize(
    ("note", "editors"),
    [
        (
            "Şerif Mardin, “Türk Siyasasını Açıklayabilecek Bir Anahtar: Merkez-Çevre "
            "İlişkileri”, Türkiye'de Toplum ve Siyaset: Makaleler 1, der. Mümtaz'er Türköne ve "
            "Tuncay Önder (İstanbul: İletişim Yayınları, 1990), 35-77.",
            ["Türköne", "Önder"],
        ),
        ("Halil İnalcık, Osmanlı Toplumu, Der. Murat Belge, İstanbul: İletişim, 2002.", ["Belge"]),
    ],
)
def test_turkish_der_names_the_editors_and_is_no_lost_text(note: str, editors: list[str]) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert [e.family for e in found.editors] == editors
    assert found.unparsed == ()


def test_a_page_range_the_model_ended_at_its_dash_is_whole_and_no_date() -> None:
    (found,) = parse_note(
        1,
        "[8] S. Ozturk, “Drought monitoring in Central Anatolia using MODIS NDVI time series,” "
        "IEEE J. Sel. Topics Appl. Earth Observ. Remote Sens., vol. 13, no. 4, pp. 1502–1511, "
        "Apr. 2020.",
        location=Location(path="t"),
    ).citations
    assert found.page == "1502–1511"
    assert found.issued is not None
    assert (found.issued.year, found.issued.month) == (2020, 4)


@pytest.mark.parametrize(
    "note",
    [
        "Smith, J. (2020). Title of paper. Geoderma 375, art. no. 114503.",
        "Smith, J. “Title.” Journal 12, p. 45, no. 3 (2010).",
    ],
)
def test_article_numbers_and_a_small_issue_label_after_a_page_lose_nothing(note: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.unparsed == ()
    if "Geoderma" in note:
        assert found.page == "art. no. 114503"
    else:
        assert (found.page, found.issue) == ("45", "3")


def test_ieee_s_article_number_stands_in_the_pages_place() -> None:
    (found,) = parse_note(
        1,
        "[17] D. Akhmetov et al., “Groundwater salinity mapping in the Aral Sea region using "
        "machine learning,” Water, vol. 14, no. 9, Art. no. 1421, 2022.",
        location=Location(path="t"),
    ).citations
    assert ([a.family for a in found.authors], found.issue) == (["Akhmetov"], "9")
    assert found.page == "Art. no. 1421"


def test_the_author_s_remark_after_a_semicolon_is_no_part_of_the_source() -> None:
    (found,) = parse_note(
        1,
        "Krş. Mehmet Saray, Türkmen Tarihi (İstanbul: Nesil Yayınları, 1993), 87-90; yazar "
        "burada Göktepe muharebesine dair rakamları Rus kaynaklarından aktarmaktadır.",
        location=Location(path="t"),
    ).citations
    assert (found.title, found.page, [a.family for a in found.authors]) == (
        "Türkmen Tarihi",
        "87-90",
        ["Saray"],
    )


def test_a_see_also_clause_after_a_semicolon_stays_a_source() -> None:
    note = parse_note(
        1,
        "Mehmet Saray, Türkmen Tarihi (İstanbul: Nesil Yayınları, 1993), 87-90; see also Anna "
        "Brown, Steppe Empires (London: Verso, 2011), 5.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 2


@pytest.mark.parametrize(
    ("note", "title", "host", "authors"),
    [
        (
            "Bol'shaia sovetskaia entsiklopediia, 3rd ed., s.v. “Kazakhskaia Sovetskaia "
            "Sotsialisticheskaia Respublika.”",
            "Kazakhskaia Sovetskaia Sotsialisticheskaia Respublika",
            "Bol'shaia sovetskaia entsiklopediia",
            [],
        ),
        (
            "Encyclopaedia Iranica, s.v. “Khiva,” by Yuri Bregel, accessed May 3, 2020, "
            "https://iranicaonline.org/articles/khiva.",
            "Khiva",
            "Encyclopaedia Iranica",
            ["Bregel"],
        ),
    ],
)
def test_chicago_s_sub_verbo_entry_is_the_title_in_its_reference_work(
    note: str, title: str, host: str, authors: list[str]
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert (found.title, found.container, found.type) == (title, host, "entry-encyclopedia")
    assert [a.family for a in found.authors] == authors


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "World Bank. (2021). Azerbaijan country economic memorandum: Toward a more "
            "diversified economy. World Bank Group. doi:10.1596/36512",
            "World Bank Group",
        ),
        (
            "OECD. (2021). Education and skills in Kazakhstan: A policy review. OECD Publishing. "
            "https://doi.org/10.1787/ab1c2d3e-en",
            "OECD Publishing",
        ),
    ],
)
def test_apa_s_publisher_before_the_doi_is_no_part_of_the_title(note: str, publisher: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.publisher == publisher
    assert found.title is not None
    assert publisher not in found.title


def test_apa_s_site_name_before_a_plain_address_is_no_publisher() -> None:
    (found,) = parse_note(
        1,
        "Иванов, И. (2006). Проблемы тюркских народов в Туркменистане. Арзамас. "
        "https://arzamas.academy/en/page/803405",
        location=Location(path="t"),
    ).citations
    assert found.publisher is None


def test_a_gost_report_s_genre_and_body_after_the_slash_are_read() -> None:
    (found,) = parse_note(
        1,
        "Центральная Азия — 2030: сценарии развития [Электронный ресурс] : аналитический "
        "доклад / Казахстанский институт стратегических исследований при Президенте РК. – "
        "Астана : КИСИ, 2021. – 96 с. – Режим доступа: https://kisi.kz/x.pdf",
        location=Location(path="t"),
    ).citations
    assert (found.title, found.genre, found.type) == (
        "Центральная Азия — 2030: сценарии развития",
        "аналитический доклад",
        "report",
    )
    assert [str(a) for a in found.authors] == [
        "Казахстанский институт стратегических исследований при Президенте РК"
    ]
    assert found.unparsed == ()


def test_a_romanised_family_with_an_apostrophe_and_roman_like_initials_is_the_author() -> None:
    (found,) = parse_note(
        1,
        "Bartol'd, V. V., \"Dvenadtsat' lektsii po istorii turetskikh narodov Srednei Azii\", "
        "Sochineniia, c. V, Moskva 1968, s. 19-192.",
        location=Location(path="t"),
    ).citations
    assert [(a.family, a.given) for a in found.authors] == [("Bartol'd", "V. V.")]
    assert found.title == "Dvenadtsat' lektsii po istorii turetskikh narodov Srednei Azii"


def test_an_editors_heading_stays_the_editors() -> None:
    (found,) = parse_note(
        1,
        "Reese, E., Hunt, C., ve Walters, S. (Eds.). (1982). SIFT Features Tracking for Video "
        "Stabilization. Citadel Press.",
        location=Location(path="t"),
    ).citations
    assert found.authors == ()
    assert [e.family for e in found.editors] == ["Reese", "Hunt", "Walters"]


def test_a_host_s_opening_roman_ordinal_is_the_host_s() -> None:
    (found,) = parse_note(
        1,
        "Yıldırım K. Kazak Türkçesinde Rusça alıntı kelimeler // IV. Uluslararası Türk Dili "
        "Kurultayı Bildirileri. Ankara: TDK, 2001. С. 1123–1135.",
        location=Location(path="t"),
    ).citations
    assert found.container == "IV. Uluslararası Türk Dili Kurultayı Bildirileri"


@pytest.mark.parametrize(
    ("note", "title", "journal"),
    [
        (
            "12. Nurgaliyeva AM, Bekmukhambetov YZ, Kaliyev AA, et al. Prevalence of arterial "
            "hypertension among rural adults in Aktobe region, Kazakhstan: a cross-sectional "
            "study. BMC Public Health. 2019;19(1):1254. doi:10.1186/s12889-019-7581-3",
            "Prevalence of arterial hypertension among rural adults in Aktobe region, "
            "Kazakhstan: a cross-sectional study",
            "BMC Public Health",
        ),
        (
            "5. Ospanova DA, Kuanyshbekova GA. [Incidence of brucellosis in the Zhambyl region of "
            "Kazakhstan, 2010–2019]. Epidemiologiya i Vaktsinoprofilaktika. 2020;19(5):44-50.",
            "Incidence of brucellosis in the Zhambyl region of Kazakhstan, 2010–2019",
            "Epidemiologiya i Vaktsinoprofilaktika",
        ),
    ],
)
def test_vancouver_s_title_and_journal_before_the_year_and_volume(
    note: str, title: str, journal: str
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert (found.title, found.container) == (title, journal)


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Auezov, Mukhtar. The Path of Abai. Translated by Simon Hollingsworth, vol. 1, "
            "Stacey International, 2012.",
            ("Auezov", "Mukhtar"),
            "The Path of Abai",
        ),
        ("Hayrioğlu, Türk Lehçeleri. Cilt…, 424-451.", ("Hayrioğlu", None), "Türk Lehçeleri"),
    ],
)
def test_a_given_name_after_the_family_s_comma_is_the_author_s(
    note: str, author: tuple[str, str | None], title: str
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    (name,) = found.authors
    assert (name.family or name.literal, name.given) == author
    assert (found.title or "").startswith(title)


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of "
            "the Republic of Kazakhstan, Statistical Yearbook of Kazakhstan 2022 (Astana, 2022).",
            "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of "
            "the Republic of Kazakhstan",
            "Statistical Yearbook of Kazakhstan 2022",
        ),
        (
            "Bkz. Turkish Petroleum Corporation (TPAO), 2022 Annual Report, Ankara, 2023, s. 14.",
            "Turkish Petroleum Corporation (TPAO)",
            "2022 Annual Report",
        ),
    ],
)
def test_a_body_named_before_the_title_s_comma_is_the_author(
    note: str, author: str, title: str
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert ([str(a) for a in found.authors], found.title) == ([author], title)


def test_an_act_s_name_before_its_kind_s_comma_stays_the_title() -> None:
    (found,) = parse_note(
        1,
        "О языках в Республике Казахстан, Кодекс Республики Казахстан No. 271-V, Литературная "
        "газета (2012).",
        location=Location(path="t"),
    ).citations
    assert found.authors == ()
    assert found.unparsed == ()


def test_a_bibliography_title_s_closing_period_of_years_is_the_title_s() -> None:
    (found,) = parse_note(
        1,
        "KHODARKOVSKY, Michael. Russia's Steppe Frontier: The Making of a Colonial Empire, "
        "1500-1800. Bloomington: Indiana University Press, 2002.",
        location=Location(path="t"),
    ).citations
    assert found.title == ("Russia's Steppe Frontier: The Making of a Colonial Empire, 1500-1800")
    assert found.issued is not None
    assert found.issued.year == 2002


def test_apa_s_romanised_family_with_an_apostrophe_before_the_year_is_the_author() -> None:
    (found,) = parse_note(
        1,
        "Bartol'd, V. V. (1963). Sochineniia [Works] (Vol. 2, Pt. 1). Izdatel'stvo vostochnoi "
        "literatury.",
        location=Location(path="t"),
    ).citations
    assert [a.family for a in found.authors] == ["Bartol'd"]
    assert (found.title, found.volume) == ("Sochineniia", "2")


def test_a_body_s_acronym_and_paper_with_a_coded_number_are_the_series() -> None:
    (found,) = parse_note(
        1,
        "Simon Pirani, Central Asian Gas: Prospects for the 2020s, OIES Paper NG 155 (Oxford: "
        "Oxford Institute for Energy Studies, December 2019), 22.",
        location=Location(path="t"),
    ).citations
    assert found.title == "Central Asian Gas: Prospects for the 2020s"
    assert found.genre == "OIES Paper"


@pytest.mark.parametrize(
    ("note", "title", "site"),
    [
        (
            "Что изменится в России с 1 января 2024 года — «Медуза», 28.12.2023. URL: "
            "https://meduza.io/cards/x (дата обращения: 29.12.2023).",
            "Что изменится в России с 1 января 2024 года",
            "Медуза",
        ),
        (
            "Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен телефон арқылы "
            "сөйлесті. – Ақорда, 2023 ж. 7 ақпан. – URL: https://www.akorda.kz/kz/x",
            "Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен телефон арқылы сөйлесті",
            "Ақорда",
        ),
    ],
)
def test_the_site_named_after_a_headline_and_before_its_day_is_the_host(
    note: str, title: str, site: str
) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert (found.title, found.container, found.publisher_place) == (title, site, None)


def test_a_book_title_with_a_dash_and_a_quoted_name_stays_whole() -> None:
    (found,) = parse_note(
        1,
        "Mukanov, N. Mir – «NAASA» [Volume 2. Random Forest]. Qarağandy, Qazaqparat Publ., "
        "1965. 543 p.",
        location=Location(path="t"),
    ).citations
    assert found.container is None


@pytest.mark.parametrize(
    ("note", "page"),
    [
        (
            "Andrew E. Kramer, “Kazakhstan’s Leader Consolidates Power After Unrest,” New York "
            "Times, January 20, 2022, 8.",
            "8",
        ),
        ("“Türkmen Heyeti Ankara’da”, Cumhuriyet, 4 Mart 1992, 1.", "1"),
    ],
)
def test_a_bare_number_after_a_paper_s_day_is_its_page(note: str, page: str) -> None:
    (found,) = parse_note(1, note, location=Location(path="t")).citations
    assert found.page == page
    assert found.issued is not None
    assert found.issued.day is not None


def test_a_platform_s_channel_after_the_host_s_colon_is_no_part_of_its_name() -> None:
    (found,) = parse_note(
        1,
        "Заявление пресс-службы МИД Республики Узбекистан // MFA Uzbekistan : Telegram-канал. "
        "– 2023. – 18 апреля. – URL: https://t.me/MFA_Uzbekistan/1234",
        location=Location(path="t"),
    ).citations
    assert (found.container, found.type) == ("MFA Uzbekistan", "webpage")
