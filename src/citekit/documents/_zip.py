"""Reading a member of a zip-based document (DOCX, ODT) with its real size counted, and
parsing its XML safely.

A zip's central directory states each member's size, and a hostile file can state anything: the
bytes are counted while they are inflated, and a damaged member is a `DocumentError`, not a
``BadZipFile`` from deep inside zipfile.
"""

from __future__ import annotations

import zipfile
import zlib

from lxml import etree

from citekit.documents.safe_xml import declares_entities, safe_parser
from citekit.errors import DocumentError

__all__ = ["MAX_PART", "inflate", "not_a_zip", "parse_xml"]

MAX_PART = 64 * 1024 * 1024  # inflated bytes of one XML part
_MAX_TAGS = 2_500_000  # lxml keeps every element, ~150 bytes each: about 380 MB once parsed
_CHUNK = 1024 * 1024


def not_a_zip(data: bytes, kind: str) -> str:
    """Why `data` did not open as the zip archive a `kind` ("DOCX", "ODT") is: a file that
    starts as one but has no end was cut short (a download or a copy not finished)."""
    if data.startswith(b"PK\x03\x04"):
        return (
            f"the {kind} file is cut short or damaged (its zip archive has no end): copy or "
            "download it again, or save it again from the program that made it"
        )
    return f"not a {kind} file (it is not a zip archive)"


def inflate(archive: zipfile.ZipFile, name: str, path: str, limit: int = MAX_PART) -> bytes:
    """The member's bytes, at most `limit` of them once inflated.

    A part stored twice is refused: zipfile reads the last copy, Word or Writer may show the
    first, and citekit must check the text the editor sees.
    """
    if sum(1 for info in archive.infolist() if info.filename == name) > 1:
        raise DocumentError(path, f"{name} is stored more than once in the zip archive")
    out = bytearray()
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise DocumentError(
                        path, f"{name} inflates to more than {limit // (1024 * 1024)} MB"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise DocumentError(path, f"{name} is damaged in the zip archive: {exc}") from exc
    return bytes(out)


def parse_xml(data: bytes, name: str, path: str) -> etree._Element:
    """The part's XML tree: no entities resolved, nothing fetched, at most ~2.5 million tags
    (a 500-page book has well under a million)."""
    if data.count(b"<") > _MAX_TAGS:
        raise DocumentError(path, f"{name} has more than {_MAX_TAGS:,} XML tags")
    try:
        return etree.fromstring(data, safe_parser(huge_tree=True))
    except etree.XMLSyntaxError as exc:
        if declares_entities(data):
            raise DocumentError(path, _entities(name)) from exc
        raise DocumentError(path, f"{name} is not well-formed XML: {exc}") from exc


# what each part holds, in the words of someone who wrote the document
_PARTS = {
    "word/document.xml": "the document's text",
    "word/footnotes.xml": "the footnotes",
    "word/endnotes.xml": "the endnotes",
    "word/settings.xml": "the document's settings",
    "content.xml": "the document's text and notes",
    "styles.xml": "the page styles",
    "the flat ODT": "the whole document",
}


def _entities(name: str) -> str:
    """The error for a part whose declared XML entities could not be read."""
    what = _PARTS.get(name)
    part = f"{name} ({what})" if what else name
    return (
        f"{part} declares XML entities (<!DOCTYPE … <!ENTITY …>) that expand past what a "
        "document may hold; Word and LibreOffice never write entity declarations, so the file "
        "was made or altered by another program: open it in Word or LibreOffice and save it again"
    )
