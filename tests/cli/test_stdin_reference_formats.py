"""A reference file on standard input is told by its first lines, as reference managers write
them: JabRef opens BibTeX with ``% Encoding: UTF-8`` comments, and some RIS exports open with
header lines (``Provider: …``). Both were read as an article with no notes ("no references")."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.cli.format import _sniff

JABREF = (
    "% This file was created with JabRef 5.9.\n% Encoding: UTF-8\n\n"
    "@book{demir2019, title = {Orta Asya}, author = {Demir, Ali}, year = 2019, publisher = {TTK}}\n"
)
RIS = (
    'Provider: Zotero\r\nContent: text/plain; charset="UTF-8"\r\n\r\n'
    "TY  - BOOK\r\nTI  - История Казахстана\r\nAU  - Ким, Г. Н.\r\nPY  - 2018\r\nER  - \r\n"
)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (JABREF, "bibtex"),
        (RIS, "ris"),
        ('\ufeff[{"id": "a", "type": "book", "title": "K"}]', "csl-json"),
        ("% Orta Asya\n% Ali Demir\n\nTicaret arttı.[^1]\n\n[^1]: Aynı yer.\n", None),
        ("Title: Trade\n\nTrade grew.[1]\n\n[1] Smith J. A Book. 2019.\n", None),
    ],
)
def test_the_format_is_told_from_the_first_lines(text: str, fmt: str | None) -> None:
    assert _sniff(text.encode("utf-8")) == fmt


@pytest.mark.parametrize(
    ("text", "entry"), [(JABREF, "Demir, A. (2019)"), (RIS, "Ким, Г. Н. (2018)")]
)
def test_format_reads_them_from_standard_input(
    text: str, entry: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["format", "-", "--style", "apa"]) == 0
    assert capsys.readouterr().out.startswith(entry)


def test_from_names_the_format_of_a_file_without_its_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "export.txt"
    items.write_text(JABREF, encoding="utf-8")
    assert main(["format", str(items), "--style", "apa"]) == 2
    assert (
        "no references (a reference file needs its extension or --from)" in capsys.readouterr().err
    )
    assert main(["format", str(items), "--from", "bibtex", "--style", "apa"]) == 0
    assert capsys.readouterr().out.startswith("Demir, A. (2019)")


@pytest.mark.parametrize("command", ["format", "convert"])
def test_a_file_whose_name_says_no_format_is_told_by_its_lines(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `citekit format <(curl …)` names /dev/fd/63; an export saved without an extension
    items = tmp_path / "export"
    items.write_text(RIS, encoding="utf-8")
    argv = ["format", str(items), "--style", "apa"]
    if command == "convert":
        argv = ["convert", str(items), "-", "--to", "bibtex"]
    assert main(argv) == 0
    assert "Ким" in capsys.readouterr().out
