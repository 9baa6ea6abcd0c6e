"""The decoder's words read from the language files (session 21 cleanup): IEEE's report, thesis
and editor words, a report number's labels, the `f.` after a page, German's `In:` and `S.`."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.citations.tagger import colon_authors, ieee_hosts, page_ends, report_numbers
from citekit.model import Location
from tests.citations.parsed import first_citation as _first


def test_words_come_from_the_language_files() -> None:
    assert {"f", "ff", "sq"} <= page_ends._following()
    assert {"no", "nr", "№", "n°", "number", "sayı"} <= report_numbers.number_labels()
    assert ieee_hosts._report_words() == {"Rep", "Rept"}
    assert ieee_hosts._report_qualifiers() == {"Tech"}
    assert ieee_hosts._thesis_words() == {"thesis", "dissertation"}
    assert ieee_hosts._editor_words() == {"ed", "eds", "Ed", "Eds"}
    assert ieee_hosts._et_al_forms() == (("et", "al", ".", ","),)
    assert colon_authors._in_forms() == (("In", ":"), ("in", ":"))
    assert colon_authors._page_forms() == (("S", "."),)


def test_following_pages_in_an_ibid() -> None:
    note = parse_note(1, "Ibid., p. 12 sq.", location=Location(path="t"))
    assert note.page == "12 sq."


def test_ieee_thesis_and_editors() -> None:
    thesis = _first(
        '[5] B. Nurlan, "Snow cover in the Tien Shan," M.S. thesis, Dept. Geogr., Al-Farabi '
        "Kazakh Natl. Univ., Almaty, Kazakhstan, 2018."
    )
    assert thesis.publisher == "Dept. Geogr., Al-Farabi Kazakh Natl. Univ"
    chapter = _first(
        '[6] C. Ospanov, "Steppe soils," in Soil Atlas of Central Asia, D. Smith et al., Eds. '
        "New York, NY, USA: Springer, 2015, pp. 10-22."
    )
    assert chapter.editors[0].family == "Smith"
    assert chapter.publisher_place == "New York, NY, USA"


def test_german_colon_author_by_its_form() -> None:
    # no known given name: the note's `S.` or `In:` (de.toml's page and in words) tells the form
    for text in (
        "Zarko Quellmann: Die Steppe und ihre Städte. Berlin: Dietz 1990, S. 12.",
        "Zarko Quellmann: Die Steppe und ihre Städte. In: Osteuropa 57 (2007), S. 3-20.",
    ):
        found = _first(text)
        assert found.authors[0].family == "Quellmann"
        assert found.title == "Die Steppe und ihre Städte"
