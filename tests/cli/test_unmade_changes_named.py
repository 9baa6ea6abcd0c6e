"""A change `citekit fix` or `citekit edition` cannot make (a DOCX or ODT, which citekit never
rewrites) was reported as "make this change in Word" without the change: an edition's page
labels and dates are in no finding, so the editor could not know what to write. Each unmade
change now names its text before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from tests.cli.test_fix_odt import _odt
from tests.documents.test_odt_note_numbering import CHAPTERS
from tests.documents.test_odt_note_numbering import _odt as chapters_odt

BODY = (
    "<text:p>Bu makalede Türkiye ile Rusya arasındaki ilişkiler ve bölgesel politikalar ayrıntılı "
    "olarak ele alınır, iki ülkenin ortak çıkarları incelenir.</text:p>"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    return tmp_path


def test_an_edition_of_an_odt_names_each_change_to_make(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = BODY + CHAPTERS.replace("Там же. С. 47.", "Там же. – С. 47.")
    (folder / "kitap.odt").write_bytes(chapters_odt(inner, restart="chapter"))
    assert main(["edition", "--lang", "tr", "kitap.odt"]) == 2
    err = capsys.readouterr().err
    assert (
        "kitap.odt note 2 in list 2: not changed: ODT files are not rewritten; make this change "
        "in LibreOffice Writer: 'Там же. – С. 47' → 'Aynı yer, s. 47'"
    ) in err


def test_fix_of_an_odt_names_each_change_to_make(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "статья.odt").write_bytes(_odt())
    assert main(["fix", "--lang", "ru", "статья.odt"]) == 1
    err = capsys.readouterr().err
    assert "note 2: not fixed: ODT files are not rewritten" in err
    assert "'Ibid.' → 'Там же.'" in err
