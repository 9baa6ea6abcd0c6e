"""A Kazakh or Turkmen book in a GOST list gives its extent in its own language ("240 б.",
"384 s."), as a Russian one does ("304 с."). The kk-KZ and tk-TM locales had no
`number-of-pages` term, so GOST's per-item terms fell back to English: "240 p."."""

from __future__ import annotations

import pytest

from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_bibliography


def _book(language: str, family: str, pages: str) -> Citation:
    return Citation(
        type="book",
        title="Kitap",
        authors=(Name(family=family, given="A."),),
        publisher="Baspa",
        publisher_place="Almaty",
        issued=PartialDate(2020),
        number_of_pages=pages,
        language=language,
    )


@pytest.mark.parametrize("style", ["gost-r-7-0-5-2008", "gost-r-7-0-100-2018-numeric-alphabetical"])
@pytest.mark.parametrize(
    ("language", "extent"), [("kk", "240 б."), ("tk", "240 s."), ("ru", "240 с.")]
)
def test_the_extent_is_in_the_books_language(style: str, language: str, extent: str) -> None:
    (entry,) = format_bibliography([_book(language, "Ahmet", "240")], style=style)
    entry = entry.replace("\u00a0", " ")  # GOST 2018 binds the number to its word
    assert entry.rstrip(".").endswith(extent.rstrip("."))
    assert "240 p" not in entry


@pytest.mark.parametrize(("locale", "no_date"), [("kk-KZ", "(к.ж.)"), ("tk-TM", "(senesi ýok)")])
def test_apa_writes_no_date_in_the_locales_language(locale: str, no_date: str) -> None:
    page = Citation(type="webpage", title="Sauda", container="Kazinform", url="https://inform.kz/1")
    (entry,) = format_bibliography([page], style="apa", locale=locale)
    assert no_date in entry
    assert "n.d." not in entry
