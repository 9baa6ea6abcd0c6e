"""A real note typed another way gives the same record: no-break spaces, line breaks, runs of
spaces and tabs, soft hyphens and zero-width spaces (what HTML and Word leave in pasted text),
and a word with a letter from the other keyboard layout. benchmarks/perturbations.py measures
the rest (quote marks and dashes, which still change some records)."""

from __future__ import annotations

import functools
import random
from typing import Any

import pytest

from tests.conftest import DATA, load_jsonl
from tests.retyping import Retype, cyrillic_twin, inside_words, latin_twin, record, spaces

NOTES = [
    r
    for name in ("notes-dev.jsonl", "notes-dev2.jsonl")
    for r in load_jsonl(DATA / "corpus" / name)
]


@functools.cache
def _as_written(index: int) -> dict[str, Any]:
    """The record of corpus note `index` as written, read once for every variant."""
    return record(NOTES[index])


VARIANTS = {
    "no-break spaces": spaces("\u00a0", 0.4),
    "line breaks": spaces("\n", 0.4),
    "two spaces": spaces("  ", 0.4),
    "tabs": spaces("\t", 0.4),
    "soft hyphens": inside_words("\u00ad", 0.3),
    "zero-width spaces": inside_words("\u200b", 0.3),
    "direction isolates": inside_words("\u2069", 0.3),  # chat apps' `\u2068name\u2069`
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_white_space_and_invisible_characters_change_no_record(variant: str) -> None:
    rng = random.Random(11)
    changed = []
    for index, note in enumerate(NOTES):
        typed = VARIANTS[variant](note["note"], rng)
        if typed != note["note"] and record(note, typed) != _as_written(index):
            changed.append(note["id"])
    assert changed == []


@pytest.mark.parametrize(
    ("retype", "typed_at_least", "changed_at_most"),
    [
        (latin_twin(0.3), 80, 2),  # `Рoссии`: a Latin letter in a Cyrillic word
        (cyrillic_twin(0.3), 150, 0),  # `Qazаqça`: a Cyrillic letter in a Latin word
    ],
    ids=["latin-in-cyrillic", "cyrillic-in-latin"],
)
def test_a_twin_letter_in_a_word_changes_almost_no_record(
    retype: Retype, typed_at_least: int, changed_at_most: int
) -> None:
    rng = random.Random(11)
    typed_notes = [(r, retype(r["note"], rng)) for r in NOTES]
    typed_notes = [(r, t) for r, t in typed_notes if t != r["note"]]
    index = {id(r): i for i, r in enumerate(NOTES)}
    changed = [r["id"] for r, t in typed_notes if record(r, t) != _as_written(index[id(r)])]
    assert len(typed_notes) > typed_at_least
    assert len(changed) <= changed_at_most, changed
