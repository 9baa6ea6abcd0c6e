"""Reading many documents shows a progress bar on a terminal, and nothing otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli._paths import read_all

NOTE = "Metin burada uzun bir paragraf olarak yazılmıştır.[1]\n\n[1] Ali Demir, Kitap, 2010.\n"


def _folder(tmp_path: Path) -> Path:
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
