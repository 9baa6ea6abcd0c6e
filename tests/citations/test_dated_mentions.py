"""An author-date reference inside a sentence of prose names no title: the sentence is the
author's, the bracket's year the work's date; a title before its year keeps its title."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Bu konu Yılmaz (2015) tarafından ayrıntılı olarak incelenmiştir.", 2015),
        ("This issue is discussed in detail by Smith (2001).", 2001),
        ("Этот вопрос подробно рассмотрен в работе Иванова (1999).", 1999),
        ("Бұл мәселе Ахметовтың (2010) еңбегінде қарастырылған.", 2010),
        ("Smith (2001) argues that nomads were not isolated.", 2001),
    ],
)
def test_prose_around_an_author_date_is_no_title(text: str, year: int) -> None:
    found = first_citation(text)
    assert found.title is None
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Smith J. Nomads and the State in Central Asia (2001).",
            "Nomads and the State in Central Asia",
        ),
        ("Olcott M. B. The Kazakhs (1987).", "The Kazakhs"),
        ("Medeniýet hakynda (2022) Mugallymlar gazeti.", "Medeniýet hakynda"),
    ],
)
def test_a_title_before_its_year_is_kept(text: str, title: str) -> None:
    assert first_citation(text).title == title
