"""``citekit fix`` on a file whose fixes cannot be made says so, not "nothing to fix"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citekit.cli import main
from tests.conftest import ROOT


@pytest.fixture
def docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example DOCX article in a folder whose settings check no links."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    copy = tmp_path / "article.docx"
    shutil.copy(ROOT / "examples" / "article.docx", copy)
    return copy


def test_a_docx_with_fixes_it_cannot_take_is_not_called_clean(
    docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = docx.read_bytes()
    assert main(["fix", "--lang", "ru", "article.docx"]) == 1  # Şol ýerde. is not Там же.
    err = capsys.readouterr().err
    assert "article.docx note 2: not fixed: DOCX files are not rewritten" in err
    assert "article.docx: nothing fixed: the 1 fix(es) above were not made" in err
    assert "nothing to fix" not in err
    assert docx.read_bytes() == before


def test_a_clean_file_is_still_nothing_to_fix(
    docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fix", "article.docx"]) == 0
    assert capsys.readouterr().err == "article.docx: nothing to fix\n"
