"""Cyrillic letters of Turkic and Iranian languages that neither Russian nor Kazakh writes (Tajik
ҷ ҳ ӣ ӯ, Bashkir ҡ ҙ ҫ, Tatar җ, Uzbek ў) were dropped from a cite key (`Тоҷикон` -> `toikon`,
`Ҳасанов` -> `asanov`): Tajik is romanized by its own table, any other such letter by the
Russian letter it is built on, so every letter leaves a stable ASCII trace."""

from __future__ import annotations

import pytest

from citekit.interop._common import cite_key
from citekit.model import Citation, Name, PartialDate


def _key(family: str, title: str, language: str | None) -> str:
    citation = Citation(
        title=title, authors=(Name(family=family),), issued=PartialDate(2015), language=language
    )
    return cite_key(citation, set())


@pytest.mark.parametrize(
    ("family", "title", "language", "key"),
    [
        ("Ғафуров", "Тоҷикон", "tg", "ghafurov2015tojikon"),
        ("Ғафуров", "Тоҷикон", None, "ghafurov2015tojikon"),
        ("Ҳасанов", "Ҷумҳурии", "tg", "hasanov2015jumhurii"),
        ("Раҳмонӣ", "Кӯлоб", None, "rahmoni2015kulob"),
        ("Ҡаһарманов", "Башҡорт", "ba", "kaharmanov2015bashkort"),
        ("Җәлилов", "Җыр", "tt", "zhalilov2015zhyr"),
        ("Ўролов", "Ўзбекистон", "uz", "urolov2015uzbekiston"),
        ("Ҫәлимов", "Ҫәнғәт", None, "salimov2015sanghat"),
        # letters a table already had stay as they were
        ("Тоқаев", "Әлем", "kk", "toqaev2015alem"),
        ("Иванов", "История", "ru", "ivanov2015istoriia"),
    ],
)
def test_no_letter_of_a_cyrillic_name_is_dropped(
    family: str, title: str, language: str | None, key: str
) -> None:
    assert _key(family, title, language) == key
