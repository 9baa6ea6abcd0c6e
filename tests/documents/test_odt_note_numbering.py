"""ODT notes Writer numbers again in each chapter or on each page
(``<text:notes-configuration text:start-numbering-at="chapter|page">``) were one list: every
chapter's note 1 was "2 notes are numbered 1" and an ibid repeated another chapter's note. Each
chapter's (or page's) notes are now a list of their own, a page's named by its page. A note shown
by a custom character (``text:label="*"``) took a number by its place, colliding with Writer's
note of that number; it now takes none, as in Writer, and is named by its mark."""

from __future__ import annotations

import io
import zipfile

import pytest

from citekit.checks import check
from citekit.pipeline import read_bytes

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
SOURCES = [
    "Smith J. A Book. London: Press, 2019. P. 5.",
    "Иванов И. И. Книга. М.: Наука, 2015. С. 45.",
    "Yılmaz A. Bir Kitap. İstanbul: Yapı Kredi Yayınları, 2018. s. 12.",
    "Там же. С. 47.",
]


def _note(shown: str, text: str, *, label: str | None = None, kind: str = "footnote") -> str:
    labelled = f' text:label="{label}"' if label is not None else ""
    return (
        f'<text:note text:note-class="{kind}"><text:note-citation{labelled}>{shown}'
        f"</text:note-citation><text:note-body><text:p>{text}</text:p></text:note-body></text:note>"
    )


def _heading(title: str, level: int = 1) -> str:
    return f'<text:h text:outline-level="{level}">{title}</text:h>'


def _odt(inner: str, *, restart: str | None, flat: bool = False) -> bytes:
    configuration = (
        '<text:notes-configuration text:note-class="footnote" '
        f'text:start-numbering-at="{restart}"/>'
        if restart
        else ""
    )
    styles = f"<office:styles>{configuration}</office:styles>"
    body = f"<office:body><office:text>{inner}</office:text></office:body>"
    names = f'xmlns:office="{OFFICE}" xmlns:text="{TEXT}"'
    if flat:
        return f"<office:document {names}>{styles}{body}</office:document>".encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml", f"<office:document-content {names}>{body}</office:document-content>"
        )
        archive.writestr(
            "styles.xml", f"<office:document-styles {names}>{styles}</office:document-styles>"
        )
    return buffer.getvalue()


CHAPTERS = (
    _heading("Глава 1")
    + f"<text:p>Текст.{_note('1', SOURCES[0])} Текст.{_note('2', SOURCES[1])}</text:p>"
    + _heading("1.1 Раздел", 2)
    + f"<text:p>Текст.{_note('3', SOURCES[2])}</text:p>"
    + _heading("Глава 2")
    + f"<text:p>Текст.{_note('1', SOURCES[1])} Текст.{_note('2', SOURCES[3])}</text:p>"
)


@pytest.mark.parametrize("flat", [False, True])
def test_each_chapter_numbers_its_notes_again(flat: bool) -> None:
    document = read_bytes(_odt(CHAPTERS, restart="chapter", flat=flat), path="book.odt")
    assert [(n.section, n.number) for n in document.notes] == [
        (0, 1),
        (0, 2),
        (0, 3),
        (1, 1),
        (1, 2),
    ]
    assert document.notes[4].refers_to == 1  # "Там же" repeats chapter 2's note 1
    assert document.antecedents[4] == 3
    assert document.notes[3].location.note_name == "note 1 in list 2"
    rules = {f.rule for f in check(document)}
    assert not rules & {"note-number-repeated", "note-out-of-order", "note-number-gap"}


def test_a_chapter_without_headings_begins_where_the_numbers_do() -> None:
    inner = CHAPTERS.replace(_heading("Глава 2"), "<text:p>Глава 2</text:p>")
    document = read_bytes(_odt(inner, restart="chapter"), path="book.odt")
    assert [(n.section, n.number) for n in document.notes] == [
        (0, 1),
        (0, 2),
        (0, 3),
        (1, 1),
        (1, 2),
    ]


@pytest.mark.parametrize("restart", [None, "document"])
def test_numbered_through_the_document_is_one_list(restart: str | None) -> None:
    document = read_bytes(_odt(CHAPTERS, restart=restart), path="book.odt")
    assert {n.section for n in document.notes} == {0}  # a number written twice is reported
    assert "note-number-repeated" in {f.rule for f in check(document)}


def test_each_page_numbers_its_notes_again() -> None:
    page = "<text:soft-page-break/>"
    inner = (
        f"<text:p>Текст.{_note('1', SOURCES[0])} Текст.{_note('2', SOURCES[1])}</text:p>{page}"
        f"<text:p>Текст.</text:p>{page}"
        f"<text:p>Текст.{_note('1', SOURCES[2])}</text:p><text:p>{_note('2', SOURCES[3])}</text:p>"
    )
    document = read_bytes(_odt(inner, restart="page"), path="book.odt")
    assert [(n.section, n.number, n.location.page) for n in document.notes] == [
        (0, 1, 1),
        (0, 2, 1),
        (1, 1, 3),
        (1, 2, 3),
    ]
    assert document.notes[2].location.note_name == "note 1 on page 3"
    assert document.notes[3].refers_to == 1


def test_a_custom_character_takes_no_number() -> None:
    inner = (
        _heading(f"Makale{_note('*', 'Bu çalışma TÜBİTAK tarafından desteklenmiştir.', label='*')}")
        + f"<text:p>Metin.{_note('1', SOURCES[2])} Metin.{_note('2', SOURCES[0])}</text:p>"
        + f"<text:p>Metin.{_note('†', 'Çevirmenin notu.', label='†')}</text:p>"
        + f"<text:p>{_note('1', SOURCES[1], kind='endnote')}</text:p>"
    )
    document = read_bytes(_odt(inner, restart=None), path="makale.odt")
    shown = [(n.section, n.number, n.numbered, n.location.note_name) for n in document.notes]
    assert shown == [
        (0, 1, True, "note 1"),
        (0, 2, True, "note 2"),
        (1, 1, False, "note *"),
        (1, 2, False, "note †"),
        (2, 1, True, "note 1 in list 3"),
    ]
    assert document.body_markers == (1, 2, 1)
    rules = {f.rule for f in check(document)}
    assert not rules & {"note-number-repeated", "note-without-marker", "marker-without-note"}


def test_a_damaged_styles_part_is_read_as_none() -> None:
    data = _odt(CHAPTERS, restart="chapter")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["styles.xml"] = b"<not xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    document = read_bytes(buffer.getvalue(), path="book.odt")
    assert len(document.notes) == 5  # numbered through, as without the styles
