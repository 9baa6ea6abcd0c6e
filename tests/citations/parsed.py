"""A note as `parse_note` reads it, and its citations, for tests that assert their fields."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Citation, Location, Note


def first_citation(text: str) -> Citation:
    """The first citation `parse_note` finds in `text`; fails the test when there is none."""
    note = parse_note(1, text, location=Location(path="t"))
    assert note.citations, f"no citation found in {text!r}"
    return note.citations[0]


def parsed_note(text: str) -> Note:
    """The note `parse_note` reads from `text` (number 1, a test's location)."""
    return parse_note(1, text, location=Location(path="t"))


def only_citation(text: str) -> Citation:
    """The one citation of `text`; fails the test when it has none or several."""
    note = parsed_note(text)
    assert len(note.citations) == 1, f"{len(note.citations)} citations in {text!r}"
    return note.citations[0]
