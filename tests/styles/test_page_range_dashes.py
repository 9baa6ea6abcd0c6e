"""A page range written with an em dash (`С. 45—52`, Russian typography; a word processor's
dash) is a range: each style writes it with its own delimiter, as it writes `45-52`."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography


def _article(page: str, language: str) -> Citation:
    return Citation(
        type="article-journal",
        title="Title",
        authors=(to_name("Kaya, Ahmet"),),
        container="Journal",
        issued=PartialDate.from_iso("2019"),
        volume="3",
        issue="2",
        page=page,
        language=language,
    )


@pytest.mark.parametrize(
    ("style", "language", "expected"),
    [
        ("gost-r-7-0-5-2008", "ru", "С. 177–180."),
        ("gost-r-7-0-5-2008", "kk", "Б. 177–180."),
        ("gost-r-7-0-5-2008", "en", "P. 177–180."),
        ("chicago-notes-bibliography", "en", ": 177–80."),
        ("isnad-dipnotlu", "tr", ", 177-180."),
    ],
)
@pytest.mark.parametrize("page", ["177—180", "177 — 180"])
def test_an_em_dash_range_is_written_as_a_hyphen_range(
    style: str, language: str, expected: str, page: str
) -> None:
    entry = format_bibliography([_article(page, language)], style=style)[0]
    assert entry.endswith(expected)
    assert entry == format_bibliography([_article("177-180", language)], style=style)[0]


def test_a_word_joined_by_an_em_dash_is_no_range() -> None:
    entry = format_bibliography([_article("vii—Preface", "en")], style="gost-r-7-0-5-2008")[0]
    assert "vii—Preface" in entry


def test_an_em_dash_range_of_pages_is_plural() -> None:
    citation = Citation(
        type="chapter",
        title="Part",
        authors=(to_name("Smith, Anna"),),
        container="Book",
        publisher="Press",
        publisher_place="London",
        issued=PartialDate.from_iso("2010"),
        page="12—40",
    )
    assert "pp. 12–40" in format_bibliography([citation], style="modern-language-association")[0]
