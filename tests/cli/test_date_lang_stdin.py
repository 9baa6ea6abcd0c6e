"""``citekit date -`` and ``citekit lang -`` read standard input, as every other command reads
``-``: they read the text "-" ("no date in '-'"). `date -` answers each line on its own line,
so that a column of dates pasted from a spreadsheet comes back as a column."""

from __future__ import annotations

import io
import json

import pytest

from citekit.cli import main


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_date_reads_one_date_a_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "25 октября 2021 г.\r\n\r\nno date here\n1 Haziran 2020\n2021 ж. 25 қазан\n"
    _stdin(monkeypatch, ("\ufeff" + lines).encode())
    assert main(["date", "-"]) == 1  # one line held no date
    out, err = capsys.readouterr()
    assert out.splitlines() == ["2021-10-25", "", "2020-06-01", "2021-10-25"]
    assert "no date in 'no date here'" in err


def test_date_json_reads_json_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"25.10.2021\n12.03.2020\n")
    assert main(["date", "--json", "-"]) == 0
    found = [json.loads(line)["date"] for line in capsys.readouterr().out.splitlines()]
    assert found == ["2021-10-25", "2020-03-12"]


def test_lang_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "\ufeffTürkmenistanyň daşary syýasaty we söwda gatnaşyklary\n".encode())
    assert main(["lang", "-"]) == 0
    assert capsys.readouterr().out.strip() == "tk"


def test_a_dash_among_words_is_a_word(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["date", "25", "-", "10", "-", "2021"]) == 0
    assert capsys.readouterr().out.strip() == "2021-10-25"
