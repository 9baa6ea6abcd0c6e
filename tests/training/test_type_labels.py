"""Generated items are labelled with the type the corpus gives the work the note writes."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.training import generate_samples
from citekit.training.type_labels import label_type, labelled, news_outlet


@pytest.mark.parametrize(
    ("url", "news"),
    [
        ("https://www.dailysabah.com/business/123", True),
        ("https://tengrinews.kz/kazakhstan_news/538112/", True),
        ("https://www.rferl.org/a/31237766.html", True),
        ("https://tdh.gov.tm/tk/post/1234", True),  # a state news agency
        ("https://stat.gov.kz/ru/industries/", False),
        ("https://www.worldbank.org/en/country/kazakhstan", False),
        ("https://ru.wikipedia.org/wiki/Абай", False),
        ("https://www.brookings.edu/articles/x", False),
        ("https://github.com/user/repo", False),
    ],
)
def test_news_outlet(url: str, news: bool) -> None:
    assert news_outlet(url) is news


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # a page of a news outlet is a newspaper article, whatever the family drew
        (
            {"type": "webpage", "URL": "https://kazpravda.kz/n/x", "container-title": "Kazpravda"},
            "article-newspaper",
        ),
        (
            {
                "type": "webpage",
                "URL": "https://theconversation.com/x-1",
                "container-title": "The Conversation",
            },
            "article-newspaper",
        ),
        # a body's or a government's page is a web page
        (
            {
                "type": "article-newspaper",
                "URL": "https://mfa.gov.tm/en/news/1",
                "container-title": "mfa.gov.tm",
            },
            "webpage",
        ),
        (
            {
                "type": "article-newspaper",
                "URL": "https://www.osce.org/x",
                "container-title": "OSCE",
            },
            "webpage",
        ),
        # a newspaper named is a newspaper, at whatever address
        (
            {"type": "webpage", "URL": "https://gov.kz/a", "container-title": "Егемен Қазақстан"},
            "article-newspaper",
        ),
        # a report no body wrote is written as a book
        ({"type": "report", "author": [{"family": "Иванов", "given": "И."}]}, "book"),
        ({"type": "report", "author": [{"literal": "World Bank"}]}, "report"),
        ({"type": "report", "author": [{"literal": "OECD"}], "publisher": "OECD"}, "report"),
        ({"type": "report", "author": [{"literal": "UNDP"}], "publisher": "Routledge"}, "book"),
        ({"type": "book", "author": [{"family": "Ortaylı", "given": "İ."}]}, "book"),
    ],
)
def test_label_type(item: dict[str, Any], kind: str) -> None:
    assert label_type(item) == kind


def test_bare_archival_short_form_has_no_type() -> None:
    drawn = {"type": "manuscript", "title": "Құрбан айт", "archive": "ЦГА РК"}
    assert "type" not in labelled(drawn, {"type": "manuscript", "title": "Құрбан айт"})
    kept = {"type": "manuscript", "archive": "ЦГА РК", "archive_location": "Ф. 5. Оп. 1. Д. 2"}
    assert labelled(drawn, kept)["type"] == "manuscript"


def test_generated_labels_follow_the_conventions() -> None:
    for sample in generate_samples(400, seed=5, dev_values=False):
        item = sample.items[0]
        if item.get("type") == "report":
            assert any("literal" in a for a in item.get("author", ()))
        if item.get("type") == "manuscript":
            assert {"archive", "archive_location"} & item.keys()
        publisher = str(item.get("publisher", ""))
        if publisher.endswith("Publ"):
            assert publisher in sample.text.text


@pytest.mark.parametrize(
    "kept",
    [
        {
            "type": "article-journal",
            "author": [{"family": "Köse"}],
            "title": "Eğitim Sistemi",
            "page": "229-243",
        },
        {
            "type": "chapter",
            "author": [{"family": "Осипова"}],
            "title": "Параллельная реализация",
            "page": "150",
        },
        {"type": "paper-conference", "author": [{"family": "Ertaş"}]},
        {"type": "article-newspaper", "title": "Мишустин анонсировал изменения"},
    ],
)
def test_short_form_has_no_type(kept: dict[str, Any]) -> None:
    assert "type" not in labelled(dict(kept), kept)


def test_law_named_by_its_title_keeps_its_type() -> None:
    kept = {"type": "legislation", "title": "Білім туралы Қазақстан Республикасының Заңы"}
    assert labelled(dict(kept), kept)["type"] == "legislation"
    book = {"type": "book", "title": "Абай жолы", "publisher": "Жазушы"}
    assert labelled(dict(book), book)["type"] == "book"
