"""Citation families written for these tests (session 20): journals' "cite as" labels, numbered
lists pasted as notes, the romanised References of Russian and Kazakh journals (Scopus and
RSCI forms), Vancouver and AMA journals, Harvard titles after the year."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "Для цитирования: Орлов В.П. Водные ресурсы Центральной Азии // Вестник МГИМО. "
            "2018. Т. 9, № 4. С. 77–90.",
            "Водные ресурсы Центральной Азии",
            "Орлов В.П.",
        ),
        (
            "Atıf için: Aksoy, M. (2019). Kazak sözlü geleneği. Bilig, 88, 21-40.",
            "Kazak sözlü geleneği",
            "Aksoy, M.",
        ),
        (
            "How to cite: Sarsenova, A. (2020). Steppe schools. Central Asian Affairs, 7(2), 1–19.",
            "Steppe schools",
            "Sarsenova, A.",
        ),
        (
            "Дәйексөз үшін: Омаров Б. Жыраулар поэзиясы // Хабаршы. – 2017. – №3. – Б. 5–9.",
            "Жыраулар поэзиясы",
            "Омаров Б.",
        ),
    ],
)
def test_a_journals_cite_as_label_is_no_part_of_the_reference(
    text: str, title: str, author: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert [a.written for a in found.authors] == [author]


def test_an_entrys_own_number_is_no_part_of_its_first_author() -> None:
    found = _first("14. Кадырбаев А. Ш. Тюрки и иранцы в Китае. — Алма-Ата : Гылым, 1990. — 176 с.")
    assert [a.written for a in found.authors] == ["Кадырбаев А. Ш."]
    assert found.title == "Тюрки и иранцы в Китае"


def test_romanised_thesis_labels_close_the_title() -> None:
    found = _first(
        "Sadykova R.K. Yazykovaya politika Kazakhstana. Dokt. Diss. [Dr. Diss.]. Almaty, 2011. "
        "310 p. (In Russ.)"
    )
    assert found.title == "Yazykovaya politika Kazakhstana"
    assert found.type == "thesis"


def test_a_romanised_proceedings_sentence_is_the_host() -> None:
    found = _first(
        'Ermekov T.A. Kochevoe skotovodstvo v XIX veke. Materialy konferentsii "Stepnoi mir". '
        "Omsk, 2014, pp. 12–18. (In Russ.)"
    )
    assert found.title == "Kochevoe skotovodstvo v XIX veke"
    assert found.container == 'Materialy konferentsii "Stepnoi mir"'
    assert found.type == "paper-conference"


def test_publ_after_a_romanised_publisher_is_its_name_as_written() -> None:
    found = _first("Abenov K.Zh. Istoriya Semirech'ya. Almaty, Atamura Publ., 2004. 256 p.")
    assert found.publisher in ("Atamura Publ", "Atamura Publ.")


def test_a_journals_bracketed_translation_leaves_it_the_host() -> None:
    found = _first(
        "Serikov D. Tamozhennyi soyuz i Kazakhstan. Mirovaya ekonomika [World Economy], "
        "2012, no. 4, pp. 61–70. (In Russ.)"
    )
    assert found.title == "Tamozhennyi soyuz i Kazakhstan"
    assert found.container == "Mirovaya ekonomika"
    assert found.type == "article-journal"


def test_a_title_given_in_english_keeps_english_over_the_original_mark() -> None:
    found = _first(
        "Serikov D. The customs union and the economy of Kazakhstan. Voprosy ekonomiki, 2012, "
        "no. 4, pp. 61–70. (In Russ.)"
    )
    assert found.language == "en"
    romanised = _first("Serikov D. Tamozhennyi soyuz. Voprosy ekonomiki, 2012, no. 4. (In Russ.)")
    assert romanised.language == "ru"


def test_a_law_word_in_a_titles_translation_makes_no_law() -> None:
    found = _first(
        "Ibraeva A.S. Grazhdanskoe pravo Respubliki Kazakhstan [Civil law of the Republic of "
        "Kazakhstan]. Almaty, Zhety Zhargy Publ., 2015. 380 p. (In Russ.)"
    )
    assert found.type == "book"


@pytest.mark.parametrize("journal", ["JAMA", "BMJ", "Lancet", "Nature"])
def test_a_short_journal_before_vancouvers_numbers_is_the_host(journal: str) -> None:
    found = _first(
        f"Kim S, Park J, Lee H, et al. Altitude and sleep in Kyrgyzstan. {journal}. "
        "2018;12(4):301-9. doi:10.1001/x.2018.1"
    )
    assert found.container == journal
    assert found.title == "Altitude and sleep in Kyrgyzstan"


def test_a_harvard_titles_head_after_the_year_is_the_titles() -> None:
    found = _first("Roy, O. (2000) Uzbekistan: The New Central Asia. London: I.B. Tauris.")
    assert found.title == "Uzbekistan: The New Central Asia"
    assert found.publisher_place == "London"


@pytest.mark.parametrize(
    "title",
    [
        "Svet i ten'. Ocherki kazakhstanskoi diplomatii",
        "Kazakhskoe khanstvo",
        "Strategiya Kazakhstan-2050: novyi politicheskii kurs",
    ],
)
def test_loc_romanised_russian_reads_as_russian(title: str) -> None:
    assert detect_language(title) == "ru"


@pytest.mark.parametrize(
    ("numbers", "issue"), [("2021;195:110812", None), ("2021;195(3):110812", "3")]
)
def test_vancouvers_number_after_the_colon_is_the_pages(numbers: str, issue: str | None) -> None:
    found = _first(f"Lee K, Nurlanov A. Air pollution in Almaty. Environ Res. {numbers}.")
    assert found.page == "110812"
    assert found.issue == issue
    assert found.title == "Air pollution in Almaty"
    assert found.container == "Environ Res"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Жумабаев Серик Каиргельдинович, Ахметова Гульнар Бекеновна Миграция в Казахстане "
            "// Вестник КазНУ. 2018. №2. С. 5-9.",
            ["Жумабаев Серик Каиргельдинович", "Ахметова Гульнар Бекеновна"],
        ),
        (
            "Кузнецов Алексей Викторович Нейтралитет Туркменистана // Постсоветские "
            "исследования. 2019. №4.",
            ["Кузнецов Алексей Викторович"],
        ),
    ],
)
def test_cyberleninkas_title_after_a_fathers_name(text: str, authors: list[str]) -> None:
    found = _first(text)
    assert [a.written for a in found.authors] == authors
    assert found.title in ("Миграция в Казахстане", "Нейтралитет Туркменистана")


def test_given_names_first_keep_the_family_after_the_fathers_name() -> None:
    found = _first("Сергей Петрович Иванов, Алексей Викторович Кузнецов. Туркменистан. М., 2001.")
    assert [a.written for a in found.authors] == [
        "Сергей Петрович Иванов",
        "Алексей Викторович Кузнецов",
    ]


@pytest.mark.parametrize("code", ["EDN: KXQWZT", "ISSN 2413-2888", "PMID: 33774295"])
def test_a_databases_number_is_no_field(code: str) -> None:
    found = _first(
        f"Омаров Б.К. Водная политика Казахстана // Проблемы экономики. 2020. № 3. "
        f"С. 10–20. {code}."
    )
    assert found.publisher is None
    assert found.container == "Проблемы экономики"
    assert found.issue == "3"
    assert found.type == "article-journal"
