"""A note label that `str.isdigit` takes but `int` does not ("²"), or a number of twenty
digits, is no note number: a Markdown ``[^²]``, an ODT citation "²" and an HTML
``<ol start="²">`` were internal errors, and ``<ol start="99999999999999999999">`` made
`citekit notes` count the missing numbers without end."""

from __future__ import annotations

import io
import zipfile

import pytest

from citekit.documents import extract
from citekit.pipeline import read_bytes

NOTE = "Smith J. A Book. London: Press, 2019."
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odt(label: str) -> bytes:
    content = (
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}"><office:body>'
        '<office:text><text:p>Body<text:note text:note-class="footnote">'
        f"<text:note-citation>{label}</text:note-citation><text:note-body><text:p>{NOTE}"
        "</text:p></text:note-body></text:note></text:p></office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _ol(start: str) -> bytes:
    return (
        "<html><body><p>Body text.<sup>1</sup></p><h3>Notes</h3>"
        f'<ol start="{start}"><li>{NOTE}</li></ol></body></html>'
    ).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.md", f"Body text.[^²]\n\n[^²]: {NOTE}\n".encode()),
        ("a.odt", _odt("²")),
        ("a.html", _ol("²")),
        ("b.html", _ol("99999999999999999999")),
    ],
)
def test_such_a_label_numbers_the_note_by_its_place(name: str, data: bytes) -> None:
    document = read_bytes(data, path=name)
    assert [(n.number, n.text) for n in document.notes] == [(1, NOTE)]
    assert document.missing_numbers == ()


def test_an_ordinary_start_still_numbers_the_list() -> None:
    assert [n.number for n in extract(_ol("7"), path="a.html").notes] == [7]
