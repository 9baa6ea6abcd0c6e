"""Hostile documents: DOCX archives that lie or overflow, entities, deeply nested Markdown."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Text.</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
)


def _footnotes(inner: str, doctype: str = "") -> str:
    return f'{doctype}<w:footnotes xmlns:w="{W}">{inner}</w:footnotes>'


def _note(number: int, text: str) -> str:
    return f'<w:footnote w:id="{number}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'


def _docx(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content, compresslevel=1)
    return buffer.getvalue()


def _lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory and local header give `member`."""
    patched = bytearray(data)
    name = member.encode()
    central = patched.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", patched, central + 28)[0]
        if patched[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", patched, central + 24, size)
            local = struct.unpack_from("<I", patched, central + 42)[0]
            struct.pack_into("<I", patched, local + 22, size)
        central = patched.find(b"PK\x01\x02", central + 4)
    return bytes(patched)


def test_central_directory_lying_about_sizes_is_a_clear_error() -> None:
    big = _footnotes(_note(1, "x" * 2_000_000))
    data = _lie_about_size(
        _docx({"word/document.xml": BODY, "word/footnotes.xml": big}), "word/footnotes.xml", 100
    )
    with pytest.raises(DocumentError, match="damaged in the zip archive"):
        read_bytes(data, path="lying.docx")


def test_part_inflating_past_the_limit_is_refused() -> None:
    huge = _footnotes(_note(1, "Akorda") + " " * (65 * 1024 * 1024))
    data = _docx({"word/document.xml": BODY, "word/footnotes.xml": huge})
    assert len(data) < 400_000  # a small file on disk
    with pytest.raises(DocumentError, match="inflates to more than 64 MB"):
        read_bytes(data, path="bomb.docx")


def test_too_many_footnotes_is_a_clear_error() -> None:
    notes = "".join(_note(n, "a") for n in range(1, 20_002))
    data = _docx({"word/document.xml": BODY, "word/footnotes.xml": _footnotes(notes)})
    with pytest.raises(DocumentError, match="more than 20,000 footnotes"):
        read_bytes(data, path="many.docx")


def test_unresolved_entity_keeps_the_note_text() -> None:
    doctype = '<!DOCTYPE w:footnotes SYSTEM "http://example.invalid/x.dtd">'
    notes = _footnotes(_note(1, "Akorda, &visit; text after, 25.10.2021"), doctype)
    data = _docx({"word/document.xml": BODY, "word/footnotes.xml": notes})
    document = read_bytes(data, path="entity.docx")
    assert document.notes[0].text == "Akorda, &visit; text after, 25.10.2021"


@pytest.mark.parametrize(
    "text",
    [
        "Text.[^1]\n\n[^1]: " + "[" * 330 + "x" + "]" * 330 + "\n",
        "[" * 5000,
        "Body " + "[" * 150 + "\n",
    ],
)
def test_deep_markdown_brackets_are_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    path = tmp_path / "deep.md"
    path.write_text(text, encoding="utf-8")
    code = main(["notes", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "'[' open at once" in err
    assert "internal error" not in err


def test_many_brackets_across_paragraphs_still_read() -> None:
    text = "Text.[^1]\n\n" + "[a\n\n" * 150 + "[^1]: Akorda, 25.10.2021.\n"
    document = read_bytes(text.encode(), path="fine.md")
    assert [n.number for n in document.notes] == [1]


def test_deep_html_is_a_clear_error() -> None:
    with pytest.raises(DocumentError, match="nested more than"):
        read_bytes(("<div>" * 5000 + "x").encode(), path="deep.html")


def test_odt_lying_about_sizes_is_a_clear_error() -> None:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "x" * 100_000
    content = f'<office:document-content xmlns:office="{office}">{body}</office:document-content>'
    data = _docx({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    with pytest.raises(DocumentError, match="damaged in the zip archive"):
        read_bytes(_lie_about_size(data, "content.xml", 100), path="lying.odt")


def test_too_many_xml_tags_is_refused_before_parsing() -> None:
    body = f'<w:document xmlns:w="{W}"><w:body>' + "<w:p/>" * 2_500_001 + "</w:body></w:document>"
    data = _docx({"word/document.xml": body})
    with pytest.raises(DocumentError, match="more than 2,500,000 XML tags"):
        read_bytes(data, path="dense.docx")


def test_a_part_stored_twice_is_refused() -> None:
    # zipfile reads the last copy, Word may show the first: which text was checked is unknown
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", BODY)
        archive.writestr("word/footnotes.xml", _footnotes(_note(1, "Shown by Word.")))
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("word/footnotes.xml", _footnotes(_note(1, "Read by zipfile.")))
    with pytest.raises(DocumentError, match=r"word/footnotes\.xml is stored more than once"):
        read_bytes(buffer.getvalue(), path="twice.docx")
