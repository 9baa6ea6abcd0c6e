"""``citekit format``: standard input, CSL-JSON kept whole, a document's sources once each."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from citekit.cli import main
from tests.conftest import EXAMPLE

RICH = [
    {
        "id": "toqaev2021",
        "type": "book",
        "title": "Zakon i poryadok",
        "author": [{"family": "Toqaev", "given": "Qasym-Jomart"}],
        "translator": [{"family": "Smith", "given": "Anna"}],
        "edition": "2",
        "number-of-pages": "312",
        "collection-title": "Library of Law",
        "ISBN": "978-5-4461-0512-0",
        "genre": "Monograph",
        "publisher": "Nauka",
        "issued": {"date-parts": [[2021]]},
    }
]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_csl_json_on_standard_input_is_formatted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, json.dumps(RICH).encode())
    assert main(["format", "-", "--style", "apa"]) == 0
    out = capsys.readouterr().out
    expected = "Toqaev, Q.-J. (2021). Zakon i poryadok (A. Smith, Trans.; 2nd ed.) [Monograph]."
    assert out == expected + " Nauka.\n"


def test_csl_json_goes_through_whole_with_its_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rich.json"
    path.write_text(json.dumps(RICH), encoding="utf-8")
    assert main(["format", str(path), "--style", "chicago-notes-bibliography"]) == 0
    out = capsys.readouterr().out
    for kept in ("Smith", "2nd ed", "Library of Law"):
        assert kept in out  # translator, edition, collection title: not dropped on the way


def test_standard_input_with_no_references_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"just some words\n")
    assert main(["format", "-", "--style", "apa"]) == 2
    assert "no references" in capsys.readouterr().err


def test_csl_json_that_is_not_an_array_of_objects_is_an_error_naming_the_item(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b'[{"id": "a", "type": "book", "title": "T"}, "Smith"]')
    assert main(["format", "-"]) == 2
    assert "item 2 is a string" in capsys.readouterr().err


def test_a_documents_repeated_sources_are_one_entry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["format", str(EXAMPLE), "--style", "gost-r-7-0-5-2008-numeric"]) == 0
    lines = capsys.readouterr().out.splitlines()
    numbers = [line.split(".")[0] for line in lines]
    assert numbers == [str(n) for n in range(1, len(lines) + 1)]
    assert len({line.split(". ", 1)[1] for line in lines}) == len(lines)


IBID_CHAIN = """# Makale

Metin[^1] metin[^2] metin[^3].

[^1]: Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, İstanbul: Yapı Kredi Yayınları, 2003, s. 45.
[^2]: Aynı yer.
[^3]: Aynı yer, s. 50.
"""


def test_an_ibid_after_an_ibid_is_a_note_with_its_own_pinpoint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(IBID_CHAIN, encoding="utf-8")
    style = "chicago-notes-bibliography-subsequent-ibid"
    assert main(["format", str(path), "--mode", "notes", "--style", style]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    # a bare ibid is the place the note before names; the next ibid keeps its own page
    assert lines[1:] == ["Ibid., 45.", "Ibid., 50."]


POINTED = """# Makale

Metin[^1] metin[^2].

[^1]: Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, İstanbul: Yapı Kredi Yayınları, 2003, s. 45.
[^2]: Mehmet Kaya, “Türk Dış Politikası”, Bilig, Sayı 45 (2018): 12-30.
"""


def test_a_page_a_note_points_to_is_not_part_of_the_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(POINTED, encoding="utf-8")
    assert main(["format", str(path), "--style", "apa"]) == 0
    out = capsys.readouterr().out
    assert "p. 45" not in out  # the book's pinpoint is the note's, not the book's
    assert "12–30" in out  # an article's pages are its own
    assert main(["refs", str(path)]) == 0
    pages = {item["type"]: item.get("page") for item in json.loads(capsys.readouterr().out)}
    assert pages == {"book": None, "article-journal": "12-30"}
