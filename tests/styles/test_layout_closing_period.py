"""An entry whose last part closed with its period and a space that nothing followed (an
author heading `Иванов И. ` before an empty body) takes the layout's closing period as that
one: `1. Иванов И.`, never `1. Иванов И. .` (an empty group leaves no punctuation)."""

from __future__ import annotations

import pytest

from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_bibliography


@pytest.mark.parametrize("kind", ["article-newspaper", "article-journal", "book", "interview"])
@pytest.mark.parametrize(
    ("family", "given", "heading"),
    [
        ("Иванов", "Иван", "Иванов И."),
        ("Smith", "John", "Smith J."),
        ("Өтепов", "Ерлан", "Өтепов Е."),
    ],
)
def test_a_heading_alone_ends_with_one_period(
    kind: str, family: str, given: str, heading: str
) -> None:
    citation = Citation(type=kind, authors=(Name(family=family, given=given),), language="ru")
    assert format_bibliography([citation], style="gost-r-7-0-5-2008") == [f"1. {heading}"]


def test_a_full_entry_is_as_before() -> None:
    citation = Citation(
        type="article-newspaper",
        title="Новый закон",
        authors=(Name(family="Иванов", given="Иван"),),
        container="Казахстанская правда",
        issued=PartialDate.from_iso("2019-05-03"),
        page="2",
        language="ru",
    )
    assert format_bibliography([citation], style="gost-r-7-0-5-2008") == [
        "1. Иванов И. Новый закон // Казахстанская правда. 2019. С. 2."
    ]
