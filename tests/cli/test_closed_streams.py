"""A closed standard input or output (`<&-`, `>&-`, a service started without them) is said
plainly with exit 2, as `ls >&-` says "write error": it was an internal error ("'NoneType'
object has no attribute 'buffer'") for every command reading `-` or writing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

NOTE = "Текст.[^1]\n\n[^1]: Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – 304 с.\n"


@pytest.mark.parametrize(
    "args",
    [["notes", "-"], ["check", "-"], ["date", "-"], ["lang", "-"], ["convert", "-", "o.json"]],
)
def test_a_closed_standard_input_is_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    monkeypatch.setattr("sys.stdin", None)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "citekit: error: standard input is closed" in err
    assert "internal error" not in err


@pytest.mark.parametrize("command", ["notes", "check"])
def test_a_closed_standard_output_is_said(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: str,
) -> None:
    path = tmp_path / "a.md"
    path.write_text(NOTE, encoding="utf-8")
    monkeypatch.setattr("sys.stdout", None)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert "citekit: error: standard output is closed" in err
    assert "internal error" not in err


def test_a_date_given_as_words_needs_no_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", None)
    assert main(["date", "25.10.2021"]) == 0
    assert capsys.readouterr().out == "2021-10-25\n"
