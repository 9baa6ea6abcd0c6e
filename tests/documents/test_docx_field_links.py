"""Links Word writes as ``HYPERLINK`` fields (a ``<w:fldSimple>``, or an instruction split
over ``<w:instrText>`` runs) are a note's links, as ``<w:hyperlink>`` ones are: the note had
no URL, `check` reported it as missing one, and its page was never checked."""

from __future__ import annotations

import io
import zipfile

from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Body text.</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
    '<w:r><w:footnoteReference w:id="3"/></w:r></w:p></w:body></w:document>'
)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _instr(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


NOTES = [
    # a complex field, its instruction split over two runs
    _run("“Başlık”, Akorda, ")
    + _char("begin")
    + _instr(' HYPERLINK "https://akorda.kz/')
    + _instr('ru/page-1" \\o "tip" ')
    + _char("separate")
    + _run("Akorda sitesi")
    + _char("end")
    + _run(", (Erişim Tarihi: 25.10.2021)."),
    # a simple field
    '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.com/x&quot; ">'
    + _run("buradan")
    + "</w:fldSimple>"
    + _run(" “Title”, Site, (Erişim Tarihi: 25.10.2021)."),
    # a link to a bookmark in the document is no address
    _char("begin")
    + _instr(' HYPERLINK \\l "_Toc1" ')
    + _char("separate")
    + _run("see above")
    + _char("end"),
]


def _docx() -> bytes:
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p>{inner}</w:p></w:footnote>'
        for n, inner in enumerate(NOTES, 1)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", BODY)
        archive.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{notes}</w:footnotes>')
    return buffer.getvalue()


def test_hyperlink_fields_are_the_notes_links() -> None:
    document = read_bytes(_docx(), path="fields.docx")
    assert [n.urls for n in document.notes] == [
        ("https://akorda.kz/ru/page-1",),
        ("https://example.com/x",),
        (),
    ]
    assert document.notes[0].citations[0].url == "https://akorda.kz/ru/page-1"
    assert document.notes[0].text == "“Başlık”, Akorda, Akorda sitesi, (Erişim Tarihi: 25.10.2021)."
