"""XML files declaring entities: one hardened parser everywhere, errors in the user's words."""

from __future__ import annotations

import io
import zipfile

import pytest

from citekit.documents.safe_xml import declares_entities, safe_parser
from citekit.errors import DocumentError
from citekit.pipeline import read_bytes
from citekit.styles import Style, StyleError
from citekit.styles.csl.engine import __file__ as _engine_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
BODY = (
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Text.</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
)


def _laughs(root: str) -> str:
    """A "billion laughs" DOCTYPE: nine levels of ten references each."""
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return f'<!DOCTYPE {root} [<!ENTITY l0 "ha">{levels}]>'


def _footnotes(text: str, doctype: str) -> str:
    return (
        f'{doctype}<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>{text}'
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_docx_entity_bomb_names_the_part_in_plain_words() -> None:
    notes = _footnotes("Akorda, &l9;", _laughs("w:footnotes"))
    data = _zip({"word/document.xml": BODY, "word/footnotes.xml": notes})
    with pytest.raises(DocumentError) as caught:
        read_bytes(data, path="bomb.docx")
    message = str(caught.value)
    assert "bomb.docx" in message
    assert "word/footnotes.xml (the footnotes) declares XML entities" in message
    assert "save it again" in message
    assert "amplification" not in message


def test_odt_entity_bomb_names_the_part_in_plain_words() -> None:
    content = (
        f'{_laughs("office:document-content")}<office:document-content xmlns:office="{OFFICE}" '
        f'xmlns:text="{TEXT}"><office:body><office:text><text:p>&l9;</text:p></office:text>'
        "</office:body></office:document-content>"
    )
    data = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    with pytest.raises(DocumentError, match=r"content\.xml \(the document's text and notes\)"):
        read_bytes(data, path="bomb.odt")


def test_a_small_declared_entity_still_reads() -> None:
    doctype = '<!DOCTYPE w:footnotes [<!ENTITY co "Akorda">]>'
    notes = _footnotes("Akorda, 25.10.2021.", doctype)
    data = _zip({"word/document.xml": BODY, "word/footnotes.xml": notes})
    assert read_bytes(data, path="small.docx").notes[0].text == "Akorda, 25.10.2021."


def test_wordpress_export_entity_bomb_is_said_plainly() -> None:
    data = (
        f'<?xml version="1.0"?>{_laughs("rss")}<rss version="2.0"><channel><item><title>&l9;'
        "</title></item></channel></rss>"
    ).encode()
    with pytest.raises(DocumentError, match="WordPress never writes entity declarations"):
        read_bytes(data, path="export.xml")


STYLE = (
    '<?xml version="1.0" encoding="utf-8"?>{doctype}<style xmlns="http://purl.org/net/xbiblio/csl"'
    ' class="note" version="1.0"><info><title>T{ref}</title><id>t</id></info><citation><layout>'
    '<text variable="title"/></layout></citation></style>'
)


@pytest.mark.parametrize(
    ("doctype", "ref"),
    [
        ('<!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        (_laughs("style"), "&l9;"),
        ('<!DOCTYPE style [<!ENTITY x "inner">]>', "&x;"),
    ],
)
def test_a_style_declaring_entities_is_refused(doctype: str, ref: str) -> None:
    with pytest.raises(StyleError, match="declares XML entities"):
        Style(STYLE.format(doctype=doctype, ref=ref), name="evil.csl")


def test_a_style_without_entities_still_parses() -> None:
    Style(STYLE.format(doctype="", ref=" &amp; &#233;"), name="fine.csl")


def test_the_shared_parser_expands_nothing_and_fetches_nothing() -> None:
    from lxml import etree

    root = etree.fromstring(
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&x;</r>', safe_parser()
    )
    assert "".join(root.itertext()) == "&x;"  # left as written, never read
    assert declares_entities(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p "x">]><r/>')
    assert not declares_entities(b'<!DOCTYPE html><p>&lt;!ENTITY x "y"&gt;</p>')
    assert not declares_entities(b'<!DOCTYPE r SYSTEM "x.dtd"><r>&x;</r>')


def test_no_xml_reader_builds_its_own_parser() -> None:
    from pathlib import Path

    source = Path(_engine_file).parents[2]
    own = [
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if "XMLParser(" in path.read_text(encoding="utf-8") and path.name != "safe_xml.py"
    ]
    assert own == []
