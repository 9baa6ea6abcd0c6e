"""A DOCX or ODT with both footnotes and endnotes: the endnotes were dropped without a word."""

from __future__ import annotations

from tests.wordfiles import zipped

from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
FOOTNOTE = "Smith J. A Book. London: Press, 2019. P. 5."
ENDNOTE = "Иванов И. И. Книга. М.: Наука, 2015. С. 45."


def _zip(parts: dict[str, str]) -> bytes:
    return zipped(parts)


def _word_notes(kind: str, text: str) -> str:
    return (
        f'<w:{kind}s xmlns:w="{W}"><w:{kind} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        f"</w:{kind}></w:{kind}s>"
    )


def _docx(*, endnotes: bool = True) -> bytes:
    body = (
        f'<w:document xmlns:w="{W}"><w:body>'
        '<w:p><w:r><w:t>One.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
        '<w:p><w:r><w:t>Two.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
        "</w:body></w:document>"
    )
    parts = {"word/document.xml": body, "word/footnotes.xml": _word_notes("footnote", FOOTNOTE)}
    if endnotes:
        parts["word/endnotes.xml"] = _word_notes("endnote", ENDNOTE)
    return _zip(parts)


def _odt_note(label: str, text: str, kind: str) -> str:
    return (
        f'<text:note text:note-class="{kind}"><text:note-citation>{label}</text:note-citation>'
        f"<text:note-body><text:p>{text}</text:p></text:note-body></text:note>"
    )


def _odt() -> bytes:
    inner = (
        f"<text:p>One.{_odt_note('1', FOOTNOTE, 'footnote')}</text:p>"
        f"<text:p>Two.{_odt_note('i', ENDNOTE, 'endnote')}</text:p>"
    )
    content = (
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}">'
        f"<office:body><office:text>{inner}</office:text></office:body>"
        "</office:document-content>"
    )
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})


def test_docx_endnotes_follow_the_footnotes_as_their_own_list() -> None:
    document = read_bytes(_docx(), path="both.docx")
    assert [(n.section, n.number, n.text) for n in document.notes] == [
        (0, 1, FOOTNOTE),
        (1, 1, ENDNOTE),
    ]
    assert document.repeated_numbers == ()


def test_odt_endnotes_follow_the_footnotes_as_their_own_list() -> None:
    document = read_bytes(_odt(), path="both.odt")
    assert [(n.section, n.number, n.text) for n in document.notes] == [
        (0, 1, FOOTNOTE),
        (1, 1, ENDNOTE),
    ]
    assert document.repeated_numbers == ()


def test_footnotes_alone_stay_in_the_first_list() -> None:
    document = read_bytes(_docx(endnotes=False), path="one.docx")
    assert [(n.section, n.number, n.text) for n in document.notes] == [(0, 1, FOOTNOTE)]
