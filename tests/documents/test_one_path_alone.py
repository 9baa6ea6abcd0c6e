"""`find_documents` and `read_documents` take one path (or one exclude pattern) alone: a string
was iterated letter by letter, so `find_documents("art.md")` looked up "a", "r", "t", ".", …
and the "." listed the whole working folder, and `read_documents("articles")` failed on "a"."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.documents.files import find_documents
from citekit.pipeline import read_documents

ARTICLE = "Trade grew in the first nine months of the year, officials said.[^1]\n\n[^1]: “T”, O.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles" / "drafts").mkdir(parents=True)
    (tmp_path / "articles" / "art.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "drafts" / "next.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "other.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_string_is_one_path(folder: Path) -> None:
    assert find_documents("articles/art.md") == ["articles/art.md"]
    assert find_documents(Path("articles/art.md")) == ["articles/art.md"]
    assert [d.path for d in read_documents("articles")] == [
        "articles/art.md",
        "articles/drafts/next.md",
    ]


def test_a_string_is_one_exclude_pattern(folder: Path) -> None:
    assert find_documents(["articles"], exclude="drafts") == ["articles/art.md"]
    assert [d.path for d in read_documents("articles", exclude="drafts")] == ["articles/art.md"]
