"""Reading many documents shows a progress bar on a terminal, and nothing otherwise."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.cli._paths import read_all

NOTE = "Metin burada uzun bir paragraf olarak yazılmıştır.[1]\n\n[1] Ali Demir, Kitap, 2010.\n"


def _folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(NOTE, encoding="utf-8")
    (tmp_path / "d.docx").write_bytes(b"not a zip")
    return tmp_path


def test_a_bar_counts_the_documents_and_errors_still_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    read = read_all([str(_folder(tmp_path))], show=True)
    assert len(read.documents) == 3
    assert read.failed == 1
    err = capsys.readouterr().err
    assert "reading" in err
    assert "4/4" in err
    assert "d.docx: not a DOCX file" in err


def test_no_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    read = read_all([str(_folder(tmp_path))])
    assert len(read.documents) == 3
    err = capsys.readouterr().err
    assert "reading" not in err
    assert err.strip().startswith("citekit: error:")


def test_refs_of_a_folder_counts_the_documents_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path / "makaleler")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["refs", str(folder)]) == 2  # d.docx cannot be read; the others still are
    captured = capsys.readouterr()
    assert "4/4" in captured.err
    assert "d.docx: not a DOCX file" in captured.err
    assert json.loads(captured.out)[0]["title"] == "Kitap"


def test_refs_shows_no_bar_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["refs", str(_folder(tmp_path / "makaleler"))]) == 2
    err = capsys.readouterr().err
    assert "reading" not in err
    assert err.strip().startswith("citekit: error:")
