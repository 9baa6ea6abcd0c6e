"""Forms misread in session 49's rules, found by a review of its diff (session 50): a news
outlet's headline and two bodies writing together read as one body's hierarchy, an unsigned
quoted title's year before an in-word or a place, a name's own number stripped as a list's, a
body's account read as a person, a court's chamber read as a decision's kind, a person's office
read as a body's unit."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.csl import to_csl
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_an_outlets_headline_before_its_day_is_no_bodys_unit() -> None:
    csl = to_csl(_one("The Astana Times, Senate Adopts Law on Media, 5 May 2020."))
    assert csl["title"] == "Senate Adopts Law on Media"
    assert csl["issued"] == {"date-parts": [[2020, 5, 5]]}
    assert "The Astana Times, Senate Adopts Law on Media" not in str(csl.get("author"))


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "World Bank, European Commission, Joint Assessment of Reconstruction Needs "
            "(Washington, DC, 2019).",
            ["World Bank", "European Commission"],
            "Joint Assessment of Reconstruction Needs",
        ),
        (
            "Council of Europe, European Union, Joint Programme Report, 2018.",
            ["Council of Europe", "European Union"],
            "Joint Programme Report",
        ),
    ],
)
def test_a_body_named_with_its_head_word_second_writes_beside_the_one_before(
    text: str, authors: list[str], title: str
) -> None:
    csl = to_csl(_one(text))
    assert [a.get("literal") for a in csl["author"]] == authors
    assert csl["title"] == title


def test_a_bodys_unit_still_joins_its_body() -> None:
    csl = to_csl(
        _one(
            "U.S. Congress, Senate, Committee on Foreign Relations, U.S. Policy in Central "
            "Asia: Hearing, 116th Cong., 1st sess., 2019."
        )
    )
    assert csl["author"] == [{"literal": "U.S. Congress, Senate, Committee on Foreign Relations"}]


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher"),
    [
        (
            "‘Kazakhstan unrest’ (2022) In Smith, J. (ed.) Central Asia Yearbook. London: "
            "Routledge, pp. 1-10.",
            "Kazakhstan unrest",
            "Central Asia Yearbook",
            "Routledge",
        ),
        (
            "‘Annual defence report’ (2019) London: Ministry of Defence.",
            "Annual defence report",
            None,
            "Ministry of Defence",
        ),
        (
            "“Kazakhstan’s new constitution” (2022) Available at: https://example.com/a "
            "(Accessed: 5 May 2023).",
            "Kazakhstan’s new constitution",
            None,
            None,
        ),
    ],
)
def test_an_unsigned_quoted_titles_year_before_no_host(
    text: str, title: str, container: str | None, publisher: str | None
) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert csl.get("container-title") == container
    assert csl.get("publisher") == publisher


def test_an_unsigned_quoted_titles_host_is_still_read() -> None:
    csl = to_csl(_one("‘Russia blocks Tor’ (2021) Meduza, 8 December."))
    assert csl["container-title"] == "Meduza"
    assert csl["issued"] == {"date-parts": [[2021, 12, 8]]}


@pytest.mark.parametrize("text", ['3 Demirci, "Başlık", Dergi 5 (2010): 12.'])
def test_a_bare_footnote_number_before_a_surname_is_stripped(text: str) -> None:
    assert to_csl(_one(text))["title"] == "Başlık"


def test_a_bare_footnote_number_before_a_given_name_is_still_stripped() -> None:
    csl = to_csl(_one('3 Ayşe Demirci, "Başlık," Hürriyet, 3 Mayıs 2020.'))
    assert csl["author"] == [{"family": "Demirci", "given": "Ayşe"}]


def test_a_bodys_account_is_no_person() -> None:
    csl = to_csl(
        _one(
            "Victoria Police [@VictoriaPolice]. (2021, March 3). Road closures tonight [Tweet]. "
            "Twitter. https://twitter.com/VictoriaPolice/status/1"
        )
    )
    assert csl["author"] == [{"literal": "Victoria Police"}]


def test_a_courts_chamber_after_the_docket_is_no_decisions_kind() -> None:
    csl = to_csl(
        _one(
            "Prosecutor v. Lubanga, Case No. ICC-01/04-01/06, Trial Chamber I (14 March 2012), "
            "para. 45."
        )
    )
    assert csl["title"] == "Prosecutor v. Lubanga"
    assert "genre" not in csl


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("Trump, Donald J., President", "Trump"),
        ("Иванов, Иван Иванович, Посол России", "Иванов"),
    ],
)
def test_a_persons_office_after_the_name_is_no_bodys_unit(written: str, family: str) -> None:
    assert to_name(written).family == family


def test_a_bodys_fields_listed_with_commas_stay_one_name() -> None:
    name = to_name("Aile, Çalışma ve Sosyal Hizmetler Bakanlığı")
    assert name.literal == "Aile, Çalışma ve Sosyal Hizmetler Bakanlığı"


def test_a_labelled_report_number_read_as_a_day_is_the_reports_number() -> None:
    csl = to_csl(
        _one(
            "Demirtaş, H., & Lowe, P. (2022). Exchange rate pass-through in Turkey after 2018 "
            "(Working Paper No. 22/07). Central Bank of the Republic of Türkiye."
        )
    )
    assert csl["issue"] == "22/07"
    assert csl["publisher"] == "Central Bank of the Republic of Türkiye"
    assert "accessed" not in csl


def test_an_access_date_that_holds_no_date_is_reported_lost() -> None:
    found = _one("Smith J. Title // Journal. 2020. № 3. С. 5. (дата обращения: 99.99.2020).")
    assert found.accessed is None
    assert "99.99.2020" in found.unparsed


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Sultanbekova, D., & Morris, K. (2019, September 5–7). Informal institutions and firm "
            "entry in Tajikistan [Paper presentation]. European Society for Central Asian "
            "Studies Conference, Tashkent, Uzbekistan.",
            9,
        ),
        ("Ali, B. (2021, March 30–April 2). Title [Poster session]. Annual Meeting, Chicago.", 3),
    ],
)
def test_a_meetings_days_in_the_years_bracket_are_its_date(text: str, month: int) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "paper-conference"
    assert csl["issued"]["date-parts"][0][1] == month
    assert "issue" not in csl


@pytest.mark.parametrize(
    ("text", "genre", "publisher", "container"),
    [
        (
            "Zhakupova, M. (2020). Oil rents and subnational budgets in Kazakhstan [Doctoral "
            "dissertation, University of Glasgow]. Enlighten Theses. http://theses.gla.ac.uk/81/",
            "Doctoral dissertation",
            "University of Glasgow",
            "Enlighten Theses",
        ),
        (
            "Smith, J. (2019). Title [Master's thesis, Nazarbayev University]. NU Repository.",
            "Master's thesis",
            "Nazarbayev University",
            "NU Repository",
        ),
        (
            "Yılmaz, A. (2018). Başlık [Yayımlanmamış doktora tezi, Ankara Üniversitesi].",
            "Yayımlanmamış doktora tezi",
            "Ankara Üniversitesi",
            None,
        ),
    ],
)
def test_a_theses_bracketed_kind_and_university(
    text: str, genre: str, publisher: str, container: str | None
) -> None:
    csl = to_csl(_one(text))
    assert csl["type"] == "thesis"
    assert (csl["genre"], csl["publisher"]) == (genre, publisher)
    assert csl.get("container-title") == container


def test_a_body_before_harvards_year_is_the_author_not_the_site() -> None:
    csl = to_csl(
        _one(
            "EBRD (2021) Kazakhstan country strategy 2022–2027. Available at: "
            "https://www.ebrd.com/documents/strategy.pdf (Accessed: 3 February 2022)."
        )
    )
    assert csl["author"] == [{"literal": "EBRD"}]
    assert "container-title" not in csl


def test_an_outlet_before_harvards_year_stays_the_host() -> None:
    csl = to_csl(
        _one(
            "The Guardian (2020) Kazakhstan protests. Available at: https://www.theguardian.com/x "
            "(Accessed: 3 May 2020)."
        )
    )
    assert csl["container-title"] == "The Guardian"


def test_a_list_number_before_a_family_that_reads_as_a_month_is_stripped() -> None:
    csl = to_csl(
        _one(
            '12. Mamyrov, K. 2012. "Remittance economies of the Ferghana Valley." In: Fields, J. '
            "(ed.). Migration and Development. New York: Columbia University Press, 201-224."
        )
    )
    assert csl["author"] == [{"family": "Mamyrov", "given": "K."}]
    assert csl["title"] == "Remittance economies of the Ferghana Valley"


def test_gosts_heading_before_the_title_is_the_author_once() -> None:
    csl = to_csl(
        _one(
            "Гарднер, Дж. Степные империи Евразии / Джеймс Гарднер ; перевод с английского "
            "Е. В. Лукиной. – Санкт-Петербург : Евразия, 2018. – 352 с."
        )
    )
    assert csl["title"] == "Степные империи Евразии"
    # once, with the given name the statement after the slash writes in full (session 51)
    assert csl["author"] == [{"family": "Гарднер", "given": "Джеймс"}]


def test_an_inverted_name_with_initials_and_a_comma_still_opens_the_note() -> None:
    csl = to_csl(_one("Bartol'd, V. V., \"Dvenadtsat' lektsii\" (Moscow, 1963)."))
    assert csl["author"] == [{"family": "Bartol'd", "given": "V. V."}]


def test_a_meetings_place_and_days_run_into_the_host_are_no_hosts() -> None:
    csl = to_csl(
        _one(
            "Smith, J. (2019) 'Pipeline integrity', in Proceedings of the 12th International "
            "Pipeline Conference. Calgary, 24–28 September. New York: ASME, pp. 233–241."
        )
    )
    assert csl["container-title"] == "Proceedings of the 12th International Pipeline Conference"


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("Marx, Karl. Capital. London: Penguin, 1990. First published 1867.", [1867]),
        (
            "Marx, Karl. Capital. London: Penguin, 1990. Originally published 12 May 1867.",
            [1867, 5, 12],
        ),
    ],
)
def test_a_first_editions_sentence_after_the_imprint_dates_the_original(
    text: str, original: list[int]
) -> None:
    csl = to_csl(_one(text))
    assert csl["issued"] == {"date-parts": [[1990]]}
    assert csl["original-date"] == {"date-parts": [original]}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "UNDP, Human Development Report 2021/2022, New York, 2022.",
            "Human Development Report 2021/2022",
        ),
        ("UNDP, Human Development Report 2020, New York, 2020.", "Human Development Report 2020"),
    ],
)
def test_a_bodys_initials_then_a_yearly_title_and_imprint(text: str, title: str) -> None:
    csl = to_csl(_one(text))
    assert csl["author"] == [{"literal": "UNDP"}]
    assert csl["title"] == title
    assert csl["publisher-place"] == "New York"
    assert csl["type"] == "report"


def test_a_bodys_work_dated_to_its_month_is_a_report() -> None:
    csl = to_csl(_one("IMF, World Economic Outlook, April 2024, 17."))
    assert csl["type"] == "report"


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "Seamus Deane, Celtic Revivals, Faber and Faber, London 1985, s. 23.",
            "Celtic Revivals",
            "Faber and Faber",
            "London",
        ),
        (
            "Fernand Braudel, Akdeniz ve Akdeniz Dünyası, Eren, İstanbul 1989, s. 112.",
            "Akdeniz ve Akdeniz Dünyası",
            "Eren",
            "İstanbul",
        ),
    ],
)
def test_an_imprint_written_publisher_then_place_and_year(
    text: str, title: str, publisher: str, place: str
) -> None:
    csl = to_csl(_one(text))
    assert (csl["title"], csl["publisher"], csl["publisher-place"]) == (title, publisher, place)
    assert csl["author"][0]["family"] in text.split(",")[0]


def test_a_roles_part_before_the_imprint_is_left_to_the_model() -> None:
    csl = to_csl(_one("Yunus Emre Divanı, haz. Mustafa Tatçı, MEB Yay., İstanbul 1997, s. 12."))
    assert csl["title"] == "Yunus Emre Divanı"
    assert csl["editor"][0]["family"] == "Tatçı"


def test_a_second_authors_name_before_the_title_is_no_title() -> None:
    csl = to_csl(_one("Saim Sakaoğlu, Ali Duymaz, İslamiyet Öncesi Türk Destanları, İstanbul 2001"))
    assert csl["title"] == "İslamiyet Öncesi Türk Destanları"
    assert [a["family"] for a in csl["author"]] == ["Sakaoğlu", "Duymaz"]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "UNDP. Human Development Report, 2019. New York, 2019.",
            "UNDP",
            "Human Development Report, 2019",
        ),
        (
            "UNESCO. (2021). Silk Roads Programme. https://en.unesco.org/silkroad/about-silk-roads",
            "UNESCO",
            "Silk Roads Programme",
        ),
        (
            "ЕЭК. Евразийский экономический союз в цифрах, 2022. Москва, 2022.",
            "ЕЭК",
            "Евразийский экономический союз в цифрах, 2022",
        ),
    ],
)
def test_a_bodys_acronym_closed_by_its_period_is_the_author(
    text: str, author: str, title: str
) -> None:
    csl = to_csl(_one(text))
    assert csl["author"] == [{"literal": author}]
    assert csl["title"] == title


def test_a_direct_order_name_with_a_middle_initial_keeps_its_family() -> None:
    csl = to_csl(_one("Gordon B. Smith, Reforming the Russian Legal System 112 (1996)."))
    assert csl["author"] == [{"family": "Smith", "given": "Gordon B."}]
    assert csl["title"] == "Reforming the Russian Legal System"


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Mann M. States, War and Capitalism. Oxford: Blackwell, 1988. 256 p.",
            "Mann",
            "States, War and Capitalism",
        ),
        (
            "Tilly C. Coercion, Capital and European States. Cambridge : Blackwell, 1990. 269 p.",
            "Tilly",
            "Coercion, Capital and European States",
        ),
    ],
)
def test_a_family_first_heading_before_a_titles_comma_stays(
    text: str, family: str, title: str
) -> None:
    csl = to_csl(_one(text))
    assert csl["author"][0]["family"] == family
    assert csl["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        "Bill Bowring, ‘Russia and Human Rights’ (2009) 1 Göttingen J. Int'l L. 257.",
        "Bill Bowring, ‘Russia’s Rights’ (2009) 1 Göttingen J. Int'l L. 257.",
    ],
)
def test_a_name_and_its_comma_before_a_single_quoted_title_is_the_author(text: str) -> None:
    csl = to_csl(_one(text))
    assert csl["author"] == [{"family": "Bowring", "given": "Bill"}]
    assert csl["title"].startswith("Russia")


def test_an_outlet_and_its_comma_before_a_quoted_headline_stays_the_host() -> None:
    csl = to_csl(_one("Hürriyet Daily News, “Başlık”, 3 Mayıs 2020."))
    assert csl["container-title"] == "Hürriyet Daily News"
    assert "author" not in csl


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Freud, S. (1961). Civilization and its discontents (J. Strachey, Trans.). W. W. "
            "Norton. (Original work published 1930)",
            "W. W. Norton",
        ),
        (
            "Bartol'd, V. V. (1963). Sochineniia [Works] (Vol. 2, Pt. 1). Izdatel'stvo "
            "vostochnoi literatury.",
            "Izdatel'stvo vostochnoi literatury",
        ),
    ],
)
def test_apas_closing_sentence_is_the_house(text: str, publisher: str) -> None:
    csl = to_csl(_one(text))
    assert csl["publisher"] == publisher
    assert all(t["family"] != "Norton" for t in csl.get("translator", []))


def test_apas_closing_editors_sentence_is_no_house() -> None:
    csl = to_csl(_one("Smith, J. (2019). The steppe. Edited by A. Jones."))
    assert "publisher" not in csl


@pytest.mark.parametrize(
    ("text", "title", "translator"),
    [
        (
            "Cengiz Aytmatov, Gün Olur Asra Bedel, Türkiye Türkçesine aktaran: Refik Özdek, "
            "Ötüken Neşriyat, İstanbul 1995, s. 45.",
            "Gün Olur Asra Bedel",
            "Özdek",
        ),
        (
            "Berdi Kerbabayev, Kararlı Adım, Türkmen Türkçesinden aktaran: Mehmet Kara, Ötüken "
            "Neşriyat, İstanbul 1998, s. 203.",
            "Kararlı Adım",
            "Kara",
        ),
    ],
)
def test_a_language_and_aktaran_name_the_translator_no_quotation(
    text: str, title: str, translator: str
) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert csl["translator"][0]["family"] == translator
    assert "container-title" not in csl


def test_aktaran_alone_still_opens_the_work_quoted_from() -> None:
    csl = to_csl(
        _one(
            "Sadrazam Âli Paşa’nın 1867 tarihli layihasından aktaran: İlber Ortaylı, "
            "İmparatorluğun En Uzun Yüzyılı, İstanbul: İletişim, 1995, s. 45."
        )
    )
    assert csl["author"] == [{"family": "Ortaylı", "given": "İlber"}]


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        (
            "Письмо В. И. Вернадского А. Е. Ферсману от 12 марта 1930 г. // СПбФ АРАН. Ф. 518. "
            "Оп. 3. Д. 1572. Л. 14–15.",
            "Письмо В. И. Вернадского А. Е. Ферсману от 12 марта 1930 г.",
            [1930, 3, 12],
        ),
        (
            "Докладная записка Ф.И. Голощёкина в ЦК ВКП(б) о положении в казахском ауле, 1928 г. "
            "// РГАСПИ. Ф. 17. Оп. 25. Д. 9. Л. 34–36.",
            "Докладная записка Ф.И. Голощёкина в ЦК ВКП(б) о положении в казахском ауле, 1928 г.",
            [1928],
        ),
    ],
)
def test_an_archival_documents_name_keeps_its_date(
    text: str, title: str, issued: list[int]
) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert str(issued[0]) in csl["title"]
    assert "author" not in csl


@pytest.mark.parametrize(
    "text", ["See Chapter Three below.", "See discussion infra Part III.B.", "See Appendix A."]
)
def test_a_pointer_to_a_part_by_its_spelt_or_roman_number_is_a_comment(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).kind == "comment"


def test_a_short_form_naming_a_chapter_stays_a_citation() -> None:
    assert (
        parse_note(1, "Smith, Chapter Three, 1998.", location=Location(path="t")).kind != "comment"
    )


def test_a_units_head_word_second_still_joins_its_body() -> None:
    csl = to_csl(
        _one("Ministry of Internal Affairs, Migration Service, Title of Rules, Astana, 2019.")
    )
    assert csl["author"] == [{"literal": "Ministry of Internal Affairs, Migration Service"}]
    assert csl["title"] == "Title of Rules"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("‘Title’ (2020) Independent (London), 5 May.", "Independent"),
        ("‘Title’ (2021) The Diplomat: Asia, 3 June.", "The Diplomat"),
    ],
)
def test_an_unsigned_quoted_titles_host_with_its_city_or_section(text: str, host: str) -> None:
    csl = to_csl(_one(text))
    assert (csl["title"], csl["container-title"]) == ("Title", host)


def test_an_imprint_after_a_thesis_bracket_is_no_host() -> None:
    csl = to_csl(
        _one(
            "Özdemir, M. (2015). Title [Yüksek lisans tezi, Marmara Üniversitesi]. Istanbul: "
            "Marmara University Press."
        )
    )
    assert "container-title" not in csl


def test_a_bracket_with_a_phrases_other_word_is_no_thesis() -> None:
    csl = to_csl(
        _one(
            "Ahmet Kaya, “Türkiye'de seçimler” [Yüksek Seçim Kurulu, Ankara], Siyaset Dergisi 5 "
            "(2010): 12."
        )
    )
    assert "genre" not in csl
