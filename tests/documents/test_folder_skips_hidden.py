"""A folder is read without going into hidden folders or installed packages: ``citekit check .``
in a project read every README and LICENSE of its ``.venv`` and ``node_modules`` (and their
notes failed the check), and ``citekit fix .`` could rewrite them."""

from __future__ import annotations

from pathlib import Path

from citekit.documents.files import find_documents


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Text.\n", encoding="utf-8")


def test_hidden_folders_and_packages_are_not_gone_into(tmp_path: Path) -> None:
    for name in (
        "articles/a.md",
        ".git/description.txt",
        ".venv/lib/python3.11/site-packages/pkg/README.md",
        "node_modules/pkg/README.md",
        "vendor/site-packages/x/NOTICE.txt",
        "articles/__pycache__/b.txt",
        "articles/.hidden.md",
    ):
        _touch(tmp_path / name)
    assert find_documents(tmp_path) == [str(tmp_path / "articles" / "a.md")]


def test_a_hidden_folder_named_outright_is_read(tmp_path: Path) -> None:
    _touch(tmp_path / ".drafts" / "sub" / "x.txt")
    assert find_documents(tmp_path / ".drafts") == [str(tmp_path / ".drafts" / "sub" / "x.txt")]
