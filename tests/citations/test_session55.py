"""Forms read in session 55: a volume after an ibid in the suffixed form (`Сонда. 3-т.`) and
İSNAD's `2/115`; a volume after GOST's dash; a remark after a spaced dash that closes a note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, Note


def _note(text: str) -> Note:
    return parse_note(1, text, location=Location(path="t"))


def _one(text: str) -> Citation:
    note = _note(text)
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "volume", "page"),
    [
        ("Сонда. 3-т. 74-б.", "3", "74"),
        ("Сонда. – 2-т. – 88-б.", "2", "88"),
        ("Aynı eser, 2/115.", "2", "115"),
        ("Ibid., 41:166.", "41", "166"),
    ],
)
def test_an_ibids_volume_in_other_forms(text: str, volume: str, page: str) -> None:
    note = _note(text)
    assert (note.volume, note.page) == (volume, page)


def test_a_year_after_a_slash_is_no_pinpoint() -> None:
    note = _note("Aynı yer, 5/2021.")
    assert note.volume is None


def test_a_volume_after_gosts_dash_leaves_the_title() -> None:
    found = _one("Бөкейхан Ә. Шығармалары. – Т. 3. – Алматы: Қазақстан, 2009. – 45-б.")
    assert (found.title, found.volume, found.publisher) == ("Шығармалары", "3", "Қазақстан")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Смирнова Е.Н. Городская культура Казани XIX века. Казань: Изд-во Казан. ун-та,"
            " 2011. 304 с. – Здесь, впрочем, приводятся иные данные.",
            "container",
            None,
        ),
        (
            "Sokolov, D. A., & Karimova, L. (2018). Rent-seeking in Turkmenistan. Europe-Asia"
            " Studies, 70(9), 1421–1444. https://doi.org/10.1080/09668136.2018.1512345 — a"
            " useful overview, although their data end in 2015.",
            "page",
            "1421–1444",
        ),
    ],
)
def test_a_remark_after_a_dash_is_no_field(text: str, field: str, value: str | None) -> None:
    found = _one(text)
    assert getattr(found, field) == value
    assert found.issued is not None
    assert found.issued.year in (2011, 2018)


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. Казахстан – страна, которая изменилась навсегда.",
        "Иванов И. И. История. – М. : Наука, 2010. – 304 с. – Электронная версия печатной"
        " публикации.",
    ],
)
def test_a_titles_dash_and_gosts_areas_stay(text: str) -> None:
    found = _one(text)
    assert found.title in ("Казахстан – страна, которая изменилась навсегда", "История")


@pytest.mark.parametrize(
    ("text", "title", "genre", "number", "publisher"),
    [
        (
            "Chen, L., & Watanabe, K. (2021). Remittances and household resilience in Central"
            " Asia (ADBI Working Paper No. 1243). Asian Development Bank Institute.",
            "Remittances and household resilience in Central Asia",
            "ADBI Working Paper",
            "1243",
            "Asian Development Bank Institute",
        ),
        (
            "Yusupov, K., & Greenfield, P. (2020). Energy subsidies and fiscal risks in"
            " Uzbekistan (Policy Research Working Paper No. 9312). World Bank."
            " https://doi.org/10.1596/1813-9450-9312",
            "Energy subsidies and fiscal risks in Uzbekistan",
            "Policy Research Working Paper",
            "9312",
            "World Bank",
        ),
        (
            "Kowalski, Piotr, and Jun Ito. Global Value Chains in Resource-Rich Economies. OECD"
            " Trade Policy Papers, No. 241. Paris: OECD Publishing, 2020.",
            "Global Value Chains in Resource-Rich Economies",
            "OECD Trade Policy Papers",
            "241",
            "OECD Publishing",
        ),
        (
            "Tursunov, B. (2023). Youth unemployment in Tajikistan. OSCE Academy Policy Brief"
            " #89, Bishkek, March 2023.",
            "Youth unemployment in Tajikistan",
            "OSCE Academy Policy Brief",
            "89",
            None,
        ),
        (
            "Morozov, Dmitry. “Energy Subsidy Reform in Uzbekistan.” ADBI Working Paper 1187,"
            " Asian Development Bank Institute, Tokyo, 2020.",
            "Energy Subsidy Reform in Uzbekistan",
            "ADBI Working Paper",
            "1187",
            "Asian Development Bank Institute",
        ),
    ],
)
def test_a_reports_series_and_number(
    text: str, title: str, genre: str, number: str, publisher: str | None
) -> None:
    found = _one(text)
    assert (found.title, found.genre, found.issue) == (title, genre, number)
    assert found.publisher == publisher
    assert found.type == "report"


def test_a_journals_bare_number_stays_its_volume() -> None:
    found = _one("Nationalities Papers 82, no. 7 (2019)")
    assert (found.container, found.volume, found.issue) == ("Nationalities Papers", "82", "7")


def test_apas_long_body_before_the_date_is_no_title() -> None:
    found = _one(
        "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan. (2022)."
        " Investment climate overview. Retrieved May 3, 2023, from https://miit.uz/en/x"
    )
    assert (found.title, found.container) == ("Investment climate overview", None)


def test_apas_work_before_its_date_keeps_its_host() -> None:
    found = _one("Kamu İhale Kanunu. (2002, 22 Ocak). Resmî Gazete (Sayı: 24648).")
    assert (found.title, found.container) == ("Kamu İhale Kanunu", "Resmî Gazete")


def test_a_city_before_the_closing_year_is_the_place_not_a_host() -> None:
    found = _one("Kadyrow Ş. Türkmenistanyň demografik taryhy. Aşgabat, 2003. s. 88.")
    assert (found.type, found.container, found.publisher_place) == ("book", None, "Aşgabat")
    assert found.page == "88"


def test_a_year_in_the_prose_before_see_keeps_the_lead_prose() -> None:
    found = _one(
        "On the 1916 revolt, see Timur Ibraev, Revolt on the Steppe: The 1916 Uprising in"
        " Semirech'e (Ithaca, NY: Cornell University Press, 2018)."
    )
    assert found.title == "Revolt on the Steppe: The 1916 Uprising in Semirech'e"
    assert [a.family for a in found.authors] == ["Ibraev"]


def test_a_books_series_number_lets_the_name_after_the_colon_be_the_publisher() -> None:
    found = _one(
        "Хайруллина Д. Р. Вакфы в Казанской губернии / Д. Р. Хайруллина ; науч. ред. И. К."
        " Загидуллин. — Казань : Ин-т истории им. Ш. Марджани АН РТ, 2014. — 176 с. —"
        " (Татарстан в XIX веке ; вып. 4). — ISBN 978-5-7691-1934-7."
    )
    assert (found.container, found.publisher) == (None, "Ин-т истории им. Ш. Марджани АН РТ")


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Türkiye Bilimler Akademisi. Türkiye'de Sosyal Bilimlerin Durumu Raporu 2020."
            " Ankara: TÜBA Yayınları, 2020.",
            "Türkiye Bilimler Akademisi",
            "Türkiye'de Sosyal Bilimlerin Durumu Raporu 2020",
        ),
        (
            "Narodnyi komissariat zemledeliia KASSR, Otchet o khode kollektivizatsii v"
            " Kazakhskoi ASSR za 1930 god (Alma-Ata, 1931), 23.",
            "Narodnyi komissariat zemledeliia KASSR",
            "Otchet o khode kollektivizatsii v Kazakhskoi ASSR za 1930 god",
        ),
        (
            "Музей истории железнодорожного транспорта Узбекистана. Как открывали Ташкентский"
            " вокзал в 1899 году // Facebook. 2020. 5 мая. URL: https://www.facebook.com/x/1",
            "Музей истории железнодорожного транспорта Узбекистана",
            "Как открывали Ташкентский вокзал в 1899 году",
        ),
    ],
)
def test_a_bodys_name_opening_the_note_is_its_author(text: str, author: str, title: str) -> None:
    found = _one(text)
    assert [a.literal for a in found.authors] == [author]
    assert found.title == title


@pytest.mark.parametrize(
    ("text", "host", "volume"),
    [
        (
            "Короленко В. Г. Слепой музыкант // Короленко В. Г. Собрание сочинений : в 6 т. Т. 2."
            " — М. : Правда, 1971. — С. 5–118.",
            "Собрание сочинений",
            "2",
        ),
        (
            "Жұмабаев М. Батыр Баян // Жұмабаев М. Шығармалар жинағы. Үш томдық. – Алматы:"
            " Білім, 1996. – 1-т. – 158–190-б.",
            "Шығармалар жинағы",
            "1",
        ),
    ],
)
def test_a_sets_count_closing_the_host_is_no_hosts_words(text: str, host: str, volume: str) -> None:
    found = _one(text)
    assert (found.container, found.volume) == (host, volume)
    assert found.unparsed  # the count is reported, no field carries it


def test_a_pages_name_with_a_count_stays() -> None:
    found = _one("История русской литературы: В 4 т - Википедия. https://ru.wikipedia.org/wiki/x")
    assert found.title == "История русской литературы: В 4 т"
