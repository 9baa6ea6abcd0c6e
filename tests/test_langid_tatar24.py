"""Tatar typed without Kazakh's own letters (session 24): `к` before a back `ы` in a word typed
with `ң`, and the genitive `-ның` after a consonant Kazakh follows with `-дың`, `-тың`, are no
Kazakh spelling. The titles are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Татар халкының тарихы", "tt"),
        ("Башкорт халкының тарихы", "tt"),
        ("Татар әдәбияты тарихы", "tt"),
        ("Қазақ халқының тарихы", "kk"),
        ("Казак халкынын тарихы", "kk"),
        ("Абайдың шығармалары", "kk"),
        ("Мемлекет басшысы жаңа зауыт ашты", "kk"),
    ],
)
def test_tatar_spelling_is_not_kazakh(title: str, code: str) -> None:
    assert detect_language(title) == code
