"""Values the exact rules take keep the letters as typed, though the rules read a word typed
with two keyboard layouts in its own alphabet (`citekit._text.unmixed`)."""

from __future__ import annotations

from citekit.citations import parse_citation, parse_note, resolve_references
from citekit.model import Citation, Location, NoteKind

LOC = Location(path="typed")


def test_an_archive_and_its_shelf_mark_keep_a_latin_letter() -> None:
    (citation,) = parse_note(1, "ЦГA РК. Ф. 1. Oп. 2. Д. 3. Л. 4.", location=LOC).citations
    assert citation.archive == "ЦГA РК"  # Latin A as typed
    assert citation.archive_location == "Ф. 1. Oп. 2. Д. 3"  # Latin O as typed
    assert citation.page == "4"


def test_an_access_date_read_through_a_latin_letter_keeps_it_in_its_raw_text() -> None:
    text = "Иванов И. И. История. URL: https://a.kz/b (дата обращения: 5 мaя 2024)."
    (citation,) = parse_note(1, text, location=LOC).citations
    assert citation.accessed is not None
    assert citation.accessed.isoformat() == "2024-05-05"
    assert citation.accessed.raw == "5 мaя 2024"  # Latin a: the text it was read from
    assert citation.accessed.raw in text


def test_a_note_typed_in_one_alphabet_is_unchanged() -> None:
    (citation,) = parse_note(1, "ЦГА РК. Ф. 1. Оп. 2. Д. 3. Л. 4.", location=LOC).citations
    assert (citation.archive, citation.archive_location) == ("ЦГА РК", "Ф. 1. Оп. 2. Д. 3")


def test_parse_citation_reads_invisible_characters_as_parse_note_does() -> None:
    text = "Иванов И. И. Исто\u00adрия Ка\u200bзахстана. М.: Наука, 2001. 300 с."
    cited = parse_citation(text)
    (noted,) = parse_note(1, text, location=LOC).citations
    assert (
        cited == noted == parse_citation("Иванов И. И. История Казахстана. М.: Наука, 2001. 300 с.")
    )
    assert cited.title == "История Казахстана"
    assert cited.raw == text  # the raw text is kept


def test_an_op_cit_finds_its_author_typed_with_a_twin_letter() -> None:
    texts = [
        "Bäşimowa G. Türkmen halylary. Aşgabat: Ylym, 2010. 200 s.",
        "Orazow A. Taryh. Aşgabat: Ylym, 2012. 150 s.",
        "Bäşimowа, agm., s. 5.",  # a Cyrillic а closes the name
    ]
    notes = resolve_references([parse_note(i, t, location=LOC) for i, t in enumerate(texts, 1)])
    assert notes[2].kind is NoteKind.OPCIT
    assert notes[2].refers_to == 1


def _one(text: str) -> Citation:
    (citation,) = parse_note(1, text, location=LOC).citations
    return citation


def test_a_site_named_with_a_twin_letter_is_the_host_of_its_address() -> None:
    url = "https://turkmenmetbugat.gov.tm/tk/articles/147748."
    written = _one(f'Hurmagözel Bäşimowa, "Gül Watanyň göwher gaşy," Türkmenmetbugat, 2024, {url}')
    typed = _one(f'Hurmagözel Bäşimowa, "Gül Watanyň göwher gaşy," Тürkmenmetbugat, 2024, {url}')
    assert written.container == "Türkmenmetbugat"
    assert typed.container == "Тürkmenmetbugat"  # a Cyrillic Т, as typed
    assert (typed.type, typed.publisher_place) == (written.type, written.publisher_place)


def test_a_title_with_a_twin_letter_has_the_language_of_the_title_as_written() -> None:
    written = _one("BAYTURSINOF, A. (1914). “Oquw Quralı-Qazaqça Elifba”, Orenburg.")
    typed = _one("BAYTURSINOF, A. (1914). “Oquw Quralı-Qazаqça Elifba”, Orenburg.")
    assert typed.language == written.language


def test_the_value_is_taken_where_its_rule_found_it() -> None:
    # the same archive written twice, the second time (the one the rule reads) with a Latin A
    text = "Документы ЦГА РК о войне. ЦГA РК. Ф. 1. Оп. 2. Д. 3. Л. 4."
    citation = _one(text)
    assert citation.archive == "ЦГA РК"  # the Latin A of the archive the shelf mark follows
    assert citation.archive_location == "Ф. 1. Оп. 2. Д. 3"
