"""A note longer than any citation could be (2 million characters: a file whose footnote markers
were lost, a book pasted whole) is a clear error naming the note, before any note is parsed: it
was parsed as one citation, a 40 MB Markdown note for 90 s and 1.7 GB of memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

CITATION = "Иванов И. И. История Казахстана. – Алматы: Наука, 2019. – 304 с. "


def _markdown(second: str) -> bytes:
    return (f"Текст статьи.[^1] Ещё текст.[^2]\n\n[^1]: {CITATION}\n[^2]: {second}\n").encode()


def test_a_note_past_the_limit_is_an_error_naming_it() -> None:
    too_long = r"note 2 has 2,999,999 characters, more than the 2,000,000"
    with pytest.raises(DocumentError, match=too_long):
        read_bytes(_markdown("Kaya A. Tarih. " * 200_000), path="long.md")


def test_a_long_note_within_the_limit_is_read() -> None:
    document = read_bytes(_markdown("Kaya A. Tarih, " + "uzun bir açıklama, " * 2_000), path="a.md")
    assert len(document.notes) == 2


def test_the_cli_says_so_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.md"
    path.write_bytes(_markdown("x" * 2_500_000))
    assert main(["notes", str(path)]) == 2
    assert "long.md: note 2 has 2,500,000 characters" in capsys.readouterr().err
