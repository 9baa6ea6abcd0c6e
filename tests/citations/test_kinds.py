"""A document's kind named alone (issue 12): a constitution or a code cited by its name alone
is titled so, and typed as legislation; a law's kind with a quoted title stays its genre. The
runs are labelled as the model does, so the pass is tested whatever the shipped model does;
the notes are written for these tests, none is a corpus note."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.labelled import decode_labelled as _decode


def test_a_kind_named_alone_is_the_title() -> None:
    text = "Конституция Республики Казахстан. — Алматы: Жеті жарғы, 2015. — 56 с."
    spans = [("Конституция Республики Казахстан", "genre"), ("Алматы", "publisher-place")]
    fields = _decode(text, [*spans, ("Жеті жарғы", "publisher"), ("2015", "issued")])
    assert fields["title"] == "Конституция Республики Казахстан"
    assert "genre" not in fields


def test_a_kind_with_a_quoted_title_stays_the_genre() -> None:
    text = "Закон Республики Казахстан «Об образовании». Алматы, 2007."
    spans = [("Закон Республики Казахстан", "genre"), ("Об образовании", "title")]
    fields = _decode(text, [*spans, ("Алматы", "publisher-place"), ("2007", "issued")])
    assert fields["genre"] == "Закон Республики Казахстан"
    assert fields["title"] == "Об образовании"


def test_a_constitution_is_legislation() -> None:
    for text in (
        "Türkiye Cumhuriyeti Anayasası, Resmî Gazete, 9 Kasım 1982, Sayı: 17863.",
        "The Constitution of the Republic of Kazakhstan, 1995.",
    ):
        note = parse_note(1, text, location=Location(path="t"))
        assert note.citations[0].type == "legislation", text
