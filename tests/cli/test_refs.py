"""``citekit refs``: folders and patterns like every other command; a bad file does not stop
the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main

TR = """Metin burada uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf yapar.[1]

[1] Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.
"""
RU = """Текст статьи, в котором упоминается книга.[^1]

[^1]: Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с.
"""


def test_a_folder_gives_the_sources_of_every_document_and_names_the_one_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "makale.txt").write_text(TR, encoding="utf-8")
    (tmp_path / "sub" / "статья.md").write_text(RU, encoding="utf-8")
    (tmp_path / "sub" / "broken.docx").write_bytes(b"not a zip")
    assert main(["refs", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    titles = sorted(item["title"] for item in json.loads(captured.out))
    assert titles == ["Orta Asya’da Enerji Politikaları", "Аз и Я"]
    assert "broken.docx: not a DOCX file" in captured.err


def test_a_pattern_names_the_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(TR, encoding="utf-8")
    (tmp_path / "b.md").write_text(RU, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["refs", "*.md", "--to", "ris"]) == 0
    out = capsys.readouterr().out
    assert "TI  - Аз и Я" in out
    assert "Orta Asya" not in out


@pytest.mark.parametrize(
    ("name", "to", "start"),
    [
        ("sources.bib", [], "@book{"),  # was CSL-JSON in a .bib file
        ("sources.ris", [], "TY  - BOOK"),
        ("sources.json", [], "["),
        ("sources.out", [], "["),
        ("sources.bib", ["--to", "ris"], "TY  - BOOK"),  # --to wins
    ],
)
def test_the_output_format_follows_the_output_extension(
    tmp_path: Path, name: str, to: list[str], start: str
) -> None:
    article = tmp_path / "makale.txt"
    article.write_text(TR, encoding="utf-8")
    out = tmp_path / name
    assert main(["refs", str(article), "-o", str(out), *to]) == 0
    assert out.read_text(encoding="utf-8").startswith(start)
