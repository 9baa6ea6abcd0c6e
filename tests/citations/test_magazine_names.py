"""A host is a magazine by its name: listed, with a magazine's word before or after it, or
ending on the word that makes a periodical's own name a magazine's."""

from __future__ import annotations

import pytest

from citekit.citations.magazine_names import magazine_named


@pytest.mark.parametrize(
    "container",
    [
        "Огонёк",
        "журнал «Эксперт»",
        "«Ара – Шмель» журналы",
        "Smithsonian Magazine",
        "Harper's Magazine",
        "часопис «Фокус»",
    ],
)
def test_a_magazines_name(container: str) -> None:
    assert magazine_named(container)


@pytest.mark.parametrize(
    "container",
    ["Вопросы истории", "Central Asian Survey", "Magazine", "журнал", "Türk Dili"],
)
def test_no_magazines_name(container: str) -> None:
    assert not magazine_named(container)
