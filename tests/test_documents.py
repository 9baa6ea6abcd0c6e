from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import DocumentError, NoteKind, read_bytes, read_document
from tests.conftest import DATA, EXAMPLE, ROOT

DOCUMENTS = sorted(p for p in (DATA / "corpus" / "documents").iterdir() if p.suffix != ".json")
BAD = sorted((Path(__file__).parent / "documents" / "bad").iterdir())


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_corpus_document_notes_and_markers(path: Path) -> None:
    expected = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    doc = read_document(path)
    assert [(n["number"], _norm(n["text"])) for n in expected["notes"]] == [
        (n.number, _norm(n.text)) for n in doc.notes
    ]
    assert expected["body_markers"] == list(doc.body_markers)


def test_founding_example() -> None:
    doc = read_document(EXAMPLE)
    assert list(range(1, 10)) == [n.number for n in doc.notes]
    assert (doc.notes[6].kind, doc.notes[6].refers_to) == (NoteKind.IBID, 6)
    citing = [n for n in doc.notes if n.kind is NoteKind.CITATION]
    assert [n.number for n in citing] == [1, 2, 3, 4, 5, 6, 8, 9]
    assert all(n.citations[0].url is None and n.citations[0].url_slot_empty for n in citing)
    assert [n.citations[0].language for n in citing] == [
        "tk",
        "tk",
        "kk",
        "ru",
        "ru",
        "kk",
        "tk",
        "tk",
    ]
    first = doc.notes[0].citations[0]
    assert (first.container, first.accessed.isoformat()) == ("Biznes Türkmenistan", "2021-10-25")
    assert doc.language == "en"


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_documents_give_a_clear_error(path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert str(path) in str(info.value)


def test_missing_file_and_directory() -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document("does/not/exist.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_document(DATA)


def test_markdown_footnotes_with_several_paragraphs() -> None:
    source = (
        "Text[^1] and more[^2].\n\n"
        "[^1]: “Başlyk”, Biznes Türkmenistan, https://business.com.tm/post/1\n"
        "    (Erişim Tarihi: 25.10.2021).\n\n"
        "    Second paragraph.\n\n"
        "[^2]: Aynı yer, s. 45.\n"
    )
    doc = read_bytes(source.encode(), path="n.md")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].text.endswith("Second paragraph.")
    assert doc.notes[0].citations[0].url == "https://business.com.tm/post/1"
    assert (
        doc.notes[1].kind,
        doc.notes[1].refers_to,
        doc.notes[1].page,
    ) == (NoteKind.IBID, 1, "45")


def test_html_href_wins_over_anchor_text() -> None:
    html = (
        "<p>Body<sup>[1]</sup></p>"
        '<p>[1] “Başlyk”, Akorda, <a href="https://akorda.kz/x">link</a>, '
        "(Erişim Tarihi: 25.10.2021).</p>"
    )
    doc = read_bytes(html.encode(), path="a.html")
    assert doc.notes[0].citations[0].url == "https://akorda.kz/x"
    assert doc.body_markers == (1,)


def test_unmatched_markers_and_uncited_notes() -> None:
    text = "One[1] two[3].\n\n[1] First.\n[2] Second.\n"
    doc = read_bytes(text.encode(), path="t.txt")
    assert doc.unmatched_markers == (3,)
    assert doc.uncited_notes == (2,)


def test_gaps_and_repeats_in_numbering() -> None:
    text = "One[1] two[2] four[4].\n\n[1] First.\n[2] Second.\n[2] Again.\n[4] Fourth.\n"
    doc = read_bytes(text.encode(), path="t.txt")
    assert doc.missing_numbers == (3,)
    assert doc.repeated_numbers == (2,)


def test_standard_input_is_read() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "citekit", "notes", "--json", "-"],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert len(json.loads(result.stdout)["notes"]) == 9


@given(st.text(max_size=2000))
def test_any_text_document_never_raises_unexpectedly(text: str) -> None:
    try:
        doc = read_bytes(text.encode("utf-8", "surrogatepass"), path="x.txt")
    except DocumentError:
        return
    for note in doc.notes:
        assert note.text in text.replace("\r\n", "\n").replace("\r", "\n")


def test_huge_single_line_note_is_read_in_linear_time() -> None:
    from tests.linear import assert_linear

    assert_linear(
        lambda n: ("[1] " + "“Başlyk, " * n + "\n").encode(),
        lambda data: read_bytes(data, path="big.txt"),
        14_000,
    )
