"""The foreign-ibid hint named only the edition's ibid word (`write 'Сонда.'`) while the fix
wrote the page label too (`Сонда, 50–52-бб.`): an editor making the change by hand (in Word,
where citekit writes nothing) followed the hint and left the label half translated. The hint
is now the fix's own text when the label changes with the word."""

from __future__ import annotations

import pytest

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

SOURCE = "Иванов И. И. История. М.: Наука, 2001. 300 с."


@pytest.mark.parametrize(
    ("ibid", "edition", "hint"),
    [
        ("Aynı yer, ss. 50–52.", "kk", "write 'Сонда, 50–52-бб.'"),
        ("Там же. – С. 47.", "en", "write 'Ibid., p. 47'"),
        ("Ibid., p. 5.", "ru", "write 'Там же. С. 5'"),
        ("Aynı yer.", "ru", "write 'Там же.'"),  # no label: the word alone
        ("Ibid., с. 5.", "ru", "write 'Там же.'"),  # the edition's own label stays
    ],
)
def test_the_hint_is_what_the_fix_writes(ibid: str, edition: str, hint: str) -> None:
    data = f"Body[1] more[2]\n\n[1] {SOURCE}\n[2] {ibid}\n".encode()
    document = read_bytes(data, path="a.txt")
    found = [
        f
        for f in check(document, config=CheckConfig(edition_language=edition))
        if f.rule == "foreign-ibid"
    ]
    assert [f.hint for f in found] == [hint]
