"""``citekit convert`` never writes an empty result for an input it misread.

A BibTeX file piped in (``convert - - --to ris``) was read as a plain-text article with no
notes, and an empty RIS file came out with exit 0. Standard input is now told by ``--from`` or
its first characters (as ``citekit format`` tells it), and a document whose notes cite nothing
is an error (exit 2) and no file is written.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from citekit.cli import main

BIB = """@book{suleimenov1975az,
  title = {Аз и Я},
  author = {Сулейменов, О.},
  publisher = {Жазушы},
  location = {Алма-Ата},
  date = {1975},
}
"""


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_standard_input_in_a_reference_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, BIB.encode())
    assert main(["convert", "-", "-", "--from", "bibtex", "--to", "ris"]) == 0
    out = capsys.readouterr().out
    assert "TY  - BOOK" in out
    assert "TI  - Аз и Я" in out


def test_standard_input_is_told_by_its_first_characters(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, BIB.encode())
    assert main(["convert", "-", "-", "--to", "ris"]) == 0
    assert "TI  - Аз и Я" in capsys.readouterr().out


def test_standard_input_whose_notes_cite_nothing_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975.\n".encode())
    assert main(["convert", "-", "-", "--to", "ris"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("citekit: error: <stdin>: read as a document")
    assert "--from" in captured.err


def test_a_document_without_citations_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "refs.txt").write_text(BIB, encoding="utf-8")
    assert main(["convert", "refs.txt", "refs.ris"]) == 2
    assert "citekit: error: refs.txt: read as a document" in capsys.readouterr().err
    assert not (tmp_path / "refs.ris").exists()
    assert main(["convert", "--from", "bibtex", "refs.txt", "refs.ris"]) == 0
    assert "TI  - Аз и Я" in (tmp_path / "refs.ris").read_text(encoding="utf-8")


def test_standard_input_that_is_not_utf8_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\xff\xfe@book{")
    assert main(["convert", "-", "-", "--from", "bibtex", "--to", "ris"]) == 2
    assert capsys.readouterr().err.startswith("citekit: error: <stdin>: not valid bibtex")
