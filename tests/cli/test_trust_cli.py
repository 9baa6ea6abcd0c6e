"""Command-line answers that were wrong with exit 0 (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import detect_language
from citekit.cli import main
from tests.conftest import DATA

DOCX = DATA / "corpus" / "documents" / "tm-makala-docx.tk.docx"


def test_short_english_title_is_not_called_portuguese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lang", "Regional", "trade"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "und\n"
    assert "too little evidence" in captured.err
    assert detect_language("Regional trade") == "und"
    assert detect_language("Central Asian trade") == "en"  # `asian`: an English title word


def test_longer_english_title_is_still_english() -> None:
    assert detect_language("Trade and the new silk road in Central Asia") == "en"


def test_edition_of_a_docx_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "makala.docx"
    source.write_bytes(DOCX.read_bytes())
    assert main(["edition", str(source), "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert "DOCX files are not rewritten" in err
    assert "no edition was written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["makala.docx"]


def test_lang_why_shows_the_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lang", "--why", "Türkmenistanyň", "eksporty", "artdy"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "tk"
    assert lines[1].split()[0] == "tk"
    scores = [float(line.split()[1]) for line in lines[1:]]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > 0 > scores[-1]
