"""CSL rules citekit follows as citeproc-js does: name particles, name sort keys, citation
labels, delimiters between collapsed cites, added names, empty bibliography entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from citekit.styles import Cite, Style, format_notes


def _style(citation: str, bibliography: str = "", **attrs: str) -> Style:
    options = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return Style(
        f"""<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" {options}>
        <info><title>t</title><id>t</id></info>{citation}{bibliography}</style>"""
    )


def _book(key: str, family: str, given: str = "", year: int = 2000, **more: Any) -> dict[str, Any]:
    return {
        "id": key,
        "type": "book",
        "author": [{"family": family, "given": given}],
        "issued": {"date-parts": [[year]]},
        **more,
    }


NAMES = '<names variable="author"><name name-as-sort-order="all"/></names>'
SORTED_LIST = (
    '<bibliography><sort><key variable="author"/></sort><layout>'
    + NAMES
    + "</layout></bibliography>"
)


def test_particles_in_family_and_given_names_are_parsed_out() -> None:
    style = _style(f"<citation><layout>{NAMES}</layout></citation>", SORTED_LIST)
    items = [
        _book("a", "van der Vlist", "Eric"),
        _book("b", "Humboldt", "Alexander von"),
        _book("c", "Marple", "Mary"),
    ]
    # display-and-sort (the default): the particles follow the given names, sorted under V
    assert style.bibliography_entries(items) == [
        "Humboldt, Alexander von",
        "Marple, Mary",
        "Vlist, Eric van der",
    ]


def test_a_style_that_never_demotes_sorts_a_particle_with_its_family_name() -> None:
    style = _style(
        f"<citation><layout>{NAMES}</layout></citation>",
        SORTED_LIST,
        demote_non_dropping_particle="never",
    )
    items = [_book("a", "Roe", "Jane"), _book("b", "Doe", "John")]
    items[0]["author"][0]["non-dropping-particle"] = "van"
    assert style.bibliography_entries(items) == ["Doe, John", "van Roe, Jane"]


def test_an_apostrophe_particle_is_written_close_and_typographic() -> None:
    style = _style('<citation><layout><names variable="author"/></layout></citation>')
    text = style.citation_text([Cite(_book("a", "d'Aubignac", "François"))])
    assert text == "François d’Aubignac"


def test_citation_label_is_made_from_names_and_year_with_a_suffix_when_alike() -> None:
    style = _style(
        '<citation disambiguate-add-year-suffix="true"><layout delimiter="; ">'
        '<text variable="citation-label"/></layout></citation>'
    )
    items = [_book("a", "Asthma", "Albert", 1900), _book("b", "Asthma", "Zeppo", 1900)]
    two = _book("c", "Bronchitis", "Buffy", 1998)
    two["author"].append({"family": "Cholera", "given": "Cleo"})
    registry = style.register([*items, two])
    cites = [Cite(item) for item in [*items, two]]
    assert style.citation_text(cites, registry) == "Asth00a; Asth00b; BrCh98"


def test_after_collapse_delimiter_follows_a_cite_with_a_locator() -> None:
    style = _style(
        '<citation collapse="year" after-collapse-delimiter="; ">'
        '<layout prefix="(" suffix=")" delimiter=", "><group delimiter=", ">'
        '<group delimiter=" "><names variable="author"><name form="short"/></names>'
        '<date variable="issued"><date-part name="year"/></date></group>'
        '<text variable="locator"/></group></layout></citation>',
        **{"class": "in-text"},
    )
    wong1, wong2 = _book("a", "Wong", "W", 1999), _book("b", "Wong", "W", 2000)
    garcia = _book("c", "Garcia", "G", 1998)
    registry = style.register([wong1, wong2, garcia])
    cites = [Cite(wong1, locator="328"), Cite(wong2, locator="475"), Cite(garcia)]
    assert style.citation_text(cites, registry) == "(Wong 1999, 328; 2000, 475; Garcia 1998)"
    plain = [Cite(wong1), Cite(wong2), Cite(garcia)]
    assert style.citation_text(plain, registry) == "(Wong 1999, 2000; Garcia 1998)"


def test_names_are_added_cite_by_cite_as_few_as_tell_each_apart() -> None:
    style = _style(
        '<citation et-al-min="3" et-al-use-first="1" disambiguate-add-names="true">'
        '<layout delimiter="; "><names variable="author">'
        '<name form="short" and="symbol" delimiter=", "/></names></layout></citation>'
    )
    people = {"a": ["Brown", "Jones"], "b": ["Brown", "Adams"], "c": ["Benson", "Jones"]}
    items = []
    for key, others in people.items():
        item = _book(key, "Smith", "J")
        item["author"] += [{"family": f, "given": "J"} for f in others]
        items.append(item)
    registry = style.register(items)
    text = style.citation_text([Cite(item) for item in items], registry)
    assert text == "Smith, Brown, &#38; Jones; Smith, Brown, &#38; Adams; Smith, Benson, et al."


def test_an_entry_that_prints_nothing_is_left_out_of_an_unnumbered_list() -> None:
    style = _style(
        '<citation><layout><text variable="title"/></layout></citation>',
        '<bibliography><layout><choose><if type="book"><text variable="title"/></if>'
        "</choose></layout></bibliography>",
    )
    items = [_book("a", "A", title="One"), {"id": "b", "type": "personal_communication"}]
    assert style.bibliography_entries(items) == ["One"]


def test_name_markup_is_kept_and_initialised() -> None:
    style = _style(
        '<citation><layout><names variable="author"><name initialize-with=". "/>'
        "</names></layout></citation>"
    )
    item = _book("a", "<b>Doe</b>", "<b>John</b> Quincy")
    assert style.citation_text([Cite(item)]) == "<b>J.</b> Q. <b>Doe</b>"


def test_variables_written_into_the_note_are_read_as_zotero_extra_fields() -> None:
    style = _style(
        '<citation><layout delimiter="; "><group delimiter=", ">'
        '<text variable="container-title"/><names variable="reviewed-author"/>'
        '<text variable="note"/></group></layout></citation>'
    )
    item = _book("a", "Wolf", "K.", note="container-title: Nature\nreviewed-author: Hall || W.C.")
    assert style.citation_text([Cite(item)]) == "Nature, W.C. Hall"
    item["container-title"] = "Science"  # the item's own value wins; other lines stay notes
    item["note"] += "\nRead in 2021"
    assert style.citation_text([Cite(item)]) == "Science, W.C. Hall, Read in 2021"


def test_a_style_with_a_few_terms_for_another_language_stays_english() -> None:
    english = '<locale xml:lang="en"><terms><term name="from">from</term></terms></locale>'
    spanish = '<locale xml:lang="es"><terms><term name="from">de</term></terms></locale>'
    turkish = (
        '<locale xml:lang="tr"><terms><term name="from">den</term>'
        '<term name="and">ve</term></terms></locale>'
    )
    citation = "<citation><layout><text value='x'/></layout></citation>"
    assert _style(english * 2 + spanish + citation).lang == "en-US"  # citeproc-js: English
    assert _style(english + turkish + citation).lang == "tr-TR"  # an İSNAD style: Turkish


def test_sort_keys_drop_quotes_and_part_words_at_spaces_and_apostrophes() -> None:
    style = _style(
        "<citation><layout><text value='x'/></layout></citation>",
        '<bibliography><sort><key variable="title"/></sort><layout>'
        '<text variable="title"/></layout></bibliography>',
    )
    titles = ["Ab Delrahman", "’t Horvath", "de’ Frinkle", "d’Wander", "“A er”", "A Hansen"]
    items = [{"id": str(n), "type": "book", "title": t} for n, t in enumerate(titles)]
    # straight or curly, quotes come out typographic in the entries themselves
    entries = style.bibliography_entries(items)
    assert [e.replace("“", "").replace("”", "") for e in entries] == [
        "A er",
        "A Hansen",
        "Ab Delrahman",
        "d’Wander",
        "de’ Frinkle",
        "’t Horvath",
    ]


def test_near_note_holds_for_a_source_cited_within_the_distance(tmp_path: Path) -> None:
    csl = tmp_path / "near.csl"
    csl.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="note">'
        "<info><title>n</title><id>n</id></info>"
        '<citation near-note-distance="1"><layout><choose><if position="near-note">'
        '<text variable="title" prefix="near "/></if><else><text variable="title"/></else>'
        "</choose></layout></citation></style>",
        encoding="utf-8",
    )
    one, two = _book("a", "A", title="One"), _book("b", "B", title="Two")
    notes = format_notes([[one], [two], [one], [one]], style=csl)
    assert notes == ["One", "Two", "One", "near One"]  # two notes back is not near, one is


def test_a_note_line_that_names_no_csl_variable_stays_in_the_note() -> None:
    style = _style('<citation><layout><text variable="note"/></layout></citation>')
    item = _book("a", "A", note="isbn: 978-1\ngenre: thesis")
    assert style.citation_text([Cite(item)]) == "isbn: 978-1"
