"""Dates an editor sees: "n.d." for an undated source, whatever else the entry lacks."""

from __future__ import annotations

import pytest

from citekit.styles import Cite, Style, format_bibliography, format_notes

BOOK = {
    "id": "b",
    "type": "book",
    "title": "Türkmen diliniň sözlügi",
    "author": [{"family": "Kyýasowa", "given": "Gülälek"}],
}


@pytest.mark.parametrize(
    "style", ["chicago-notes-bibliography", "chicago-notes-bibliography-17th-edition"]
)
def test_chicago_writes_n_d_for_an_undated_book_with_no_publisher(style: str) -> None:
    assert format_bibliography([BOOK], style=style) == [
        "Kyýasowa, Gülälek. Türkmen Diliniň Sözlügi. n.d."
    ]
    assert format_notes([[BOOK]], style=style) == [
        "Gülälek Kyýasowa, Türkmen Diliniň Sözlügi (n.d.)."
    ]


def test_chicago_writes_n_d_after_the_publisher_of_an_undated_book() -> None:
    book = {**BOOK, "publisher": "Ylym"}
    (entry,) = format_bibliography([book], style="chicago-notes-bibliography")
    assert entry.endswith("Ylym, n.d.")


_MONTH_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><date variable="issued"><date-part name="month"/></date></layout></citation>
</style>"""


@pytest.mark.parametrize(
    ("month", "season"), [(13, "Spring"), (17, "Spring"), (21, "Spring"), (24, "Winter")]
)
def test_a_month_past_twelve_is_a_season(month: int, season: str) -> None:
    item = {"id": "a", "type": "book", "issued": {"date-parts": [[1965, month]]}}
    assert Style(_MONTH_STYLE).citation_text([Cite(item)]) == season


@pytest.mark.parametrize(
    ("season", "word"), [(1, "Spring"), ("3", "Autumn"), (21, "Spring"), ("Winter", "Winter")]
)
def test_a_date_s_season_is_written_in_any_csl_json_form(season: object, word: str) -> None:
    """CSL-JSON's season: 1-4, its 21-24 (21 is spring, not summer) or an English name."""
    item = {"id": "a", "type": "book", "issued": {"date-parts": [[1965]], "season": season}}
    assert Style(_MONTH_STYLE).citation_text([Cite(item)]) == word


def test_a_season_that_is_no_season_is_refused_by_name() -> None:
    item = {"id": "a", "type": "book", "issued": {"date-parts": [[1965]], "season": "Lent"}}
    with pytest.raises(ValueError, match=r"item 1.*season must be 1-4.*'Lent'"):
        format_bibliography([item], style="chicago-notes-bibliography")


def test_a_cite_that_prints_nothing_says_so() -> None:
    item = {"id": "a", "type": "book", "issued": {"date-parts": [[1965, 60]]}}
    text = Style(_MONTH_STYLE).citation_text([Cite(item)])
    assert text == "[CSL STYLE ERROR: reference with no printed form.]"


_ACCESSED_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation disambiguate-add-year-suffix="true"><layout delimiter="; "><group delimiter=" ">
    <names variable="author"/><date variable="issued" form="text" date-parts="year"/>
    <date variable="accessed" form="numeric" date-parts="year" prefix="["  suffix="]"/>
  </group></layout></citation>
</style>"""


def test_cites_alike_but_for_their_access_date_take_year_suffixes() -> None:
    author = [{"family": "Doe", "given": "Jo"}]
    items = [
        {
            "id": k,
            "type": "book",
            "author": author,
            "issued": {"date-parts": [[2000]]},
            "accessed": {"date-parts": [[year]]},
        }
        for k, year in (("a", 2010), ("b", 2020))
    ]
    style = Style(_ACCESSED_STYLE)
    text = style.citation_text([Cite(i) for i in items], style.register(items))
    assert text == "Jo Doe 2000a [2010]; Jo Doe 2000b [2020]"
