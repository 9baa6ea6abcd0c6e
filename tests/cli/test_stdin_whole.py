"""Standard input is read whole or refused, never cut short in silence: `date -` read only its
first 16 MiB, so the dates after it got no answer and the line cut through was quoted as a text
of "16,777,216 characters"; `lang -` judged a longer text by its start without saying so."""

from __future__ import annotations

import io

import pytest

from citekit.cli import main


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, *, limit: int) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    monkeypatch.setattr("citekit.cli._options._MAX_STDIN", limit)


def test_date_answers_every_line_past_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = ["25.10.2021", "1 Haziran 2020", "2021 ж. 25 қазан", "12 марта 2019 г."] * 20
    _stdin(monkeypatch, "\n".join(dates).encode(), limit=64)  # the input is ~1.1 KB
    assert main(["date", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["2021-10-25", "2020-06-01", "2021-10-25", "2019-03-12"] * 20
    assert err == ""


def test_date_refuses_a_line_longer_than_the_limit_naming_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"25.10.2021\n" + b"2019 " * 40 + b"\n1 Haziran 2020\n", limit=64)
    assert main(["date", "-"]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == ["2021-10-25"]
    assert "standard input: line 2 is longer than 64 bytes" in err


@pytest.mark.parametrize("command", [["lang", "-"], ["lang", "--why", "-"]])
def test_lang_refuses_a_text_longer_than_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    _stdin(monkeypatch, "Türkmenistanyň taryhy we medeniýeti. ".encode() * 10, limit=64)
    assert main(command) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "standard input is longer than 64 bytes" in err


def test_lang_reads_a_text_within_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "Türkmenistanyň taryhy we medeniýeti".encode(), limit=64)
    assert main(["lang", "-"]) == 0
    assert capsys.readouterr().out == "tk\n"
