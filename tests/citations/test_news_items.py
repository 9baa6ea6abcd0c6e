"""A news item told by general evidence: a news outlet's `/blog/` folder holds its news, and a
dated news address with a day's date is a paper's item whatever word its name has. The notes
are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    "text",
    [
        # a known outlet's `/blog/` folder
        '"Aşgabatda ýaşaýyş jaýlary açyldy", Turkmenportal, 3.11.2022,'
        " https://turkmenportal.com/blog/51234/asgabatda-yasayys-jaylary-acyldy",
        # a periodical's word in the name, a dated news path and a day's date
        '"Mary welaýatynda bugdaý oragy başlandy", Türkmen Habarlary, 12 Iýun 2021,'
        " https://habarlar.example.tm/news/2021/06/12/bugday-oragy",
    ],
)
def test_a_news_item_by_its_address(text: str) -> None:
    (citation,) = parse_note(1, text, location=Location(path="n")).citations
    assert citation.type == "article-newspaper"


def test_a_journal_article_with_a_volume_stays_one() -> None:
    text = (
        "Annaýew, A. Dil barada // Türkmenistanyň Ylymlar akademiýasynyň Habarlary."
        " 2019. № 3. S. 12-19."
    )
    (citation,) = parse_note(1, text, location=Location(path="n")).citations
    assert citation.type == "article-journal"
