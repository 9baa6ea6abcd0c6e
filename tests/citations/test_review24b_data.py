"""Round 2's passes read their words from the language files (session 24 review): a preprint
server (`preprint_servers`), an exporter's record label (`export_labels`), the izafet's
suffixes (`izafet`), a role word read as written (`editor_cased`), a Harvard chapter's
editor role (`editor`). The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

from citekit.languages import shipped_words
from tests.citations.parsed import first_citation as _first


def test_the_words_are_data() -> None:
    assert "arXiv" in shipped_words("preprint_servers")
    assert "Document Type" in shipped_words("export_labels")
    assert {"i", "ı", "yı"} <= shipped_words("izafet")
    assert "Der." in shipped_words("editor_cased")


def test_a_preprint_identifier_is_the_host() -> None:
    c = _first(
        "Brown T, Mann B. Language models are few-shot learners. arXiv:2005.14165 [Preprint]. 2020."
    )
    assert (c.title, c.container) == ("Language models are few-shot learners", "arXiv:2005.14165")


def test_an_export_record_names_no_field() -> None:
    c = _first(
        "Aliyev, A., Karimov, B. Water use in Central Asia (2019) Water Policy, 21 (3), "
        "pp. 512-530. Document Type: Article Publication Stage: Final Source: Scopus"
    )
    assert c.title == "Water use in Central Asia"
    assert c.publisher is None


def test_a_cased_role_and_an_izafet_press() -> None:
    c = _first("Halil İnalcık, Osmanlı Toplumu, Der. Murat Belge, İstanbul: İletişim, 2002.")
    assert (c.title, [n.written for n in c.editors]) == ("Osmanlı Toplumu", ["Murat Belge"])
    c = _first("Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.")
    assert (c.title, c.publisher) == ("Salname-i Devlet-i Aliyye-i Osmaniye", "Matbaa-i Âmire")


def test_a_harvard_chapter_takes_any_languages_editor_word() -> None:
    c = _first(
        "Müller, K. (2019) 'Die Stadt im Wandel', in Schmidt, H. (Hrsg.) Geschichte der "
        "Städte. Berlin: Verlag, S. 45-60."
    )
    assert (c.title, c.container) == ("Die Stadt im Wandel", "Geschichte der Städte")
    assert [n.written for n in c.editors] == ["Schmidt, H."]
