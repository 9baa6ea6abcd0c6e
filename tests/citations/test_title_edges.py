"""Where a title ends when its own words hold what elsewhere ends a field (session 28): a
bracket the title opened and an abbreviation's period inside it, a word that stands before a
name (`St.`, `Dr.`, `Hz.`), a square-bracketed note after the title, a quote it opened before
a bracket or GOST's spaced colon, a subtitle in small letters after its colon, a period
subtitle before a book's imprint, a bracketed period of years, a word exclaimed after the
author. Notes written for these tests, in several languages and families."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _families(c: Citation) -> list[str]:
    return [n.family or n.literal or "" for n in c.authors]


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Сейітов Н. Ауыл шаруашылығы (Ақмола обл. мысалында) // Қазақстан экономикасы. — "
            "2012. — № 4. — 21–29 б.",
            "Ауыл шаруашылығы (Ақмола обл. мысалында)",
            "Қазақстан экономикасы",
        ),
        (
            "Berdiýew A. Pagta ösdürip ýetişdirmek (Mary w. mysalynda) / A. Berdiýew, "
            "B. Orazow. — Aşgabat: Ylym, 2010. — 140 s.",
            "Pagta ösdürip ýetişdirmek (Mary w. mysalynda)",
            None,
        ),
        (
            "Салыстырыңыз: Тұяқов Б. Байқоңыр (Алматы обл. мысалында). Алма-Ата: Дайк-Пресс, "
            "2024. Б. 369.",
            "Байқоңыр (Алматы обл. мысалында)",
            None,
        ),
    ],
)
def test_an_abbreviation_inside_the_titles_bracket_ends_no_field(
    text: str, title: str, host: str | None
) -> None:
    c = _first(text)
    assert c.title == title
    if host:
        assert c.container == host


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Jones, R. A History of St. Petersburg. London: Routledge, 2010.",
            "A History of St. Petersburg",
            "London",
        ),
        (
            "Davis, Laura. Merchants of St. Louis. Chicago: University of Chicago Press, 2003.",
            "Merchants of St. Louis",
            "Chicago",
        ),
        (
            "Öztürk, Ali. Hz. Ali vb. Sahabiler Hakkında Rivayetler. Ankara: Diyanet Yayınları, "
            "2011.",
            "Hz. Ali vb. Sahabiler Hakkında Rivayetler",
            "Ankara",
        ),
    ],
)
def test_a_word_before_a_name_ends_no_field(text: str, title: str, place: str) -> None:
    c = _first(text)
    assert c.title == title
    assert c.publisher_place == place


def test_a_saint_inside_a_journal_articles_title() -> None:
    c = _first(
        "Bowen C., 1985. A Handbook for the Liberty of St. Petersburg. Slavic Review, 44(2), "
        "pp. 373-394."
    )
    assert c.title == "A Handbook for the Liberty of St. Petersburg"
    assert c.publisher_place is None
    assert c.container == "Slavic Review"


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Ахметов Б. Қазақ даласының тарихы [История казахской степи]. — Алматы: Ғылым, "
            "2008. — 312 б.",
            "Қазақ даласының тарихы",
            None,
        ),
        (
            "Аширова А. Жұмыспен қамту мәселелері (2000–2020 жж.) [Вопросы занятости] // "
            "Вестник АГУ. – 2010. – № 3. – Б. 5–9.",
            "Жұмыспен қамту мәселелері (2000–2020 жж.)",
            "Вестник АГУ",
        ),
        (
            "Pälwanow, S., & Serdarow, E. (2017). Türki dünýäsinde sanly ykdysadyýet "
            "[Цифровая экономика]. Halkara ylmy maslahatyň materiallary, 69–73.",
            "Türki dünýäsinde sanly ykdysadyýet",
            "Halkara ylmy maslahatyň materiallary",
        ),
        (
            "Кусаинов, Мейір. 2020. Көші-қон үдерістері [Миграционные процессы]. Ғылыми "
            "кітапхана. Мектеп.",
            "Көші-қон үдерістері",
            None,
        ),
    ],
)
def test_a_square_bracket_after_the_title_is_neither_title_nor_host(
    text: str, title: str, host: str | None
) -> None:
    c = _first(text)
    assert c.title == title
    assert c.container != "История казахской степи"
    if host:
        assert c.container == host
    else:
        assert "[" not in (c.container or "")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Serıkbaev A. Smart Aqköl: The “Great Game” Revisited [Beloved]. Qazaq ädebietı, "
            "1993, no. 56, pp. 10-25.",
            "Smart Aqköl: The “Great Game” Revisited",
        ),
        (
            "Кудряшова Е. М. Язык: The “Great Game” Revisited : дис. … канд. филол. наук / "
            "Е. М. Кудряшова. – Барнаул, 2022. – 163 с.",
            "Язык: The “Great Game” Revisited",
        ),
        (
            "Morgan, D. The “Silk Road” Revisited [Review]. Central Asian Survey, 2015, vol. 34, "
            "no. 2, pp. 250–252.",
            "The “Silk Road” Revisited",
        ),
    ],
)
def test_a_quote_inside_the_title_closes_before_its_words_go_on(text: str, title: str) -> None:
    assert _first(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Доронин А. И. Методы обучения машин (теория и практика): к 100-летию газеты "
            "«Правда». Мурманск: Издательство Алтайского университета, 2001.",
            "Методы обучения машин (теория и практика): к 100-летию газеты «Правда»",
            "Издательство Алтайского университета",
        ),
        (
            "Белов А. Н. Провинциальная печать: к 200-летию губернских ведомостей. — Ярославль: "
            "ЯрГУ, 2008. — 210 с.",
            "Провинциальная печать: к 200-летию губернских ведомостей",
            "ЯрГУ",
        ),
    ],
)
def test_a_subtitle_in_small_letters_after_the_colon_is_the_titles(
    text: str, title: str, publisher: str
) -> None:
    c = _first(text)
    assert c.title == title
    assert c.publisher == publisher


def test_a_small_letter_subtitle_before_a_host() -> None:
    c = _first(
        "Ершова Л. Г. Крестьянский двор (XVIII в.): по материалам переписных книг // "
        "Российская история. — 2015. — № 2. — С. 60–72."
    )
    assert c.title == "Крестьянский двор (XVIII в.): по материалам переписных книг"
    assert c.container == "Российская история"


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Красильникова, Марина Аркадьевна, и Галактион Ильич Морозов. Городская культура "
            "Казахстана (1990-е гг.). Исследование и тексты. Омск: Университетская книга, 1971.",
            "Городская культура Казахстана (1990-е гг.). Исследование и тексты",
            None,
        ),
        (
            "Smith, J. The Caliphate. Encyclopaedia of Islam. Leiden: Brill, 1990.",
            "The Caliphate",
            "Encyclopaedia of Islam",
        ),
    ],
)
def test_a_period_subtitle_before_a_books_imprint(text: str, title: str, host: str | None) -> None:
    c = _first(text)
    assert c.title == title
    if host:
        assert c.container == host


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Abai.kz - Ұлы дала (1300-1600). https://abai.kz/page_66587, Son erişim: 05.04.2024.",
            "Ұлы дала (1300-1600)",
        ),
        ("Deňeşdiriň: Basın Kanunu (1850-1920).", "Basın Kanunu (1850-1920)"),
    ],
)
def test_a_bracketed_period_after_the_title_is_no_date(text: str, title: str) -> None:
    c = _first(text)
    assert c.title == title
    assert c.issued is None


def test_a_collected_editions_years_stay_its_date() -> None:
    c = _first("Tolstoy, L. Collected Works (1928-1958). Moscow.")
    assert c.issued is not None


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "Nurmuhammedow, I. Alga, Türkmenistan! Jemgyýetçilik imitiniň kärhanalary. – "
            "Aşgabat : Ylym, 2011. – 146 s.",
            "Alga, Türkmenistan! Jemgyýetçilik imitiniň kärhanalary",
            ["Nurmuhammedow"],
        ),
        (
            "Воблий Є.О., Алға, Қазақстан! Козацька держава: історичний досвід, Мовознавство, "
            "2007, Т. 28, С. 440–444.",
            "Алға, Қазақстан! Козацька держава: історичний досвід",
            ["Воблий"],
        ),
        (
            "Доронин А. И. Вперёд, к рынку! Реформы 1990-х годов. Мурманск: Север, 2001.",
            "Вперёд, к рынку! Реформы 1990-х годов",
            ["Доронин"],
        ),
    ],
)
def test_a_word_exclaimed_after_the_author_opens_the_title(
    text: str, title: str, authors: list[str]
) -> None:
    c = _first(text)
    assert c.title == title
    assert _families(c) == authors


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Bayat, F. Türk Dünyası, dil ve edebiyat. Ankara: Ötüken, 2015.",
            "Türk Dünyası, dil ve edebiyat",
        ),
        (
            "Коваленко Т. Н. Сибирь и Дальний Восток, экономика и культура. — Томск: ТГУ, 2011. "
            "— 288 с.",
            "Сибирь и Дальний Восток, экономика и культура",
        ),
        (
            "Phillips, G., Profiles of the markup languages, law and society, Europe-Asia "
            "Studies vol. 22, no. 6, 2003.",
            "Profiles of the markup languages, law and society",
        ),
    ],
)
def test_words_in_small_letters_after_the_titles_comma_are_its(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_roles_abbreviation_after_the_titles_comma_is_no_title() -> None:
    c = _first("Smith, J. Empire and Nation, ed. by K. Brown. London: Verso, 2001.")
    assert c.title == "Empire and Nation"
    assert [n.family for n in c.editors] == ["Brown"]
