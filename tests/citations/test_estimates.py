"""A note that gives a figure, an estimate's word of the language files and a number first
(`Около 40 тыс. человек.`), cites nothing; a title opening so, and a citation, still cite."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Около 40 тыс. человек.",
        "Свыше 1,5 млн человек.",
        "Порядка 30–40 тыс. десятин.",
        "Yaklaşık 300 bin kişi.",
        "About 40,000 people.",
        "Approximately 12% of the population.",
        "Шамамен 40 мың адам.",
        "Takmynan 40 müň adam.",
        "Taxminan 200 ming kishi.",
    ],
)
def test_an_estimate_is_a_comment(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "More Than 50 Years of Turkish Foreign Policy. Ankara, 2010.",
        "Around 1900: Art at the Turn of the Century. London, 1998.",
        "Over 300 Years of History // Almaty Times. 2005. 12 May.",
        "About Kazakhstan. https://www.gov.kz/about",
    ],
)
def test_a_title_opening_with_an_estimate_word_is_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
