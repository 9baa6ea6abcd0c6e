"""Whole-note prechecks made to answer "present" for every note: a note a precheck turns away
must parse exactly as it does when the pass runs (the precheck tests of each session)."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

import pytest

from citekit.citations import parse_note
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, casefolded_set, text_set
from citekit.model import Location
from citekit.training import generate_samples


def sample_notes(written: Iterable[str], count: int, seed: int) -> list[str]:
    """`written` notes holding each pass's marks, then `count` generated ones."""
    return [*written, *dict.fromkeys(s.text.text for s in generate_samples(count, seed=seed))]


def parsed(notes: list[str]) -> list[str]:
    """Each note's parse, as text to compare."""
    location = Location(path="prechecks")
    return [repr(parse_note(i, text, location=location)) for i, text in enumerate(notes, 1)]


def answer_present(
    monkeypatch: pytest.MonkeyPatch,
    *,
    texts: tuple[frozenset[str], Iterable[ModuleType]] = (frozenset(), ()),
    words: tuple[frozenset[str], Iterable[ModuleType]] = (frozenset(), ()),
    marks: tuple[frozenset[str], Iterable[ModuleType]] = (frozenset(), ()),
) -> None:
    """Make each module's `text_set`, `casefolded_set` and `marks_union` also answer the
    given token texts, words and marks, whatever the note holds."""
    extra_texts, extra_words, extra_marks = texts[0], words[0], marks[0]

    def every_text(tokens: list[Token]) -> frozenset[str]:
        return text_set(tokens) | extra_texts

    def every_word(tokens: list[Token]) -> frozenset[str]:
        return casefolded_set(tokens) | extra_words

    def every_mark(found: list[set[str]]) -> frozenset[str]:
        return marks_union(found) | extra_marks

    for module in texts[1]:
        monkeypatch.setattr(module, "text_set", every_text)
    for module in words[1]:
        monkeypatch.setattr(module, "casefolded_set", every_word)
    for module in marks[1]:
        monkeypatch.setattr(module, "marks_union", every_mark)
