"""`citekit date` repeated a very long text in full in its error (a pasted page filled the
screen); it quotes the start and says how long the text is."""

from __future__ import annotations

import pytest

from citekit.cli import main


@pytest.mark.parametrize(
    "text",
    [
        "Bu makalede Orta Asya enerji koridorları ele alınmaktadır. " * 40,
        "Статья посвящена энергетическим коридорам Центральной Азии. " * 40,
        "x" * 10_000,
    ],
)
def test_a_long_text_is_cut_in_the_error(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["date", text]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"citekit: no date in {text[:60]!r}… ({len(text):,} characters): ")
    assert len(err) < 200


def test_a_short_text_is_quoted_whole(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Ekim ayının son günlerinde, bir yıl önce"
    assert main(["date", text]) == 1
    assert capsys.readouterr().err == f"citekit: no date in {text!r}: no date found\n"
