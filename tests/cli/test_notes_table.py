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
    lines = capsys.readouterr().out.splitlines()
    header = next(_cells(line) for line in lines if line.startswith("┃"))
    rows = {cells[0]: cells for line in lines if (cells := _cells(line))[0].isdigit()}
    # columns no note fills (container, URL, access date) are left out
    assert header == ["#", "kind", "author", "title", "year", "lang"]
    book = dict(zip(header, rows["1"], strict=True))
    assert book["kind"] == "book"
    assert book["author"] == "Yılmaz"
    assert book["year"] == "2019"
    assert book["title"] == "Orta Asya’da Enerji Politikaları"
    assert rows["2"][1:4] == ["ibid", "", "→ 1"]
    assert rows["3"][1] == "opcit → 1"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip("│┃ ").replace("┃", "│").split("│")]


def test_a_document_without_notes_is_one_line_not_an_empty_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive-of-november-links.txt").write_text(
        "No notes here, only a long paragraph of text.\n", encoding="utf-8"
    )
    one = TEXT.replace("[1][2][3]", "[1]").split("\n[2]")[0] + "\n"
    (tmp_path / "one.txt").write_text(one, encoding="utf-8")
    assert main(["notes", "archive-of-november-links.txt", "one.txt"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("archive-of-november-links.txt (text, 0 notes): no notes found\n")
    assert "┏" in out  # one.txt still has its table
    assert "one.txt (text, 1 note)" in out


CHAPTERS = """Metin burada uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf yapar.[^1]

**Notlar:**

1. Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.
2. Aynı yer.

## İkinci Bölüm

İkinci bölümün metni de uzun bir paragraf olarak yazılmıştır ve atıf yapar.[^1]

**Notlar:**

1. Mehmet Kara, Hazar Politikaları (Ankara: Nobel, 2020), 12.
"""


def test_a_list_that_numbers_again_is_set_off_by_a_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "makale.md"
    path.write_text(CHAPTERS, encoding="utf-8")
    assert main(["notes", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    numbers = [
        "rule" if line.startswith("├") else c[0]
        for line in lines
        if line.startswith("├") or (c := _cells(line))[0].isdigit()
    ]
    assert numbers == ["1", "2", "rule", "1"]
    assert "the next list of notes, numbered again from 1" in lines[-1]


def test_one_list_has_no_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "makale.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["notes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "├" not in out
    assert "numbered again" not in out
