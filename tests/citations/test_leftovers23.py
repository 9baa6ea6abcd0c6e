"""Forms written for these tests (session 23, leftovers): a host's series number and a set's
count in the host's name, a set's bare count after a title, a volume inside a title a language
mark closes, a body named for a person, two joined names as a title before `//`, a run before
a role word as the title, a body opening with an adjective, a collection's kind in its host,
and prose that reads like a dated pointer or an access label."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind, PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "Мамедов Р. Торговля Хивы // Вестник Санкт-Петербургского университета. Сер. 2. – "
            "2009. – № 4. – С. 12–20.",
            "Вестник Санкт-Петербургского университета. Сер. 2",
        ),
        (
            "Жұмабай Қ. Сөз өнері // Әл-Фараби атындағы ҚазҰУ Хабаршысы. Сер. 3. – 2018. – № 2. "
            "– 40–46 б.",
            "Әл-Фараби атындағы ҚазҰУ Хабаршысы. Сер. 3",
        ),
        (
            "Гоголь Н. В. Шинель // Собр. соч. в 7 т. – М. : Худож. лит., 1977. – Т. 3. – "
            "С. 120–145.",
            "Собр. соч.",  # session 55: a set's count is no host's words (dev kk-d2-0024)
        ),
    ],
)
def test_series_number_and_count_stay_the_hosts(text: str, container: str) -> None:
    found = _first(text)
    assert (found.container or "").rstrip(".") == container.rstrip(".")
    assert found.volume in (None, "3")  # the volume cited after the imprint, never the series'


def test_bare_count_after_a_title_is_no_title() -> None:
    found = _first("Түркі әлемі тарихы. 3 т. – Алматы : Дайк-Пресс, 2011. – 310 б.")
    assert found.title == "Түркі әлемі тарихы"


def test_volume_inside_a_marked_title_stays_the_titles() -> None:
    found = _first(
        "Перепись населения Казахстана 2009 года. Том 2. Национальный состав (рус.). "
        "Агентство по статистике. Дата обращения: 4 мая 2015."
    )
    assert found.title == "Перепись населения Казахстана 2009 года. Том 2. Национальный состав"
    assert found.container == "Агентство по статистике"


def test_body_named_for_a_person() -> None:
    found = _first(
        "Институт востоковедения имени Р. Б. Сулейменова. Восток и Казахстан. – Алматы, "
        "2012. – 210 с."
    )
    assert [str(a) for a in found.authors] == ["Институт востоковедения имени Р. Б. Сулейменова"]
    assert found.title == "Восток и Казахстан"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Абай и Гёте // Казахстанская правда. – 2010. – 8 августа.", "Абай и Гёте"),
        (
            "Әлихан Бөкейхан және Ахмет Байтұрсынұлы // Егемен Қазақстан. – 2016. – 12 мамыр.",
            "Әлихан Бөкейхан және Ахмет Байтұрсынұлы",
        ),
    ],
)
def test_two_joined_names_before_the_host_are_the_title(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.authors == ()


def test_name_before_a_role_word_is_the_title() -> None:
    found = _first("Er Töştük, Çev.: Fikret Türkmen, İstanbul: Ötüken, 1998.")
    assert found.title == "Er Töştük"
    assert found.authors == ()
    assert [str(t) for t in found.translators] == ["Fikret Türkmen"]


def test_title_and_host_meeting_before_ed_are_one_title() -> None:
    found = _first(
        "The Turks in World History, ed. Carter V. Findley (Oxford: Oxford University Press, "
        "2005), 33."
    )
    assert found.title == "The Turks in World History"
    assert [str(e) for e in found.editors] == ["Carter V. Findley"]


def test_body_opening_with_an_adjective_is_the_author() -> None:
    found = _first(
        "Kyrgyz Ministry of Education, National Education Strategy 2021–2040 (Bishkek, 2021), 8."
    )
    assert [str(a) for a in found.authors] == ["Kyrgyz Ministry of Education"]
    assert found.title == "National Education Strategy 2021–2040"


def test_collection_named_after_a_dictionary_is_a_chapter() -> None:
    found = _first(
        "Петров А. А. Норма и узус // Словарь и грамматика : сб. статей. – Пермь, 2008. – С. 30–41."
    )
    assert found.container == "Словарь и грамматика"  # its kind after the colon: no title's
    assert found.type == "chapter"


@pytest.mark.parametrize(
    "text",
    [
        "See the point made in chapter three above, 2001.",
        "Мұражай қоры 2016 жылы толық қайта қаралды.",
    ],
)
def test_prose_with_a_year_is_a_comment(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).kind == NoteKind.COMMENT


def test_joined_names_with_the_day_after_the_host() -> None:
    found = _first("Сәкен Сейфуллин және Бейімбет Майлин // Ақиқат. – 2014. – 2 қазан.")
    assert found.title == "Сәкен Сейфуллин және Бейімбет Майлин"
    assert found.authors == ()
    assert found.issued == PartialDate(2014, 10, 2)


def test_name_inside_the_title_run_before_a_role_word() -> None:
    found = _first("Ebu'l-Hasan Harakani, Nurul-Ulum, çev. Ahmet Kara, Konya: Rumi, 2004, s. 9.")
    assert [str(a) for a in found.authors] == ["Ebu'l-Hasan Harakani"]
    assert found.title == "Nurul-Ulum"


def test_small_word_between_title_and_host_before_ed() -> None:
    found = _first(
        "Islam in Central Asia, ed. Adeeb Khalid (Berkeley: University of California Press, "
        "2007), 12."
    )
    assert found.title == "Islam in Central Asia"


def test_body_named_for_a_person_cut_at_its_and() -> None:
    found = _first(
        "Институт философии и права имени А. Х. Касымжанова. Очерки. – Алматы, 2004. – 90 с."
    )
    assert [str(a) for a in found.authors] == ["Институт философии и права имени А. Х. Касымжанова"]
