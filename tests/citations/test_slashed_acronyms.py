"""A slash between two names joins co-authors; between a body's acronyms in capitals, of any
alphabet (Kazakh `Қ`, `Ұ`; Turkmen `Ň`; Azerbaijani `Ə`), it names one body."""

from __future__ import annotations

import pytest

from citekit.citations.names import split_names


@pytest.mark.parametrize(
    "text",
    ["OSCE/ODIHR", "ЕҚЫҰ/ДИАҚБ", "ҚР/ЕҚЫҰ", "TÜRKSOY/ŇUR", "ƏMİ/AMEA", "ТҮРКСОЙ/ЮНЕСКО"],
)
def test_a_bodys_slashed_acronyms_are_one_name(text: str) -> None:
    assert split_names(text) == (text,)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Koca/Üzülmez", ("Koca", "Üzülmez")),
        ("Әлиев/Сәрсенбаев", ("Әлиев", "Сәрсенбаев")),
        ("Ňazow/Orazow", ("Ňazow", "Orazow")),
    ],
)
def test_a_slash_between_names_joins_co_authors(text: str, names: tuple[str, ...]) -> None:
    assert split_names(text) == names
