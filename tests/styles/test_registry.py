"""A style is read once and never changes; each run registers its items in its own registry."""

from __future__ import annotations

import pytest

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
