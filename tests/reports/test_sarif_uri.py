"""SARIF names each file by a URI reference: a space, ``#`` or a Cyrillic letter in a file name
is percent-encoded, so that a code-scanning tool finds the file (``#1`` was read as a fragment
and the rest of the name lost), and an absolute path is a ``file://`` URI."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from citekit.cli import main
from citekit.reports.sarif import artifact_uri

ARTICLE = """Trade between the two countries grew in the first nine months of the year.[1]

Notes
[1] “Trade”, Orient, https://orient.tm/1, (Accessed: 03/04/2021).
"""


@pytest.mark.parametrize(
    "path", ["articles/a.md", "my dir/статья #1.html", "50% off?.md", "a,b:c.txt", "<stdin>"]
)
def test_a_relative_path_reads_back_from_its_uri(path: str) -> None:
    uri = artifact_uri(path)
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc, parts.query, parts.fragment) == ("", "", "", "")
    assert unquote(parts.path) == path
    assert uri.isascii()
    assert " " not in uri


def test_an_absolute_path_is_a_file_uri() -> None:
    assert artifact_uri("/srv/news/my article.md") == "file:///srv/news/my%20article.md"


def test_check_writes_the_encoded_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text('links = false\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / "issue #3").mkdir()
    (tmp_path / "issue #3" / "trade note.txt").write_text(ARTICLE, encoding="utf-8")
    main(["check", "--format", "sarif", "issue #3/trade note.txt"])
    log = json.loads(capsys.readouterr().out)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "issue%20%233/trade%20note.txt"
    assert location["region"] == {"startLine": 4}
