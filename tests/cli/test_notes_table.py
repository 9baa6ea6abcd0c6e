"""``citekit notes``: the table shows what a reference list and the record rules go by."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

TEXT = """Metin burada uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf yapar.[1][2][3]

[1] Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.
[2] Aynı yer.
[3] Yılmaz, a.g.e., s. 50.
"""


def test_the_table_gives_type_author_and_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "makale.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["notes", str(path)]) == 0
    rows = {
        cells[0]: cells[1:]
        for line in capsys.readouterr().out.splitlines()
        if (cells := [c.strip() for c in line.strip("│ ").split("│")])[0].isdigit()
    }
    header = ["kind", "author", "title", "container", "year", "URL", "accessed", "lang"]
    book = dict(zip(header, rows["1"], strict=True))
    assert book["kind"] == "book"
    assert book["author"] == "Yılmaz"
    assert book["year"] == "2019"
    assert book["title"] == "Orta Asya’da Enerji Politikaları"
    assert rows["2"][:3] == ["ibid", "", "→ 1"]
    assert rows["3"][0] == "opcit → 1"
