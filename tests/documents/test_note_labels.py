"""Notes Word or Writer numbers in letters, Roman figures or symbols (Word's ``w:numFmt``
``lowerRoman`` or ``chicago``, Writer's ``i``) were named by digits the page does not show:
"note 3" for the note the reader sees as iii or ‡. They are now named as shown."""

from __future__ import annotations

import pytest
from tests.wordfiles import W, docx, zipped

from citekit.checks import check
from citekit.documents._note_labels import shown_number
from citekit.pipeline import read_bytes

SOURCES = [
    "Smith J. A Book. London: Press, 2019. P. 5.",
    "Иванов И. И. Книга. М.: Наука, 2015. С. 45.",
    "Yılmaz A. Bir Kitap. İstanbul: Yapı Kredi Yayınları, 2018. s. 12.",
    "Там же. С. 47.",
    "Tokayev K. Diplomacy. Astana: Foliant, 2021. P. 8.",
]


@pytest.mark.parametrize(
    ("number", "format", "shown"),
    [
        (3, "lowerRoman", "iii"),
        (14, "upperRoman", "XIV"),
        (1994, "i", "mcmxciv"),
        (2, "lowerLetter", "b"),
        (28, "upperLetter", "BB"),
        (27, "a", "aa"),
        (1, "chicago", "*"),
        (3, "chicago", "‡"),
        (6, "chicago", "††"),
        (3, "decimal", None),
        (3, None, None),
        (0, "lowerRoman", None),
    ],
)
def test_shown_number(number: int, format: str | None, shown: str | None) -> None:
    assert shown_number(number, format) == shown


def _docx(number_format: str, *, in_settings: bool) -> bytes:
    properties = f'<w:footnotePr><w:numFmt w:val="{number_format}"/></w:footnotePr>'
    paragraphs = "".join(
        f'<w:p><w:r><w:t>Text.</w:t></w:r><w:r><w:footnoteReference w:id="{i}"/></w:r></w:p>'
        for i in range(1, 6)
    )
    own = "" if in_settings else properties
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{SOURCES[i - 1]}</w:t></w:r></w:p></w:footnote>'
        for i in range(1, 6)
    )
    return docx(paragraphs, notes, section=own, settings=properties if in_settings else None)


@pytest.mark.parametrize("in_settings", [False, True])
@pytest.mark.parametrize(
    ("number_format", "names"),
    [
        ("lowerRoman", ["i", "ii", "iii", "iv", "v"]),
        ("chicago", ["*", "†", "‡", "§", "**"]),
        ("decimal", ["1", "2", "3", "4", "5"]),
    ],
)
def test_docx_notes_are_named_as_word_shows_them(
    number_format: str, names: list[str], in_settings: bool
) -> None:
    document = read_bytes(_docx(number_format, in_settings=in_settings), path="a.docx")
    assert [n.location.note_name for n in document.notes] == [f"note {n}" for n in names]
    assert [n.number for n in document.notes] == [1, 2, 3, 4, 5]  # still counted
    assert all(n.numbered for n in document.notes)
    assert document.notes[3].refers_to == 3
    rules = {f.rule for f in check(document)}
    assert not rules & {"note-without-marker", "note-number-gap", "note-number-repeated"}


def test_odt_notes_shown_in_roman_figures_are_named_so() -> None:
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    notes = "".join(
        f'<text:note text:note-class="footnote"><text:note-citation>{shown}</text:note-citation>'
        f"<text:note-body><text:p>{source}</text:p></text:note-body></text:note>"
        for shown, source in zip(["i", "ii", "iii", "iv"], SOURCES, strict=False)
    )
    flat = (
        f'<office:document xmlns:office="{office}" xmlns:text="{text}"><office:body>'
        f"<office:text><text:p>Metin.{notes}</text:p></office:text></office:body></office:document>"
    )
    document = read_bytes(flat.encode(), path="a.fodt")
    shown = [(n.number, n.numbered, n.location.note_name) for n in document.notes]
    assert shown == [
        (1, True, "note i"),
        (2, True, "note ii"),
        (3, True, "note iii"),
        (4, True, "note iv"),
    ]
    assert document.notes[3].refers_to == 3


def _endnotes(properties: str) -> bytes:
    paragraphs = "".join(
        f'<w:p><w:r><w:t>Text.</w:t></w:r><w:r><w:endnoteReference w:id="{i}"/></w:r></w:p>'
        for i in (1, 2)
    )
    notes = "".join(
        f'<w:endnote w:id="{i}"><w:p><w:r><w:t>{SOURCES[i - 1]}</w:t></w:r></w:p></w:endnote>'
        for i in (1, 2)
    )
    parts = {
        "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{paragraphs}'
        f"<w:sectPr>{properties}</w:sectPr></w:body></w:document>",
        "word/endnotes.xml": f'<w:endnotes xmlns:w="{W}">{notes}</w:endnotes>',
    }
    return zipped(parts)


@pytest.mark.parametrize(
    ("properties", "names"),
    [
        ("", ["note i", "note ii"]),  # Word's own default for endnotes
        ('<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>', ["note 1", "note 2"]),
        ('<w:endnotePr><w:numFmt w:val="bullet"/></w:endnotePr>', ["note 1", "note 2"]),
        ('<w:endnotePr><w:numFmt w:val="upperLetter"/></w:endnotePr>', ["note A", "note B"]),
    ],
)
def test_word_shows_endnotes_in_roman_figures_unless_told(
    properties: str, names: list[str]
) -> None:
    document = read_bytes(_endnotes(properties), path="a.docx")
    assert [n.location.note_name for n in document.notes] == names
    assert [n.number for n in document.notes] == [1, 2]
