"""Notes whose numbering starts again (a chapter's own list, a DOCX's or ODT's endnotes after
its footnotes) are told apart by their list as well as their number: an ibid repeats the note
before it in its own list, and `citekit fix` edits the note it was asked to, not the note of
another chapter that carries the same number."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from odf.opendocument import OpenDocumentText
from odf.text import Note, NoteBody, NoteCitation, P

from citekit.checks import check
from citekit.cli import main
from citekit.pipeline import read_bytes

CHAPTERS = """\
# Türkmenistan'ın Dış Politikası

## Birinci Bölüm

Türkmenistan 1995 yılında daimi tarafsızlık statüsü kazanmıştır.[^1] Bu statü BM Genel Kurulu
tarafından tanınmıştır.[^2] Aşkabat bu statüyü dış politikasının temeli saymaktadır.[^3]

**Notlar:**

1. Kamer Kasım, "Türkmenistan'ın Daimi Tarafsızlık Statüsü", *Bilig* 62 (2012): 145-166.
2. "Permanent neutrality of Turkmenistan", *UN*, 12 December 1995, {un} ({label}: 25.10.2021).
3. Aynı yer.

## İkinci Bölüm

Kazakistan ile ilişkiler 2021'de yeni bir ivme kazanmıştır.[^1] Ticaret hacmi önemli ölçüde
artmıştır.[^2] Bu artış enerji alanında özellikle görülmektedir.[^3]

**Notlar:**

1. Bu konu aşağıda ayrıca ele alınacaktır.
2. "Söwda dolanyşygy artýar", *Türkmenistan Altyn asyr*, 20 Ekim 2021, {tm} ({second}: 26.10.2021).
3. Aynı yer.
"""


def _chapters(label: str = "erişim", second: str = "Erişim Tarihi") -> bytes:
    un, tm = "https://undocs.org/A/RES/50/80", "https://turkmenistan.gov.tm/tk/post/57999"
    return CHAPTERS.format(label=label, second=second, un=un, tm=tm).encode()


@pytest.mark.parametrize(
    ("label", "second"),
    [("erişim", "Erişim Tarihi"), ("erişim", "erişim"), ("Erişim Tarihi", "erişim")],
)
def test_fix_edits_the_note_of_its_own_chapter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, second: str
) -> None:
    path = tmp_path / "makale.md"
    path.write_bytes(_chapters(label, second))
    assert main(["fix", str(path)]) == 0
    assert path.read_bytes() == _chapters("Erişim Tarihi", "Erişim Tarihi")
    assert "not fixed" not in capsys.readouterr().err


def test_a_note_with_nothing_to_fix_in_another_chapter_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "makale.md"
    path.write_bytes(_chapters("Erişim Tarihi", "Erişim Tarihi"))
    assert main(["fix", "--diff", str(path)]) == 0
    assert path.read_bytes() == _chapters("Erişim Tarihi", "Erişim Tarihi")


def test_an_ibid_repeats_the_note_before_it_in_its_own_chapter() -> None:
    doc = read_bytes(_chapters(), path="makale.md")
    rules = {f.rule for f in check(doc)}
    # chapter 2's note 1 is a remark, chapter 1's note 2 cites a source: chapter 1's ibid
    # repeats its own note 2, chapter 2's ibid its own note 2, and neither repeats a remark
    assert "ibid-after-remark" not in rules


KAYA = "Ahmet Kaya, Orta Asya'da Su Sorunu (Ankara: Nobel Yayınları, 2018), 45."


def _odt(footnotes: list[str], endnotes: list[str]) -> bytes:
    doc = OpenDocumentText()
    paragraph = P(text="Amuderya havzası, Türkmenistan ve Özbekistan arasında uzun süredir ")
    for cls, texts in (("footnote", footnotes), ("endnote", endnotes)):
        for number, text in enumerate(texts, 1):
            note = Note(id=f"{cls}{number}", noteclass=cls)
            note.addElement(NoteCitation(text=str(number) if cls == "footnote" else "i" * number))
            body = NoteBody()
            body.addElement(P(text=text))
            note.addElement(body)
            paragraph.addElement(note)
            paragraph.addText(" tartışma konusudur ve Sovyet döneminin kota sistemi sürmektedir.")
    doc.text.addElement(paragraph)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def test_an_odt_footnote_ibid_is_not_read_against_an_endnote() -> None:
    data = _odt(
        ["Ahmet Kaya, Orta Asya'da Su Sorunu (Ankara: Nobel Yayınları, 2018), 45.", "Aynı yer."],
        ["Ayrıntılı tartışma için bkz. Sonuç bölümü."],
    )
    doc = read_bytes(data, path="makale.odt")
    assert [(n.section, n.number) for n in doc.notes] == [(0, 1), (0, 2), (1, 1)]
    assert "ibid-after-remark" not in {f.rule for f in check(doc)}


def test_an_endnote_ibid_after_a_remark_is_still_found() -> None:
    data = _odt(
        ["Ahmet Kaya, Orta Asya'da Su Sorunu (Ankara: Nobel Yayınları, 2018), 45."],
        ["Ayrıntılı tartışma için bkz. Sonuç bölümü.", "Aynı yer."],
    )
    doc = read_bytes(data, path="makale.odt")
    found = [f for f in check(doc) if f.rule == "ibid-after-remark"]
    assert [f.location.note for f in found] == [2]


def test_format_notes_repeats_the_source_of_the_ibid_own_chapter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.md"
    path.write_bytes(_chapters("Erişim Tarihi"))
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert "Permanent neutrality" in lines[1]
    assert lines[3] == "Bu konu aşağıda ayrıca ele alınacaktır."
    assert "Söwda" in lines[5]  # chapter 2's ibid repeats chapter 2's note 2


def test_format_notes_of_an_odt_repeat_the_footnote_an_ibid_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.odt"
    path.write_bytes(
        _odt(
            [KAYA, "Aynı yer."],
            ["Ayrıntılı tartışma için bkz. Sonuç bölümü."],
        )
    )
    assert main(["format", str(path), "--mode", "notes", "--style", "isnad-dipnotlu"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert "Kaya" in lines[0]
    assert lines[1] != "Aynı yer."  # formatted as the style's ibid of note 1, not left as written
    assert lines[2] == "Ayrıntılı tartışma için bkz. Sonuç bölümü."


def test_a_finding_in_an_endnote_names_its_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.odt"
    path.write_bytes(_odt([KAYA, "Aynı yer."], [KAYA, "Şol ýerde."]))
    assert main(["check", "--no-links", "-q", str(path)]) == 0
    out = capsys.readouterr().out
    # Writer numbers endnotes i, ii …: the finding names the note as shown, and its list
    assert f"{path} note ii in list 2: warning note ii says 'Şol ýerde.'" in out
    assert main(["check", "--no-links", "--format", "json", str(path)]) == 0
    (found,) = json.loads(capsys.readouterr().out)["findings"]
    assert (found["rule"], found["note"], found["section"]) == ("foreign-ibid", 2, 1)
    assert main(["check", "--no-links", "--format", "sarif", str(path)]) == 0
    (result,) = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["locations"][0]["logicalLocations"][0]["name"] == "note ii in list 2"


def test_a_finding_in_the_first_list_has_no_list_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.odt"
    path.write_bytes(_odt([KAYA, "Şol ýerde."], [KAYA]))
    assert main(["check", "--no-links", "--format", "json", str(path)]) == 0
    (found,) = json.loads(capsys.readouterr().out)["findings"]
    assert "section" not in found


def test_fix_names_the_list_of_a_note_it_leaves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.odt"
    path.write_bytes(_odt([KAYA, "Aynı yer."], [KAYA, "Şol ýerde."]))
    assert main(["fix", str(path)]) == 1  # a fix left unmade
    err = capsys.readouterr().err
    assert f"{path} note ii in list 2: not fixed: ODT files are not rewritten" in err
