"""What Writer keeps in an ODT but does not show as its text is not read: a footnote a
tracked change deleted was read as a note (ahead of the others), and a comment
(``<office:annotation>``) was glued into the note or sentence it sits in, with its author."""

from __future__ import annotations

import io
import zipfile

from citekit.pipeline import read_bytes

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"


def _note(number: int, text: str) -> str:
    return (
        f'<text:note text:id="ftn{number}" text:note-class="footnote">'
        f"<text:note-citation>{number}</text:note-citation>"
        f"<text:note-body><text:p>{text}</text:p></text:note-body></text:note>"
    )


def _comment(text: str) -> str:
    return (
        "<office:annotation><dc:creator>Ayşe Editör</dc:creator>"
        f"<dc:date>2021-10-25T10:00:00</dc:date><text:p>{text}</text:p></office:annotation>"
    )


DELETED = (
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
    "<office:change-info><dc:creator>Ayşe Editör</dc:creator>"
    "<dc:date>2021-10-25T10:00:00</dc:date></office:change-info>"
    f"<text:p>Silinen cümle.{_note(9, 'Silinmiş kaynak, 1999.')}</text:p>"
    "</text:deletion></text:changed-region></text:tracked-changes>"
)


def _odt(inner: str) -> bytes:
    content = (
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:dc="{DC}">'
        f"<office:body><office:text>{inner}</office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_a_deleted_footnote_is_no_note() -> None:
    body = (
        f'{DELETED}<text:p>Ticaret arttı.<text:change text:change-id="ct1"/>'
        f"{_note(1, 'Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45.')} Sonra."
        f"{_note(2, 'Aynı yer., 47.')}</text:p>"
    )
    document = read_bytes(_odt(body), path="tracked.odt")
    assert [n.number for n in document.notes] == [1, 2]
    assert document.notes[1].refers_to == 1


def test_a_comment_is_not_part_of_the_note_or_the_body() -> None:
    first = "Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45" + _comment("sayfa?") + "."
    body = f"<text:p>Ticaret{_comment('kaynak ekle')} arttı.{_note(1, first)}</text:p>"
    document = read_bytes(_odt(body), path="comments.odt")
    assert document.notes[0].text == "Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45."
    assert document.notes[0].citations[0].page == "45"
