"""A real note typed another way gives the same record: no-break spaces, line breaks, runs of
spaces and tabs, soft hyphens and zero-width spaces (what HTML and Word leave in pasted text),
and a word with a letter from the other keyboard layout. benchmarks/perturbations.py measures
the rest (quote marks and dashes, which still change some records)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import pytest

from citekit._text import unmixed_word, visible
from tests.conftest import DATA, load_jsonl
from tests.scoring import norm, predict

NOTES = [
    r
    for name in ("notes-dev.jsonl", "notes-dev2.jsonl")
    for r in load_jsonl(DATA / "corpus" / name)
]
_WORD = re.compile(r"[^\W\d_]+")
_TWINS = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX", strict=True))


def _read(value: Any) -> Any:
    if isinstance(value, list):
        return [_read(v) for v in value]
    if not isinstance(value, str):
        return value
    text = visible(value).replace("\u00a0", " ")
    return norm(_WORD.sub(lambda m: unmixed_word(m.group(), 1), text))


def _record(record: dict[str, Any], note: str) -> dict[str, Any]:
    return {k: _read(v) for k, v in predict({**record, "note": note}).items()}


def _spaces(char: str) -> Callable[[str, random.Random], str]:
    return lambda t, rng: re.sub(" ", lambda _m: char if rng.random() < 0.4 else " ", t)


def _inside_words(char: str) -> Callable[[str, random.Random], str]:
    return lambda t, rng: re.sub(
        r"(\w{4})(?=\w{3})", lambda m: m.group(1) + (char if rng.random() < 0.3 else ""), t
    )


def _twin_letter(text: str, rng: random.Random) -> str:
    def word(match: re.Match[str]) -> str:
        found = match.group()
        places = [i for i, c in enumerate(found) if c in _TWINS]
        if len(found) < 3 or not places or rng.random() >= 0.3:
            return found
        i = rng.choice(places)
        return found[:i] + _TWINS[found[i]] + found[i + 1 :]

    return re.sub(r"[А-Яа-яЁё]+", word, text)


VARIANTS = {
    "no-break spaces": _spaces("\u00a0"),
    "line breaks": _spaces("\n"),
    "two spaces": _spaces("  "),
    "tabs": _spaces("\t"),
    "soft hyphens": _inside_words("\u00ad"),
    "zero-width spaces": _inside_words("\u200b"),
    "direction isolates": _inside_words("\u2069"),  # chat apps' `\u2068name\u2069`
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_white_space_and_invisible_characters_change_no_record(variant: str) -> None:
    rng = random.Random(11)
    changed = []
    for record in NOTES:
        typed = VARIANTS[variant](record["note"], rng)
        if typed != record["note"] and _record(record, typed) != _record(record, record["note"]):
            changed.append(record["id"])
    assert changed == []


def test_a_twin_letter_in_a_word_changes_almost_no_record() -> None:
    rng = random.Random(11)
    typed_notes = [(r, _twin_letter(r["note"], rng)) for r in NOTES]
    typed_notes = [(r, t) for r, t in typed_notes if t != r["note"]]
    changed = [r["id"] for r, t in typed_notes if _record(r, t) != _record(r, r["note"])]
    assert len(typed_notes) > 80
    assert len(changed) <= 2, changed


_LATIN_TWINS = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ", strict=True))


def _cyrillic_twin(text: str, rng: random.Random) -> str:
    """One letter of some Latin words typed on the Cyrillic layout; addresses as written."""

    def word(match: re.Match[str]) -> str:
        found = match.group()
        places = [i for i, c in enumerate(found) if c in _LATIN_TWINS]
        if len(found) < 3 or not places or rng.random() >= 0.3:
            return found
        i = rng.choice(places)
        return found[:i] + _LATIN_TWINS[found[i]] + found[i + 1 :]

    def run(match: re.Match[str]) -> str:
        found = match.group()
        return found if re.search(r"[/@]|www\.", found) else re.sub(r"[A-Za-zÀ-ɏ]+", word, found)

    return re.sub(r"\S+", run, text)


def test_a_cyrillic_twin_letter_in_a_latin_word_changes_no_record() -> None:
    rng = random.Random(11)
    typed_notes = [(r, _cyrillic_twin(r["note"], rng)) for r in NOTES]
    typed_notes = [(r, t) for r, t in typed_notes if t != r["note"]]
    changed = [r["id"] for r, t in typed_notes if _record(r, t) != _record(r, r["note"])]
    assert len(typed_notes) > 150
    assert changed == []
