"""A DOCX footnote shown by a custom mark (Word's "Custom mark", ``w:customMarkFollows``: an
author's ``*`` on the title, a ``†`` for a translator's note) takes no number in Word: the notes
around it are numbered as if it were not there. citekit counted it, so every later note was
one off ("note 3" named the note Word shows as 2), and the mark was read into the note's text.
Such notes are now a list of their own after the numbered notes, named by their mark (`note †`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.wordfiles import zipped

from citekit.checks import check
from citekit.cli import main
from citekit.pipeline import read_bytes
from citekit.reports.json import finding_to_json
from citekit.reports.notes import note_to_json

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(
    notes: list[tuple[str | None, str]], *, mark_in_next_run: bool = False, follows: str = "1"
) -> bytes:
    """A document citing `notes` in order, each (its custom mark or None, its text)."""
    paragraphs, bodies = [], []
    for note_id, (mark, text) in enumerate(notes, 1):
        if mark is None:
            reference = f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'
            opening = "<w:r><w:footnoteRef/></w:r>"
        elif mark_in_next_run:
            reference = (
                f'<w:r><w:footnoteReference w:customMarkFollows="{follows}" w:id="{note_id}"/>'
                "</w:r>"
                f"<w:r><w:t>{mark}</w:t></w:r>"
            )
            opening = f"<w:r><w:t>{mark}</w:t></w:r>"
        else:
            reference = (
                f'<w:r><w:footnoteReference w:customMarkFollows="{follows}" w:id="{note_id}"/>'
                f"<w:t>{mark}</w:t></w:r>"
            )
            opening = f"<w:r><w:t>{mark}</w:t></w:r>"
        paragraphs.append(f"<w:p><w:r><w:t>Text {note_id}.</w:t></w:r>{reference}</w:p>")
        bodies.append(
            f'<w:footnote w:id="{note_id}"><w:p>{opening}'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    parts = {
        "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}'
        "<w:sectPr/></w:body></w:document>",
        "word/footnotes.xml": f'<w:footnotes xmlns:w="{W}">{"".join(bodies)}</w:footnotes>',
    }
    return zipped(parts)


NOTES: list[tuple[str | None, str]] = [
    ("*", "Статья подготовлена при поддержке РНФ, проект № 21-18-00123."),
    (None, "Smith J. A Book. London: Press, 2019. P. 5."),
    ("†", "Çevirmenin notu: metin kısaltılmıştır."),
    (None, "Иванов И. И. Книга. М.: Наука, 2015. С. 45."),
    (None, "Там же. С. 47."),
]


@pytest.mark.parametrize("mark_in_next_run", [False, True])
def test_custom_marks_take_no_number(mark_in_next_run: bool) -> None:
    document = read_bytes(_docx(NOTES, mark_in_next_run=mark_in_next_run), path="a.docx")
    shown = [(n.section, n.number, n.location.note_name) for n in document.notes]
    assert shown == [
        (0, 1, "note 1"),
        (0, 2, "note 2"),
        (0, 3, "note 3"),
        (1, 1, "note *"),
        (1, 2, "note †"),
    ]
    assert [n.text[:8] for n in document.notes] == [
        "Smith J.",
        "Иванов И",
        "Там же. ",
        "Статья п",
        "Çevirmen",
    ]
    assert document.notes[2].refers_to == 2  # "Там же" repeats Word's note 2
    assert document.body_markers == (1, 2, 3)
    rules = {f.rule for f in check(document)}
    assert not rules & {
        "note-number-repeated",
        "note-number-gap",
        "note-out-of-order",
        "note-without-marker",
        "marker-without-note",
    }
    assert note_to_json(document.notes[4])["location"]["mark"] == "†"
    assert note_to_json(document.notes[4])["numbered"] is False


def test_a_finding_names_the_mark() -> None:
    notes = [("*", "Ports of the Caspian. URL: https://example.org/ports (accessed: 31.02.2021).")]
    document = read_bytes(_docx([*notes, (None, NOTES[1][1])]), path="a.docx")
    found = [f for f in check(document) if f.rule == "access-date-invalid"]
    assert [str(f.location) for f in found] == ["a.docx note *"]
    assert found[0].message.startswith("note *: ")
    assert finding_to_json(found[0])["mark"] == "*"


def test_a_mark_turned_off_is_a_number() -> None:
    document = read_bytes(_docx(NOTES[:2], follows="false"), path="a.docx")
    assert [(n.section, n.number, n.location.mark) for n in document.notes] == [
        (0, 1, None),
        (0, 2, None),
    ]


def test_the_notes_table_shows_the_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(_docx(NOTES))
    assert main(["notes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "│ * " in out
    assert "│ † " in out
    assert "(1)" not in out
    assert "*, †: a note shown by a custom mark, which takes no number" in out
