"""A role abbreviated in two words (`Yay. haz.`) closes the title before it, word and all."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("note", "title", "editor"),
    [
        (
            "Kutadgu Bilig, Yay. haz. Reşid Rahmeti Arat, Ankara, TDK, 1947.",
            "Kutadgu Bilig",
            "Arat",
        ),
        (
            "Ali Yılmaz, Kutadgu Bilig, Yay. haz. Reşid Rahmeti Arat, Ankara, TDK, 1947.",
            "Kutadgu Bilig",
            "Arat",
        ),
        ("Divanü Lûgat-it-Türk, Yay. haz. Besim Atalay, Ankara, TDK, 1985.", None, "Atalay"),
        ("Mesnevi, Yay. haz. Veled İzbudak, İstanbul, MEB, 1942.", "Mesnevi", "İzbudak"),
    ],
)
def test_two_word_role_closes_title(note: str, title: str | None, editor: str) -> None:
    cited = parse_note(1, note, location=Location(path="n"))
    (citation,) = cited.citations
    if title is not None:
        assert citation.title == title
    assert "Yay" not in (citation.title or "")
    assert [e.family for e in citation.editors] == [editor]


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Manas Destanı, Yay. haz. Naciye Yıldız, Ankara, Kültür Bakanlığı, 1995.",
            "Kültür Bakanlığı",
        ),
        (
            "Kutadgu Bilig, Yay. haz. Reşid Rahmeti Arat, Ankara, Türk Dil Kurumu, 1947.",
            "Türk Dil Kurumu",
        ),
    ],
)
def test_body_after_place_publishes(note: str, publisher: str) -> None:
    (citation,) = parse_note(1, note, location=Location(path="n")).citations
    assert citation.publisher == publisher
    assert citation.title == note.split(",")[0]
