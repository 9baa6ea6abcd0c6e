"""A bibliography alone registers only what its entries show, and reads the same as one made
with the whole registry of a notes run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.styles import BUILTIN_STYLES, Cite, Style, format_bibliography, load_style, render

ITEMS = json.loads((Path(__file__).parent.parent / "data" / "golden" / "items.json").read_text())
# each source twice under another id, and two people of one family: cites that read alike
ALIKE = [
    *ITEMS,
    *({**item, "id": f"{item['id']}-again"} for item in ITEMS[::2]),
    *(
        {
            "id": key,
            "type": "book",
            "title": key,
            "author": [{"family": "Smith", "given": given}],
            "issued": {"date-parts": [[2020]]},
        }
        for key, given in (("sa", "Ann"), ("sb", "Bob"))
    ),
]


@pytest.mark.parametrize("name", BUILTIN_STYLES)
def test_a_bibliography_alone_reads_as_one_made_with_the_whole_registry(name: str) -> None:
    style = load_style(name)
    assert style.bibliography_entries(ALIKE) == style.bibliography_entries(
        ALIKE, style.register(ALIKE)
    )


FLAGGING = """<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">
  <info><title>Flagging</title><id>flagging</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <macro name="which">
    <choose><if disambiguate="true"><text variable="title" prefix=" "/></if></choose>
  </macro>
  <citation disambiguate-add-names="true">
    <layout><names variable="author"><name form="short"/></names></layout>
  </citation>
  <bibliography>
    <layout><names variable="author"><name form="short"/></names><text macro="which"/></layout>
  </bibliography>
</style>"""


def test_a_bibliography_that_tests_disambiguate_tells_alike_cites_apart() -> None:
    one = {"id": "one", "type": "book", "title": "One", "author": [{"family": "Smith"}]}
    two = {**one, "id": "two", "title": "Two"}
    other = {"id": "x", "type": "book", "title": "Three", "author": [{"family": "Jones"}]}
    style = Style(FLAGGING, name="flagging.csl")
    assert style.bibliography_entries([one, two, other]) == ["Smith One", "Smith Two", "Jones"]


def test_format_bibliography_keeps_the_entries_of_a_notes_run() -> None:
    style = load_style("chicago-notes-bibliography")
    with_notes = style.bibliography_entries(ALIKE, style.register(ALIKE))
    entries = format_bibliography(ALIKE, style="chicago-notes-bibliography")
    assert entries == [render(entry, "text") for entry in with_notes if entry]


def _book(key: str, family: str, given: str) -> dict[str, object]:
    return {"id": key, "type": "book", "title": key, "issued": {"date-parts": [[2020]]},
            "author": [{"family": family, "given": given}]}  # fmt: skip


def test_cites_told_apart_by_initials_take_no_year_suffix_and_others_still_do() -> None:
    # the given-name step changes only the Smiths' cites: they are rendered again and no
    # longer alike, while the two Joneses (one person) still need "a" and "b"
    items = [_book("a", "Smith", "Ann"), _book("b", "Smith", "Bob"),
             _book("x", "Jones", "Cy"), _book("y", "Jones", "Cy")]  # fmt: skip
    style = load_style("apa")
    run = style.register(items)
    cites = [style.citation_text([Cite(item)], run) for item in items]
    assert cites == ["(A. Smith, 2020)", "(B. Smith, 2020)", "(Jones, 2020a)", "(Jones, 2020b)"]
