"""`citekit format DOC --mode notes`: a note citing two sources keeps each source's own page.
The note's first page was given to every source it cites ("Hazar Havzası …, 45." where the
note says 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_notes

ARTICLE = """# Enerji

Bölgede enerji politikaları hızla değişiyor ve yeni boru hatları gündeme geliyor.[^1]

[^1]: Bkz. Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), \
45; Mehmet Kaya, Hazar Havzası (Ankara: Nobel, 2018), 12.
"""


def test_each_source_of_a_note_keeps_its_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "makale.md").write_text(ARTICLE, encoding="utf-8")
    assert main(["format", "makale.md", "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    first, second = line.split("; ")
    assert first.endswith("2019), 45")
    assert second.endswith("2018), 12.")


def test_format_notes_takes_one_locator_per_source() -> None:
    def book(family: str, title: str, year: int) -> Citation:
        return Citation(
            type="book", title=title, authors=(Name(family=family),), issued=PartialDate(year)
        )

    a, b = book("Yılmaz", "Enerji", 2019), book("Kaya", "Hazar", 2018)
    (both,) = format_notes([[a, b]], style="isnad-dipnotlu", locators=[["45", "12"]])
    assert "45;" in both
    assert both.endswith("12.")
    (same,) = format_notes([[a, b]], style="isnad-dipnotlu", locators=["7"])  # one for all
    assert same.count(", 7") == 2
