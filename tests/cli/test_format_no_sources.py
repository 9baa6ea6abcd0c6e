"""`citekit format` on an article whose notes cite nothing to list says so in the editor's
words: it said "no references (a reference file needs its extension or --from)", as if a
Markdown, HTML or DOCX article were not a document at all."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from citekit.cli import main
from tests.hostile.test_documents_hostile import BODY, _docx, _footnotes, _note

BACK = ("Ibid., p. 4.", "Age., s. 12.", "Там же. С. 47.", "A.g.e., s. 50.")


def _article(tmp_path: Path, kind: str, notes: tuple[str, ...]) -> Path:
    if kind == "md":
        marks = "".join(f"[^{n}]" for n in range(1, len(notes) + 1))
        text = f"Hazar'da enerji.{marks}\n\n" + "".join(
            f"[^{n}]: {note}\n" for n, note in enumerate(notes, 1)
        )
        path = tmp_path / "art.md"
        path.write_text(text, encoding="utf-8")
    elif kind == "html":
        items = "".join(f'<li id="fn{n}">{note}</li>' for n, note in enumerate(notes, 1))
        refs = "".join(f'<sup><a href="#fn{n}">{n}</a></sup>' for n in range(1, len(notes) + 1))
        path = tmp_path / "art.html"
        path.write_text(
            f"<html><body><p>Metin.{refs}</p><h2>Notlar</h2><ol>{items}</ol></body></html>",
            encoding="utf-8",
        )
    else:
        path = tmp_path / "art.docx"
        inner = "".join(_note(n, note) for n, note in enumerate(notes, 1))
        path.write_bytes(
            _docx({"word/document.xml": BODY, "word/footnotes.xml": _footnotes(inner)})
        )
    return path


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_notes_that_are_only_back_references_are_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    notes = BACK[:1] if kind == "docx" else BACK
    path = _article(tmp_path, kind, notes)
    assert main(["format", str(path), "--style", "isnad"]) == 2
    err = capsys.readouterr().err
    assert f"none of its {len(notes)} note(s) cites a source to list" in err
    assert "--from" not in err


def test_an_article_without_notes_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "art.md"
    path.write_text("Metin, dipnotsuz.\n", encoding="utf-8")
    assert main(["format", str(path), "--style", "gost-r-7-0-5-2008"]) == 2
    err = capsys.readouterr().err
    assert "art.md: no notes and no references" in err


def test_an_empty_reference_file_keeps_its_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "refs.json"
    path.write_text("[]", encoding="utf-8")
    assert main(["format", str(path), "--style", "apa"]) == 2
    assert "refs.json: no references" in capsys.readouterr().err


def test_standard_input_without_notes_names_from(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"just some words\n")))
    assert main(["format", "-", "--style", "apa"]) == 2
    assert (
        "<stdin>: no notes and no references (a reference file needs its extension or --from)"
        in (capsys.readouterr().err)
    )


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_refs_says_when_the_list_it_writes_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _article(tmp_path, kind, BACK[:1])
    out = tmp_path / "refs.bib"
    assert main(["refs", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the 1 document(s) read cite no source in their notes" in err
    assert out.read_text(encoding="utf-8") == ""


def test_refs_with_sources_gives_no_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = ("Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – 304 с.", "Там же. С. 47.")
    path = _article(tmp_path, "md", notes)
    assert main(["refs", str(path), "-o", str(tmp_path / "refs.ris")]) == 0
    assert "warning" not in capsys.readouterr().err
    assert "SP  - 304" in (tmp_path / "refs.ris").read_text(encoding="utf-8")
