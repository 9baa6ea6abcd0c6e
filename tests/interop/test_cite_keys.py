"""Cite keys read Cyrillic by the citation's language (or the language whose alphabet fits the
word), chosen from language data rather than one hard-coded Kazakh table; the keys stay the
ones earlier releases wrote."""

from __future__ import annotations

from citekit.csl import from_csl
from citekit.interop import dump_items
from citekit.interop._common import cite_key
from citekit.model import Citation, Name, PartialDate


def _key(family: str, language: str | None) -> str:
    citation = Citation(
        title="Мир", authors=(Name(family=family),), issued=PartialDate(2021), language=language
    )
    return cite_key(citation, set())


def test_russian_name_is_read_by_the_russian_table() -> None:
    assert _key("Щербатых", "ru") == "shcherbatykh2021mir"


def test_kazakh_letters_pick_the_kazakh_table_without_a_language() -> None:
    assert _key("Тоқаев", None) == "toqaev2021mir"


def test_a_citation_in_a_language_citekit_cannot_romanize_falls_back_by_alphabet() -> None:
    assert _key("Тоқаев", "en") == "toqaev2021mir"
    assert _key("Иванов", "en") == "ivanov2021mir"


def test_a_citation_key_written_as_the_entry_key_is_no_loss() -> None:
    same = from_csl({"id": "toqaev2021", "citation-key": "toqaev2021", "type": "book"})
    other = from_csl({"id": "toqaev2021", "citation-key": "other2021", "type": "book"})
    for target in ("bibtex", "ris"):
        assert dump_items([same], target).losses == ()
        assert [loss.field for loss in dump_items([other], target).losses] == ["citation-key"]


def test_latin_letters_nfkd_keeps_whole_are_folded_not_dropped() -> None:
    def key(family: str, title: str, lang: str) -> str:
        citation = Citation(
            title=title, authors=(Name(family=family),), issued=PartialDate(2019), language=lang
        )
        return cite_key(citation, set())

    assert key("Yılmaz", "Işık", "tr") == "yilmaz2019isik"
    assert key("İnalcık", "Osmanlı", "tr") == "inalcik2019osmanli"
    assert key("Əliyev", "Ədəbiyyat", "az") == "eliyev2019edebiyyat"
    assert key("Łukasz", "Straße", "en") == "lukasz2019strasse"
