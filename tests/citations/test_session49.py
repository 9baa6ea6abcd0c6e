"""Forms found unread or misread in session 49: US statutes, codes, registers and bills cited
the Bluebook's way, and a footnote's bare number pasted before its author."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "container", "volume", "page", "section"),
    [
        (
            "Countering America's Adversaries Through Sanctions Act, Pub. L. No. 115-44, "
            "131 Stat. 886 (2017).",
            "Stat",
            "131",
            "886",
            None,
        ),
        ("Freedom Support Act of 1992, 22 U.S.C. § 5801 (1992).", "U.S.C.", "22", None, "5801"),
        ("31 C.F.R. § 589.201 (2023).", "C.F.R.", "31", None, "589.201"),
        ("Sanctions Rule, 87 Fed. Reg. 12345 (Mar. 3, 2022).", "Fed. Reg", "87", "12345", None),
    ],
)
def test_a_statute_book_or_code_is_the_acts_host(
    text: str, container: str, volume: str, page: str | None, section: str | None
) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "legislation"
    assert csl["container-title"] == container
    assert csl["volume"] == volume
    assert csl.get("page") == page
    assert csl.get("section") == section
    assert "translator" not in csl  # `Stat.` was read as a translator's name
    assert "number-of-pages" not in csl


def test_a_sections_bracketed_year_is_no_subsection() -> None:
    csl = to_csl(_one("Freedom Support Act of 1992, 22 U.S.C. § 5801 (1992)."))
    assert csl["title"] == "Freedom Support Act of 1992"
    assert csl["issued"] == {"date-parts": [[1992]]}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "See Silk Road Strategy Act of 1999, H.R. 1152, 106th Cong. (1999).",
            "H.R. 1152, 106th Cong.",
        ),
        (
            "Silk Road Strategy Act of 1999, S. 579, 106th Cong., 1st Sess. (1999).",
            "S. 579, 106th Cong., 1st Sess.",
        ),
    ],
)
def test_a_bill_is_an_act_numbered_with_its_congress(text: str, number: str) -> None:
    cited = _one(text)
    csl = to_csl(cited)
    assert csl["type"] == "legislation"
    assert csl["title"] == "Silk Road Strategy Act of 1999"
    assert csl["number"] == number
    assert "page" not in csl
    assert cited.unparsed == ()


def test_a_page_word_before_a_number_is_no_bill() -> None:
    csl = to_csl(_one("Smith, Politics, S. 5, 12th ed."))
    assert "number" not in csl


def test_a_bare_footnote_number_before_the_author_is_stripped() -> None:
    csl = to_csl(
        _one(
            '3 Ayşe Demirci, "Orta Asya\'da Kuşak ve Yol Girişimi", Avrasya Etüdleri 61/1 '
            "(2022), 85."
        )
    )
    assert csl["author"] == [{"family": "Demirci", "given": "Ayşe"}]
    assert csl["title"] == "Orta Asya'da Kuşak ve Yol Girişimi"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "United Nations Economic Commission for Europe, Environmental Performance Reviews: "
            "Uzbekistan, ECE/CEP/188 (Geneva: United Nations, 2020), 112–15.",
            "ECE/CEP/188",
        ),
        (
            "John Smith, Energy Policy in Central Asia, WP/19/45 (Washington, DC: IMF, 2019), 5.",
            "WP/19/45",
        ),
    ],
)
def test_a_slashed_document_symbol_before_the_imprint_numbers_a_report(
    text: str, issue: str
) -> None:
    cited = _one(text)
    csl = to_csl(cited)
    assert csl["type"] == "report"
    assert csl["issue"] == issue
    assert cited.unparsed == ()


@pytest.mark.parametrize(
    ("text", "title", "number", "genre"),
    [
        (
            "Anatolie Stati et al. v. Republic of Kazakhstan, SCC Case No. V 116/2010, Award "
            "(December 19, 2013), ¶ 1095.",
            "Anatolie Stati et al. v. Republic of Kazakhstan",
            "V 116/2010",
            "Award",
        ),
        (
            "Chevron Corp. v. Republic of Ecuador, PCA Case No. 2009-23, Second Partial Award on "
            "Track II (Aug. 30, 2018), ¶ 45.",
            "Chevron Corp. v. Republic of Ecuador",
            "2009-23",
            "Second Partial Award on Track II",
        ),
        (
            "Prosecutor v. Tadić, Case No. IT-94-1-A, Judgment (Int'l Crim. Trib. for the Former "
            "Yugoslavia July 15, 1999).",
            "Prosecutor v. Tadić",
            "IT-94-1-A",
            "Judgment",
        ),
    ],
)
def test_a_case_cited_by_its_docket_is_named_by_its_parties(
    text: str, title: str, number: str, genre: str
) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "legal_case"
    assert csl["title"] == title
    assert "author" not in csl
    assert csl["number"] == number
    assert csl["genre"] == genre


def test_a_chambers_bracket_stays_out_of_the_cases_name() -> None:
    csl = to_csl(
        _one("Selahattin Demirtaş v. Turkey (No. 2) [GC], App. No. 14305/17, 22 December 2020.")
    )
    assert csl["title"] == "Selahattin Demirtaş v. Turkey (No. 2)"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "U.S. Congress, Senate, Committee on Foreign Relations, U.S. Policy in Central Asia: "
            "Hearing Before the Committee on Foreign Relations, 116th Cong., 1st sess., May 2, "
            "2019, 14.",
            "U.S. Congress, Senate, Committee on Foreign Relations",
            "U.S. Policy in Central Asia: Hearing Before the Committee on Foreign Relations",
        ),
        (
            "U.S. Department of State, Bureau of Democracy, Human Rights, and Labor, 2022 Country "
            "Reports on Human Rights Practices: Kazakhstan (Washington, DC, 2023), 5.",
            "U.S. Department of State, Bureau of Democracy, Human Rights, and Labor",
            "2022 Country Reports on Human Rights Practices: Kazakhstan",
        ),
        (
            "Министерство иностранных дел Российской Федерации, Департамент информации и печати, "
            "Брифинг официального представителя МИД России. М., 2022.",
            "Министерство иностранных дел Российской Федерации, Департамент информации и печати",
            "Брифинг официального представителя МИД России",
        ),
    ],
)
def test_a_bodys_hierarchy_is_one_author(text: str, author: str, title: str) -> None:
    csl = to_csl(_one(text))
    assert csl["author"] == [{"literal": author}]
    assert csl["title"] == title


def test_a_hearings_congress_stays_out_of_its_title_and_is_reported() -> None:
    cited = _one(
        "U.S. Congress, Senate, Committee on Foreign Relations, U.S. Policy in Central Asia: "
        "Hearing Before the Committee on Foreign Relations, 116th Cong., 1st sess., May 2, "
        "2019, 14."
    )
    assert cited.unparsed == ("116th Cong., 1st sess",)


def test_bodies_writing_together_stay_two_authors() -> None:
    csl = to_csl(
        _one("World Bank and International Monetary Fund, Debt Report (Washington, DC, 2020).")
    )
    assert csl["author"] == [{"literal": "World Bank"}, {"literal": "International Monetary Fund"}]


def test_a_bodys_fields_listed_with_commas_are_one_name() -> None:
    csl = to_csl(
        _one(
            "Aile, Çalışma ve Sosyal Hizmetler Bakanlığı, Türkiye Aile Yapısı Araştırması, "
            "Ankara, 2021."
        )
    )
    assert csl["author"] == [{"literal": "Aile, Çalışma ve Sosyal Hizmetler Bakanlığı"}]


@pytest.mark.parametrize(
    ("text", "host", "platform"),
    [
        (
            "Yılmaz, A. (2021). Osmanlı'da kahve kültürü [Podcast bölümü]. Tarih Kulübü içinde. "
            "Spotify. https://open.spotify.com/episode/abc123",
            "Tarih Kulübü",
            "Spotify",
        ),
        (
            "Mills, K. (Host). (2020, May 3). The silk road revisited [Audio podcast episode]. In "
            "History Hour. BBC Sounds. https://www.bbc.co.uk/sounds/play/p08",
            "History Hour",
            "BBC Sounds",
        ),
    ],
)
def test_a_podcasts_host_sentence_and_platform(text: str, host: str, platform: str) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "broadcast"
    assert csl["container-title"] == host
    assert csl["publisher"] == platform


def test_an_in_sentence_without_a_platform_is_no_podcasts() -> None:
    csl = to_csl(_one("Smith, J. (2019). Nomads. In Central Asian Histories. New York: Routledge."))
    assert csl.get("publisher-place") == "New York"
    assert csl.get("publisher") == "Routledge"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Memorandum from F. I. Goloshchekin to the Kazakh Regional Party Committee, 9 "
            "September "
            "1928, RGASPI, f. 17, op. 25, d. 8, l. 102–104.",
            "Memorandum from F. I. Goloshchekin to the Kazakh Regional Party Committee, 9 "
            "September "
            "1928",
        ),
        (
            "Телеграмма Голощекина Сталину, 9 сентября 1928 г., ЦГА РК, ф. 141, оп. 1, д. 2, л. 5.",
            "Телеграмма Голощекина Сталину, 9 сентября 1928 г.",
        ),
    ],
)
def test_an_archival_documents_kind_opens_its_title(text: str, title: str) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "manuscript"
    assert csl["title"] == title
    assert "author" not in csl


# review of session 48's rules


def test_a_thesis_with_an_empty_statement_of_responsibility_reads_whole() -> None:
    csl = to_csl(
        _one(
            "Гаврилова Т. А. Название работы : дис. … канд. ист. наук : 07.00.07 /     ; "
            "Казанский университет. – Казань, 2014."
        )
    )
    assert csl["type"] == "thesis"
    assert csl["publisher"] == "Казанский университет"


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            '"Kazakhstan\'s new law on media," Facebook post, 24 February 2023, '
            "https://www.facebook.com/kazmfa/posts/123.",
            "Kazakhstan's new law on media",
            "Facebook post",
        ),
        (
            "“Statement on the situation,” Twitter thread, 5 January 2022, "
            "https://twitter.com/MFA_KZ/status/1478.",
            "Statement on the situation",
            "Twitter thread",
        ),
    ],
)
def test_a_posts_quoted_title_is_no_author(text: str, title: str, host: str) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert csl["container-title"] == host
    assert "author" not in csl


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Летят журавли / реж. М. Калатозов. М., 1957.", "М."),
        ("Брат / реж. А. Балабанов. СПб., 1997.", "СПб."),
    ],
)
def test_a_films_abbreviated_city_is_its_place(text: str, place: str) -> None:
    csl = to_csl(_one(text))
    assert csl["publisher-place"] == place
    assert "publisher" not in csl


def test_a_studio_read_as_a_host_is_the_publisher_alone() -> None:
    csl = to_csl(
        _one(
            "Тіні забутих предків [Відеозапис] / реж. С. Параджанов. К. : Довженко, 1965. "
            "1 фільм (97 хв)."
        )
    )
    assert csl["publisher"] == "Довженко"
    assert "container-title" not in csl


def test_a_count_inside_the_physical_description_is_no_volume() -> None:
    csl = to_csl(_one("Smith J. Documentary. BBC, 2001; 1 DVD (100 min)."))
    assert csl["medium"] == "1 DVD"
    assert "volume" not in csl


def test_a_clause_dating_an_edition_is_reported_not_dropped() -> None:
    cited = _one(
        "Yılmaz A. Türkiye Ekonomisi. Ankara: Seçkin, 2019, s. 45; aynı eserin 2010 baskısında "
        "da bu bilgi verilmiştir."
    )
    assert cited.unparsed == ("aynı eserin 2010 baskısında da bu bilgi verilmiştir",)


def test_a_journal_named_with_podcast_and_printed_pages_stays_an_article() -> None:
    csl = to_csl(
        _one(
            "Smith J. The sound of memory. Journal of Radio & Audio Media (podcast), 27(2), 2020, "
            "45-60."
        )
    )
    assert csl["type"] == "article-journal"


def test_a_person_before_a_handle_keeps_the_name_split() -> None:
    csl = to_csl(
        _one(
            "John Smith [@jsmith]. (2019, March 8). Title of the tweet [Tweet]. Twitter. "
            "https://twitter.com/jsmith/status/1"
        )
    )
    assert csl["author"] == [{"family": "Smith", "given": "John"}]


def test_an_episodes_word_is_no_place() -> None:
    csl = to_csl(_one("Smith J. Sosyoloji Sohbetleri (Podcast), 15. Bölüm, 2021."))
    assert csl["number"] == "15"
    assert "publisher-place" not in csl


@pytest.mark.parametrize(
    "text",
    [
        "‘Russia blocks access to Tor network’ (2021) Meduza, 8 December. Available at: "
        "https://meduza.io/en/news/2021/12/08/x (Accessed: 10 December 2021).",
        "“Russia blocks access to Tor network” (2021) Meduza, 8 December.",
    ],
)
def test_an_unsigned_harvard_title_its_year_and_host(text: str) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == "Russia blocks access to Tor network"
    assert csl["container-title"] == "Meduza"
    assert csl["issued"] == {"date-parts": [[2021, 12, 8]]}


def test_an_acts_designation_before_its_quoted_name_is_the_genre() -> None:
    csl = to_csl(
        _one(
            "Federal Law No. 236-FZ of July 1, 2021, “On the Activities of Foreign Persons in the "
            "Information and Telecommunications Network ‘Internet’ in the Russian Federation,” "
            "Sobranie Zakonodatel’stva Rossiiskoi Federatsii [SZ RF] 2021, No. 27, Item 5064."
        )
    )
    assert csl["title"] == (
        "On the Activities of Foreign Persons in the Information and Telecommunications Network "
        "‘Internet’ in the Russian Federation"
    )
    assert csl["genre"] == "Federal Law"
    assert csl["number"] == "236-FZ"


def test_an_acts_kind_after_its_name_is_no_host_before_the_slashes() -> None:
    csl = to_csl(
        _one(
            "Türkmenistanyň «Internet torunyň ösüşini we internet hyzmatlaryny etmegi döwlet "
            "tarapyndan düzgünleşdirmek hakynda» Kanuny, 2014-nji ýylyň 20-nji dekabry // "
            "Türkmenistanyň Mejlisiniň Maglumatlary. 2015. № 1. 12-nji madda."
        )
    )
    assert csl["container-title"] == "Türkmenistanyň Mejlisiniň Maglumatlary"


def test_a_day_inside_a_documents_name_stays_in_its_title() -> None:
    csl = to_csl(
        _one(
            "Қазақстан Республикасы Президентінің 2022 жылғы 16 наурыздағы Қазақстан халқына "
            "Жолдауы // Akorda.kz. URL: https://www.akorda.kz/kz/x (қаралған күні: 20.03.2022)."
        )
    )
    assert csl["title"] == (
        "Қазақстан Республикасы Президентінің 2022 жылғы 16 наурыздағы Қазақстан халқына Жолдауы"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Приказ Минздрава России от 30.11.2017 № 965н «Об утверждении порядка».", "965н"),
        (
            "Ministry of Health of the Russian Federation. Order No. 965n of 30 November 2017 on "
            "the procedure for providing medical care [Internet]. Moscow; 2017.",
            "965n",
        ),
    ],
)
def test_an_orders_number_keeps_its_glued_letter(text: str, number: str) -> None:
    assert to_csl(_one(text))["number"] == number


def test_a_small_letter_access_label_tells_an_unworded_titles_language() -> None:
    csl = to_csl(
        _one(
            "Encyclopaedia Britannica, s.v. “Fergana Valley,” accessed May 17, 2024, "
            "https://www.britannica.com/place/Fergana-Valley."
        )
    )
    assert csl["language"] == "en"


def test_a_bodys_sentence_signs_the_act_in_the_next_sentence() -> None:
    csl = to_csl(
        _one(
            "Ministry of Health of the Russian Federation. Order No. 965n of 30 November 2017 on "
            "the procedure for providing medical care using telemedicine technologies [Internet]. "
            "Moscow; 2017 [cited 2020 Apr 10]. Available from: http://publication.pravo.gov.ru/x"
        )
    )
    assert csl["author"] == [{"literal": "Ministry of Health of the Russian Federation"}]
    assert csl["title"] == (
        "Order No. 965n of 30 November 2017 on the procedure for providing medical care using "
        "telemedicine technologies"
    )


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "OECD, Directorate for Education and Skills, Education at a Glance 2019 (Paris: OECD "
            "Publishing, 2019), 45.",
            "OECD, Directorate for Education and Skills",
        ),
        (
            "Harvard University, Davis Center for Russian and Eurasian Studies, Annual Report 2019 "
            "(Cambridge, MA, 2019).",
            "Harvard University, Davis Center for Russian and Eurasian Studies",
        ),
        (
            "Türkiye Cumhuriyeti Dışişleri Bakanlığı, Ekonomik İşler Genel Müdürlüğü, Türkiye-Orta "
            "Asya İlişkileri (Ankara, 2020), 12.",
            "Türkiye Cumhuriyeti Dışişleri Bakanlığı, Ekonomik İşler Genel Müdürlüğü",
        ),
    ],
)
def test_a_hierarchys_units_open_or_close_on_their_head_words(text: str, author: str) -> None:
    assert to_csl(_one(text))["author"] == [{"literal": author}]


def test_a_country_after_a_body_is_no_unit_of_it() -> None:
    csl = to_csl(
        _one(
            "OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election, 20 November 2022: "
            "ODIHR Election Observation Mission Final Report (Warsaw: OSCE/ODIHR, 28 March 2023), "
            "14–15."
        )
    )
    assert csl["author"] == [{"literal": "OSCE/ODIHR"}]


def test_a_body_published_under_its_heads_acronym_writes_a_report() -> None:
    csl = to_csl(
        _one(
            "World Health Organization Regional Office for Europe. Tuberculosis surveillance and "
            "monitoring in Europe: Central Asia focus [Internet]. Copenhagen: WHO Regional Office "
            "for Europe; 2022 [cited 2024 Jan 8]. Available from: https://www.who.int/europe/x"
        )
    )
    assert csl["type"] == "report"


def test_a_reports_slashed_years_and_subtitle_stay_in_its_title() -> None:
    csl = to_csl(
        _one(
            "UNDP. Human Development Report 2021/2022: Uncertain Times, Unsettled Lives. New "
            "York, 2022."
        )
    )
    assert csl["title"] == "Human Development Report 2021/2022: Uncertain Times, Unsettled Lives"
    assert csl["publisher-place"] == "New York"
    assert csl["author"] == [{"literal": "UNDP"}]


# review of session 47's rules


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kazakhstan Patent 2020 Annual Report. Astana: Kazpatent, 2021.",
            "Kazakhstan Patent 2020 Annual Report",
        ),
        (
            "Türk Patent 2020 Faaliyet Raporu. Ankara: TÜRKPATENT, 2021.",
            "Türk Patent 2020 Faaliyet Raporu",
        ),
    ],
)
def test_a_year_after_a_patent_word_is_no_patents_number(text: str, title: str) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert "number" not in csl


@pytest.mark.parametrize(
    "text",
    [
        "24. Grey, S. (2018) ‘Open data in Kazakhstan’, Central Asian Survey, 37(2), pp. 1–20.",
        "12) Brubaker R. Nationalism Reframed. Cambridge, 1996. 45 p.",
    ],
)
def test_a_stripped_list_number_leaves_the_raw_text_whole(text: str) -> None:
    raw = _one(text).raw
    assert raw is not None
    assert text.endswith(raw)
    assert raw.endswith(text[-6:])


def test_a_day_before_a_month_is_no_list_number() -> None:
    csl = to_csl(_one("12. Mart, “Muhtıra”, Milliyet, 13 Mart 1971."))
    assert "author" not in csl
    assert csl["title"] == "Muhtıra"


def test_a_shelf_label_closing_the_tokens_raises_nothing() -> None:
    from citekit.citations.tagger.manuscript_parts import manuscript_parts
    from citekit.citations.tagger.tokens import tokenize

    tokens = tokenize("Title, MS.")
    assert manuscript_parts(tokens, [("title", 0, len(tokens))])
