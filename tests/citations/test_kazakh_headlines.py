"""A Kazakh headline closes on its verb's past ending after any stem (`шығарды`, `берді`,
`мақұлдады`, `қойды`): a reported event (`headlines.py`, `[types] headline_verb`)."""

from __future__ import annotations

import pytest

from citekit.citations.headlines import reports_event


@pytest.mark.parametrize(
    "title",
    [
        "Алматы әкімдігі жыл қорытындысын шығарды",
        "Үкімет жаңа бағдарламаны мақұлдады",
        "Министр депутаттардың сұрақтарына жауап берді",
        "Президент жаңа заңға қол қойды",
        "Шымкентте жаңа мешіт бой көтерді",
        "Президент Ұлттық құрылтайда сөз сөйледі",
    ],
)
def test_past_verb_closes_headline(title: str) -> None:
    assert reports_event(title)


@pytest.mark.parametrize(
    "title",
    ["Қазақ хандығының тарихы", "Ұлттық сана және тарихи жады", "Қазақстандағы тарихи мұра"],
)
def test_noun_closes_study(title: str) -> None:
    assert not reports_event(title)
