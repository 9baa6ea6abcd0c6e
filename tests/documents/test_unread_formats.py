"""A PDF, a Word 97-2003 .doc or an RTF file handed to citekit is named for what it is: it was
read as text and refused as "not valid UTF-8 (line 2, byte 10); save the file as UTF-8", and a
.doc renamed .docx was "not a zip archive"."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
RTF = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Metin.\\par}"


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("makale.pdf", PDF, "a PDF file"),
        ("статья.doc", DOC, r"a Word 97-2003 document \(\.doc\)"),
        ("renamed.docx", DOC, r"a Word 97-2003 document \(\.doc\)"),
        ("maqala.rtf", RTF, "an RTF document"),
        ("notes.txt", PDF, "a PDF file"),
    ],
)
def test_a_format_citekit_does_not_read_is_named(name: str, data: bytes, what: str) -> None:
    with pytest.raises(DocumentError, match=f"{what}, which citekit does not read: save"):
        read_bytes(data, path=name)


def test_format_says_so_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(PDF)
    assert main(["format", str(path), "--style", "gost-r-7-0-5-2008"]) == 2
    err = capsys.readouterr().err
    assert "paper.pdf: a PDF file, which citekit does not read" in err
    assert "UTF-8" not in err


def test_a_text_that_merely_mentions_pdf_is_read() -> None:
    document = read_bytes(b"Text.[^1]\n\n[^1]: %PDF-1.7 spec, Adobe, 2008.\n", path="a.md")
    assert len(document.notes) == 1


@pytest.mark.parametrize("name", ["makale.docx", "статья.odt"])
def test_a_zip_cut_short_is_said_so(name: str) -> None:
    from tests.hostile.test_documents_hostile import BODY, _docx

    whole = _docx(
        {"mimetype": "application/vnd.oasis.opendocument.text", "word/document.xml": BODY}
    )
    kind = "DOCX" if name.endswith("docx") else "ODT"
    with pytest.raises(DocumentError, match=f"the {kind} file is cut short or damaged"):
        read_bytes(whole[: len(whole) // 2], path=name)


def test_a_file_that_is_no_zip_at_all_is_still_named_so() -> None:
    with pytest.raises(DocumentError, match=r"not a DOCX file \(it is not a zip archive\)"):
        read_bytes(b"plain words, not Word", path="fake.docx")
