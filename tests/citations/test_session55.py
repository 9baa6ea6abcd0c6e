"""Forms read in session 55: a volume after an ibid in the suffixed form (`Сонда. 3-т.`) and
İSNAD's `2/115`; a volume after GOST's dash; a remark after a spaced dash that closes a note."""

from __future__ import annotations

import pytest

from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


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


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Қасымбаев Ж. Көтеріліс. Алматы, 1996. 45-б. – бұл дерек басқа еңбектерде кездеспейді",
            "page",
            "45",
        ),
        (
            "Smith J. Steppe. London, 2010. 304 pp. – the book was reviewed widely in the press",
            "number_of_pages",
            "304",
        ),
        (
            "Smith J. Steppe. London, 2010, p. 45 ff. – the figure is probably exaggerated",
            "page",
            "45 ff",
        ),
        (
            "Назарбаев Н. Казахстан 2030 – процветание, безопасность и улучшение благосостояния"
            " всех казахстанцев, Алматы 1997",
            "publisher_place",
            "Алматы",
        ),
        (
            "Kaya A. Türkistan 1916 – Rus idaresi ve Kazak edebiyatı üzerine bir inceleme, Ankara"
            " 2016",
            "publisher_place",
            "Ankara",
        ),
        (
            "Law of the Republic of Kazakhstan on Languages. (1997). Kazakhstanskaya Pravda.",
            "container",
            "Kazakhstanskaya Pravda",
        ),
        (
            "Библиотека всемирной литературы. Т. 12. М.: Художественная литература, 1970. С. 45.",
            "title",
            "Библиотека всемирной литературы",
        ),
        (
            "Ahmad, J. Central Asia, 1800–c. 1900. London, 1990.",
            "title",
            "Central Asia, 1800–c. 1900",
        ),
        (
            "Bregel, Y. Central Asia — c. 1500. Leiden: Brill, 2003.",
            "title",
            "Central Asia — c. 1500",
        ),
    ],
)
def test_review_near_misses_keep_their_fields(text: str, field: str, value: str) -> None:
    assert getattr(_one(text), field) == value


def test_an_access_date_after_a_dash_is_no_remark() -> None:
    found = _one(
        "Ministry of Finance. Budget report. https://minfin.kz/report – last accessed on the"
        " ministry website in March 2020"
    )
    assert found.accessed is not None


@pytest.mark.parametrize("text", ["Aynı yer, 345/12.", "Там же, 12/05."])
def test_an_archives_numbers_after_an_ibid_are_no_volume(text: str) -> None:
    assert _note(text).volume is None


def test_a_bodys_name_with_a_comma_is_one_author() -> None:
    found = _one(
        "Ministry of Agriculture, Water Resources and Forestry of Kazakhstan. (2021). Water"
        " strategy. Astana."
    )
    assert [a.literal for a in found.authors] == [
        "Ministry of Agriculture, Water Resources and Forestry of Kazakhstan"
    ]


def test_many_spaced_dashes_are_read_in_bounded_steps() -> None:
    from citekit.citations import afterwords

    calls = 0
    original = afterwords.holds_verb

    def counting(text: str) -> bool:
        nonlocal calls
        calls += 1
        return original(text)

    afterwords.holds_verb = counting
    try:
        afterwords.before_discussion("Smith J. Title. 2010. 45 – " + "a – b " * 3000)
    finally:
        afterwords.holds_verb = original
    assert calls < 60  # only a tail a remark's length is weighed


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Яковлев А.А., Фрейнкман Л.М. Государственные закупки и конкуренция в регионах России"
            " : препринт WP1/2018/05 / Нац. исслед. ун-т «Высшая школа экономики». – М. : Изд."
            " дом ВШЭ, 2018. – 52 с.",
            "Изд. дом ВШЭ",
        ),
        (
            "Беляева Н.Ю. Эффекты санкций для российского экспорта несырьевых товаров: препринт"
            " / Институт экономической политики им. Е.Т. Гайдара. М.: Изд-во Ин-та Гайдара,"
            " 2023. 64 с.",
            "Изд-во Ин-та Гайдара",
        ),
    ],
)
def test_a_body_after_a_signed_works_slash_is_no_host(text: str, publisher: str) -> None:
    found = _one(text)
    assert (found.container, found.publisher, found.genre) == (None, publisher, "препринт")


def test_a_series_number_in_a_gost_book_leaves_the_publisher() -> None:
    found = _one(
        "Хайруллина Д. Р. Вакфы в Казанской губернии : (XIX – начало XX в.) / Д. Р. Хайруллина ;"
        " науч. ред. И. К. Загидуллин. — Казань : Ин-т истории им. Ш. Марджани АН РТ, 2014. —"
        " 176 с. — (Татарстан в XIX веке ; вып. 4). — ISBN 978-5-7691-1934-7. — 500 экз."
    )
    assert (found.container, found.publisher) == (None, "Ин-т истории им. Ш. Марджани АН РТ")


@pytest.mark.parametrize(
    "text",
    [
        "ЦГА РК. Ф. 5. Оп. 15. Д. 6312. Л. 3. Документ датирован карандашной пометкой на обложке.",
        "РГИА. Ф. 350. Оп. 46. Д. 112. Л. 34 об. Любопытно, что в итоговом отчёте эта цифра уже"
        " не фигурирует.",
    ],
)
def test_a_remark_after_an_archives_leaf_is_no_title(text: str) -> None:
    found = _one(text)
    assert found.title is None
    assert found.archive_location is not None


def test_a_shelf_mark_before_a_remark_still_cites() -> None:
    note = _note(
        "TsGA RK, f. 5, op. 15, d. 6312, l. 3. The file is dated only by a pencilled note on"
        " the cover."
    )
    assert str(note.kind) == "citation"
    assert note.citations[0].archive_location == "f. 5, op. 15, d. 6312"


def test_a_volume_of_a_set_after_the_title() -> None:
    found = _one(
        "Harold Whitcombe, The Steppe Frontier, vol. 2 of A History of Inner Asia, ed. Margaret"
        " Lindqvist (Cambridge: Cambridge University Press, 2004), 217."
    )
    assert (found.title, found.volume) == ("The Steppe Frontier", "2")
    assert (found.collection_title, found.container) == ("A History of Inner Asia", None)
    assert found.type == "book"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Smith, The Steppe, 2010, 45 – The author clearly relies on earlier Soviet works.",
            "page",
            "45",
        ),
        (
            "Bregel Y. An Historical Atlas of Central Asia. Leiden, 2003, 88 – In 1920 the region"
            " was divided into several new republics.",
            "page",
            "88",
        ),
        (
            "Ministry of Finance of Kazakhstan. (2019). Budget review. Astana.",
            "title",
            "Budget review",
        ),
        (
            "Strategy for the Development of the Ministry of Education of Kazakhstan. (2011)."
            " Official Gazette.",
            "container",
            "Official Gazette",
        ),
        (
            "Петров П. П. Отчет об экспедиции / Русское географическое общество // Известия РГО. –"
            " СПб., 1890. – Т. 26. – С. 12–30.",
            "container",
            "Известия РГО",
        ),
        ("Smith J. History of Central Asia – vol. 3. London, 1998, p. 45.", "volume", "3"),
        (
            "Smith J. Steppe. London, 2010. P. 45. – This letter is cited in the Foreign Office"
            " correspondence of the same year.",
            "container",
            None,
        ),
        (
            "De la Court, P. (2005). The Dutch republic. Leiden: Brill.",
            "title",
            "The Dutch republic",
        ),
    ],
)
def test_second_review_near_misses(text: str, field: str, value: str | None) -> None:
    assert getattr(_one(text), field) == value


def test_a_family_with_particles_is_no_body() -> None:
    found = _one("De la Court, P. (2005). The Dutch republic. Leiden: Brill.")
    assert (found.authors[0].family, found.authors[0].given) == ("De la Court", "P.")


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately the file GARF, f. 5446, op. 1, d. 12 could not be consulted by the author.",
        "Большая часть документов фонда ЦГА РК, ф. 5, оп. 15, д. 6312 до сих пор не введена в"
        " научный оборот.",
    ],
)
def test_a_shelf_mark_inside_prose_is_a_comment(text: str) -> None:
    assert str(_note(text).kind) == "comment"


def test_a_second_archival_source_after_a_leaf_is_not_dropped() -> None:
    found = _one("GARF, f. 5446, op. 1, d. 12, l. 34. GARF, f. 5446, op. 1, d. 13, l. 5.")
    assert found.unparsed  # the second shelf mark is reported, never dropped


def test_a_remark_on_the_named_author_after_a_semicolon_is_no_field() -> None:
    found = _one(
        "Sabit Dosanov, Vospominaniia partiinogo rabotnika (Alma-Ata: Kazakhstan, 1968), 102-4;"
        " Dosanov was raikom secretary in Aktiubinsk district in 1930."
    )
    assert (found.page, found.unparsed) == ("102-4", ())


def test_the_same_authors_second_work_after_a_semicolon_stays_a_source() -> None:
    assert len(_note("Dosanov, Vospominaniia, 102; Dosanov, Zapiski, 45.").citations) == 2


@pytest.mark.parametrize("initial", ["S.", "P.", "C."])
def test_an_initial_before_harvards_year_is_no_page_label(initial: str) -> None:
    found = _one(
        f"Müller, {initial} 2022. Climate risk disclosure and bank lending: evidence from"
        " emerging markets. Journal of Banking, 12(3), 45-67."
    )
    assert found.title == "Climate risk disclosure and bank lending: evidence from emerging markets"
    assert (found.container, found.page) == ("Journal of Banking", "45-67")
