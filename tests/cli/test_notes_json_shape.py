"""`citekit notes --json`: one file named gives its object; several paths, a folder or a
pattern give an array, however many documents were found or could be read. The shape used to
follow the number of documents read: `notes --json a.md missing.md` printed an object, and a
folder holding one article an object too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citekit.cli import main

ARTICLE = (
    "Trade grew in the first nine months of the year, officials said.[^1]\n\n"
    "[^1]: “Trade”, Orient, https://orient.tm/1, (Accessed: 25 October 2021).\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("paths", "status", "shape"),
    [
        (["articles/a.md"], 0, dict),
        (["articles"], 0, list),
        (["articles/*.md"], 0, list),
        (["articles/a.md", "articles/missing.md"], 2, list),
    ],
)
def test_the_shape_follows_the_paths(
    folder: Path,
    paths: list[str],
    status: int,
    shape: type,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["notes", "--json", *paths]) == status
    data: Any = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict) == (shape is dict)
    documents = [data] if isinstance(data, dict) else data
    assert [d["document"] for d in documents] == ["articles/a.md"]
