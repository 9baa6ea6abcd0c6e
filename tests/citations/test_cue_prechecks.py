"""Cue look-ups answered by a shorter path give the long path's answers: a text split at its
spaces folds to the words `\\w+|[^\\w\\s]` reads, a text whose `[types]` cues are told answers
`has_cue`/`has_type_cue` from them, and a text without a mark's opening after a bracket holds no
language mark."""

from __future__ import annotations

import random

import pytest

from citekit._text import unmixed
from citekit.citations.tagger.values import _language_marks, _mark_openings
from citekit.citations.type_cues import (
    _APOSTROPHES,
    _WORD,
    casefold,
    has_cue,
    has_type_cue,
    note_cues,
    type_cues,
)
from citekit.citations.type_cues import (
    folded_words as _fold,
)
from citekit.training import generate_samples

# letters, digits that are no decimals, an underscore (a word's letter), marks and spaces
# of several kinds (a no-break space, a line break), Turkish capitals that fold with a dot
_ALPHABET = "aİIı iЖж_²5٣-.,:;«»#/\u00a0\n\t\u2009"
_KEYS = ("journal", "conference", "newspaper", "legislation", "encyclopedia", "site", "report")
_TYPE_KEYS = ("site", "interview", "ebook", "court", "decision", "dictionary", "periodical")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Generated notes, the pieces of them the type rules ask about, and written ones."""
    notes = list(dict.fromkeys(s.text.text for s in generate_samples(300, seed=5)))
    pieces = [p.strip() for n in notes for p in n.split(",")]
    written = ["Журнал «Вопросы истории», № 3", "Resmî Gazete, 12.03.2020", "T.C. Yargıtay"]
    return [*written, *notes, *pieces]


def test_fold_reads_the_words_of_the_pattern(texts: list[str]) -> None:
    rng = random.Random(7)
    randoms = ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 24))) for _ in range(5000)]
    for text in [*texts, *randoms]:
        # every apostrophe read as one (`пам’ятки`, `qoʻmitasi`)
        assert _fold(text) == _WORD.findall(casefold(text).translate(_APOSTROPHES)), text


def test_told_cues_answer_as_the_patterns_do(texts: list[str]) -> None:
    for text in texts:
        for key in _TYPE_KEYS:
            assert has_type_cue.__wrapped__(key, text) == (bool(text) and key in type_cues(text))
        for key in _KEYS:
            assert has_cue.__wrapped__(key, text) == (bool(text) and key in note_cues(text))


def test_language_marks_open_as_the_precheck_reads(texts: list[str]) -> None:
    pattern, _ = _language_marks()
    rng = random.Random(9)
    marks = ["(рус.)", "[in  Kazakh]", "( İngilizce)", "(RUS", "(Ingilizce)", "[ın Turkish]"]
    randoms = [
        "".join(rng.choices([*_ALPHABET, "(", "[", *marks], k=rng.randint(0, 12)))
        for _ in range(5000)
    ]
    for text in [*texts, *marks, *randoms]:
        text = unmixed(text)
        if _mark_openings().search(text) is None:
            assert pattern.search(text) is None, text
