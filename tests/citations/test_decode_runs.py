"""Runs of one label, and the prechecks that skip a decoding pass (same answer, less work)."""

from __future__ import annotations

from citekit.citations.tagger.content import without_designation
from citekit.citations.tagger.decode import marked_language
from citekit.citations.tagger.runs import runs


def test_runs_cover_every_token_once() -> None:
    assert runs([]) == []
    assert runs(["title"]) == [("title", 0, 1)]
    labels = ["author", "author", "other", "title", "title", "title", "other"]
    assert runs(labels) == [("author", 0, 2), ("other", 2, 3), ("title", 3, 6), ("other", 6, 7)]


def test_a_designation_needs_its_colon() -> None:
    assert without_designation("Модерн / Текст электронный") == "Модерн / Текст электронный"
    assert without_designation("Модерн / Текст : электронный") == "Модерн"


def test_a_language_mark_needs_its_bracket() -> None:
    assert marked_language("Энергетика // Википедия англ.") is None
    assert marked_language("Энергетика // Википедия (англ.)") == "en"
