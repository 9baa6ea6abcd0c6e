"""A source known by its address alone (no title, no host: a newspaper article, a paper, a book
kept only as a link) is described by its address in GOST 7.0.5, `URL: … (дата обращения: …)`,
not left as its number and the layout's period (`1. .`)."""

from __future__ import annotations

import pytest

from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography

_STYLES = (
    "gost-r-7-0-5-2008",
    "gost-r-7-0-5-2008-numeric",
    "gost-r-7-0-5-2008-numeric-alphabetical",
)


@pytest.mark.parametrize("style", _STYLES)
@pytest.mark.parametrize(
    ("kind", "url", "language"),
    [
        ("article-newspaper", "https://kazpravda.kz/n/1", "ru"),
        ("article-journal", "https://dergipark.org.tr/tr/download/article-file/12345", "tr"),
        ("article-magazine", "https://www.ng.ru/ideas/2019-05-03/5_7.html", "ru"),
        ("book", "https://elib.kz/book/123", "kk"),
        ("chapter", "https://www.jstor.org/stable/123456", "en"),
    ],
)
def test_the_address_describes_a_source_with_nothing_else(
    style: str, kind: str, url: str, language: str
) -> None:
    citation = Citation(
        type=kind, url=url, accessed=PartialDate.from_iso("2023-03-25"), language=language
    )
    entry = format_bibliography([citation], style=style)[0]
    assert entry.endswith(f"URL: {url} (дата обращения: 25.03.2023).")
    assert ". ." not in entry


@pytest.mark.parametrize("style", _STYLES)
def test_a_titled_newspaper_article_keeps_its_print_form(style: str) -> None:
    citation = Citation(
        type="article-newspaper",
        title="Новый закон",
        container="Казахстанская правда",
        url="https://kazpravda.kz/n/1",
        issued=PartialDate.from_iso("2019-05-03"),
        language="ru",
    )
    assert "URL:" not in format_bibliography([citation], style=style)[0]
