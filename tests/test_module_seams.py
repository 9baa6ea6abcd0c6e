"""The modules split along their seams keep their public names where callers import them,
and each stays a module a reader takes in at once (STYLE.md: ~400–500 lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

import citekit.citations
import citekit.citations.note_kinds
import citekit.langid
import citekit.langid_profiles
import citekit.languages
import citekit.languages.reading
from citekit.model import NoteKind

SRC = Path(citekit.citations.__file__).resolve().parent.parent


def test_classify_is_one_function_under_both_names() -> None:
    assert citekit.citations.classify is citekit.citations.note_kinds.classify
    assert citekit.citations.classify("Там же. С. 5.") is NoteKind.IBID
    assert citekit.citations.classify("Kaya, a.g.e., s. 45.") is NoteKind.OPCIT


def test_legal_keys_are_one_set_under_both_names() -> None:
    assert citekit.languages.LEGAL_KEYS is citekit.languages.reading.LEGAL_KEYS
    assert citekit.languages.LEGAL_LEVELS[0] == "fond"


def test_langid_weighs_the_shared_tables() -> None:
    evidence = citekit.langid_profiles.word_evidence("ve")
    assert ("tr", citekit.langid_profiles.WORD) in evidence
    assert citekit.langid.detect_language("Türkmenistanyň eksporty artdy") == "tk"


@pytest.mark.parametrize(
    "module",
    ["citations/__init__.py", "langid.py", "languages/__init__.py"],
)
def test_split_modules_stay_short(module: str) -> None:
    lines = (SRC / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 450, f"{module}: {lines} lines"
