"""An output file that is one of the documents read is refused (exit 2, nothing written):
`citekit check art.md -o art.md`, `refs art.md -o art.md` and `convert art.md art.md`
replaced the article with its report or its references."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

ARTICLE = (
    "Trade grew in the first nine months of the year, officials said on Monday.[^1]\n\n"
    "[^1]: “Trade”, Orient, https://orient.tm/1, (Accessed: 03/04/2021).\n"
)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text('links = false\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    path = tmp_path / "articles" / "art.md"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(path)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "articles/art.md", "-o", "articles/art.md"],
        ["check", "--format", "json", "articles", "-o", "./articles/art.md"],
        ["check", "articles/art.md", "-o", "link.md"],
        ["refs", "articles/art.md", "-o", "articles/art.md"],
        ["refs", "articles", "--to", "bibtex", "-o", "link.md"],
        ["convert", "articles/art.md", "articles/art.md", "--to", "bibtex"],
    ],
)
def test_the_document_read_is_never_the_output(
    article: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "the output would overwrite the document" in err
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_another_output_file_is_written(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "articles/art.md", "-o", "report.txt"]) == 0
    assert "ambiguous-date" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert main(["refs", "articles", "-o", "refs.json"]) == 0
    assert "orient.tm/1" in (tmp_path / "refs.json").read_text(encoding="utf-8")
