"""Session 27's leftovers: a spaced-colon imprint after a foreign title, page words glued to
their range by a hyphen, name particles of inverted Cyrillic names, chapter number words and UN
resolutions, a one-word head before a page."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.model import Citation, Location
from tests.citations.parsed import first_citation as _one


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        (
            "Habermas J. Strukturwandel der Öffentlichkeit. Neuwied : Luchterhand, 1962. 291 S.",
            "Strukturwandel der Öffentlichkeit",
            "Neuwied",
            "Luchterhand",
        ),
        (
            "Luhmann N. Die Gesellschaft der Gesellschaft. Frankfurt am Main : Suhrkamp Verlag, "
            "1997. 1164 S.",
            "Die Gesellschaft der Gesellschaft",
            "Frankfurt am Main",
            "Suhrkamp Verlag",
        ),
        (
            "Иванов И. И. Очерки истории края. Зеленоград : Светоч, 2001. 120 с.",
            "Очерки истории края",
            "Зеленоград",
            "Светоч",
        ),
        (
            "Bourdieu P. La distinction. Critique sociale du jugement. Paris : Minuit, 1979. "
            "670 p.",
            "La distinction. Critique sociale du jugement",
            "Paris",
            "Minuit",
        ),
        (
            "Schmitt C. Politische Theologie. Vier Kapitel. Tübingen : Mohr Siebeck, 1922. 56 S.",
            "Politische Theologie. Vier Kapitel",
            "Tübingen",
            "Mohr Siebeck",
        ),
    ],
)
def test_spaced_colon_imprint(text: str, title: str, place: str, publisher: str) -> None:
    found = _one(text)
    assert (found.title, found.publisher_place, found.publisher) == (title, place, publisher)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Karimov A. O'zbek adabiyoti tarixi. Toshkent: Fan, 2010. 45-50-betlar.", "45-50"),
        ("Yusupov B. Navoiy ijodida tasavvuf. Toshkent: Ma'naviyat, 2005. 12-bet.", "12"),
        (
            "Rahimov S. Qoraqalpoq folklori // O'zbek tili va adabiyoti. 2018. № 3. 77-84-betlar.",
            "77-84",
        ),
        ("Мүсірепов Ғ. Ұлпан. Алматы: Жазушы, 1976. 12-15-беттер.", "12-15"),
        ("Қасымов Б. Қазақ әдебиетінің тарихы. Астана: Фолиант, 2012. 128-бет.", "128"),
        (
            "Köprülü, M. Fuad, Türk Edebiyatında İlk Mutasavvıflar, Ankara, 1976, 45-50. sayfalar.",
            "45-50",
        ),
    ],
)
def test_page_word_glued_by_hyphen(text: str, page: str) -> None:
    assert _one(text).page == page


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Гумбольдт А. фон. Космос. Опыт физического мироописания. М., 1848. 420 с.",
            "Гумбольдт",
            "Космос. Опыт физического мироописания",
        ),
        ("Струве В. Я. фон. Дуга меридиана. СПб., 1861. 332 с.", "Струве", "Дуга меридиана"),
        (
            "Сосюр Ф. де. Курс общей лингвистики. М.: Логос, 1998. 296 с.",
            "Сосюр",
            "Курс общей лингвистики",
        ),
        ("Humboldt A. von. Kosmos. Stuttgart : Cotta, 1845. 493 S.", "Humboldt", "Kosmos"),
        (
            "Ведель, Иоганн фон. Записки о Крымской войне. СПб.: Наука, 2004. 256 с.",
            "Ведель",
            "Записки о Крымской войне",
        ),
        (
            "Гог, Винсент ван. Письма к брату Тео. СПб.: Азбука, 2014. 480 с.",
            "Гог",
            "Письма к брату Тео",
        ),
        ("Бетховен, Людвиг ван. Письма. М.: Музыка, 1970. 520 с.", "Бетховен", "Письма"),
    ],
)
def test_trailing_name_particle(text: str, family: str, title: str) -> None:
    found = _one(text)
    assert (found.authors[0].family, found.title) == (family, title)


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        (
            "Mahan A. T. The Influence of Sea Power upon History. Boston: Little, Brown, 1890. "
            "Chapter Three, p. 77.",
            "The Influence of Sea Power upon History",
            "77",
        ),
        (
            "Hobsbawm, Eric. The Age of Revolution. London: Abacus, 1962. Part Two, 145.",
            "The Age of Revolution",
            "145",
        ),
        (
            "Толстой Л. Н. Война и мир. М.: Художественная литература, 1983. "
            "Т. 2, глава третья. С. 55.",
            "Война и мир",
            "55",
        ),
        (
            "Kaplan, Mehmet, Şiir Tahlilleri, İstanbul: Dergâh Yayınları, 2004, "
            "İkinci Bölüm, s. 45.",
            "Şiir Tahlilleri",
            "45",
        ),
    ],
)
def test_worded_chapter_is_a_locator(text: str, title: str, page: str) -> None:
    found = _one(text)
    assert (found.title, found.page, found.volume in (None, "2")) == (title, page, True)
    assert found.issue is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "United Nations General Assembly resolution 70/1, Transforming our world: the 2030 "
            "Agenda for Sustainable Development, 25 September 2015.",
            "70/1",
        ),
        ("UN Security Council Resolution 2231 (2015), 20 July 2015.", "2231"),
        ("Security Council resolution 678 (1990), 29 November 1990.", "678"),
        ("General Assembly Resolution 3379 (XXX), 10 November 1975.", "3379"),
    ],
)
def test_resolution_number(text: str, number: str) -> None:
    found = _one(text)
    assert (found.type, found.number) == ("legislation", number)


def _second(first: str, second: str) -> Citation:
    loc = Location(path="t")
    notes = [parse_note(1, first, location=loc), parse_note(2, second, location=loc)]
    last = resolve_references(notes)[-1]
    assert last.citations
    return last.citations[0]


@pytest.mark.parametrize(
    ("first", "second", "title", "page"),
    [
        (
            "Манас. Кыргыз элинин баатырдык эпосу. Бишкек: Шам, 1995. 420 б.",
            "Манас, 45.",
            "Манас",
            "45",
        ),
        (
            "Atatürk M. K. Nutuk. Ankara: Türk Tarih Kurumu, 1989. 540 s.",
            "Nutuk, s. 12.",
            "Nutuk",
            "12",
        ),
        (
            "Hobbes T. Leviathan. London: Penguin, 1985. 728 p.",
            "Leviathan, p. 89.",
            "Leviathan",
            "89",
        ),
        (
            "Dede Korkut Kitabı. Haz. M. Ergin. Ankara: Türk Dil Kurumu, 1997. 310 s.",
            "Dede Korkut, s. 45.",
            "Dede Korkut",
            "45",
        ),
    ],
)
def test_one_word_head_repeats_a_title(first: str, second: str, title: str, page: str) -> None:
    found = _second(first, second)
    assert (found.title, found.page, found.refers_to) == (title, page, 1)
    assert not found.authors


def test_one_word_head_by_an_earlier_author_stays_the_author() -> None:
    found = _second("Roy O. The New Central Asia. London: I. B. Tauris, 2000. 222 p.", "Roy, 52.")
    assert [n.family or n.literal for n in found.authors] == ["Roy"]
    assert found.title is None


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Tanpınar, Ahmet Hamdi, Huzur, İstanbul: Dergâh Yayınları, 2006, Üçüncü Bölüm, s. 201.",
            "Tanpınar",
            "Huzur",
        ),
    ],
)
def test_lone_word_after_inverted_name_is_the_title(text: str, family: str, title: str) -> None:
    found = _one(text)
    assert ([n.family for n in found.authors], found.title) == ([family], title)


def test_resolution_keeps_its_designation_as_title() -> None:
    found = _one("UN Security Council Resolution 2231 (2015), 20 July 2015.")
    assert (found.title, found.number) == ("UN Security Council Resolution 2231", "2231")
