"""A note that only points at another note or part of the work (`Ver nota 12.`, `Zob.
przypis 12.`, `Bax: 3-cü fəsil.`) cites nothing, in each language the notes are read in."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Ver adiante, capítulo 3.",
        "Ver nota 12.",
        "Ver tabela 2.",
        "Véase el capítulo 2.",
        "Vedi sopra, nota 4.",
        "Zob. przypis 12.",
        "Zob. tabela 3.",
        "Qarang: 2-bob.",
        "Bax: 3-cü fəsil.",
        "Bax: yuxarıda, 12-ci qeyd.",
        "Бұл туралы 2-бөлімде.",
    ],
)
def test_pointer_to_the_work_is_a_comment(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Ver Weber, Economia e sociedade, 2004, cap. 3.",
        "Zob. Miłosz, Zniewolony umysł, rozdz. 2.",
        "Véase Ortega, La rebelión de las masas, cap. 2.",
        "Qarang: Karimov I. Yuksak ma’naviyat – yengilmas kuch. T., 2008.",
    ],
)
def test_a_work_with_its_chapter_is_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
