"""Sites named like periodicals, section folders on bodies' sites, named hosts under a news
top-level domain, and quoted names read as titles (`citations/site_periodicals.py`,
`news_evidence`, `tagger/quoted_authors.py`)."""

from __future__ import annotations

import pytest

from citekit.citations.news_evidence import news_evidence
from tests.citations.parsed import first_citation as _cited


@pytest.mark.parametrize(
    "note",
    [
        'James Kilner, "Why Astana Looks West," Eurasia Review, 14 June 2022, '
        "https://www.eurasiareview.com/14062022-why-astana-looks-west/.",
        '"Kazakhstan Population 2024 (Live)," World Population Review, erişim 4 Mayıs 2024, '
        "https://worldpopulationreview.com/countries/kazakhstan-population.",
        "Исмаилов Ф. Газовый рынок Каспия // Каспийский вестник. 2020. URL: "
        "https://casp-geo.ru/gazovyj-rynok-kaspiya/ (дата обращения: 05.04.2021).",
        'Тимур Ахметов, "Жаңа Қазақстан және сыбайлас жемқорлық", Central Asia Business Journal, '
        "2022, https://cabj.example.com/zhana-qazaqstan/ (қаралған күні: 03.03.2023).",
        '"Uzbekistan GDP Growth Rate," Global Economy Review, accessed 8 February 2024, '
        "https://globaleconomyreview.com/uzbekistan-gdp/.",
    ],
)
def test_a_site_named_like_a_periodical_read_online_holds_pages(note: str) -> None:
    assert _cited(note).type == "webpage"


@pytest.mark.parametrize(
    "note",
    [
        "Ахметов Д. Реформы в образовании // Вестник КазНУ. 2021. URL: "
        "https://bulletin-pedagogic.kaznu.kz/index.php/1-ped/article/view/123",
        "Smith J. Energy Transition in Central Asia // Journal of Eurasian Studies. 2021. URL: "
        "https://journals.sagepub.com/doi/full/10.1177/18793665211234567",
        "Tokaev A. Water management // Central Asian Journal of Water Research. 2020. Vol. 6, "
        "No. 2. P. 1–20. URL: https://www.water-ca.org/article/123",
    ],
)
def test_a_journal_by_its_word_first_or_its_numbers_keeps_its_articles(note: str) -> None:
    assert _cited(note).type == "article-journal"


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        (
            'Central Intelligence Agency, "Turkmenistan," The World Factbook, 2023, '
            "https://www.cia.gov/the-world-factbook/countries/turkmenistan/.",
            "Turkmenistan",
            "The World Factbook",
        ),
        (
            'CIA, "Tajikistan," The World Factbook, accessed 4 May 2024, '
            "https://www.cia.gov/the-world-factbook/countries/tajikistan/.",
            "Tajikistan",
            "The World Factbook",
        ),
        (
            "Human Rights Watch, “Uzbekistan,” World Report 2022, "
            "https://www.hrw.org/world-report/2022/country-chapters/uzbekistan.",
            "Uzbekistan",
            "World Report",
        ),
        (
            'World Bank, "Uzbekistan," Country Profile, 2022, '
            "https://data.worldbank.org/country/uzbekistan.",
            "Uzbekistan",
            "Country Profile",
        ),
    ],
)
def test_a_name_in_quotes_is_the_title_and_the_work_after_it_its_host(
    note: str, title: str, container: str
) -> None:
    cited = _cited(note)
    assert (cited.title, cited.container) == (title, container)
    assert title not in [a.family or a.literal for a in cited.authors]


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Дмитрий Тренин, «Россия и Азия», Carnegie Politika, 12 мая 2022, "
            "https://carnegieendowment.org/politika/87123.",
            "webpage",
        ),
        (
            'Ivan Timofeev, "Sanctions and Central Asia," Russian International Affairs Council, '
            "14 May 2023, https://russiancouncil.ru/politics/16012.",
            "webpage",
        ),
        (
            "Іваненко П. Рада ухвалила бюджет // Збруч. 03.11.2022. URL: "
            "https://zbruc.eu/politics/568123 (дата звернення: 04.11.2022).",
            "article-newspaper",
        ),
        (
            "Серіков А. Парламент бюджетті бекітті // Алтын Орда. 12.05.2023. URL: "
            "https://altynorda.kz/sayasat/45678 (қаралған күні: 13.05.2023).",
            "article-newspaper",
        ),
        (
            "Иванов П. Выборы в Киргизии // Коммерсантъ. 12.10.2020. URL: "
            "https://www.kommersant.ru/politics/4530012 (дата обращения: 13.10.2020).",
            "article-newspaper",
        ),
    ],
)
def test_a_section_folder_and_a_page_number_on_a_body_s_site_is_no_news(
    note: str, kind: str
) -> None:
    assert _cited(note).type == kind


@pytest.mark.parametrize(
    ("container", "url", "news"),
    [
        ("Голос Криму", "https://suspilne.media/crimea/388123-u-krimu/", True),
        ("Медиазона", "https://zona.media/article/55512-prigovor", True),
        ("suspilne.media", "https://www.suspilne.media/ru/content/674715", False),
        ("Carnegie Politika", "https://carnegieendowment.org/politika/89932", False),
        ("Kazakhstan Today", "https://www.kt.kz/politics/kazakhstan-votes", True),
        ("Almaty Daily", "https://almatydaily.kz/rynok-zhilya/", True),
    ],
)
def test_news_evidence_of_domains_hosts_and_sections(container: str, url: str, news: bool) -> None:
    assert news_evidence(container, url) is news


def test_a_named_host_under_a_news_domain_is_a_news_item() -> None:
    note = (
        "Коваленко І. У Криму затримали активістів // Голос Криму. 03.02.2023. URL: "
        "https://suspilne.media/crimea/388123-u-krimu-zatrimali-aktivistiv/ "
        "(дата звернення: 04.02.2023)."
    )
    assert _cited(note).type == "article-newspaper"
