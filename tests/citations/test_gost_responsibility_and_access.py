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
    # … but the database it names in quotes is where the act was read: its host (session 33)
    assert citation.container == _DATABASES.get(number)


_DATABASES = {"1049-О": "КонсультантПлюс", "127-ФЗ": "Гарант", "3-ФЗ": "КонсультантПлюс"}


def test_an_access_note_keeps_its_access_date() -> None:
    citation = first_citation(
        "Письмо Минфина России от 12.03.2019 № 03-04-06/15870. Доступ из информационно-правовой "
        "системы «Гарант» (дата обращения: 10.05.2020)."
    )
    assert citation.accessed is not None
    assert citation.accessed.year == 2020


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


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Иванов И. И. Политическая элита Казахстана. Автореферат диссертации на соискание "
            "ученой степени кандидата политических наук. Алматы, 2005. 26 с.",
            "Политическая элита Казахстана",
        ),
        (
            "Петров П. П. Земство Сибири. Диссертация на соискание ученой степени кандидата "
            "исторических наук. – Томск, 2001. – 200 с.",
            "Земство Сибири",
        ),
        (
            "Сейітова А. Абай поэзиясының тілі. Филология ғылымдарының кандидаты ғылыми "
            "дәрежесін алу үшін дайындалған диссертация. – Алматы, 2004. – 150 б.",
            "Абай поэзиясының тілі",
        ),
        (
            "Сыдыкова Г. Кыргыз тилинин лексикасы. Филология илимдеринин кандидаты "
            "окумуштуулук даражасын изденип алуу үчүн жазылган диссертация. – Бишкек, 2008.",
            "Кыргыз тилинин лексикасы",
        ),
    ],
)
def test_a_thesis_designation_sentence_is_no_title_nor_host(note: str, title: str) -> None:
    citation = first_citation(note)
    assert citation.type == "thesis"
    assert citation.title == title
    assert citation.container is None


@pytest.mark.parametrize(
    ("note", "paper", "day", "issue"),
    [
        ("«Казахстанская правда», 12 мая 2010 г., № 120.", "Казахстанская правда", 12, "120"),
        ("«Егемен Қазақстан», 12 мамыр 2010 ж., № 120.", "Егемен Қазақстан", 12, "120"),
        ("Правда, 12 июня 1937 г., № 160, с. 2.", "Правда", 12, "160"),
        ("Известия. – 1937. – 12 июня. – № 136. – С. 2.", "Известия", 12, "136"),
        ("Türkmenistan, 5 mart 2020 ý., № 55.", "Türkmenistan", 5, "55"),
    ],
)
def test_a_papers_issue_keeps_its_number(note: str, paper: str, day: int, issue: str) -> None:
    citation = first_citation(note)
    assert citation.type == "article-newspaper"
    assert citation.container == paper
    assert citation.title is None
    assert citation.issued is not None
    assert citation.issued.day == day
    assert citation.issue == issue


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Казахстан в цифрах: стат. сб. / Комитет по статистике МНЭ РК. – Астана, 2018.",
            "Казахстан в цифрах",
        ),
        (
            "Регионы Казахстана: стат. сб. / Агентство РК по статистике. Астана, 2012. 340 с.",
            "Регионы Казахстана",
        ),
    ],
)
def test_other_title_information_runs_to_the_slash(note: str, title: str) -> None:
    assert (first_citation(note).title or "").rstrip(".") == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Статистический ежегодник Казахстана. 2020. Нур-Султан: Бюро нац. статистики, 2021.",
            "Статистический ежегодник Казахстана. 2020",
        ),
        ("Казахстан в цифрах. 2018. Астана, 2018. 120 с.", "Казахстан в цифрах. 2018"),
        ("Қазақстан сандарда. 2019. – Нұр-Сұлтан, 2020. – 110 б.", "Қазақстан сандарда. 2019"),
    ],
)
def test_a_serials_year_sentence_is_its_titles(note: str, title: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.authors == ()


def test_a_title_that_is_a_year_after_a_persons_name_stays() -> None:
    citation = first_citation("Orwell, George. 1984. London: Secker & Warburg, 1949.")
    assert citation.title == "1984"
    assert [n.family for n in citation.authors] == ["Orwell"]


@pytest.mark.parametrize(
    ("note", "title", "host"),
    [
        (
            "Петров А. Н. Реформа местного самоуправления, Государство и право, 2012, № 7, "
            "с. 45-52.",
            "Реформа местного самоуправления",
            "Государство и право",
        ),
        (
            "Иванова Е. Миграция и рынок труда, Вопросы экономики, 2015, № 3, с. 12-20.",
            "Миграция и рынок труда",
            "Вопросы экономики",
        ),
        (
            "Сейтказина А. Ұлттық тәрбие, Қазақ тарихы, 2010, № 4, 22-25 бб.",
            "Ұлттық тәрбие",
            "Қазақ тарихы",
        ),
        (
            "Smith J. Water and power, Central Asian Survey, 2010, No. 3, pp. 5-9.",
            "Water and power",
            "Central Asian Survey",
        ),
    ],
)
def test_a_hosts_name_between_commas(note: str, title: str, host: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.container == host


def test_a_books_commas_before_its_year_stay_in_the_title() -> None:
    citation = first_citation("Абенов Е. Власть, общество, реформы, Алматы, 2012, 200 с.")
    assert citation.container is None
    assert citation.title == "Власть, общество, реформы"
    assert [n.family for n in citation.authors] == ["Абенов"]


def test_a_given_name_initial_and_family_before_a_capitalised_title() -> None:
    citation = first_citation(
        "Kemal H. Karpat, İslam'ın Siyasallaşması, Çev. Şiar Yalçın, İstanbul: İmge, 2004."
    )
    assert citation.title == "İslam'ın Siyasallaşması"
    assert [n.family for n in citation.authors] == ["Karpat"]


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Бюро национальной статистики. Численность населения Республики Казахстан на 1 "
            "января 2022 г. URL: https://stat.gov.kz/ru/ (дата обращения: 05.05.2022).",
            "Численность населения Республики Казахстан на 1 января 2022 г.",
        ),
        (
            "Численность населения Республики Казахстан по состоянию на 1 января 2020 г. // "
            "Комитет по статистике МНЭ РК. URL: https://stat.gov.kz (дата обращения: 01.03.2020).",
            "Численность населения Республики Казахстан по состоянию на 1 января 2020 г.",
        ),
    ],
)
def test_a_date_the_title_is_stated_as_of_is_the_titles(note: str, title: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.issued is None


def test_a_documents_number_after_its_day_makes_no_papers_issue() -> None:
    citation = first_citation(
        "Концепция правовой политики Республики Казахстан на период с 2010 до 2020 года: утв. "
        "Указом Президента РК от 24 августа 2009 года № 858."
    )
    assert citation.container is None
    assert (citation.title or "").startswith("Концепция правовой политики")
