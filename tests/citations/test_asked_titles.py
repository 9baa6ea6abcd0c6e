"""An author-date book whose title ends with its own `?` or `!` (APA adds no period after
it): the publisher is the last sentence after that mark, not a host. Notes written for these
tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Pomfret, R. (2019). The Central Asian economies: A new silk road? Princeton"
            " University Press.",
            "The Central Asian economies: A new silk road?",
            "Princeton University Press",
        ),
        (
            "Kaya, M. (2017). Avrasya: Yeni bir çağ mı? Ötüken.",
            "Avrasya: Yeni bir çağ mı?",
            "Ötüken",
        ),
        (
            "Dave, B. (2020). Kazakhstan: Stability at what price? Routledge.",
            "Kazakhstan: Stability at what price?",
            "Routledge",
        ),
    ],
)
def test_a_title_closed_by_its_question_mark(text: str, title: str, publisher: str) -> None:
    (citation,) = parse_note(1, text, location=Location(path="a")).citations
    assert (citation.title, citation.publisher) == (title, publisher)


def test_an_articles_asked_title_keeps_its_journal() -> None:
    text = "Brown, A. (2018). Steppe and city: Who rules? Central Asian Survey, 37(2), 12-20."
    (citation,) = parse_note(1, text, location=Location(path="a")).citations
    assert (citation.title, citation.container) == (
        "Steppe and city: Who rules?",
        "Central Asian Survey",
    )
