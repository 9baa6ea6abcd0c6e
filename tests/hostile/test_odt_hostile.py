"""Hostile ODT files: space runs that ask for gigabytes, bad counts, deep nesting, dense tags."""

from __future__ import annotations

import io
import zipfile

import pytest

from citekit.documents import _zip, odt
from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
NOTE = (
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>Smith J. A Book. London: Press, 2019.</text:p></text:note-body>"
    "</text:note>"
)


def _odt(inner: str) -> bytes:
    content = (
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}">'
        f"<office:body><office:text>{inner}</office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_a_space_run_asking_for_gigabytes_is_a_clear_error() -> None:
    # 4,000,000,000 spaces from a 400-byte file took 7.8 GB before
    data = _odt(f'<text:p>Body<text:s text:c="4000000000"/>{NOTE}</text:p>')
    with pytest.raises(DocumentError, match=r"line 1: text:c asks for more than 10,000 spaces"):
        read_bytes(data, path="spaces.odt")


@pytest.mark.parametrize("count", ["abc", "-3", "1e9", "٣"])
def test_a_space_count_that_is_not_a_number_is_a_clear_error(count: str) -> None:
    data = _odt(f'<text:p>Body<text:s text:c="{count}"/>{NOTE}</text:p>')
    with pytest.raises(DocumentError, match="is not a number of spaces"):
        read_bytes(data, path="count.odt")


def test_ordinary_space_runs_still_read() -> None:
    data = _odt(f'<text:p>Body<text:s text:c="3"/>end<text:s/>.{NOTE}</text:p>')
    extraction = odt.read(data, path="ok.odt")
    assert extraction.body == "Body   end ."
    assert tuple(n.text for n in extraction.notes) == ("Smith J. A Book. London: Press, 2019.",)


def test_many_space_runs_stop_at_the_text_limit() -> None:
    runs = '<text:s text:c="10000"/>' * (odt._MAX_TEXT // 10_000 + 1)
    with pytest.raises(DocumentError, match="characters of text"):
        read_bytes(_odt(f"<text:p>{runs}{NOTE}</text:p>"), path="runs.odt")


def test_nesting_deeper_than_pythons_recursion_limit_reads() -> None:
    # 1,500 nested spans gave RecursionError ("internal error") before
    spans = "<text:span>" * 1500 + "deep" + "</text:span>" * 1500
    document = read_bytes(_odt(f"<text:p>Body {spans}{NOTE}</text:p>"), path="deep.odt")
    assert [a.family for a in document.notes[0].citations[0].authors] == ["Smith"]


def test_too_many_xml_tags_is_refused_before_parsing() -> None:
    data = _odt("<text:p/>" * (_zip._MAX_TAGS + 1))
    with pytest.raises(DocumentError, match="more than 2,500,000 XML tags"):
        read_bytes(data, path="dense.odt")


def test_too_many_notes_is_a_clear_error() -> None:
    # a 137 KB ODT of 400,000 notes took a minute and 943 MB
    note = (
        '<text:note text:note-class="footnote"><text:note-body><text:p>x</text:p>'
        "</text:note-body></text:note>"
    )
    data = _odt(f"<text:p>Body{note * (odt._MAX_NOTES + 1)}</text:p>")
    with pytest.raises(DocumentError, match="more than 20,000 notes"):
        read_bytes(data, path="notes.odt")
