"""Styles nobody tuned the engine for: a sample of the shared extra styles renders the golden
items, bibliography and notes, in every output, without an exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.styles import format_bibliography, format_notes, load_style
from tests.conftest import DATA

STYLES = sorted((DATA / "styles-extra").glob("*.csl"))
ITEMS = json.loads((DATA / "golden" / "items.json").read_text(encoding="utf-8"))


def test_the_sample_is_there() -> None:
    assert len(STYLES) == 10


@pytest.mark.parametrize("path", STYLES, ids=lambda p: p.stem)
def test_a_shared_style_renders_the_golden_items(path: Path) -> None:
    style = load_style(str(path))
    entries = format_bibliography(ITEMS, style=str(path))
    if style.bibliography is not None:
        assert len(entries) == len(ITEMS)
        assert all(entry.strip() for entry in entries)
    notes = format_notes([[item] for item in ITEMS], style=str(path))
    assert len(notes) == len(ITEMS)
    assert all(note.strip() for note in notes)
    for output in ("html", "markdown"):
        assert len(format_bibliography(ITEMS, style=str(path), output=output)) == len(entries)
        assert len(format_notes([ITEMS[:3]], style=str(path), output=output)) == 1
