"""`benchmarks/refs_from_notes.py` builds the gold record's entry from what the annotator wrote,
not from spacing or a closing period the official scorer ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Citation
from tests.scripts import load_script

REFS = Path(__file__).parent.parent / "benchmarks" / "refs_from_notes.py"


@pytest.fixture(autouse=True)
def _benchmarks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REFS.parent))  # the script imports its `_common`


@pytest.mark.parametrize(
    ("key", "attribute", "gold", "parsed"),
    [
        ("place", "publisher_place", "М .", "М."),
        ("title", "title", "Развитие культуры в 1980-е гг", "Развитие культуры в 1980-е гг."),
        ("publisher", "publisher", "University  of Chicago Press", "University of Chicago Press"),
        ("container", "container", "Türk Dili Dergisi", "Türk Dili Dergisi."),
    ],
)
def test_spacing_and_a_closing_period_are_no_difference(
    key: str, attribute: str, gold: str, parsed: str
) -> None:
    module = load_script(REFS)
    record = Citation(type="book", **{attribute: parsed})
    assert getattr(module.gold_citation({key: gold}, record), attribute) == parsed


@pytest.mark.parametrize(
    ("key", "attribute", "gold", "parsed"),
    [
        ("title", "title", "Тарихи роман", "«Тарихи роман»"),  # quotes make another entry
        ("place", "publisher_place", "Boston", "Boston College"),
        ("title", "title", "Kazan", "Kazan,"),
        ("page", "page", "177-180", "177"),
    ],
)
def test_other_differences_stay(key: str, attribute: str, gold: str, parsed: str) -> None:
    module = load_script(REFS)
    record = Citation(type="book", **{attribute: parsed})
    gold_key = "pages" if key == "page" else key
    assert getattr(module.gold_citation({gold_key: gold}, record), attribute) == gold


def test_a_container_that_is_the_publisher_but_for_spacing_is_dropped() -> None:
    module = load_script(REFS)
    record = Citation(type="book", publisher="Rebel Publishing House")
    gold = {"publisher": "Rebel  Publishing House", "container": "Rebel  Publishing House"}
    assert module.gold_citation(gold, record).container is None


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [("uk", "uk"), ("az", "az"), ("de", "de"), ("tr", "other"), (None, "other")],
)
def test_the_corpus_other_language_is_the_parsed_code_of_another_language(
    parsed: str | None, expected: str
) -> None:
    module = load_script(REFS)
    record = Citation(type="book", title="Історія", language=parsed)
    assert module.gold_citation({"language": "other"}, record).language == expected


@pytest.mark.parametrize(
    ("key", "attribute", "gold", "parsed"),
    [
        ("edition", "edition", "3", "3."),
        ("volume", "volume", "2", "2."),
        ("url", "url", "https://example.org/a", "https://example.org/a."),
    ],
)
def test_numbers_and_addresses_keep_the_gold_form(
    key: str, attribute: str, gold: str, parsed: str
) -> None:
    module = load_script(REFS)
    record = Citation(type="book", **{attribute: parsed})
    assert getattr(module.gold_citation({key: gold}, record), attribute) == gold
