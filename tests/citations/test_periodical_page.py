"""A periodical's page written as an extent (issue 12): after GOST's `//`, an article in a
paper or journal has pages, not a whole's extent (`// Егемен Қазақстан. – 2021. – 16
желтоқсан. – 5 б.`); a host book's imprint keeps its extent. The runs are labelled by hand
as the model labelled such notes; the notes are written for these tests."""

from __future__ import annotations

from tests.citations.labelled import decode_labelled


def test_an_extent_after_a_papers_date_is_the_articles_page() -> None:
    text = "Омаров Н. Жаңа кітап // Ана тілі. – 2019. – 3 қазан. – 7 б."
    spans = [
        ("Омаров Н.", "author"),
        ("Жаңа кітап", "title"),
        ("Ана тілі", "container-title"),
        ("2019", "issued"),
        ("3 қазан", "issued"),
        ("7", "number-of-pages"),
    ]
    fields = decode_labelled(text, spans)
    assert (fields.get("page"), fields.get("number-of-pages")) == ("7", None)


def test_a_host_books_extent_stays_its_extent() -> None:
    text = "Сеитов Б. Глава // Очерки истории. — Алматы : Ғылым, 2004. — 312 с."
    spans = [
        ("Сеитов Б.", "author"),
        ("Глава", "title"),
        ("Очерки истории", "container-title"),
        ("Алматы", "publisher-place"),
        ("Ғылым", "publisher"),
        ("2004", "issued"),
        ("312", "number-of-pages"),
    ]
    fields = decode_labelled(text, spans)
    assert (fields.get("page"), fields.get("number-of-pages")) == (None, "312")
