"""Session 20's review: language words read from the data files, not written in code."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Location


def _titles(text: str) -> list[str | None]:
    return [c.title for c in parse_note(1, text, location=Location(path="t")).citations]


def test_a_named_title_keeps_its_lower_case_joiners() -> None:
    text = "Bu konu Ahmet Yaşar Ocak'ın Türk Sufiliği ile Tarih adlı eserinde işlenmiştir."
    assert _titles(text) == ["Türk Sufiliği ile Tarih"]
    text = "Geniş bilgi için Zeki Velidi Togan'ın Türk ve Tatar Tarihi adlı kitabına bakınız."
    assert _titles(text) == ["Türk ve Tatar Tarihi"]


def test_editors_first_are_joined_by_any_languages_and() -> None:
    text = "Kafesoğlu, İbrahim ve Ahmet Taşağıl, eds. Türk Tarihi Araştırmaları. İstanbul: Ötüken."
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert found.title == "Türk Tarihi Araştırmaları"
    assert [str(e) for e in found.editors] == ["Kafesoğlu, İbrahim", "Ahmet Taşağıl"]
    assert found.authors == ()
