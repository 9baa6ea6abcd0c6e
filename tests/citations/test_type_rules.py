"""Item types by rule: archival references and laws whatever the tagger named their parts."""

from __future__ import annotations

from citekit.citations.types import rule_type


def test_an_archival_reference_is_a_manuscript_even_with_a_title() -> None:
    text = "ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3."
    assert rule_type({"title": "12", "page": "3"}, text) == "manuscript"


def test_initials_that_look_like_archive_words_do_not_make_a_manuscript() -> None:
    text = "Иванов Д. Л. История Казахстана. М.: Наука, 2001. 300 с."
    fields = {"title": "История Казахстана", "publisher": "Наука", "publisher-place": "М."}
    assert rule_type(fields, text) == "book"


def test_a_law_named_in_its_genre_is_legislation_in_a_gazette() -> None:
    text = (
        "Федеральный закон от 01.06.2005 № 53-ФЗ «О государственном языке Российской "
        "Федерации» // Собрание законодательства РФ. 2005. № 23. Ст. 2199."
    )
    fields = {
        "title": "О государственном языке Российской Федерации",
        "container-title": "Собрание законодательства РФ",
        "genre": "Федеральный закон",
        "issue": "23",
    }
    assert rule_type(fields, text) == "legislation"
