"""A style is read once and never changes; each run registers its items in its own registry."""

from __future__ import annotations

import pytest

from citekit.model import Citation, PartialDate
from citekit.styles import Cite, format_bibliography, format_notes, load_style

A = {"id": "a", "type": "book", "title": "Alpha", "author": [{"family": "Smith", "given": "J."}]}
B = {"id": "b", "type": "book", "title": "Beta", "author": [{"family": "Jones", "given": "K."}]}


def test_a_registry_is_not_changed_by_another_run_with_the_same_style() -> None:
    style = load_style("apa")
    registry = style.register([A])
    format_bibliography([B], style="apa")
    format_notes([[B], [A]], style="apa")
    assert registry.citation_number(A) == 1
    assert registry.citation_number(B) is None


def test_two_registries_of_one_style_keep_their_own_year_suffixes() -> None:
    style = load_style("apa")
    same = {"type": "book", "author": [{"family": "Smith", "given": "J."}]}
    one = {**same, "id": "one", "title": "One", "issued": {"date-parts": [[2020]]}}
    two = {**same, "id": "two", "title": "Two", "issued": {"date-parts": [[2020]]}}
    both = style.register([one, two])
    alone = style.register([one])
    assert (both.year_suffix(one), both.year_suffix(two)) == ("a", "b")
    assert alone.year_suffix(one) is None
    assert "2020a" in style.citation_text([Cite(one)], both)
    assert "2020a" not in style.citation_text([Cite(one)], alone)


def test_a_loaded_style_cannot_be_changed() -> None:
    style = load_style("apa")
    with pytest.raises(AttributeError, match="does not change"):
        style.lang = "tr-TR"


def test_different_sources_with_the_same_title_get_different_numbers() -> None:
    smirnov_a = {
        "type": "book",
        "title": "Экономика",
        "author": [{"family": "Смирнов", "given": "А."}],
    }
    smirnov_b = {**smirnov_a, "author": [{"family": "Смирнов", "given": "Б."}]}
    entries = format_bibliography(
        [smirnov_a, smirnov_b, smirnov_a], style="gost-r-7-0-5-2008-numeric"
    )
    assert entries == ["1. Смирнов А. Экономика.", "2. Смирнов Б. Экономика."]


def test_a_repeated_source_is_one_bibliography_entry() -> None:
    entries = format_bibliography([A, B, dict(A)], style="apa")
    assert len(entries) == 2


def _undated(key: str, title: str) -> dict[str, object]:
    return {"id": key, "type": "webpage", "title": title, "container-title": "Akorda"}


def test_undated_sources_get_n_d_a_and_n_d_b_in_bibliography_order_in_notes_too() -> None:
    zebra, alpha = _undated("z", "Zebra brifing"), _undated("a", "Alpha brifing")
    style = "chicago-author-date"
    assert format_bibliography([zebra, alpha], style=style) == [
        "Akorda. n.d.-a. “Alpha Brifing.”",
        "Akorda. n.d.-b. “Zebra Brifing.”",
    ]
    # a source cited twice is still one source: it keeps its own letter
    notes = format_notes([[zebra], [alpha], [zebra]], style=style)
    assert notes == ["(Akorda, n.d.-b)", "(Akorda, n.d.-a)", "(Akorda, n.d.-b)"]


def test_a_source_registered_twice_keeps_its_first_number() -> None:
    registry = load_style("gost-r-7-0-5-2008-numeric").register([A, B, A])
    assert (registry.citation_number(A), registry.citation_number(B)) == (1, 2)


def test_two_notes_citing_one_web_page_at_different_pages_are_one_source() -> None:
    first = Citation(title="Brifing", url="https://akorda.kz/a", page="3")
    again = Citation(
        title="Brifing", url="https://akorda.kz/a/", page="5", accessed=PartialDate(2021, 10, 26)
    )
    notes = format_notes([[first], [B], [again]], style="chicago-notes-bibliography")
    assert notes[2] != notes[0]  # the later note is the short, subsequent form
    assert len(notes[2]) < len(notes[0])
