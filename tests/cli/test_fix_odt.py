"""``citekit fix`` on an ODT: never rewritten, and the reason says so (not "not UTF-8")."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from odf.opendocument import OpenDocumentText
from odf.text import Note, NoteBody, NoteCitation, P

from citekit.cli import main

BODY = (
    "Энергетическое сотрудничество Туркменистана и Казахстана развивается быстрыми темпами, "
    "и эксперты отмечают рост товарооборота между странами."
)
NOTES = (
    "Газ Туркменистана // Нефть и газ. URL: https://neftegaz.ru/news/2 "
    "(дата обращения: 25.10.2021).",
    "Ibid.",
)


def _odt() -> bytes:
    doc = OpenDocumentText()
    paragraph = P(text=BODY)
    for number, text in enumerate(NOTES, 1):
        note = Note(id=f"ftn{number}", noteclass="footnote")
        note.addElement(NoteCitation(text=str(number)))
        body = NoteBody()
        body.addElement(P(text=text))
        note.addElement(body)
        paragraph.addElement(note)
        paragraph.addText(" " + BODY)
    doc.text.addElement(paragraph)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def test_an_odt_is_not_rewritten_and_the_reason_names_the_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "статья.odt"
    data = _odt()
    path.write_bytes(data)
    main(["fix", "--lang", "ru", str(path)])
    err = capsys.readouterr().err
    assert "note 2: not fixed: ODT files are not rewritten" in err
    assert "UTF-8" not in err
    assert path.read_bytes() == data


def test_edition_of_an_odt_names_the_format_as_for_a_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "статья.odt"
    path.write_bytes(_odt())
    assert main(["edition", "--lang", "tr", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: ODT files are not rewritten: the 2 change(s) listed above" in err
    assert not (tmp_path / "статья.tr.odt").exists()
