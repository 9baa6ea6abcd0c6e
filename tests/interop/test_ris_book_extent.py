"""A whole book's or thesis's number of pages travels through RIS as its `SP`, as the RIS
specification ("BOOK: SP Number of Pages"), EndNote and Zotero have it: `citekit refs --to ris`
dropped "304 с." of every book an article cited, so a GOST list made from the RIS file lost it."""

from __future__ import annotations

import pytest

from citekit.interop import dump_items, loads_items
from citekit.model import Citation

BOOKS = [
    Citation(type="book", title="Порты Каспия", publisher="Наука", number_of_pages="304"),
    Citation(type="book", title="Qazaqstan jäne Kaspii", language="kk", number_of_pages="210"),
    Citation(
        type="thesis",
        title="Hazar Havzasında Enerji",
        publisher="Gazi Üniversitesi",
        number_of_pages="412",
    ),
    Citation(type="book", title="Türkmenistanyň energetika syýasaty", number_of_pages="180"),
]


@pytest.mark.parametrize("book", BOOKS, ids=lambda b: b.title)
def test_a_whole_works_pages_round_trip(book: Citation) -> None:
    text, losses = dump_items([book], "ris").text, dump_items([book], "ris").losses
    assert f"SP  - {book.number_of_pages}" in text
    assert "EP  - " not in text
    assert not [loss for loss in losses if loss.field == "number_of_pages"]
    (back,) = loads_items(text, "ris")
    assert (back.type, back.number_of_pages, back.page) == (book.type, book.number_of_pages, None)


def test_an_articles_pages_stay_its_pages() -> None:
    article = Citation(type="article-journal", title="Doğalgaz", container="Bilig", page="1–20")
    (back,) = loads_items(dump_items([article], "ris").text, "ris")
    assert (back.page, back.number_of_pages) == ("1-20", None)
    lone = "TY  - JOUR\nTI  - Doğalgaz\nSP  - 45\nER  - \n"
    (read,) = loads_items(lone, "ris")
    assert (read.page, read.number_of_pages) == ("45", None)


def test_a_chapters_extent_is_still_said_lost() -> None:
    chapter = Citation(type="chapter", title="Giriş", page="5-20", number_of_pages="16")
    losses = dump_items([chapter], "ris").losses
    assert [loss.field for loss in losses] == ["number_of_pages"]


def test_a_books_cited_page_is_said_lost_not_written_as_its_extent() -> None:
    book = Citation(type="book", title="Порты Каспия", page="45", number_of_pages="304")
    exported = dump_items([book], "ris")
    assert [loss.field for loss in exported.losses] == ["page"]
    (back,) = loads_items(exported.text, "ris")
    assert (back.page, back.number_of_pages) == (None, "304")
