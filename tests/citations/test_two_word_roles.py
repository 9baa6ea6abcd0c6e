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
