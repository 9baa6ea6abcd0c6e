"""GOST notes in Russian, Kazakh, Kyrgyz and Ukrainian: the words naming the language a work was
translated from belong to the statement of responsibility after the slash, GOST's access note
(`Доступ из СПС «…»`) is no field of the work, and a title leaning Russian stays Russian beside
a publisher named in a neighbour's language."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "translator"),
    [
        (
            "Смит А. Халықтар байлығы / ағылш. ауд. Ж. Сейітов. – Астана: Ұлттық аударма "
            "бюросы, 2018. – 640 б.",
            "Халықтар байлығы",
            "Сейітов",
        ),
        (
            "Хобсбаум Э. Ғасыр тарихы / ағылшын тілінен аударған А. Нұрланов. – Алматы, 2019.",
            "Ғасыр тарихы",
            "Нұрланов",
        ),
        (
            "Смит А. Богатство народов / пер. со шведского А. Сейтова. – Астана, 2018. – 640 с.",
            "Богатство народов",
            "Сейтова",
        ),
        (
            "Лорка Ф. Г. Стихи / перевод с испанского А. Гелескула. М., 1987. 300 с.",
            "Стихи",
            "Гелескула",
        ),
        (
            "Диккенс Ч. Оливер Твист / англис тилинен которгон А. Осмонов. – Бишкек: "
            "Кыргызстан, 1985. – 420 б.",
            "Оливер Твист",
            "Осмонов",
        ),
    ],
)
def test_language_words_of_a_translation_are_the_roles(
    note: str, title: str, translator: str
) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert [n.family for n in citation.translators] == [translator]


def test_a_second_role_after_the_language_takes_the_names() -> None:
    citation = first_citation(
        "Бродель Ф. Материальная цивилизация / пер. с фр. Л. Е. Куббеля ; вступ. ст. и ред. "
        "Ю. Н. Афанасьева. М. : Прогресс, 1986. 624 с."
    )
    assert [n.family for n in citation.translators] == ["Куббеля"]
    assert [n.family for n in citation.editors] == ["Афанасьева"]


@pytest.mark.parametrize(
    ("note", "kind", "title", "number"),
    [
        (
            "Определение Конституционного Суда РФ от 02.07.2013 № 1049-О. Доступ из "
            "справ.-правовой системы «КонсультантПлюс».",
            "legal_case",
            "Определение Конституционного Суда РФ",
            "1049-О",
        ),
        (
            "Федеральный закон от 26.10.2002 № 127-ФЗ «О несостоятельности (банкротстве)». "
            "Доступ из СПС «Гарант».",
            "legislation",
            "О несостоятельности (банкротстве)",
            "127-ФЗ",
        ),
        (
            "О полиции : Федеральный закон от 07.02.2011 № 3-ФЗ. – Доступ из справ.-правовой "
            "системы «КонсультантПлюс». – Текст : электронный.",
            "legislation",
            "О полиции",
            "3-ФЗ",
        ),
        (
            "Приказ Минобрнауки России от 05.04.2017 № 301 «Об утверждении Порядка организации "
            "образовательной деятельности». Доступ из справочной правовой системы "
            "КонсультантПлюс.",
            "legislation",
            "Об утверждении Порядка организации образовательной деятельности",
            "301",
        ),
    ],
)
def test_an_access_note_is_no_field(note: str, kind: str, title: str, number: str) -> None:
    citation = first_citation(note)
    assert citation.type == kind
    assert citation.title == title
    assert citation.number == number
    assert citation.container is None


def test_an_access_note_keeps_its_access_date() -> None:
    citation = first_citation(
        "Письмо Минфина России от 12.03.2019 № 03-04-06/15870. Доступ из информационно-правовой "
        "системы «Гарант» (дата обращения: 10.05.2020)."
    )
    assert citation.accessed is not None and citation.accessed.year == 2020


def test_an_address_after_a_ukrainian_access_label_stays() -> None:
    citation = first_citation(
        "Закон України «Про освіту» від 05.09.2017 № 2145-VIII. Доступ з: "
        "https://zakon.rada.gov.ua/laws/show/2145-19"
    )
    assert citation.url == "https://zakon.rada.gov.ua/laws/show/2145-19"


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("Курманов З. Кыргызстан: парламентаризм и выборы. – Бишкек: Илим, 2010. – 310 с.", "ru"),
        ("Курманов З. Кыргызстан: парламентаризм и выборы. – Бишкек, 2010.", "ru"),
        ("Осмонов О. Кыргызстан тарыхы. – Бишкек: Илим, 2012. – 300 б.", "ky"),
        ("Жусупов К. Кыргыз адабиятынын тарыхы. – Фрунзе: Мектеп, 1982. – 240 б.", "ky"),
        ("Абай. – Алматы: Жазушы, 1995. – 300 б.", "kk"),
    ],
)
def test_a_title_leaning_russian_is_russian_beside_a_neighbours_house(
    note: str, language: str
) -> None:
    assert first_citation(note).language == language
