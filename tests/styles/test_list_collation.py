"""With no locale asked for, a reference list is sorted in the alphabet of the language most of
its items are in, the scripts kept in the style's order (a GOST list: Cyrillic, then Latin):
a GOST list of Kazakh sources puts Ұ before Ү and І after Ы, as Kazakh does (Russian's order
put Іргебаев second and Ү before Ұ); `--locale` still chooses."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.styles import format_bibliography
from citekit.styles.csl.collation import list_language


def _book(family: str, lang: str, year: int) -> dict[str, Any]:
    return {
        "id": family,
        "type": "book",
        "title": f"Еңбек {year}",
        "author": [{"family": family, "given": "А."}],
        "language": lang,
        "issued": {"date-parts": [[year]]},
    }


KAZAKH = [
    _book("Үсенов", "kk", 2010),
    _book("Smith", "en", 2014),
    _book("Ұлықбеков", "kk", 2011),
    _book("Іргебаев", "kk", 2012),
    _book("Ыбыраев", "kk", 2013),
    _book("Абаев", "kk", 2015),
]


def _order(lines: list[str], names: list[str]) -> list[str]:
    return [next(n for n in names if n in line) for line in lines]


def test_a_list_of_kazakh_sources_in_the_kazakh_alphabet() -> None:
    names = [item["author"][0]["family"] for item in KAZAKH]
    lines = format_bibliography(KAZAKH, style="gost-r-7-0-5-2008")
    assert _order(lines, names) == ["Абаев", "Ұлықбеков", "Үсенов", "Ыбыраев", "Іргебаев", "Smith"]


def test_a_locale_given_still_chooses() -> None:
    names = [item["author"][0]["family"] for item in KAZAKH]
    lines = format_bibliography(KAZAKH, style="gost-r-7-0-5-2008", locale="ru-RU")
    assert _order(lines, names)[:2] == ["Абаев", "Іргебаев"]


def test_turkish_sources_in_an_english_style_in_the_turkish_alphabet() -> None:
    families = ["Ilgar", "Çelik", "İnalcık", "Cem", "Ozan", "Öztürk"]
    items = [
        {
            "id": f,
            "type": "book",
            "title": "Tarih",
            "author": [{"family": f, "given": "A."}],
            "language": "tr",
            "issued": {"date-parts": [[2000 + n]]},
        }
        for n, f in enumerate(families)
    ]
    lines = format_bibliography(items, style="apa")
    assert _order(lines, families) == ["Cem", "Çelik", "Ilgar", "İnalcık", "Ozan", "Öztürk"]


@pytest.mark.parametrize(
    ("langs", "style_lang", "expected"),
    [
        (["kk", "kk", "ru"], "ru-RU", "kk"),
        (["kk-KZ", "kk", "tr"], "en-US", "kk"),
        (["kk", "ru"], "ru-RU", None),  # a tie: the style's own alphabet
        (["kk", "tr"], "en-US", None),  # a tie between two others: the style's too
        (["ru", "ru", "kk"], "ru-RU", None),  # mostly the style's language
        ([None, None], "en-US", None),  # no item says its language
        (["tk", "tk", None, "en"], "en-US", "tk"),
    ],
)
def test_the_language_that_orders_a_list(
    langs: list[str | None], style_lang: str, expected: str | None
) -> None:
    items = [{"language": lang} if lang else {} for lang in langs]
    assert list_language(items, style_lang) == expected
