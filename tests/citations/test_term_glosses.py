"""A short gloss on a term in quotes (`Араб. «новый».`, `Arapça “yeni” anlamına gelir.`)
cites nothing; a title in quotes, an author before it or a "see" word keep the note citing."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Араб. «новый».",
        "Перс. «новый».",
        "Farsça “yeni”.",
        'Arapça "yeni" anlamına gelir.',
        "Термин «кочевая цивилизация» используется здесь условно.",
        "Парсыша «жаңа» дегенді білдіреді.",
    ],
)
def test_a_term_gloss_is_a_comment(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        'Smith, "nomads" and the state.',
        "«Степь» // Правда. 1937.",
        'See "nomadism" in Encyclopaedia Iranica.',
        "Иванов И. «о кочевниках».",
        'Abay, "qara söz".',
    ],
)
def test_quoted_titles_are_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION


@pytest.mark.parametrize("text", ["Now Türkmenbaşy.", 'From the Persian for "new".'])
def test_english_glosses_are_comments(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "From the Persian Gulf to Central Asia, by J. Smith.",
        "Now It Can Be Told. London: Heinemann, 1998.",
    ],
)
def test_titles_opening_so_are_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
