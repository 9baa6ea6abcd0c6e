"""GOST per-item terms (GOST 7.1-2003, GOST R 7.0.100-2018): the description proper in the
language of the source, the notes area in the language of the list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.styles import BUILTIN_STYLES, format_bibliography

GOST = [style for style in BUILTIN_STYLES if style.startswith("gost")]
TURKISH_WEB = {
    "id": "t",
    "type": "webpage",
    "title": "Yer isimleri",
    "author": [{"family": "Kaya", "given": "Ali"}],
    "container-title": "Site",
    "URL": "https://a.example/x",
    "accessed": {"date-parts": [[2021, 10, 25]]},
    "issued": {"date-parts": [[2021, 10, 20]]},
    "language": "tr",
}
ENGLISH_ARTICLE = {
    "id": "a",
    "type": "article-journal",
    "title": "Energy",
    "author": [{"family": "Lee", "given": "Anna"}],
    "container-title": "Journal",
    "page": "10-20",
    "volume": "3",
    "issue": "2",
    "issued": {"date-parts": [[2020]]},
    "language": "en",
}
ENGLISH_BOOK = {
    "id": "e",
    "type": "book",
    "title": "Central Asia",
    "author": [{"family": name, "given": "J"} for name in ("Cooley", "Heathershaw", "Ray", "Doe")],
    "publisher": "Yale",
    "publisher-place": "New Haven",
    "issued": {"date-parts": [[2017]]},
    "number-of-pages": "300",
    "language": "en",
}


def test_there_are_gost_styles_to_check() -> None:
    assert len(GOST) == 5


@pytest.mark.parametrize("style", GOST)
def test_a_turkish_web_source_in_a_russian_list_has_the_notes_area_in_russian(style: str) -> None:
    (entry,) = format_bibliography([TURKISH_WEB], style=style)
    assert "дата обращения: 25.10.2021" in entry
    assert "erişim" not in entry.lower()
    assert "Çevrimiçi" not in entry
    assert "[Электронный ресурс]" in entry or "Текст : электронный" in entry


# gost-r-7-0-5-2008-numeric-alphabetical writes its extent words as literal text ("300 c."):
# only the terms a style asks for can follow the source's language
@pytest.mark.parametrize(
    "style", [s for s in GOST if s != "gost-r-7-0-5-2008-numeric-alphabetical"]
)
def test_an_english_source_in_a_russian_list_has_english_extent_words(style: str) -> None:
    (entry,) = format_bibliography([ENGLISH_BOOK], style=style)
    assert "300 p." in entry.replace("\xa0", " ")
    assert "и др." not in entry


def test_gost_2008_describes_an_english_article_in_english() -> None:
    (entry,) = format_bibliography([ENGLISH_ARTICLE], style="gost-r-7-0-5-2008")
    assert entry == "1. Lee A. Energy // Journal. 2020. Vol. 3. No. 2. P. 10–20."


def test_gost_2008_without_item_terms_describes_every_source_in_russian() -> None:
    (entry,) = format_bibliography([ENGLISH_ARTICLE], style="gost-r-7-0-5-2008", item_terms=False)
    assert entry == "1. Lee A. Energy // Journal. 2020. Т. 3. № 2. С. 10–20."


def test_gost_2008_honours_no_item_terms_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([ENGLISH_ARTICLE]), encoding="utf-8")
    assert main(["format", str(path), "--style", "gost-r-7-0-5-2008", "--no-item-terms"]) == 0
    assert "С. 10–20" in capsys.readouterr().out
    assert main(["format", str(path), "--style", "gost-r-7-0-5-2008", "--item-terms"]) == 0
    assert "P. 10–20" in capsys.readouterr().out


TURKISH_BOOK = {
    "id": "k",
    "type": "book",
    "title": "Eser",
    "author": [{"family": "Kaya", "given": "Ali"}],
    "translator": [{"family": "Sezer", "given": "Ruşen"}],
    "publisher": "YKY",
    "publisher-place": "İstanbul",
    "issued": {"date-parts": [[2003]]},
    "number-of-pages": "320",
    "language": "tr",
}


@pytest.mark.parametrize("style", GOST)
def test_every_gost_style_describes_a_source_in_its_language_by_default(style: str) -> None:
    # the 2018 styles' titles spell "gost" in lower case: the default must still hold
    (entry,) = format_bibliography([TURKISH_BOOK], style=style)
    (russian,) = format_bibliography([TURKISH_BOOK], style=style, item_terms=False)
    assert "пер." not in entry
    assert "320 с." not in entry.replace("\xa0", " ")
    assert entry != russian


# An online newspaper article (issue 12): the GOST R 7.0.5-2008 styles give every article type
# the print form and write the address for web pages alone, as citeproc-js does with the same
# files (tests/test_golden.py, item kk-news); the 2018 styles write it. docs/guides/formatting.md
KAZAKH_NEWS = {
    "id": "n",
    "type": "article-newspaper",
    "title": "«Электрондық үкіметтің» көлеңке бұрылыстары",
    "author": [{"family": "Шаханов", "given": "Мұхтар"}],
    "container-title": "Ана тілі",
    "page": "3",
    "URL": "https://anatili.kazgazeta.kz/news/2006-04-13",
    "issued": {"date-parts": [[2006, 4, 13]]},
    "accessed": {"date-parts": [[2025, 11, 20]]},
    "language": "kk",
}
GOST_2008 = [style for style in GOST if style.startswith("gost-r-7-0-5-2008")]


def test_gost_2008_writes_an_online_newspaper_article_in_its_print_form() -> None:
    (entry,) = format_bibliography([KAZAKH_NEWS], style="gost-r-7-0-5-2008")
    title = "«Электрондық үкіметтің» көлеңке бұрылыстары"
    assert entry == f"1. Шаханов М. {title} // Ана тілі. 2006. Б. 3."


@pytest.mark.parametrize("style", GOST_2008)
def test_gost_2008_writes_the_address_of_the_same_record_typed_as_a_web_page(style: str) -> None:
    (newspaper,) = format_bibliography([KAZAKH_NEWS], style=style)
    (web,) = format_bibliography([{**KAZAKH_NEWS, "type": "webpage"}], style=style)
    assert "URL" not in newspaper
    assert "URL: https://anatili.kazgazeta.kz/news/2006-04-13 (дата обращения: 20.11.2025)" in web


@pytest.mark.parametrize("style", [style for style in GOST if style not in GOST_2008])
def test_gost_2018_writes_the_address_of_an_online_newspaper_article(style: str) -> None:
    (entry,) = format_bibliography([KAZAKH_NEWS], style=style, locale="ru-RU")
    assert "URL: https://anatili.kazgazeta.kz/news/2006-04-13 (дата обращения: 20.11.2025)" in entry
    assert "Ана тілі" in entry
