"""The first citation of a note as `parse_note` reads it, for tests that assert its fields."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Citation, Location


def first_citation(text: str) -> Citation:
    """The first citation `parse_note` finds in `text`; fails the test when there is none."""
    note = parse_note(1, text, location=Location(path="t"))
    assert note.citations, f"no citation found in {text!r}"
    return note.citations[0]
