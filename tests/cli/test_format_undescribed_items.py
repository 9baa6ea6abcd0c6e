"""`citekit format` on CSL-JSON (or BibTeX) items that name no work — no title, no author, no
container — says which item and leaves it out: it was formatted silently as "(N.d.)."."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main

FULL = {
    "id": "kaya",
    "type": "book",
    "title": "Türk Tarihi",
    "author": [{"family": "Kaya", "given": "Ali"}],
    "issued": {"date-parts": [[2010]]},
}


@pytest.mark.parametrize(
    "empty",
    [
        {},
        {"id": "x", "type": "book"},
        {"id": "y", "type": "article-journal", "issued": {"date-parts": [[2019]]}, "page": "4"},
        {"type": "webpage", "title": "  "},
    ],
)
@pytest.mark.parametrize("style", ["apa", "gost-r-7-0-5-2008", "chicago-notes-bibliography"])
def test_an_item_naming_no_work_is_said_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty: dict[str, object], style: str
) -> None:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([FULL, empty]), encoding="utf-8")
    assert main(["format", str(path), "--style", style]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "Türk Tarihi" in out
    assert "N.d." not in out
    assert "б. г." not in out
    name = f"item 2 ({empty['id']})" if "id" in empty else "item 2"
    assert f"{name} not formatted: it has no title, no author, no container" in err


@pytest.mark.parametrize(
    "kept",
    [
        {"id": "a", "type": "article-journal", "container-title": "Bilig", "volume": "4"},
        {"id": "b", "type": "book", "editor": [{"family": "Demir"}]},
        {"id": "c", "type": "report", "author": [{"literal": "Türkiye İstatistik Kurumu"}]},
        {"id": "d", "type": "webpage", "URL": "https://example.org/report.pdf"},
    ],
)
def test_an_item_naming_its_work_somehow_is_formatted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kept: dict[str, object]
) -> None:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([kept]), encoding="utf-8")
    assert main(["format", str(path), "--style", "apa"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "not formatted" not in err


def test_nothing_left_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.json"
    path.write_text("[{}]", encoding="utf-8")
    assert main(["format", str(path)]) != 0
    assert "none of its 1 item(s) names a title, an author, a container" in (
        capsys.readouterr().err
    )


def test_bibtex_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(
        "@book{kaya, author = {Kaya, Ali}, title = {Türk Tarihi}, year = {2010}}\n"
        "@misc{blank, year = {2019}}\n",
        encoding="utf-8",
    )
    assert main(["format", str(path), "--style", "apa"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "item 2 (blank) not formatted" in err
