"""A DOCX whose footnotes Word numbers again in each section (``w:numRestart
w:val="eachSect"``, from ``w:numStart``) was numbered straight through: "note 3" named the note
Word shows as 1 of section 2. Each section's notes are now a list of their own, as Word shows
them, and findings name the list."""

from __future__ import annotations

import io
import zipfile

import pytest
from tests.wordfiles import zipped

from citekit.checks import check
from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = [
    "Smith J. A Book. London: Press, 2019. P. 5.",
    "Иванов И. И. Книга. М.: Наука, 2015. С. 45.",
    "Yılmaz A. Bir Kitap. İstanbul: Yapı Kredi Yayınları, 2018. s. 12.",
    "Там же. С. 47.",
]


def _properties(kind: str, restart: str | None, start: int | None) -> str:
    inner = (f'<w:numRestart w:val="{restart}"/>' if restart else "") + (
        f'<w:numStart w:val="{start}"/>' if start is not None else ""
    )
    return f"<w:{kind}Pr>{inner}</w:{kind}Pr>" if inner else ""


def _docx(
    sections: list[list[int]],
    *,
    restart: str | None = "eachSect",
    start: int | None = None,
    in_settings: bool = False,
    kind: str = "footnote",
) -> bytes:
    """A document of `sections`, each a list of the note ids its paragraphs cite."""
    properties = _properties(kind, restart, start)
    own = "" if in_settings else properties
    paragraphs = []
    for at, ids in enumerate(sections):
        last = at == len(sections) - 1
        for i, note_id in enumerate(ids):
            ends = not last and i == len(ids) - 1
            section = f"<w:pPr><w:sectPr>{own}</w:sectPr></w:pPr>" if ends else ""
            paragraphs.append(
                f"<w:p>{section}<w:r><w:t>Text {note_id}.</w:t></w:r>"
                f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r></w:p>'
            )
    body = (
        f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}'
        f"<w:sectPr>{own}</w:sectPr></w:body></w:document>"
    )
    ids = sorted({i for ids in sections for i in ids})
    notes = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:t>{NOTES[(i - 1) % len(NOTES)]}</w:t></w:r></w:p>'
        f"</w:{kind}>"
        for i in ids
    )
    parts = {
        "word/document.xml": body,
        f"word/{kind}s.xml": f'<w:{kind}s xmlns:w="{W}">{notes}</w:{kind}s>',
    }
    if in_settings:
        parts["word/settings.xml"] = f'<w:settings xmlns:w="{W}">{properties}</w:settings>'
    return zipped(parts)


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
@pytest.mark.parametrize("in_settings", [False, True])
def test_each_section_numbers_its_notes_again(kind: str, in_settings: bool) -> None:
    document = read_bytes(
        _docx([[1, 2], [3, 4]], in_settings=in_settings, kind=kind), path="chapters.docx"
    )
    assert [(n.section, n.number) for n in document.notes] == [(0, 1), (0, 2), (1, 1), (1, 2)]
    assert document.repeated_numbers == ()
    assert document.missing_numbers == ()
    assert document.notes[3].refers_to == 1  # "Там же" repeats section 2's note 1
    assert document.antecedents[3] == 2


def test_numbering_starts_where_num_start_says() -> None:
    document = read_bytes(_docx([[1], [2, 3]], start=5), path="chapters.docx")
    assert [(n.section, n.number) for n in document.notes] == [(0, 5), (1, 5), (1, 6)]


def test_continuous_numbering_goes_straight_through() -> None:
    for restart in (None, "continuous"):  # "eachPage": test_docx_page_numbering
        document = read_bytes(_docx([[1, 2], [3]], restart=restart), path="book.docx")
        assert [(n.section, n.number) for n in document.notes] == [(0, 1), (0, 2), (0, 3)]


def test_a_note_in_the_paragraph_that_ends_a_section_is_that_sections() -> None:
    document = read_bytes(_docx([[1], [2], [3]]), path="chapters.docx")
    assert [(n.section, n.number) for n in document.notes] == [(0, 1), (1, 1), (2, 1)]


def test_endnotes_follow_the_footnotes_lists() -> None:
    footnotes = _docx([[1, 2], [3]])
    with zipfile.ZipFile(io.BytesIO(footnotes)) as archive:
        parts = {name: archive.read(name).decode() for name in archive.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        "<w:r><w:t>Text 3.</w:t></w:r>",
        '<w:r><w:t>Text 3.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r>',
    )
    parts["word/endnotes.xml"] = (
        f'<w:endnotes xmlns:w="{W}"><w:endnote w:id="1"><w:p><w:r><w:t>{NOTES[2]}</w:t></w:r>'
        "</w:p></w:endnote></w:endnotes>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    document = read_bytes(buffer.getvalue(), path="chapters.docx")
    assert [(n.section, n.number) for n in document.notes] == [(0, 1), (0, 2), (1, 1), (2, 1)]


def test_findings_name_the_list_of_a_note() -> None:
    document = read_bytes(_docx([[1, 2], [3, 4]]), path="chapters.docx")
    rules = {f.rule for f in check(document)}
    assert not rules & {"note-number-repeated", "note-number-gap", "note-out-of-order"}
    assert document.notes[2].location.note_name == "note 1 in list 2"


def test_a_former_section_break_a_tracked_change_keeps_ends_no_section() -> None:
    data = _docx([[1, 2], [3]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name).decode() for name in archive.namelist()}
    # the break after note 2 was removed with changes tracked: Word keeps the old pPr
    parts["word/document.xml"] = (
        parts["word/document.xml"]
        .replace(
            "<w:pPr><w:sectPr>",
            '<w:pPr><w:pPrChange w:id="9" w:author="A"><w:pPr><w:sectPr>',
        )
        .replace("</w:sectPr></w:pPr>", "</w:sectPr></w:pPr></w:pPrChange></w:pPr>")
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    document = read_bytes(buffer.getvalue(), path="chapters.docx")
    assert [(n.section, n.number) for n in document.notes] == [(0, 1), (0, 2), (0, 3)]


@pytest.mark.parametrize("value", ["x", "-1", "²", "99999999"])
def test_a_start_that_is_no_number_is_read_as_one(value: str) -> None:
    data = _docx([[1], [2]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name).decode() for name in archive.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        '<w:numRestart w:val="eachSect"/>',
        f'<w:numRestart w:val="eachSect"/><w:numStart w:val="{value}"/>',
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    document = read_bytes(buffer.getvalue(), path="chapters.docx")
    assert [(n.section, n.number) for n in document.notes] == [(0, 1), (1, 1)]
