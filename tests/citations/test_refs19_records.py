"""Records and entries from notes written for these tests (session 19): a body's site that is
no news outlet holds pages, dated to the day or not; a capitalised particle opens a family in
direct order; Chicago names an edited book's editors as its authors; GOST writes the colon
between place and publisher only between the two."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from citekit.csl import from_csl
from citekit.model import Name
from citekit.styles import format_bibliography
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Bruce Pannier, “Turkmenistan’s Gas Dilemma,” Foreign Policy Research Institute, "
        "April 4, 2023, https://www.fpri.org/article/2023/04/turkmenistans-gas-dilemma/.",
        "Paul Stronski, “Russia’s Growing Footprint in Africa’s Sahel Region,” Carnegie "
        "Endowment for International Peace, February 28, 2023, "
        "https://carnegieendowment.org/2023/02/28/russias-footprint-pub-89135.",
        "Кошанов А. Новая модель экономики Казахстана // Международный дискуссионный клуб "
        "«Валдай». 2023. 3 апреля. URL: https://ru.valdaiclub.com/a/highlights/novaya-model/ "
        "(дата обращения: 10.04.2023).",
    ],
)
def test_a_body_site_holds_pages(text: str) -> None:
    assert _first(text).type == "webpage"


@pytest.mark.parametrize(
    "text",
    [
        "Joanna Lillis, “Kazakhstan: Tokayev Promises Reforms,” Eurasianet, March 16, 2022, "
        "https://eurasianet.org/kazakhstan-tokayev-promises-reforms.",
        "“Türkmen Gazı Avrupa’ya Taşınacak”, Anadolu Ajansı, 14 Mart 2023, "
        "https://www.aa.com.tr/tr/ekonomi/turkmen-gazi-avrupaya-tasinacak/2845512.",
        "Mehmet Öğütçü, “Hazar Enerjisinde Yeni Dönem,” Dünya Gazetesi, 2 Şubat 2021, s. 11.",
    ],
)
def test_news_outlets_stay_news(text: str) -> None:
    assert _first(text).type == "article-newspaper"


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Tara De Cabrera", "De Cabrera", "Tara"),
        ("Benjamin Di Winters", "Di Winters", "Benjamin"),
        ("Ahmed Al Jaber", "Al Jaber", "Ahmed"),
        ("Jan de Vries", "de Vries", "Jan"),
        ("Mary Ellen Smith", "Smith", "Mary Ellen"),
    ],
)
def test_capitalised_particle_opens_the_family(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


_EDITED = {
    "id": "a",
    "type": "book",
    "title": "Long Game on the Silk Road",
    "editor": [
        {"family": "Starr", "given": "S. Frederick"},
        {"family": "Cornell", "given": "Svante E."},
    ],
    "publisher": "Rowman & Littlefield",
    "publisher-place": "Lanham, MD",
    "issued": {"date-parts": [[2018]]},
}


def test_chicago_names_editors_as_authors() -> None:
    (entry,) = format_bibliography([from_csl(_EDITED)], style="chicago-notes-bibliography")
    assert entry.startswith("Starr, S. Frederick, and Svante E. Cornell, eds. Long Game")


def test_chicago_edited_book_from_a_note() -> None:
    found = _first(
        "Marlene Laruelle and Sebastien Peyrouse, eds., Mapping Central Asia "
        "(Farnham: Ashgate, 2011), 45."
    )
    assert found.editors == (
        Name(family="Laruelle", given="Marlene"),
        Name(family="Peyrouse", given="Sebastien"),
    )
    (entry,) = format_bibliography([found], style="chicago-notes-bibliography")
    assert entry.startswith("Laruelle, Marlene, and Sebastien Peyrouse, eds. Mapping Central Asia")


def test_gost_no_place_no_colon() -> None:
    record = {k: v for k, v in _EDITED.items() if k != "publisher-place"}
    (entry,) = format_bibliography([from_csl(record)], style="gost-r-7-0-5-2008")
    assert ". : " not in entry
    assert "Rowman & Littlefield, 2018" in entry
    (placed,) = format_bibliography([from_csl(_EDITED)], style="gost-r-7-0-5-2008")
    assert "Lanham, MD: Rowman & Littlefield, 2018" in placed


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Айдарбеков Н. Влияние санкций на экономику Казахстана: дис. … канд. экон. наук. "
            "Алматы, 2022. 180 с.",
            "Айдарбеков Н. Влияние санкций на экономику Казахстана : дис. … канд. экон. наук. "
            "Алматы, 2022. 180 с.",
        ),
        (
            "Лаумулин М. Т. Центральная Азия в зарубежной политологии и мировой геополитике. "
            "Т. 5. Алматы: КИСИ, 2009. С. 112–115.",
            "Лаумулин М. Т. Центральная Азия в зарубежной политологии и мировой геополитике. "
            "Т. 5. Алматы: КИСИ, 2009.",
        ),
    ],
)
def test_gost_entries_of_theses_and_volumes(text: str, wanted: str) -> None:
    (entry,) = format_bibliography([_first(text)], style="gost-r-7-0-5-2008")
    assert entry == f"1. {wanted}"


def test_gost_no_imprint_no_comma() -> None:
    record = {
        "id": "r",
        "type": "report",
        "title": "Fragmented Police",
        "issued": {"date-parts": [[2016]]},
    }
    (entry,) = format_bibliography([from_csl(record)], style="gost-r-7-0-5-2008")
    assert entry == "1. Fragmented Police. 2016."


def test_report_series_and_number_after_the_title() -> None:
    found = _first(
        "International Crisis Group, Central Asia: Water and Conflict, Asia Report No. 34 "
        "(Osh/Brussels: ICG, 30 May 2002), 12."
    )
    # the series names the genre; its number is the report's own (session 21: the issue)
    assert (found.title, found.genre, found.issue, found.type) == (
        "Central Asia: Water and Conflict",
        "Asia Report",
        "34",
        "report",
    )


def test_an_encyclopedia_site_holds_entries() -> None:
    found = _first(
        "Евразийство. URL: https://bigenc.ru/c/evraziistvo-5ba0f7 (дата обращения: 12.05.2023)."
    )
    assert found.type == "entry-encyclopedia"


def test_a_body_named_by_its_head_word_is_no_journal() -> None:
    found = _first(
        "Nargis Kassenova, “China’s Silk Road and Kazakhstan’s Bright Path,” Center for "
        "Strategic and International Studies, January 20, 2017, "
        "https://www.csis.org/analysis/chinas-silk-road-and-kazakhstans-bright-path."
    )
    assert found.type == "webpage"
    journal = _first(
        "Luca Anceschi, “Regime-Building, Identity-Making and Foreign Policy,” Nationalities "
        "Papers 42, no. 5 (2014): 733–749."
    )
    assert journal.type == "article-journal"


def test_a_news_agency_named_as_one_is_news() -> None:
    found = _first(
        "Токаев провел встречу с делегацией // Информационное агентство Казинформ. 2023. "
        "14 сентября. URL: https://www.inform.kz/ru/tokaev_a4112233"
    )
    assert found.type == "article-newspaper"


@pytest.mark.parametrize(
    "text",
    [
        "“Kazakhstan and the United States Hold Talks,” U.S. Department of State, March 3, "
        "2023, https://www.state.gov/kazakhstan-talks/.",
        "Встреча министров иностранных дел // gov.kz. 2023. 5 мая. "
        "URL: https://www.gov.kz/memleket/entities/mfa/press/news/details/123",
        "“Ahal welaýatynyň häkimligi hyzmatdaşlyk baradaky ylalaşyga gol çekdi”, mfa.gov.tm,, "
        "(Erişim: 26.11.2021).",
    ],
)
def test_a_state_domain_holds_pages(text: str) -> None:
    assert _first(text).type == "webpage"
