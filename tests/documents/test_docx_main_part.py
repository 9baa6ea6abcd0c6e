"""A DOCX whose main part is not ``word/document.xml``: Word Online saves
``word/document2.xml``, named by the package's ``officeDocument`` relationship, and its notes
parts are named by the main part's relationships. Such a file was "not a DOCX file"."""

from __future__ import annotations

import pytest
from tests.wordfiles import zipped

from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BODY = (
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Text.</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
)
NOTE = "Smith J. A Book. London: Press, 2019."
FOOTNOTES = (
    f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>{NOTE}</w:t></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def _rels(*targets: tuple[str, str]) -> str:
    inner = "".join(
        f'<Relationship Id="r{i}" Type="{DOC}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets)
    )
    return f'<Relationships xmlns="{PKG}">{inner}</Relationships>'


def _docx(parts: dict[str, str]) -> bytes:
    return zipped(parts)


def test_word_onlines_document2_is_read_with_its_notes() -> None:
    data = _docx(
        {
            "_rels/.rels": _rels(("officeDocument", "word/document2.xml")),
            "word/document2.xml": BODY,
            "word/_rels/document2.xml.rels": _rels(("footnotes", "notes/foot2.xml")),
            "word/notes/foot2.xml": FOOTNOTES,
        }
    )
    assert [n.text for n in read_bytes(data, path="online.docx").notes] == [NOTE]


def test_an_absolute_target_is_read_from_the_package_root() -> None:
    data = _docx(
        {
            "_rels/.rels": _rels(("officeDocument", "/word/main.xml")),
            "word/main.xml": BODY,
            "word/footnotes.xml": FOOTNOTES,  # no relationship: the usual name
        }
    )
    assert [n.text for n in read_bytes(data, path="main.docx").notes] == [NOTE]


def test_a_relationship_to_a_missing_part_is_a_clear_error() -> None:
    data = _docx({"_rels/.rels": _rels(("officeDocument", "word/gone.xml")), "x.xml": "<x/>"})
    with pytest.raises(DocumentError, match=r"not a DOCX file \(no word/gone\.xml\)"):
        read_bytes(data, path="gone.docx")
