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


def test_a_title_of_shortened_words_is_no_title_and_the_host_alone_is() -> None:
    text = "Сталин и ВЧК. Сб. док. (1917–1922). Изд. 2-е, доп. М., 1987. С. 507."
    spans = [("Сталин и ВЧК", "container-title"), ("Сб. док", "title"), ("М.", "publisher-place")]
    fields = _decode(text, [*spans, ("1987", "issued"), ("507", "page")])
    assert fields["title"] == "Сталин и ВЧК"
    assert "container-title" not in fields


def test_a_short_real_title_stays() -> None:
    text = "Иванов И. Мир. Сб. ст. // Вестник. 2001. № 5."
    spans = [("Иванов И.", "author"), ("Мир", "title"), ("Вестник", "container-title")]
    fields = _decode(text, [*spans, ("2001", "issued"), ("5", "issue")])
    assert fields["title"] == "Мир"


def test_a_gazette_cited_by_its_issue_and_article_is_the_host() -> None:
    for text, gazette in (
        ("СЗ СССР, 1923, № 81. Ст. 782.", "СЗ СССР"),
        (
            "Ведомости Парламента Республики Казахстан, 1995, № 24, ст. 156.",
            "Ведомости Парламента Республики Казахстан",
        ),
    ):
        citation = parse_note(1, text, location=Location(path="t")).citations[0]
        assert citation.type == "legislation"
        assert citation.container == gazette
        assert citation.title is None


def test_a_laws_kind_before_its_adoption_clause_is_the_title() -> None:
    text = (
        "Қазақстан Республикасының Конституциясы. 1995 жылғы 30 тамызда республикалық"
        " референдумда қабылданды. – Астана: Елорда, 2019. – 48 б."
    )
    (citation,) = parse_note(1, text, location=Location(path="k")).citations
    assert citation.title == "Қазақстан Республикасының Конституциясы"
    assert citation.type == "legislation"
    assert "30 тамызда республикалық референдумда қабылданды" in citation.unparsed
