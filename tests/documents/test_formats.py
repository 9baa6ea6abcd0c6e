"""ODT (built with odfpy, as LibreOffice writes it), format sniffing, and footnote shortcodes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from odf.element import Element
from odf.opendocument import OpenDocumentText
from odf.text import A, H, Note, NoteBody, NoteCitation, P, Span

from citekit import DocumentError, NoteKind, read_bytes, read_document
from citekit.documents import detect_format


def _note(number: int, kind: str, *parts: str | Element) -> Note:
    note = Note(id=f"{kind[:3]}{number}", noteclass=kind)
    note.addElement(NoteCitation(text=str(number)))
    body = NoteBody()
    paragraph = P(stylename="Footnote")
    for part in parts:
        paragraph.addText(part) if isinstance(part, str) else paragraph.addElement(part)
    body.addElement(paragraph)
    note.addElement(body)
    return note


def _odt(kind: str = "footnote") -> bytes:
    """A Turkish article as LibreOffice saves it: a heading, paragraphs, notes in the text."""
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Türkmenistan'ın enerji diplomasisi"))
    first = P(text="Türkmenistan, doğalgaz rezervlerinde dünyada dördüncü sıradadır.")
    first.addElement(
        _note(
            1,
            kind,
            "“Türkmenistanyň gaz gorlary”, Biznes Türkmenistan, ",
            A(href="https://business.com.tm/post/7724", text="https://business.com.tm/post/7724"),
            " (Erişim Tarihi: 25.10.2021).",
        )
    )
    first.addText(" Ülke 2009'dan beri Çin'e gaz ihraç etmektedir.")
    first.addElement(_note(2, kind, "Aynı yer."))
    doc.text.addElement(first)
    second = P(text="TAPI projesi ise hâlâ tamamlanmamıştır.")
    second.addElement(
        _note(3, kind, Span(text="Ahmet Yılmaz, Enerji ve Tarafsızlık, 2019, s. 45."))
    )
    doc.text.addElement(second)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_odt_notes_with_links(kind: str) -> None:
    data = _odt(kind)
    doc = read_bytes(data, path="makale.odt")
    assert doc.format == "odt"
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert doc.notes[0].text == (
        "“Türkmenistanyň gaz gorlary”, Biznes Türkmenistan, https://business.com.tm/post/7724 "
        "(Erişim Tarihi: 25.10.2021)."
    )
    assert doc.notes[0].citations[0].url == "https://business.com.tm/post/7724"
    assert (doc.notes[1].kind, doc.notes[1].refers_to) == (NoteKind.IBID, 1)
    assert doc.body_markers == (1, 2, 3)
    assert doc.language == "tr"


def test_odt_is_sniffed_without_its_extension(tmp_path: Path) -> None:
    data = _odt()
    assert detect_format(data, "upload.bin") == "odt"
    (tmp_path / "makale.odt").write_bytes(data)
    assert len(read_document(tmp_path / "makale.odt").notes) == 3


def test_odt_without_notes_reads_its_reference_list() -> None:
    doc = OpenDocumentText()
    doc.text.addElement(P(text="Kaspiý deňziniň kenarynda täze port guruldy [1]."))
    doc.text.addElement(H(outlinelevel=2, text="Edebiýatlar"))
    doc.text.addElement(P(text="[1] Annaýew M. Ulag geçelgeleri. Aşgabat: Ylym, 2020."))
    out = io.BytesIO()
    doc.write(out)
    read = read_bytes(out.getvalue(), path="makala.odt")
    assert [(n.number, n.text) for n in read.notes] == [
        (1, "Annaýew M. Ulag geçelgeleri. Aşgabat: Ylym, 2020.")
    ]
    assert read.body_markers == (1,)


def test_a_broken_odt_is_a_clear_error() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content")
    with pytest.raises(DocumentError, match=r"content\.xml is not well-formed"):
        read_bytes(out.getvalue(), path="bad.odt")
    with pytest.raises(DocumentError, match="the ODT file is cut short or damaged"):
        read_bytes(b"PK\x03\x04 nothing", path="bad.odt")


def test_footnote_shortcodes_in_plain_text() -> None:
    text = (
        "Aşgabatda täze howa menzili açyldy.[footnote]“Aşgabat halkara howa menzili”, "
        "Türkmenistan: Altyn asyr, 2016.[/footnote] Ol ýylda 17 million ýolagçy kabul edip "
        "biler.[efn_note]Şol ýerde.[/efn_note]\n"
    )
    doc = read_bytes(text.encode(), path="post.txt")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "“Aşgabat halkara howa menzili”, Türkmenistan: Altyn asyr, 2016."),
        (2, "Şol ýerde."),
    ]
    assert doc.body_markers == (1, 2)


def test_a_google_docs_link_is_unwrapped() -> None:
    html = (
        '<p>Metin.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><hr><div><p>'
        '<a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Akorda, <a href="https://www.google.com'
        '/url?q=https://www.akorda.kz/x&amp;sa=D&amp;ust=1">https://www.akorda.kz/x</a></span>'
        "</p></div>"
    )
    doc = read_bytes(html.encode(), path="export.html")
    assert doc.notes[0].text == "Akorda, https://www.akorda.kz/x"
    assert doc.notes[0].urls == ("https://www.akorda.kz/x",)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(paragraphs: list[str], styles: dict[str, str] | None = None) -> bytes:
    body = "".join(paragraphs)
    xml = f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", xml)
        if styles is not None:  # style id -> name, as word/styles.xml lists them
            listed = "".join(
                f'<w:style w:type="paragraph" w:styleId="{i}"><w:name w:val="{n}"/></w:style>'
                for i, n in styles.items()
            )
            archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W}">{listed}</w:styles>')
    return out.getvalue()


def test_docx_notes_numbered_by_word_under_a_heading_style() -> None:
    def para(text: str, style: str = "", numbered: bool = False) -> str:
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        if numbered:
            props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
        return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    data = _docx(
        [
            para("Türkmenistan doğalgaz ihracatını artırdı [1], Çin en büyük alıcıdır [2]."),
            para("Kaynakça", style="Heading1"),
            para("BP, Statistical Review of World Energy, 2021.", numbered=True),
            para("Aynı yer, s. 36.", numbered=True),
        ]
    )
    doc = read_bytes(data, path="makale.docx")
    assert [(n.number, n.text, n.numbered) for n in doc.notes] == [
        (1, "BP, Statistical Review of World Energy, 2021.", True),
        (2, "Aynı yer, s. 36.", True),
    ]
    assert doc.body_markers == (1, 2)


@pytest.mark.parametrize(
    ("style", "styles"),
    [
        ("Heading1", None),  # English Word: the style's id says it is a heading
        ("1", {"1": "heading 1", "a": "Normal"}),  # Russian Word: only the style's name does
    ],
)
def test_docx_headings_numbered_by_hand_open_and_close_the_notes(
    style: str, styles: dict[str, str] | None
) -> None:
    def para(text: str, heading: bool = False) -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if heading else ""
        return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"

    data = _docx(
        [
            para("Türkmenistan ihracatını artırdı [1], Çin en büyük alıcıdır [2]."),
            para("3. Kaynakça", heading=True),
            para("1. BP, Statistical Review of World Energy, 2021."),
            para("2. Aynı yer, s. 36."),
            para("4. Ekler", heading=True),
            para("3. Harita: gaz boru hatları."),
        ],
        styles,
    )
    doc = read_bytes(data, path="makale.docx")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "BP, Statistical Review of World Energy, 2021."),
        (2, "Aynı yer, s. 36."),
    ]


def test_odt_list_numbering_under_a_heading() -> None:
    from odf.text import List, ListItem

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Gazagystan bilen söwda dolanyşygy artdy [1], [2]."))
    doc.text.addElement(H(outlinelevel=2, text="Bellikler"))
    listing = List()
    for text in ("Egemen Qazaqstan, 26.10.2021.", "Şol ýerde."):
        item = ListItem()
        item.addElement(P(text=text))
        listing.addElement(item)
    doc.text.addElement(listing)
    out = io.BytesIO()
    doc.write(out)
    read = read_bytes(out.getvalue(), path="makala.odt")
    assert [(n.number, n.text) for n in read.notes] == [
        (1, "Egemen Qazaqstan, 26.10.2021."),
        (2, "Şol ýerde."),
    ]
