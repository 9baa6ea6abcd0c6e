"""A note giving when the article reached the journal and was accepted dates the article
itself and cites nothing; a title or a citation holding such a word still cites."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Статья поступила в редакцию 12.03.2021.",
        "Статья поступила в редакцию 12 марта 2021 г.",
        "Поступила 12.03.2021; принята к печати 03.05.2021.",
        "Received 12 March 2021; accepted 3 May 2021.",
        "Received: 12.03.2021. Accepted: 03.05.2021.",
        "Geliş Tarihi: 12.03.2021, Kabul Tarihi: 03.05.2021.",
        "Makalenin geliş tarihi: 12.03.2021; kabul tarihi: 03.05.2021.",
        "Мақала редакцияға 2021 жылғы 12 наурызда түсті.",
    ],
)
def test_editorial_history_is_a_comment(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Smith, Nomads (PhD diss., submitted 2019).",
        "Received Wisdom: Kazakh Tradition. Almaty, 2001.",
        "Поступила в продажу новая книга: Иванов И. И. Степь. М., 2020.",
    ],
)
def test_citations_with_such_words_are_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
