"""Session 20 (types20): the item types a note's words decide, and the fields of the entries
made from them (notes written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a programme aired, a podcast's episode
        ("«Время покажет», Первый канал, эфир от 15 февраля 2022 г.", "broadcast"),
        (
            '"Central Asia\'s Great Game," The Eurasia Podcast, episode 45, RFE/RL, March 1, '
            "2023, https://www.rferl.org/a/podcast-45.html.",
            "broadcast",
        ),
        # a host named a blog by its own word, on a news outlet's site
        (
            'Nate Schenkkan, "Turkmenistan\'s Quiet Succession," Eurasianet Blog, April 2, '
            "2022, https://eurasianet.org/blog/turkmenistans-quiet-succession.",
            "post-weblog",
        ),
        # a UN resolution by its symbol, a treaty by its series
        ("UN Security Council, Resolution 2231 (2015), S/RES/2231 (2015), 20 July 2015.", None),
        (
            'United Nations General Assembly, "Transforming Our World: The 2030 Agenda for '
            'Sustainable Development," A/RES/70/1, 21 October 2015.',
            "legislation",
        ),
        # a subsidiary organ's or a committee's resolution: the organ's symbol before `RES/`
        (
            'UN Human Rights Council, "Promotion and Protection of All Human Rights," '
            "A/HRC/RES/45/1, 6 October 2020.",
            "legislation",
        ),
        (
            'UNGA, "Situation of Human Rights in the Autonomous Republic of Crimea," '
            "A/C.3/RES/74/168, 18 December 2019.",
            "legislation",
        ),
        (
            "Treaty on the Non-Proliferation of Nuclear Weapons, July 1, 1968, 729 U.N.T.S. 161.",
            "legislation",
        ),
        (
            "The Non-Proliferation of Nuclear Weapons, 1 July 1968, 729 U. N. T. S. 161.",
            "legislation",
        ),
        # a personal interview (tr), an address, a head of state's address (ru)
        ("Kişisel görüşme, Ahmet Yılmaz, Aşkabat, 15 Haziran 2019.", "interview"),
        (
            'Kassym-Jomart Tokayev, "State of the Nation Address," Astana, September 1, 2023, '
            "https://www.akorda.kz/en/state-of-the-nation-address-123, accessed September 5, 2023.",
            "speech",
        ),
        (
            "Послание Главы государства Касым-Жомарта Токаева народу Казахстана «Экономический "
            "курс Справедливого Казахстана» от 1 сентября 2023 года. URL: "
            "https://www.akorda.kz/ru/poslanie-123 (дата обращения: 03.09.2023).",
            "speech",
        ),
        # a report's word opening the title of what read as a book
        (
            "Отчет о научно-исследовательской работе «Миграционные процессы в Казахстане» / "
            "Институт философии, политологии и религиоведения КН МОН РК. Алматы, 2020. 120 с.",
            "report",
        ),
    ],
)
def test_a_notes_words_decide_its_type(note: str, kind: str | None) -> None:
    assert parse_citation(note).type == (kind or "legislation")


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Жұмабаев Н. Қазақ баспасөзінің тарихы : магистерлік диссертация. Алматы : "
            "әл-Фараби атындағы ҚазҰУ, 2021. 85 б.",
            "Қазақ баспасөзінің тарихы",
        ),
        (
            "Петрова А. А. Медиаобраз Казахстана в российской прессе : магистерская "
            "диссертация. Томск, 2019. 96 с.",
            "Медиаобраз Казахстана в российской прессе",
        ),
        (
            "Сидоров К. Миграция в Сибири : выпускная квалификационная работа. Новосибирск : "
            "НГУ, 2020. 70 с.",
            "Миграция в Сибири",
        ),
    ],
)
def test_a_masters_thesis_genre_is_cut_from_its_title(note: str, title: str) -> None:
    c = parse_citation(note)
    assert (c.type, c.title) == ("thesis", title)


def test_an_english_host_keeps_its_own_in() -> None:
    c = parse_citation(
        'Marlene Laruelle, "Kazakhstan\'s Nation-Branding," in Kazakhstan in the Making, ed. '
        "Marlene Laruelle (Lanham, MD: Lexington Books, 2016), 1–20."
    )
    assert (c.type, c.container) == ("chapter", "Kazakhstan in the Making")


def test_a_turkish_hosts_ordinal_stays_in_its_name() -> None:
    c = parse_citation(
        'Hasan Ali Karasar, "Türkmenistan\'da Bağımsızlık Sonrası Dönem", Bağımsızlıklarının '
        "30. Yılında Türk Cumhuriyetleri içinde, ed. Mehmet Seyfettin Erol, Ankara, Gazi "
        "Kitabevi, 2021, s. 211-240."
    )
    assert c.container == "Bağımsızlıklarının 30. Yılında Türk Cumhuriyetleri"


def test_a_reports_series_is_no_host() -> None:
    c = parse_citation(
        'Jane Doe, "Remittances and Growth in Tajikistan," IMF Working Paper WP/19/45 '
        "(Washington, DC: International Monetary Fund, 2019), 8."
    )
    assert (c.type, c.container, c.publisher) == ("report", None, "International Monetary Fund")
    assert c.collection_title is not None
    assert c.collection_title.startswith("IMF Working Paper")


@pytest.mark.parametrize(
    ("note", "location", "leaf"),
    [
        ("RGASPI, f. 17, op. 162, d. 14, l. 45.", "f. 17, op. 162, d. 14", "45"),
        ("GARF, f. R-5446, op. 1, d. 50, ll. 12–14.", "f. R-5446, op. 1, d. 50", "12–14"),
    ],
)
def test_a_romanized_shelf_mark(note: str, location: str, leaf: str) -> None:
    c = parse_citation(note)
    assert (c.type, c.archive_location, c.page, c.volume) == ("manuscript", location, leaf, None)


def test_gost_writes_no_slashes_before_a_missing_host() -> None:
    c = Citation(
        type="interview", title="Интервью автора с депутатом", issued=PartialDate(2022, 3, 12)
    )
    assert format_bibliography([c], style="gost-r-7-0-5-2008") == [
        "1. Интервью автора с депутатом. 2022."
    ]


def test_isnad_writes_a_laws_short_title_only_when_it_has_one() -> None:
    c = Citation(
        type="legislation",
        title="Türk Ceza Kanunu",
        number="5237",
        container="Resmî Gazete",
        issued=PartialDate(2004, 10, 12),
    )
    (entry,) = format_bibliography([c], style="isnad-dipnotlu")
    assert entry.startswith("Türk Ceza Kanunu (Kanun No. 5237)")


@pytest.mark.parametrize(
    ("note", "entry"),
    [
        ("ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3.", "1. ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3."),
        (
            "Письмо наркома земледелия КАССР, 1932 г. // ЦГА РК. Ф. 1380. Оп. 2. Д. 44. Л. 11–12.",
            "1. Письмо наркома земледелия КАССР, 1932 г. // ЦГА РК. Ф. 1380. Оп. 2. Д. 44. "
            "Л. 11–12.",
        ),
    ],
)
def test_gost_describes_an_archival_document_by_its_archive_and_shelf_mark(
    note: str, entry: str
) -> None:
    assert format_bibliography([parse_citation(note)], style="gost-r-7-0-5-2008") == [entry]


def test_a_press_release_is_a_bodys_page_named_by_its_quoted_name() -> None:
    c = parse_citation(
        "Пресс-релиз «О заседании Совета Евразийской экономической комиссии» // Евразийская "
        "экономическая комиссия. 15.03.2023. URL: https://eec.eaeunion.org/news/123 (дата "
        "обращения: 16.03.2023)."
    )
    assert (c.type, c.title, c.genre) == (
        "webpage",
        "О заседании Совета Евразийской экономической комиссии",
        "Пресс-релиз",
    )


def test_a_programme_broadcast_on_a_day() -> None:
    c = parse_citation('"Kazakh Steppe," BBC Radio 4, broadcast on May 5, 2019.')
    assert (c.type, c.issued) == ("broadcast", PartialDate(2019, 5, 5))


def test_a_podcasts_episode_is_its_number() -> None:
    c = parse_citation(
        '"Central Asia\'s Great Game," The Eurasia Podcast, episode 45, RFE/RL, March 1, 2023, '
        "https://www.rferl.org/a/podcast-45.html."
    )
    assert (c.type, c.number, c.volume) == ("broadcast", "45", None)


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            'Kassym-Jomart Tokayev (@TokayevKZ), "Held talks with President Erdoğan in Ankara," '
            "X, May 10, 2022, https://x.com/TokayevKZ/status/1524012345678901234.",
            "X",
        ),
        (
            "Орда. Пост от 12 января 2022 г. // Telegram. URL: https://t.me/orda_kz/12345 (дата "
            "обращения: 13.01.2022).",
            "Telegram",
        ),
        (
            "Akorda Press Service, Facebook post, March 3, 2023, "
            "https://www.facebook.com/akorda.press/posts/123456789.",
            None,
        ),
    ],
)
def test_a_social_platforms_post_is_its_page(note: str, host: str | None) -> None:
    c = parse_citation(note)
    assert (c.type, c.container) == ("webpage", host)


def test_a_documents_kind_before_an_initial_is_no_author() -> None:
    c = parse_citation(
        "Письмо А. Букейханова в Совет народных комиссаров, 12 января 1918 г. // ЦГА РК. Ф. 15. "
        "Оп. 1. Д. 7. Л. 9–10."
    )
    assert (c.authors, c.archive, c.page) == ((), "ЦГА РК", "9–10")
    assert c.title == "Письмо А. Букейханова в Совет народных комиссаров, 12 января 1918 г."


def test_a_reference_lists_number_is_no_part_of_an_archival_title() -> None:
    c = parse_citation(
        "1. Жусан // Алматы облысының мемлекеттік архиві. Ф. 1095. Оп. 9. Д. 1509. Fol. 355."
    )
    assert (c.title, c.page) == ("Жусан", "355")


@pytest.mark.parametrize(
    ("note", "title", "genre", "issue"),
    [
        (
            "Türkiye-Orta Asya İlişkileri Raporu, Rapor No. 245, Ankara, 2019.",
            "Türkiye-Orta Asya İlişkileri Raporu",
            "Rapor",
            "245",
        ),
        (
            "John Smith, Energy Security in Central Asia, Working Paper No. 5, London, 2019.",
            "Energy Security in Central Asia",
            "Working Paper",
            "5",
        ),
    ],
)
def test_a_reports_word_alone_with_its_number_is_its_genre(
    note: str, title: str, genre: str, issue: str
) -> None:
    # the number after the report's word is the report's own (session 21: its issue)
    c = parse_citation(note)
    assert (c.type, c.title, c.genre, c.issue) == ("report", title, genre, issue)


def test_a_podcasts_host_closed_by_its_episode() -> None:
    c = parse_citation(
        '"Kazakhstan\'s Energy Future," Silk Road Podcast, episode 12, April 4, 2022, '
        "https://silkroadpodcast.com/episodes/12."
    )
    assert (c.type, c.container, c.number) == ("broadcast", "Silk Road Podcast", "12")


def test_an_english_press_release_before_its_quoted_title() -> None:
    c = parse_citation(
        'Press release, "Kazakhstan and Uzbekistan Agree on Water Sharing," Ministry of Foreign '
        "Affairs of the Republic of Kazakhstan, March 15, 2023, "
        "https://www.gov.kz/memleket/entities/mfa/press/news/details/5123."
    )
    assert (c.type, c.title) == ("webpage", "Kazakhstan and Uzbekistan Agree on Water Sharing")
