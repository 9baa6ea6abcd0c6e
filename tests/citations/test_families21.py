"""Citation families written for these tests (session 21): report series' numbers, German
notes, Vancouver's journal after a dated title and its body authors, news agencies that open
the note, Russian hosts after `в кн.:`, Persian and Arabic notes, Roman ordinals of a
congress, a page's `f.` and a range after GOST's dash."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, NoteKind
from tests.citations.parsed import first_citation as _first


def _authors(found: Citation) -> list[str]:
    return [a.written for a in found.authors]


@pytest.mark.parametrize(
    ("text", "title", "issue"),
    [
        (
            "Jane Roe, “Grain Markets of the Steppe,” NBER Working Paper No. 9123 (Cambridge, "
            "MA: National Bureau of Economic Research, 2004), 7.",
            "Grain Markets of the Steppe",
            "9123",
        ),
        (
            "Ivan Lee, Water Sharing in the Ferghana Valley, SWP Research Paper 7/2019, Berlin: "
            "Stiftung Wissenschaft und Politik, 2019, p. 5.",
            "Water Sharing in the Ferghana Valley",
            "7/2019",
        ),
        (
            "Roe, J. (2018). Banking in Uzbekistan (IMF Working Paper WP/18/77). International "
            "Monetary Fund.",
            "Banking in Uzbekistan",
            "WP/18/77",
        ),
        (
            "Петров П. П. Водная политика в Центральной Азии: доклад № 12. – М.: РИСИ, 2016. "
            "– 40 с.",
            "Водная политика в Центральной Азии",
            "12",
        ),
        (
            "International Crisis Group, Tajikistan: On the Road to Failure, Asia Report "
            "No. 162, Brussels, 12 February 2009, p. 3.",
            "Tajikistan: On the Road to Failure",
            "162",
        ),
    ],
)
def test_a_reports_number_after_its_series_word_is_its_issue(
    text: str, title: str, issue: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert found.issue == issue
    assert found.type == "report"


def test_a_journals_bare_number_after_a_series_word_stays_its_volume() -> None:
    found = _first('Roe, Jane. "Nomads and the State." Nationalities Papers 41.3 (2013): 338-345.')
    assert found.container == "Nationalities Papers"
    assert found.volume == "41"
    assert found.issue == "3"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Manfred Hildermeier: Geschichte Russlands. München: C. H. Beck 2013, S. 88.",
            "Manfred Hildermeier",
            "Geschichte Russlands",
        ),
        (
            "Uwe Halbach: Kasachstan im Wandel. In: Osteuropa 60 (2010), S. 5–20.",
            "Uwe Halbach",
            "Kasachstan im Wandel",
        ),
    ],
)
def test_a_german_notes_author_closed_by_a_colon(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert _authors(found) == [author]
    assert found.title == title


def test_a_quoted_title_keeps_its_colon_head() -> None:
    found = _first("“Ernst Jünger: In Stahlgewittern.” Stanford Encyclopedia, May 5, 2020.")
    assert found.title == "Ernst Jünger: In Stahlgewittern"
    assert found.authors == ()


def test_a_german_chapter_in_an_edited_host() -> None:
    found = _first(
        "Jörg Baberowski: Der rote Terror. In: Andreas Kappeler (Hrsg.): Die Russen. "
        "Köln: Böhlau 1990, S. 12–30."
    )
    assert found.title == "Der rote Terror"
    assert found.container == "Die Russen"
    assert [e.written for e in found.editors] == ["Andreas Kappeler"]
    assert found.publisher == "Böhlau"
    assert found.publisher_place == "Köln"
    assert found.page == "12–30"


def test_a_following_pages_mark_is_the_pages() -> None:
    found = _first("Vgl. Beate Eschment: Die Kasachen. Wiesbaden: Harrassowitz 2015, S. 41 ff.")
    assert found.page == "41 ff"


def test_vancouvers_journal_after_a_title_closing_with_a_year() -> None:
    found = _first(
        "3. Roe J, Lee K. Measles in Kyrgyzstan, 2010-2018. Emerg Infect Dis. 2019;25(4):712-9."
    )
    assert found.title == "Measles in Kyrgyzstan, 2010-2018"
    assert found.container == "Emerg Infect Dis"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "2. United Nations Children's Fund. The State of the World's Children 2019 "
            "[Internet]. New York: UNICEF; 2019.",
            "United Nations Children's Fund",
            "The State of the World's Children 2019",
        ),
        (
            "Министерство здравоохранения Республики Казахстан. Отчёт о деятельности за 2021 "
            "год. URL: https://www.gov.kz/memleket/entities/dsm (дата обращения: 10.02.2022).",
            "Министерство здравоохранения Республики Казахстан",
            "Отчёт о деятельности за 2021 год",
        ),
    ],
)
def test_a_body_in_the_first_sentence_is_the_author(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert _authors(found) == [author]
    assert found.title == title


@pytest.mark.parametrize(
    ("text", "host", "title"),
    [
        (
            "Interfax. Uzbekistan raises gas prices. 02.04.2021. "
            "https://interfax.com/newsroom/top-stories/70001/",
            "Interfax",
            "Uzbekistan raises gas prices",
        ),
        (
            "Қазақпарат. Астанада жаңа мектеп ашылды. 2022. 1 қыркүйек. "
            "URL: https://www.inform.kz/kz/a4000001",
            "Қазақпарат",
            "Астанада жаңа мектеп ашылды",
        ),
    ],
)
def test_a_news_agency_opening_the_note_is_the_host(text: str, host: str, title: str) -> None:
    found = _first(text)
    assert found.container == host
    assert found.title == title
    assert found.authors == ()


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Иванов И. И. Степные кочевья, в кн.: Очерки истории Казахстана. М.: Наука, 1990. "
            "С. 10–25.",
            "Степные кочевья",
            "Очерки истории Казахстана",
        ),
        (
            "Бартольд В. В. Очерк истории Семиречья // в его кн.: Сочинения. Т. 2. М., 1963. "
            "С. 21–106.",
            "Очерк истории Семиречья",
            "Сочинения",
        ),
    ],
)
def test_a_russian_host_after_an_in_word(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container == host


def test_a_persian_book_as_a_row_of_fields() -> None:
    found = _first("حسن احمدی، سیاست خارجی ایران، تهران: انتشارات سمت، ۱۳۹۰، ص. ۱۲.")
    assert _authors(found) == ["حسن احمدی"]
    assert found.title == "سیاست خارجی ایران"
    assert found.publisher_place == "تهران"
    assert found.publisher == "انتشارات سمت"
    assert found.page == "۱۲"


def test_an_arabic_article_in_a_journal() -> None:
    found = _first("سعيد علي، «الطريق إلى آسيا»، مجلة الدراسات الآسيوية، العدد 7، 2010، ص 33-40.")
    assert _authors(found) == ["سعيد علي"]
    assert found.title == "الطريق إلى آسيا"
    assert found.container == "مجلة الدراسات الآسيوية"
    assert found.issue == "7"


def test_a_persian_op_cit_after_the_arabic_comma() -> None:
    note = parse_note(2, "احمدی، پیشین، ص ۳۰.", location=Location(path="t"))
    assert note.kind is NoteKind.OPCIT
    assert _authors(note.citations[0]) == ["احمدی"]


def test_a_congresss_roman_ordinal_is_the_hosts() -> None:
    found = _first(
        "Kaya, A. (2017). Kazak Türkçesinde ekler. IV. Uluslararası Türkoloji Kongresi "
        "Bildiri Kitabı içinde (ss. 10-20). Ankara: TDK."
    )
    assert found.title == "Kazak Türkçesinde ekler"
    assert found.container == "IV. Uluslararası Türkoloji Kongresi Bildiri Kitabı"


def test_a_page_range_after_gosts_dash() -> None:
    found = _first("Омаров Б. Дала әуендері // Ана тілі. – 2018. – 5 шілде. – № 27. – 4-5 б.")
    assert found.page == "4-5"
    assert found.issue == "27"


def test_vancouvers_years_before_the_journal_are_the_titles() -> None:
    found = _first("7. Lee K, Roe J. Rickets in Bishkek, 2012. Pediatr Res. 2014;75(1):20-4.")
    assert found.title == "Rickets in Bishkek, 2012"
    assert found.container == "Pediatr Res"
    assert found.issued is not None
    assert found.issued.year == 2014


def test_a_papers_series_with_a_number_is_no_reports_word_alone() -> None:
    found = _first(
        'Ali Veli, "Turkey and the Caucasus," Carnegie Papers No. 12 (Washington, DC: '
        "Carnegie Endowment, 2009), 4."
    )
    assert found.title == "Turkey and the Caucasus"
    assert found.genre is None
