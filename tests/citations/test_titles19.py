"""Title boundaries and title languages (session 19), with notes written for these tests: a
Chicago book title before its bracketed imprint, a page title's site after a dash, a year or a
bracketed period opening or closing a title, dotted abbreviations, a law's name before its
date, a question before the imprint, and-joined title parts, a publisher's word in the
hand-written form, Kyrgyz rounded suffixes."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _authors(cited: Citation) -> list[str]:
    return [name.literal or f"{name.given} {name.family}".strip() for name in cited.authors]


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "Marlene Laruelle, Russian Eurasianism, An Ideology of Empire (Washington, DC: "
            "Woodrow Wilson Center Press, 2008), 14.",
            "Russian Eurasianism, An Ideology of Empire",
            "Marlene Laruelle",
        ),
        (
            "Rico Isaacs, Party System Formation in Kazakhstan: Between Formal and Informal "
            "Politics (London: Routledge, 2011), 88.",
            "Party System Formation in Kazakhstan: Between Formal and Informal Politics",
            "Rico Isaacs",
        ),
    ],
)
def test_a_bracketed_imprint_closes_the_whole_title(text: str, title: str, author: str) -> None:
    cited = _first(text)
    assert cited.title == title
    assert _authors(cited) == [author]


def test_an_edited_book_before_its_imprint_is_no_chapter() -> None:
    cited = _first(
        "Mehmet Ali Tekin and Ayşe Kara, eds., Power, Energy, Security: The Caspian Region "
        "Revisited (Ankara: Nobel, 2016), 41."
    )
    assert cited.title == "Power, Energy, Security: The Caspian Region Revisited"
    assert [n.literal or f"{n.given} {n.family}" for n in cited.editors] == [
        "Mehmet Ali Tekin",
        "Ayşe Kara",
    ]


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            "Туркменистан — Википедия. URL: https://ru.wikipedia.org/wiki/Туркменистан "
            "(дата обращения: 02.02.2024).",
            "Туркменистан",
            "Википедия",
        ),
        (
            '"Tajikistan - Wikipedia," accessed May 3, 2023, '
            "https://en.wikipedia.org/wiki/Tajikistan.",
            "Tajikistan",
            "Wikipedia",
        ),
        (
            "Aral Sea - Wikipedia, https://en.wikipedia.org/wiki/Aral_Sea (accessed 5 June 2023).",
            "Aral Sea",
            "Wikipedia",
        ),
    ],
)
def test_a_page_title_names_its_site_after_a_dash(text: str, title: str, site: str) -> None:
    cited = _first(text)
    assert cited.title == title
    assert cited.container == site


def test_a_dash_inside_a_title_stays_the_titles() -> None:
    cited = _first("Казахстан – Узбекистан: новая повестка // Эксперт. 2020. № 3. С. 5–9.")
    assert cited.title == "Казахстан – Узбекистан: новая повестка"


def test_a_year_opens_a_title_after_the_authors_comma() -> None:
    cited = _first("Halil Çelik, 1071: Malazgirt Zaferi, Ötüken Yayınları, İstanbul, 2015.")
    assert cited.title == "1071: Malazgirt Zaferi"
    assert cited.issued is not None
    assert cited.issued.year == 2015


def test_a_dotted_abbreviation_stays_whole_in_the_title() -> None:
    cited = _first("Selim Aksoy, A.B.D.'nin Kafkasya Politikası, Ötüken, İstanbul, 2001.")
    assert cited.title == "A.B.D.'nin Kafkasya Politikası"
    assert _authors(cited) == ["Selim Aksoy"]


def test_a_laws_quoted_name_before_its_date_is_its_title() -> None:
    cited = _first("Закон РК «О средствах массовой информации» от 23 июля 1999 г. № 451-I.")
    assert cited.title == "О средствах массовой информации"


def test_a_question_ends_the_title_before_place_and_publisher() -> None:
    cited = _first("Ахметов Б. Что такое евразийство? Алматы: Ғылым, 2004. 180 с.")
    assert cited.title == "Что такое евразийство?"
    assert cited.publisher_place == "Алматы"
    assert cited.publisher == "Ғылым"


def test_and_joins_two_parts_of_a_title_after_the_author() -> None:
    cited = _first("Murat Doğan, Köne Ürgenç ve Harezm Medeniyeti, Ötüken, İstanbul, 2010.")
    assert cited.title == "Köne Ürgenç ve Harezm Medeniyeti"
    assert _authors(cited) == ["Murat Doğan"]


def test_a_publishers_word_closes_a_hand_written_titles_last_piece() -> None:
    cited = _first(
        "Erkin Vohidov, Tanlangan asarlar, G‘afur G‘ulom nomidagi nashriyot, Toshkent, 2001."
    )
    assert cited.title == "Tanlangan asarlar"
    assert cited.publisher == "G‘afur G‘ulom nomidagi nashriyot"


def test_a_bracketed_period_in_words_closes_the_title() -> None:
    cited = _first(
        "Сулейменов Р. Б. Казахстан и Россия (XVIII – начало XX в.). Алматы: Ғылым, 1999. 300 с."
    )
    assert cited.title == "Казахстан и Россия (XVIII – начало XX в.)"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Көлдөр жана тоолор", "ky"),
        ("Кыргыз элинин тарыхы", "ky"),
        ("Қазақ тілінің сөздігі", "kk"),
        ("Тарих", "kk"),
        ("Kurtların Sofrası", "tr"),
    ],
)
def test_kyrgyz_rounded_suffixes_tell_it_from_kazakh(title: str, code: str) -> None:
    assert detect_language(title) == code


def test_the_dotted_precheck_never_skips_an_abbreviation() -> None:
    """Where `may_hold_dotted` says no, `dotted_abbreviations` changes no label."""
    import random

    from citekit.citations.tagger.abbreviations import dotted_abbreviations, may_hold_dotted
    from citekit.citations.tagger.tokens import tokenize

    pieces = ["U", "R", "S", ".", " ", "Ⓐ", "x", "Ph", "D", "ABD", ",", "С", "Ш", "А"]
    draw = random.Random(19)
    skipped = 0
    for _ in range(5000):
        text = "".join(draw.choices(pieces, k=draw.randint(4, 14)))
        tokens = tokenize(text)
        labels = [draw.choice(("title", "other", "author")) for _ in tokens]
        if not may_hold_dotted(text):
            skipped += 1
            assert dotted_abbreviations(tokens, labels) == labels, text
    assert skipped > 500
    assert may_hold_dotted("La révolte des nations en U.R.S.S., Paris")
