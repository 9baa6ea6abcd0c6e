"""Where a title begins and ends (session 22, titles22): an author-date title's sentence whole,
a headline's speaker, a site's quoted name, a dotted abbreviation after a direct-order name, a
year closing a title's sentence or following a lower-case "in", a place before the year's
comma. Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Putz, C. (2021, June 4). Turkmenistan: Gas, grain, and a new bridge to Baku. "
            "The Diplomat. https://thediplomat.com/2021/06/turkmenistan-gas-grain/",
            "Turkmenistan: Gas, grain, and a new bridge to Baku",
            "The Diplomat",
        ),
        (
            "Kuzmina, A. (2020, May 3). Kazakhstan: Almaty, Shymkent and Astana under lockdown "
            "again. Eurasianet. https://eurasianet.org/kazakhstan-lockdown-again",
            "Kazakhstan: Almaty, Shymkent and Astana under lockdown again",
            "Eurasianet",
        ),
    ],
)
def test_an_author_date_title_is_its_whole_sentence(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert (found.title, found.container) == (title, host)


def test_a_quoted_title_after_the_date_keeps_its_host() -> None:
    found = _first(
        'Putz, Catherine (2 March 2022). "Kazakhstan\'s Protests: What Happened?". '
        "The Diplomat. Retrieved 5 March 2022."
    )
    assert (found.title, found.container) == (
        "Kazakhstan's Protests: What Happened?",
        "The Diplomat",
    )


def test_a_speakers_colon_opens_a_headline() -> None:
    found = _first(
        "Назарбаев: «Казахстан готов к диалогу» (рус.). Kapital.kz (3 марта 2019). "
        "Дата обращения: 4 марта 2019."
    )
    assert found.title == "Назарбаев: «Казахстан готов к диалогу»"
    assert found.authors == ()
    assert found.container == "Kapital.kz"


def test_a_quoted_site_name_is_the_title_whole() -> None:
    found = _first('"Egov.kz". Ministry of Digital Development. Retrieved 2 May 2022.')
    assert found.title == "Egov.kz"
    assert found.authors == ()
    assert found.container == "Ministry of Digital Development"


def test_a_dotted_abbreviation_after_a_direct_name_opens_the_title() -> None:
    found = _first(
        "Robert Legvold, U.S. Interests in Central Asia: A Reassessment "
        "(Cambridge, MA: MIT Press, 2003), 41."
    )
    assert found.title == "U.S. Interests in Central Asia: A Reassessment"
    assert [str(n) for n in found.authors] == ["Robert Legvold"]


def test_a_year_after_a_lower_case_in_is_the_titles() -> None:
    found = _first("Kazakhstan wheat harvest falls in 2021. Reuters, 2 February 2022.")
    assert found.title == "Kazakhstan wheat harvest falls in 2021"
    assert found.issued == PartialDate(2022, 2, 2)


def test_a_year_closes_a_titles_sentence_before_the_journal() -> None:
    found = _first(
        "Ohayon, I. (2006). Sedentarization of the Kazakh nomads, 1928–1945. "
        "Central Asian Survey, 25(3), 221–238."
    )
    assert found.title == "Sedentarization of the Kazakh nomads, 1928–1945"
    assert found.container == "Central Asian Survey"


def test_a_lexicon_place_before_the_years_comma_leaves_the_title() -> None:
    found = _first("Міржақып Дулатұлы, Бақытсыз Жамал, Орынбор, 1910, 12-б.")
    assert found.title == "Бақытсыз Жамал"
    assert found.publisher_place == "Орынбор"


def test_a_quoted_page_heading_keeps_its_site_after_the_dash() -> None:
    found = _first(
        '"Abai Qunanbaiuly - Wikipedia," accessed May 3, 2024, https://en.wikipedia.org/wiki/Abai.'
    )
    assert (found.title, found.container) == ("Abai Qunanbaiuly", "Wikipedia")


def test_a_bracketed_description_after_an_author_date_title_stays_apart() -> None:
    found = _first(
        "Sadykova, A. (2021). Kazakh proverbs in English [Master's thesis, "
        "Al-Farabi Kazakh National University]. KazNU Repository."
    )
    assert found.title == "Kazakh proverbs in English"


def test_an_author_date_title_read_as_an_imprint_is_the_title() -> None:
    found = _first(
        "Lillis, J. (2021, March 2). Turkmenistan: Who pays for the new city, and why. "
        "Eurasianet. https://eurasianet.org/turkmenistan-new-city"
    )
    assert found.title == "Turkmenistan: Who pays for the new city, and why"
    assert found.publisher is None
    assert found.publisher_place is None


def test_a_speakers_headline_runs_on_after_the_quote() -> None:
    found = _first("Смайылов: «Жаңа бағдарлама» – ел игілігі үшін // Egemen.kz. – 2022. – 3 мамыр.")
    assert found.title == "Смайылов: «Жаңа бағдарлама» – ел игілігі үшін"
    assert found.authors == ()


def test_gost_title_area_runs_to_the_hosts_slashes() -> None:
    found = _first(
        "«Кто виноват?»: почему дорожает бензин в Казахстане // Tengrinews.kz. – 2022. – 5 янв."
    )
    assert found.title == "«Кто виноват?»: почему дорожает бензин в Казахстане"
    assert found.container == "Tengrinews.kz"


def test_an_edition_inside_a_quoted_title_is_the_titles() -> None:
    found = _first(
        'Cameron, Sarah. "The Hungry Steppe, 2nd ed.: A Reply." Kritika 21, no. 2 (2020): 401–9.'
    )
    assert found.title == "The Hungry Steppe, 2nd ed.: A Reply"
    assert found.container == "Kritika"
