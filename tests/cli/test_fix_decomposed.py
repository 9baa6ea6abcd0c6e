"""``citekit fix`` on a file whose letters are written decomposed (macOS, text copied from a
PDF): the reader composes a note's letters, so the fix's old text is found in either form, and
its new text is written in the file's own form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from citekit.cli import main

ARTICLE = (
    "Türkiye ile Türkmenistan arasındaki ilişkiler son yıllarda enerji, ulaştırma ve kültür "
    "alanlarında belirgin biçimde gelişmiş, iki ülke pek çok yeni anlaşma imzalamıştır.[^1][^2]\n\n"
    "[^1]: Annaýew D. Türkmenistanyň daşary syýasaty. Aşgabat: Ylym, 2019. s. 45.\n"
    "[^2]: Şol ýerde. s. 47.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    return tmp_path


def _fixed(folder: Path, form: str) -> bytes:
    path = folder / f"makale-{form}.md"
    path.write_bytes(unicodedata.normalize(form, ARTICLE).encode())
    assert main(["fix", "--lang", "tr", path.name]) == 0
    return path.read_bytes()


def test_a_decomposed_file_is_fixed_as_a_composed_one(folder: Path) -> None:
    composed = _fixed(folder, "NFC").decode()
    assert "Şol ýerde" not in composed  # the Turkish edition's ibid words were written
    assert composed != ARTICLE
    decomposed = _fixed(folder, "NFD")
    assert decomposed == unicodedata.normalize("NFD", composed).encode()


def test_a_letter_is_not_found_inside_a_decomposed_one(folder: Path) -> None:
    """`Eris` is not the start of a decomposed `Eriş`: no fix cuts a letter from its mark."""
    from citekit.checks.fixes import _all_read

    data = unicodedata.normalize("NFD", "Eriş Eris").encode()
    found = _all_read(data, "Eris", 0, len(data))
    assert [data[a:b].decode() for a, b in found] == ["Eris"]
    assert len(_all_read(data, "Eriş", 0, len(data))) == 1
