"""The Arabic article opening a classical work's title is glued to its word by a hyphen,
typed as the hyphen-minus or as the hyphen (U+2010, as word processors and PDFs give it): the
work's author, title and publishing house are read the same either way."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize("hyphen", ["-", "\u2010"])
@pytest.mark.parametrize(
    ("text", "author", "title", "publisher", "place"),
    [
        (
            "Serahsî, el-Mebsût, Dâru’l-Ma‘rife, Beyrut 1989, X, 12.",
            "Serahsî",
            "el-Mebsût",
            "Dâru’l-Ma‘rife",
            "Beyrut",
        ),
        (
            "Gazzâlî, el-Munkız mine’d-Dalâl, Dâru’l-Endelüs, Beyrut 1967, s. 45.",
            "Gazzâlî",
            "el-Munkız mine’d-Dalâl",
            "Dâru’l-Endelüs",
            "Beyrut",
        ),
    ],
)
def test_an_arabic_works_title_after_its_authors_one_name(
    hyphen: str, text: str, author: str, title: str, publisher: str, place: str
) -> None:
    found = first_citation(text.replace("-", hyphen))
    assert [str(name) for name in found.authors] == [author]
    assert found.title == title.replace("-", hyphen)
    assert (found.publisher, found.publisher_place) == (publisher.replace("-", hyphen), place)
