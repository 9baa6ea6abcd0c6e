"""Notes citing Russian works (session 24, russian24): a host written by the part's own
authors, an edition closing the host's name, a journal's named series in a note without
GOST's dashes, and a set's count opening a sentence. The notes are written for these tests;
they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Маркс К., Энгельс Ф. Манифест Коммунистической партии // Маркс К., Энгельс Ф. "
            "Сочинения. 2-е изд. Т. 4. М.: Госполитиздат, 1955. С. 419–459.",
            "Сочинения",
        ),
        (
            "Бахтин М. М. Проблемы творчества Достоевского // Бахтин М. М. Собрание "
            "сочинений: в 7 т. М.: Русские словари, 2000. Т. 2. С. 5–175.",
            "Собрание сочинений",
        ),
    ],
)
def test_the_heading_names_repeated_after_the_slashes_open_the_host(text: str, host: str) -> None:
    found = _first(text)
    assert (found.container or "").rstrip(".") == host
    assert found.type == "chapter"
    assert len(found.authors) == len({(n.family, n.given) for n in found.authors})


def test_an_edition_closing_the_hosts_name_is_the_edition() -> None:
    found = _first(
        "Маркс К., Энгельс Ф. Манифест Коммунистической партии // Маркс К., Энгельс Ф. Соч. "
        "2-е изд. Т. 4. М.: Госполитиздат, 1955. С. 419–459."
    )
    assert found.edition == "2-е"
    assert (found.container or "").rstrip(".") == "Соч"
    assert found.volume == "4"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Петров А. А. Экономика региона // Вестник Московского университета. Сер. 6: "
            "Экономика. 2019. № 2. С. 55–71.",
            "Вестник Московского университета. Сер. 6: Экономика",
        ),
        (
            "Абдуллаев К. Н. Из истории Бухары // Вестник Московского университета. Сер. 8. "
            "2005. № 3. С. 54–67.",
            "Вестник Московского университета. Сер. 8",
        ),
        (
            "Петров А. А. Экономика // Вестник Санкт-Петербургского университета. Сер. 6. "
            "Философия. Культурология. Политология. 2009. Вып. 2. С. 5–10.",
            "Вестник Санкт-Петербургского университета. Сер. 6. Философия. Культурология. "
            "Политология",
        ),
    ],
)
def test_a_journals_series_and_its_name_are_the_hosts(text: str, host: str) -> None:
    found = _first(text)
    assert (found.container or "").rstrip(".") == host
    assert found.volume is None
    assert found.publisher is None
    assert found.issued is not None


def test_a_sets_count_opening_a_sentence_is_no_title() -> None:
    found = _first(
        "Карамзин Н. М. История государства Российского. В 12 т. Т. 5. М.: Наука, 1993. С. 201–203."
    )
    assert found.title == "История государства Российского"
    assert found.volume == "5"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Соловьев С. М. Сочинения: в 18 кн. Кн. 4. М.: Мысль, 1989. С. 210.",
            "Сочинения",
            "4",
        ),
        (
            "Хрущев Н. С. Время. Люди. Власть. Воспоминания. В 4 кн. Кн. 2. М.: Московские "
            "новости, 1999. С. 15.",
            "Время. Люди. Власть. Воспоминания",
            "2",
        ),
    ],
)
def test_a_count_of_books_and_the_book_named_by_its_word(
    text: str, title: str, volume: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert found.volume == volume


def test_role_words_before_a_name_are_no_host() -> None:
    found = _first(
        "Бродель Ф. Материальная цивилизация, экономика и капитализм, XV–XVIII вв. Т. 1. "
        "Структуры повседневности: возможное и невозможное / пер. с фр. Л. Е. Куббеля; вступ. "
        "ст. и ред. Ю. Н. Афанасьева. М.: Прогресс, 1986. 624 с."
    )
    assert found.container in (None, "Прогресс")
    assert found.type == "book"
    assert [n.family for n in found.translators] == ["Куббеля"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Социально-экономическое положение России (неопр.). Росстат. Дата обращения: 3 "
            "марта 2022.",
            "Социально-экономическое положение России",
        ),
        (
            "Иванов С. Как строили столицу (неопр.). Коммерсантъ (12 мая 2018). Дата "
            "обращения: 3 апреля 2020.",
            "Как строили столицу",
        ),
    ],
)
def test_wikipedias_undetermined_language_mark_closes_the_title(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container is not None


def test_a_hosts_shortened_words_run_to_the_imprints_place() -> None:
    found = _first(
        "Петрова Е. В. Языковая политика в Казахстане // Тюркология: материалы Всерос. конф. "
        "с междунар. участием. Казань: Изд-во Казан. ун-та, 2017. С. 201–205."
    )
    assert found.container == "Тюркология"  # its kind after the colon is no title's
    assert found.unparsed == ("материалы Всерос. конф. с междунар. участием",)
    assert found.publisher_place == "Казань"


def test_a_laws_revision_date_is_no_issued_date() -> None:
    found = _first(
        "Об образовании в Российской Федерации: Федеральный закон от 29.12.2012 № 273-ФЗ "
        "(ред. от 04.08.2023) // Собрание законодательства РФ. 2012. № 53 (ч. 1). Ст. 7598."
    )
    assert found.issued is not None
    assert found.issued.year == 2012


def test_a_bibliographys_pages_are_no_cited_pages() -> None:
    found = _first(
        "Ахмедов Р. Б. Экономическая политика Узбекистана : дис. ... канд. экон. наук. – "
        "Ташкент, 2012. – 165 с. – Библиогр.: с. 150–165."
    )
    assert found.page is None
    assert found.number_of_pages == "165"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Тойнби А. Дж. Постижение истории : сборник / пер. с англ. Е. Д. Жаркова. – М. : "
            "Рольф, 2001. – 640 с.",
            "Тойнби",
            "Постижение истории",
        ),
        (
            "Локк Дж. Сочинения: в 3 т. Т. 1. М.: Мысль, 1985. С. 78.",
            "Локк",
            "Сочинения",
        ),
    ],
)
def test_a_digraphs_initial_after_an_initial_is_the_names(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert [n.family for n in found.authors] == [author]
    assert found.title == title


def test_a_second_publisher_after_a_semicolon_is_no_second_source() -> None:
    note = parse_note(
        1,
        "Гудков Л. Негативная идентичность. Статьи 1997–2002 годов. М.: Новое литературное "
        "обозрение; ВЦИОМ-А, 2004. 816 с.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1
    found = note.citations[0]
    assert found.issued is not None
    assert found.issued.year == 2004
    assert found.number_of_pages == "816"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Иванов П. П. Жизнь и творчество А. С. Пушкина. М.: Наука, 1989. С. 45.",
            "Жизнь и творчество А. С. Пушкина",
        ),
        (
            "Волкогонов Д. А. Триумф и трагедия. Политический портрет И. В. Сталина. Кн. 1, ч. 2. "
            "М.: Новости, 1989. С. 45.",
            "Триумф и трагедия. Политический портрет И. В. Сталина",
        ),
    ],
)
def test_a_person_named_inside_the_title_is_no_second_author(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert len(found.authors) == 1


def test_a_hyphenated_family_names_second_part_is_no_fathers_name() -> None:
    found = _first("Бонч-Бруевич В. Д. Воспоминания о В. И. Ленине. М.: Наука, 1969. 480 с.")
    assert [n.family for n in found.authors] == ["Бонч-Бруевич"]
    assert found.title == "Воспоминания о В. И. Ленине"
    assert not found.editors


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Нольте Э. Европейская гражданская война (1917–1945). Национал-социализм и "
            "большевизм / пер. с нем. А. В. Перцева. М.: Логос, 2003. 528 с.",
            "Европейская гражданская война (1917–1945). Национал-социализм и большевизм",
        ),
        (
            "Волкогонов Д. А. Триумф и трагедия. Политический портрет И. В. Сталина. Кн. 1, ч. 2. "
            "М.: Новости, 1989. С. 45.",
            "Триумф и трагедия. Политический портрет И. В. Сталина",
        ),
    ],
)
def test_a_titles_next_sentence_is_the_titles_but_a_parts_label(text: str, title: str) -> None:
    assert _first(text).title == title
