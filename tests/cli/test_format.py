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


IBID_VOLUME = """# Makale

Metin[^1] metin[^2] metin[^3] metin[^4].

[^1]: V. I. Lenin, *Polnoe sobranie sochinenii*, 5th ed. (Moscow: Politizdat, 1970), 41:164.
[^2]: Ibid., 38:166.
[^3]: Ibid.
[^4]: Ibid., 170.
"""


def test_an_ibid_that_names_another_volume_is_formatted_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(IBID_VOLUME, encoding="utf-8")
    style = "chicago-notes-bibliography-subsequent-ibid"
    assert main(["format", str(path), "--mode", "notes", "--style", style]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "41" in lines[0]
    assert "38:166" in lines[1]
    assert "41" not in lines[1]
    # the ibids after it repeat that volume, with its page or their own
    assert "38:166" in lines[2]
    assert "38:170" in lines[3]


SHORT_FORM = """# Makale

Metin[^1] metin[^2] metin[^3] metin[^4].

[^1]: Ahmet Kaya, *Türk Tarihi*, İstanbul: Yapı Kredi Yayınları, 2003, s. 45.
[^2]: Kaya, *Türk Tarihi*, s. 50.
[^3]: Aynı yer.
[^4]: Mehmet Demir, *Türk Tarihi*, Ankara: TTK, 1990, s. 7.
"""


def test_a_short_form_note_is_the_subsequent_note_of_the_source_cited_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(SHORT_FORM, encoding="utf-8")
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Ahmet Kaya, Türk Tarihi (İstanbul: Yapı Kredi Yayınları, 2003)")
    # the short form and the ibid after it are the book's later notes, not a book of no date
    assert lines[1:3] == ["Kaya, Türk Tarihi, 50.", "Kaya, Türk Tarihi, 50."]
    # another author's book of the same title is another source, cited in full
    assert lines[3].startswith("Mehmet Demir, Türk Tarihi (Ankara: TTK, 1990)")


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


REVIEW = """# Makale

Metin[^1] metin[^2] metin[^3] metin[^4].

[^1]: Aynı yer.
[^2]: Ahmet Yılmaz, Enerji Politikaları, İstanbul: Kitap Yayınevi, 2019, s. 4.
[^3]: Aynı yer, s. 9.
[^4]: Mehmet Kaya, “Türk Dış Politikası”, Bilig, Sayı 45 (2018): 12-30.
"""


def test_notes_mode_keeps_one_line_per_note_and_says_which_are_kept_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(REVIEW, encoding="utf-8")
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 4  # line N is note N: the ibid with nothing before it stays
    assert lines[0] == "Aynı yer."
    assert "Yılmaz" in lines[1]
    assert lines[2].endswith("9.")
    assert "Bilig" in lines[3]
    assert "note(s) 1 kept as written" in captured.err


def test_a_document_on_standard_input_is_formatted_note_by_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(REVIEW, encoding="utf-8")
    style = ["--mode", "notes", "--style", "chicago-notes-bibliography-subsequent-ibid"]
    assert main(["format", str(path), *style]) == 0
    from_file = capsys.readouterr().out
    _stdin(monkeypatch, REVIEW.encode())
    assert main(["format", "-", *style]) == 0
    assert capsys.readouterr().out == from_file
    assert len(from_file.splitlines()) == 4


def test_a_source_the_style_leaves_out_of_the_list_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [
        {
            "id": "w",
            "type": "entry-encyclopedia",
            "title": "Туркменистан",
            "container-title": "Википедия",
            "URL": "https://ru.wikipedia.org/wiki/Туркменистан",
        },
        {"id": "b", "type": "book", "title": "Аз и Я", "publisher": "Жазушы"},
    ]
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    assert main(["format", str(path), "--style", "chicago-notes-bibliography"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "no reference-list entry for 1 source(s): “Туркменистан” (entry-encyclopedia)" in (
        captured.err
    )
    assert main(["format", str(path), "--style", "apa"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert captured.err == ""


def test_notes_mode_with_an_in_text_style_says_so_and_names_the_note_styles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(REVIEW, encoding="utf-8")
    assert main(["format", str(path), "--mode", "notes", "--style", "gost-r-7-0-5-2008"]) == 0
    err = capsys.readouterr().err
    assert "gost-r-7-0-5-2008 is an in-text style" in err
    assert "isnad-dipnotlu" in err
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    assert "in-text" not in capsys.readouterr().err


SHORT_FIRST = """# Makale

Metin[^1] metin[^2].

[^1]: Kaya, *Türk Tarihi*, s. 50.
[^2]: Ahmet Kaya, *Türk Tarihi*, İstanbul: Yapı Kredi Yayınları, 2003, s. 45.
"""


def test_a_short_form_before_the_full_note_keeps_the_full_notes_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(SHORT_FIRST, encoding="utf-8")
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # the first note is the source in full, with the given name only the full note writes
    assert lines[0].startswith("Ahmet Kaya, Türk Tarihi (İstanbul: Yapı Kredi Yayınları, 2003)")
    assert lines[1] == "Kaya, Türk Tarihi, 45."


TWO_EDITIONS = """# Makale

Metin[^1] metin[^2] metin[^3].

[^1]: Ahmet Kaya, *Türk Tarihi*, İstanbul: Yapı Kredi Yayınları, 2003, s. 45.
[^2]: Ahmet Kaya, *Türk Tarihi*, Ankara: TTK, 2010, s. 12.
[^3]: Kaya, *Türk Tarihi*, s. 50.
"""


def test_a_short_form_that_fits_two_cited_sources_is_written_as_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_text(TWO_EDITIONS, encoding="utf-8")
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # which edition the note means is not written: no year of either is put in its mouth
    assert "2003" not in lines[2]
    assert "2010" not in lines[2]
    assert lines[2].startswith("Kaya, Türk Tarihi")
