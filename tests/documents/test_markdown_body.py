"""A Markdown article's language comes from its body, not from footnotes in other languages."""

from __future__ import annotations

from tests.conftest import ROOT

from citekit.pipeline import read_bytes

ARTICLE = ROOT / "examples" / "article.md"


def test_footnotes_stay_out_of_the_body_language() -> None:
    doc = read_bytes(ARTICLE.read_bytes(), path="article.md")
    assert len(doc.notes) == 5
    assert doc.language == "tr"  # the notes are Turkmen, Kazakh and Russian
