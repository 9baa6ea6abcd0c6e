"""Word's special characters, hidden runs and tracked deletions read as Word shows them: a
non-breaking hyphen (``<w:noBreakHyphen/>``, Ctrl+Shift+-) is a hyphen, so `2021‑2022`
and `С. 45‑67` keep their ranges (they read `20212022`, `4567`); hidden text
(``<w:vanish/>``) is not part of the note (it was glued to the address before it); a
footnote whose reference a tracked change deleted is no note (it was read, and numbered)."""

from __future__ import annotations

import io
import zipfile

import pytest

from citekit.pipeline import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Body text.</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
)


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _note(inner: str) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", BODY)
        archive.writestr(
            "word/footnotes.xml",
            f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p>{inner}</w:p></w:footnote>'
            "</w:footnotes>",
        )
    return read_bytes(buffer.getvalue(), path="note.docx").notes[0].text


HYPHEN = "<w:r><w:noBreakHyphen/></w:r>"


@pytest.mark.parametrize(
    ("inner", "text"),
    [
        (
            _run("Иванов И. И. История. М., 2015. С. 45") + HYPHEN + _run("67."),
            "Иванов И. И. История. М., 2015. С. 45-67.",
        ),
        (
            _run("Türkmenistan Ýyllygy, 2021") + HYPHEN + _run("2022, s. 3."),
            "Türkmenistan Ýyllygy, 2021-2022, s. 3.",
        ),
        (_run("Ak") + "<w:r><w:softHyphen/></w:r>" + _run("orda."), "Akorda."),
    ],
)
def test_word_hyphens_read_as_shown(inner: str, text: str) -> None:
    assert _note(inner) == text


@pytest.mark.parametrize("vanish", ["<w:vanish/>", '<w:vanish w:val="true"/>'])
def test_hidden_text_is_not_part_of_the_note(vanish: str) -> None:
    inner = _run("“Başlık”, Akorda, https://akorda.kz/1") + _run(
        "GİZLİ", f"<w:rPr>{vanish}</w:rPr>"
    )
    assert _note(inner + _run(".")) == "“Başlık”, Akorda, https://akorda.kz/1."


def test_text_unhidden_again_is_kept() -> None:
    inner = _run("Akorda", '<w:rPr><w:vanish w:val="0"/></w:rPr>') + _run(", 2021.")
    assert _note(inner) == "Akorda, 2021."


def test_a_footnote_whose_reference_a_tracked_change_deleted_is_no_note() -> None:
    body = (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Ticaret arttı.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:del w:id="9" w:author="Editör"><w:r><w:delText>Silinen cümle.</w:delText></w:r>'
        '<w:r><w:footnoteReference w:id="2"/></w:r></w:del>'
        '<w:r><w:t>Sonra.</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>'
        "</w:p></w:body></w:document>"
    )
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p>{_run(text)}</w:p></w:footnote>'
        for n, text in (
            (1, "Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45."),
            (2, "Silinmiş kaynak, 1999."),
            (3, "Aynı yer., 47."),
        )
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", body)
        archive.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{notes}</w:footnotes>')
    document = read_bytes(buffer.getvalue(), path="tracked.docx")
    assert [(n.number, n.text) for n in document.notes] == [
        (1, "Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45."),
        (2, "Aynı yer., 47."),
    ]
    assert document.notes[1].refers_to == 1


def test_text_a_tracked_change_moved_is_read_once_at_its_new_place() -> None:
    inner = (
        '<w:moveFrom w:id="1" w:author="Editör">'
        + _run("2019, ")
        + "</w:moveFrom>"
        + _run("Ahmet Yılmaz, Orta Asya (Ankara: Nobel, ")
        + '<w:moveTo w:id="2" w:author="Editör">'
        + _run("2019")
        + "</w:moveTo>"
        + _run("), 45.")
    )
    assert _note(inner) == "Ahmet Yılmaz, Orta Asya (Ankara: Nobel, 2019), 45."
