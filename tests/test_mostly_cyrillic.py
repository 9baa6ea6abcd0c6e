"""`mostly_cyrillic`: one count of a text's Cyrillic and Latin letters, shared by the reading
of mixed-alphabet words (`_text`) and of a note's dashes (`tagger.typed_marks`)."""

from __future__ import annotations

import pytest

from citekit._text import mostly_cyrillic
from citekit.citations.tagger.tokens import tokenize
from citekit.citations.tagger.typed_marks import plain_dashes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Иванов И. И. История Казахстана. — Алматы, 2010.", True),
        ("Қазақ тарихы — Алматы: Atamura, 2003", True),
        ("Yılmaz, A. — Demir, B. Türk Tarihi. İstanbul, 2010.", False),
        ("Gurbanow G. — Türkmen edebiýaty. Aşgabat, 2015.", False),
        ("Тaм жe", True),  # two Latin twins among four Cyrillic letters
        ('ob"yekt', False),
        ("Σ 2010, 45", False),  # letters of another script are not counted: no Cyrillic
        ("", False),
    ],
)
def test_mostly_cyrillic(text: str, expected: bool) -> None:
    assert mostly_cyrillic(text) is expected


@pytest.mark.parametrize(
    ("note", "hyphen"),
    [
        ("Alaaddin Zengin — Zafer Erdem, Türk Dış Politikası, Ankara 2019", True),
        ("Öwez Gurbanow – Aman Meredow, Türkmen dili, Aşgabat 2012", True),
        ("Сейткали Ş. — Қазақ хандығы тарихы, Алматы 2015", False),  # mostly Cyrillic
        ("Ахметов Ş. — Тарих және қоғам, Астана 2018", False),
    ],
)
def test_dashes_of_a_mostly_cyrillic_note_stay(note: str, hyphen: bool) -> None:
    tokens = tokenize(note)
    words = [t.text for t in tokens]
    read = plain_dashes(tokens, words)
    assert ("-" in read and "—" not in read and "–" not in read) is hyphen
