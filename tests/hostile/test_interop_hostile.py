"""Hostile reference files: CSL-JSON, BibTeX and RIS that are wrong, huge or deep, and data kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.interop import dump_items, loads_items
from citekit.interop._common import CiteKeys
from citekit.interop.bibtex import loads_bibtex
from citekit.model import Citation
from tests.linear import assert_linear


def _convert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, target: str
) -> tuple[int, str, Path]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / target
    code = main(["convert", str(source), str(out)])
    return code, capsys.readouterr().err, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"author": ["Smith"]}]', "item 1: 'author'[0] must be a name object"),
        ('[{"author": {"family": "Smith"}}]', "item 1: 'author' must be a list of name objects"),
        ('[{"title": {"a": [1, 2]}}]', "item 1: 'title' must be a string, not an object"),
        ('[{"id": "x", "volume": Infinity}]', "Infinity is not a JSON number"),
        ('[{"issued": {"date-parts": [[1e400]]}}]', "too large"),
        ('[{"issued": {"date-parts": [["2021", "x"]]}}]', "date-parts must hold whole numbers"),
        ('[{}, {"id": "b", "editor": [{"given": [5]}]}]', "item 2 (id 'b')"),
        ("[" * 100_000 + "]" * 100_000, "nested more than 32 levels"),
        ('[{"note": ' + "[" * 40 + "]" * 40 + "}]", "nested more than 32 levels"),
        ("[1, 2", "line 1 column 6"),
        ('"just a string"', "must be an array of items"),
        ('[{"id": "a", "title": "Bad \\ud800 title"}]', "item 1 (id 'a'): 'title' holds a lone"),
        ('[{"id": "a", "author": [{"family": "X\\udfff"}]}]', "'author' holds a lone surrogate"),
        ('[{"id": "\\udc00", "title": "T"}]', "item 1: 'id' holds a lone surrogate"),
        (
            '[{"id": "a", "issued": {"date-parts": [[99999999999999999999]]}}]',
            "'issued' date-parts hold at most 6 digits, not 99999999999999999999",
        ),
    ],
)
def test_bad_csl_json_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    code, err, out = _convert(tmp_path, capsys, "in.json", text, "out.bib")
    assert code == 2
    assert expected in err
    assert "internal error" not in err
    assert not out.exists()


BOOK = {
    "id": "toqaev2021",
    "type": "book",
    "title": "Zakon",
    "author": [{"family": "Toqaev", "given": "Q."}],
    "issued": {"date-parts": [[2021]]},
    "ISBN": "978-3-16-148410-0",
    "ISSN": "1234-5678",
    "edition": "2",
    "number-of-pages": "300",
    "collection-title": "Laws",
    "translator": [{"family": "Ata", "given": "R."}],
    "genre": "Monograph",
    "note": "Signed copy",
    "abstract": "What it says",
    "x-house": {"shelf": [1, 2]},
}


def test_csl_json_keeps_every_variable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, out = _convert(tmp_path, capsys, "in.json", json.dumps([BOOK]), "out.json")
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == [BOOK]
    assert "not kept" not in err


@pytest.mark.parametrize("target", ["out.bib", "out.ris"])
def test_other_formats_keep_the_key_and_report_what_they_drop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    code, err, out = _convert(tmp_path, capsys, "in.json", json.dumps([BOOK]), target)
    assert code == 0
    (back,) = loads_items(out.read_text(encoding="utf-8"), "bibtex" if "bib" in target else "ris")
    assert back.id == "toqaev2021"
    kept = {
        "isbn": back.isbn,
        "edition": back.edition,
        "collection_title": back.collection_title,
        "genre": back.genre,
        "note": back.note,
        "translators": back.translators[0].family,
    }
    assert kept == {
        "isbn": "978-3-16-148410-0",
        "edition": "2",
        "collection_title": "Laws",
        "genre": "Monograph",
        "note": "Signed copy",
        "translators": "Ata",
    }
    assert "x-house not kept" in err
    assert back.number_of_pages == "300"  # a book's SP in RIS, its pagetotal in BibLaTeX
    if target == "out.bib":
        assert back.issn == "1234-5678"
    else:
        assert "ISSN not kept" in err


def test_bibtex_strings_and_concatenation_are_expanded() -> None:
    text = (
        '@string{jn = "Journal of " # "Central Asia"}\n'
        "@string{ank = {Ankara}}\n"
        '@article{toqaev2021, title = {Visit} # " to " # ank, journal = jn, year = 2021,'
        " month = oct}\n"
    )
    (item,) = loads_bibtex(text)
    assert (item.id, item.title, item.container) == (
        "toqaev2021",
        "Visit to Ankara",
        "Journal of Central Asia",
    )
    assert (item.issued.year, item.issued.month) == (2021, 10) if item.issued else False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('@string{big = "' + "a" * 10_000_000 + '"}\n@misc{k, title = big}\n', "longer than"),
        ("@string{a = {" + "x" * 90_000 + "}}\n@misc{k, title = a # a}\n", "longer than"),
        ("@article{broken, title = {unclosed\n@misc{ok, title = {Fine}}\n", "line 1:"),
        ("@misc{a, title = nomacro}\n", "'nomacro' is not a defined @string"),
        ("@misc{a, title = {x}}\n@misc{a, title = {y}}\n", "the key 'a' is used twice"),
        ("no entries at all\n", "no BibTeX entries"),
    ],
)
def test_bad_bibtex_is_one_clear_error_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    code, err, out = _convert(tmp_path, capsys, "in.bib", text, "out.json")
    assert code == 2
    assert expected in err
    assert len(err.strip().splitlines()) == 1  # no raw bibtexparser messages
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("garbage\n", "no RIS records"),
        ("", "no RIS records"),
        ("TY  - JOUR\nTI  - unfinished\n", "has no end"),
        ("TY  - JOUR\nTI  - a\nER  - \nTY  - BOOK\nTI  - b\n", "1 record(s) have no end"),
    ],
)
def test_ris_without_records_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    code, err, out = _convert(tmp_path, capsys, "in.ris", text, "out.json")
    assert code == 2
    assert expected in err
    assert not out.exists()


def _make_keys(items: list[Citation]) -> None:
    keys = CiteKeys()
    for item in items:
        keys.make(item)


def test_cite_keys_take_linear_work() -> None:
    # n citations with one title, so every key needs a suffix: quadratic work would show here
    assert_linear(lambda n: [Citation(title="Same title", authors=())] * n, _make_keys, 4000)


def test_kept_ids_win_over_made_keys() -> None:
    made = dump_items([Citation(title="2021 zakon", id="toqaev2021")], "bibtex").text
    assert made.startswith("@online{toqaev2021,")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028"])
def test_a_line_break_in_a_value_cannot_start_a_ris_record(newline: str) -> None:
    title = f"Line one{newline}ER  - {newline}TY  - JOUR{newline}TI  - Injected"
    items = [
        Citation(type="book", title=title, id="a", note=f"multi{newline}line"),
        Citation(type="book", title="Next", id="b"),
    ]
    back = loads_items(dump_items(items, "ris").text, "ris")
    assert [(c.id, c.title, c.note) for c in back] == [
        ("a", "Line one ER  -  TY  - JOUR TI  - Injected", "multi line"),
        ("b", "Next", None),
    ]
