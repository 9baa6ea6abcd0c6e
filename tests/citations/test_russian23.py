"""Notes citing Russian works (session 23, russian23): GOST's series area after the extent, a
publisher whose name opens with a shortened word, a book's part after its title, and an entry
repeated in Latin letters in brackets. The notes are written for these tests; they run through
the shipped model."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Масанов Н. Э. Кочевая цивилизация казахов / отв. ред. А. М. Хазанов. – М. : Горизонт, "
        "2011. – 320 с. – (Востоковедение ; вып. 5). – ISBN 978-5-02-036412-7.",
        "Петров С. И. Степь и город / под ред. В. В. Орлова. – СПб. : Алетейя, 2004. – 212 с. – "
        "(Историческая книга).",
    ],
)
def test_a_series_name_in_brackets_after_the_extent_is_no_editor(text: str) -> None:
    found = _first(text)
    assert len(found.editors) == 1
    assert found.collection_title is not None


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Валиханов Ч. Ч. Собрание сочинений : в 5 т. – Алма-Ата : Гл. ред. Казахской "
            "советской энциклопедии, 1985. – Т. 4. – С. 56–60.",
            "Гл. ред. Казахской советской энциклопедии",
        ),
        (
            "Гриценко П. Ю. Діалектний текст // Українська мова : енциклопедія. – Київ : Укр. "
            "енцикл., 2004. – С. 156–157.",
            "Укр. енцикл",
        ),
    ],
)
def test_a_publisher_opening_with_a_shortened_word_runs_to_the_years_comma(
    text: str, publisher: str
) -> None:
    found = _first(text)
    assert (found.publisher or "").rstrip(".") == publisher
    assert found.issued is not None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ключевский В. О. Курс русской истории. Ч. 2. — М.: Мысль, 1987. — С. 112.",
            "Курс русской истории",
        ),
        (
            "Сыроежкин К. Л. Казахстан и Китай. Кн. 1. Алматы: КИСИ, 2010. 368 с.",
            "Казахстан и Китай",
        ),
    ],
)
def test_a_shortened_part_after_a_books_title_is_no_title_word(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert not found.unparsed


def test_a_part_written_whole_in_a_web_title_stays_the_titles() -> None:
    found = _first(
        "Миграционные процессы. Часть 3 // Вестник Томского университета. 2019. № 4. С. 5–9."
    )
    assert found.title == "Миграционные процессы. Часть 3"


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "Абдакимов А. История Казахстана. Алматы, 1994. – 352 с. [Abdakimov A. Istoriya "
            "Kazakhstana. Almaty, 1994. – 352 s.]",
            None,
        ),
        (
            "Кан Г. В. История Казахстана. Алматы: Алматыкiтап, 2009. 224 с. [Kan G. V. Istorija "
            "Kazahstana. Almaty: Almatykitap, 2009. 224 s.]",
            "Алматыкiтап",
        ),
    ],
)
def test_an_entry_repeated_in_latin_letters_adds_no_field(text: str, container: str | None) -> None:
    found = _first(text)
    assert found.title == "История Казахстана"
    assert (found.container or found.publisher) == container
    assert found.publisher_place == "Алматы"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Гаврилов, А. Н. Основы права : учебник для вузов / А. Н. Гаврилов. – 3-е изд. – "
            "Москва : Юрайт, 2020. – 312 с. – ISBN 978-5-534-12345-6. – Текст : электронный // "
            "Образовательная платформа Юрайт [сайт]. – URL: https://urait.ru/bcode/450123 "
            "(дата обращения: 01.09.2021).",
            "Юрайт",
        ),
        (
            "Соколов, В. П. Физика : учебное пособие / В. П. Соколов. — Санкт-Петербург : Лань, "
            "2019. — 256 с. — ISBN 978-5-8114-3456-7. — Текст : электронный // Лань : "
            "электронно-библиотечная система. — URL: https://e.lanbook.com/book/112233 (дата "
            "обращения: 15.10.2020).",
            "Лань",
        ),
    ],
)
def test_the_platform_after_a_books_own_imprint_is_no_host(text: str, publisher: str) -> None:
    found = _first(text)
    assert (found.type, found.container, found.publisher) == ("book", None, publisher)
    assert found.url is not None


def test_an_article_before_its_journals_imprint_keeps_its_host() -> None:
    found = _first(
        "Иванов И. И. Степь // Вопросы истории. – М. : Наука, 2001. – № 3. – С. 5–9. – 120 с."
    )
    assert found.container == "Вопросы истории"


def test_a_host_named_a_site_after_gosts_slashes_holds_pages() -> None:
    found = _first(
        "Стратегия «Казахстан-2050» [Электронный ресурс] // Официальный сайт Президента "
        "Республики Казахстан. – URL: https://www.akorda.kz/ru/official_documents/strategies "
        "(дата обращения: 05.06.2021)."
    )
    assert found.type == "webpage"


def test_a_russian_city_in_latin_letters_is_the_place_before_the_publisher() -> None:
    found = _first("Kadyrov Sh. Kh. Natsiya plemen. Moskva, Vremya, 2003. 576 s.")
    assert (found.publisher_place, found.publisher) == ("Moskva", "Vremya")


def test_a_titles_bracket_keeps_its_own_dates() -> None:
    found = _first(
        "Бекмаханова Н. Е. Многонациональное население Казахстана и Киргизии в эпоху капитализма "
        "(60-е годы XIX в. — 1917 г.) / Отв. ред. А. Я. Бирюков. — М.: Институт истории СССР АН "
        "СССР, 1986. — 244 с."
    )
    assert (found.title or "").endswith("(60-е годы XIX в. — 1917 г.)")
    assert found.issued is not None
    assert found.issued.year == 1986


def test_a_sites_kind_after_its_hosts_colon_is_no_part_of_its_name() -> None:
    found = _first(
        "Вторая мировая война в истории Казахстана [Электронный ресурс] // e-history.kz : портал. "
        "– 2020. – URL: https://e-history.kz/ru/news/show/12345 (дата обращения: 09.05.2020)."
    )
    assert found.container == "e-history.kz"
