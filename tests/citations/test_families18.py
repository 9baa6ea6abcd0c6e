"""Citation families written for these tests (session 18): IEEE page ranges, Bluebook and
OSCOLA case names, Vancouver's corporate author, romanised Russian titles in English notes,
report series words."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        (
            "A. Kenzhebekov and D. Nurlanov, “A deep learning approach to Kazakh speech "
            "recognition,” IEEE Access, vol. 9, pp. 12345–12356, 2021.",
            "12345–12356",
        ),
        (
            "S. Abenov, “Wind power in the steppe,” Energy Reports, vol. 8, pp. 10234–10245, "
            "2022, doi: 10.1016/j.egyr.2022.01.001.",
            "10234–10245",
        ),
    ],
)
def test_a_page_label_names_pages_however_long_the_numbers(text: str, pages: str) -> None:
    assert _first(text).page == pages


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Chevron Corp. v. Republic of Ecuador, 949 F. Supp. 2d 57 (D.D.C. 2013).",
            "Chevron Corp. v. Republic of Ecuador",
        ),
        ("Smith v. Jones, 123 F.3d 456 (2d Cir. 1997).", "Smith v. Jones"),
        ("Donoghue v Stevenson [1932] AC 562 (HL) 580.", "Donoghue v Stevenson"),
        (
            "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5.",
            "R (Miller) v Secretary of State for Exiting the European Union",
        ),
    ],
)
def test_a_cases_name_is_its_parties_whole(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert not found.authors
    assert found.type == "legal_case"


def test_a_v_inside_a_romanised_title_is_no_case() -> None:
    found = _first("Ivanov I. Politika Rossii v Tsentral'noi Azii. Moskva: Nauka, 2005. S. 33.")
    assert found.type != "legal_case"
    assert [a.family for a in found.authors] == ["Ivanov"]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "World Health Organization. Turkmenistan: health system review. Copenhagen: WHO "
            "Regional Office for Europe; 2022. 150 p.",
            "World Health Organization",
            "Turkmenistan: health system review",
        ),
        (
            "Türk Dil Kurumu. Türkçe Sözlük. 11. baskı. Ankara: TDK Yayınları, 2011.",
            "Türk Dil Kurumu",
            "Türkçe Sözlük",
        ),
    ],
)
def test_a_bodys_name_and_its_period_open_a_note_as_its_author(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert [a.literal for a in found.authors] == [author]
    assert found.title == title


def test_a_body_before_a_bodys_part_is_no_author() -> None:
    found = _first(
        "Ministry of National Economy. Bureau of National Statistics. "
        "https://stat.gov.kz/en/industries/economy/national-accounts/ (accessed 1 March 2024)."
    )
    assert not found.authors


@pytest.mark.parametrize(
    "text",
    [
        "Ivanova EV, Petrov SA. Arterial'naya gipertenziya u podrostkov [Arterial hypertension "
        "in adolescents]. Kardiologiia. 2018;58(3):45-51.",
        "Gabuev A. Gosudarstvennaya politika i konstitutsii. Moskva: Nauka, 2019.",
    ],
)
def test_a_romanised_russian_title_is_russian(text: str) -> None:
    assert _first(text).language == "ru"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Nargis Kassenova, “Kazakhstan’s Multi-Vector Foreign Policy at Thirty,” PONARS "
            "Eurasia Policy Memo No. 712 (Washington, DC: PONARS Eurasia, September 2021), 3.",
            "report",
        ),
        (
            "Қазақстан Республикасы Ұлттық статистика бюросы. Қазақстан Республикасы халқының "
            "ұлттық құрамы : стат. жинақ. – Астана, 2022. – 120 б.",
            "report",
        ),
    ],
)
def test_a_series_word_of_reports_makes_a_report(text: str, kind: str) -> None:
    assert _first(text).type == kind


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            "Akhmetov A, Seitkali B, Zhunusova G. Prevalence of hypertension in rural "
            "Kazakhstan: a cross-sectional study. BMC Public Health. 2020;20(1):1234.",
            "1234",
        ),
        ("Smith J, Brown K. Title of a paper. Lancet. 2019;393(10178):e12.", "e12"),
    ],
)
def test_vancouvers_number_after_the_issue_and_colon_is_the_page(text: str, page: str) -> None:
    assert _first(text).page == page


def test_a_titles_translation_in_brackets_names_no_law() -> None:
    found = _first(
        "“Tokayev podpisal ukaz o reforme gossluzhby” [Tokayev signed a decree on civil "
        "service reform], Nezavisimaya Gazeta, January 12, 2022."
    )
    assert found.type == "article-newspaper"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Türkmenistan Devlet Başkanı Berdimuhamedov Ankara’da", "tr"),
        ("Kazak Türkçesinde fiilimsiler", "tr"),
        ("Türkmenistanyň Prezidenti Hytaý Halk Respublikasyna döwlet sapary bilen bardy", "tk"),
        ("Gosudarstvennaya politika i konstitutsii", "ru"),
        ("Integratsiya Kazakhstana v Evraziyskiy ekonomicheskiy soyuz", "ru"),
        ("Dış politika ve ekonomi", "tr"),
    ],
)
def test_title_languages_told_by_written_forms(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "“Türkmenistanyň Prezidenti Hytaý Halk Respublikasyna döwlet sapary bilen bardy” [The "
            "President of Turkmenistan paid a state visit to the PRC], Turkmenistan: The Golden "
            "Age, January 5, 2023, https://turkmenistan.gov.tm/tk/post/70123.",
            "Turkmenistan: The Golden Age",
        ),
        (
            "Интерфакс. Казахстан вводит квоты на экспорт топлива. 2022. 3 ноября. URL: "
            "https://www.interfax.ru/business/870123",
            "Интерфакс",
        ),
    ],
)
def test_a_known_outlet_is_the_host_whole(text: str, host: str) -> None:
    found = _first(text)
    assert found.container == host
    assert not found.authors
    assert found.type == "article-newspaper"


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "D. Jurafsky and J. H. Martin, Speech and Language Processing, 3rd ed. Upper Saddle "
            "River, NJ, USA: Prentice Hall, 2009.",
            "Upper Saddle River, NJ, USA",
            "Prentice Hall",
        ),
        (
            "Watkins, Tamara. Transactions of the Moscow Mathematical Society. 5th ed. Planeta, "
            "1987.",
            None,
            "Planeta",
        ),
    ],
)
def test_ed_after_an_edition_is_the_editions_word_no_editor(
    text: str, place: str | None, publisher: str
) -> None:
    found = _first(text)
    assert not found.editors
    assert found.publisher_place == place
    assert found.publisher == publisher


def test_a_known_city_after_the_hosts_period_is_the_place() -> None:
    found = _first(
        "Ким А. В. Корейцы Казахстана: языковой сдвиг // Тезисы докладов Всероссийской "
        "конференции молодых востоковедов. СПб., 2018. С. 45."
    )
    assert found.container == "Тезисы докладов Всероссийской конференции молодых востоковедов"
    assert found.publisher_place == "СПб."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "UN General Assembly, Resolution 68/262, “Territorial Integrity of Ukraine,” "
            "A/RES/68/262, March 27, 2014.",
            "Territorial Integrity of Ukraine",
        ),
        (
            "UN Security Council, Report of the Secretary-General on the situation in "
            "Afghanistan, S/2020/210, 17 March 2020.",
            "Report of the Secretary-General on the situation in Afghanistan",
        ),
    ],
)
def test_a_document_symbol_numbers_the_document(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container is None


def test_an_abbreviated_edition_word_closes_no_title() -> None:
    found = _first(
        "Olcott, M.B. (2010) Kazakhstan: Unfulfilled Promise? Rev. edn. Washington, DC: "
        "Carnegie Endowment for International Peace."
    )
    assert found.title == "Kazakhstan: Unfulfilled Promise?"
    assert found.publisher_place == "Washington, DC"


def test_a_report_series_after_the_titles_comma_is_no_title() -> None:
    found = _first(
        "Kadir Üstün ve Kılıç Buğra Kanat, Türkiye-ABD İlişkileri: Yeni Dönem, SETA Rapor, "
        "İstanbul: SETA Yayınları, 2021, s. 18."
    )
    assert found.title == "Türkiye-ABD İlişkileri: Yeni Dönem"
    assert found.type == "report"


def test_a_page_label_before_a_number_read_as_a_volume_makes_it_the_page() -> None:
    found = _first(
        "[3] B. Myrzakhmetov, “Kazakh text normalization,” Information, vol. 12, no. 4, "
        "p. 10123, 2021."
    )
    assert found.page == "10123"
    assert found.volume == "12"


def test_the_name_after_a_places_colon_is_the_publisher() -> None:
    found = _first(
        "Asian Development Bank (2021) Turkmenistan: Country Partnership Strategy 2021–2025. "
        "Manila: ADB."
    )
    assert found.publisher == "ADB"
    assert found.publisher_place == "Manila"


def test_a_party_of_several_names_opens_the_cases_name() -> None:
    found = _first("Anatolie Stati and Others v Republic of Kazakhstan [2017] EWHC 1348 (Comm).")
    assert found.title == "Anatolie Stati and Others v Republic of Kazakhstan"
    assert not found.authors


def test_an_outlet_read_as_the_place_is_the_host() -> None:
    found = _first(
        "“Tokayev nazval usloviya dlya vstupleniya v BRIKS” [Tokayev named the conditions for "
        "joining BRICS], Kommersant, June 17, 2023."
    )
    assert found.container == "Kommersant"
    assert found.publisher_place is None
    assert found.type == "article-newspaper"
