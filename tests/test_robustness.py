"""Hostile input: whatever a document or a note holds, parsing does linear work, raises
nothing but `DocumentError`, and loses no note it could read. Timings: benchmarks/."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit import DocumentError, read_bytes
from citekit.citations import parse_note
from citekit.model import Location
from tests.linear import assert_linear

LOC = Location(path="robustness")
MB = 1_000_000
# the characters the note parser turns on: quotes, brackets, digits, labels, separators
_PIECES = [*'“”«»„"‘’*[]()/.,;:-–— \n1234567890sSpP', "https://", "www.", "Aynı yer", "Там же"]
_PIECES += ["Erişim Tarihi:", "25.10.2021", "октября", "s. 45", "//", "et al.", "İ", "\u2063"]
NOTE_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=60).map("".join)


@settings(max_examples=300)
@given(NOTE_TEXT)
def test_any_note_parses_and_keeps_its_text(text: str) -> None:
    note = parse_note(1, text, location=LOC)
    assert note.text == text
    for citation in note.citations:  # a piece of the note as written, soft hyphens and all
        assert citation.raw in text.replace("\n", " ") or citation.raw in text


@settings(max_examples=100)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html", "a.docx"]))
def test_any_bytes_read_or_a_document_error(data: bytes, path: str) -> None:
    try:
        read_bytes(data, path=path)
    except DocumentError as exc:
        message = str(exc)
    else:
        return
    assert message.startswith(path)


@pytest.mark.parametrize(
    "piece",
    [
        "“",
        '«“„"‘*',
        "1",
        "1.2.",
        "25.10.2021 ",
        "s. 1, ",
        " ",
        "Başlyk ",
        ", ",
        "Иванов И. И. ",
        "In: ",
        "//",
        "(",
        "[",
        "*a",
        "Aynı yer ",
        "(Erişim Tarihi: ",
        "октября ",
        "https://a.b/",
        "Рoссии ",  # a word typed with two keyboard layouts (`citekit._text.unmixed`)
        "Ka\u00adya ",  # a soft hyphen (`citekit._text.visible`)
        "Рoссии URL: https://a.b/c ",  # thousands of addresses, each with its label
        "10.1234/abc [a](https://a.b/c) ",  # DOIs and Markdown links
        "ф." + " " * 40 + "1, оп.\t\t\t№" + " " * 40,  # labels before runs of white space
    ],
    ids=repr,
)
def test_a_long_note_on_one_line_parses_in_linear_time(piece: str) -> None:
    assert_linear(
        lambda n: piece * (n // len(piece)),
        lambda text: parse_note(1, text, location=LOC),
        MB // 64,  # 15,625 and 31,250 characters: far past every bounded repetition (≤ 2,000)
    )


@pytest.mark.parametrize(
    ("path", "opener"),
    [("a.txt", "Body[1]\n\n[1] "), ("a.md", "Body[^1]\n\n[^1]: "), ("a.html", "<p>x¹</p><p>[1] ")],
)
def test_a_megabyte_note_in_a_document(path: str, opener: str) -> None:
    data = (opener + "“Başlyk, " * (MB // 9) + "\n").encode()
    doc = read_bytes(data, path=path)
    assert [n.number for n in doc.notes] == [1]
    assert len(doc.notes[0].text) > MB * 0.9


def _numbered(n: int, path: str) -> bytes:
    body = "Body " + "".join(f"[{i}]" for i in range(1, n + 1))
    notes = [f"“Başlyk {i}”, Biznes Türkmenistan, (Erişim Tarihi: 25.10.2021)." for i in range(n)]
    if path.endswith(".md"):
        body = body.replace("[", "[^")
        return (body + "\n\n" + "\n".join(f"[^{i}]: {t}" for i, t in enumerate(notes, 1))).encode()
    return (
        body + "\n\nNotes\n\n" + "\n".join(f"[{i}] {t}" for i, t in enumerate(notes, 1))
    ).encode()


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_a_thousand_notes(path: str) -> None:
    # 100,000 notes: benchmarks/large_documents.py (the suite keeps to its ~90 s)
    doc = read_bytes(_numbered(1_000, path), path=path)
    assert len(doc.notes) == 1_000
    assert doc.notes[-1].number == 1_000
    assert doc.notes[-1].citations[0].container == "Biznes Türkmenistan"
    assert not doc.unmatched_markers
    assert not doc.uncited_notes
    assert not doc.missing_numbers


def test_deeply_nested_html_reads_its_notes_or_says_why() -> None:
    def page(depth: int) -> bytes:
        inner = "<p>Body<sup>[1]</sup></p><p>[1] “Title”, Site, 2021.</p>"
        return f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>".encode()

    assert len(read_bytes(page(1000), path="a.html").notes) == 1  # libxml2 alone stops at 256
    with pytest.raises(DocumentError, match="nested more than 2,048 deep"):
        read_bytes(page(5000), path="a.html")


def test_deeply_nested_markdown_reads_its_notes_or_says_why() -> None:
    def text(depth: int) -> bytes:
        return (">" * depth + " Body[^1]\n\n[^1]: “Title”, Site, 2021.\n").encode()

    assert len(read_bytes(text(300), path="a.md").notes) == 1  # markdown-it alone stops at 20
    with pytest.raises(DocumentError, match="nested more than 400 deep"):
        read_bytes(text(50_000), path="a.md")


@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_invalid_utf8_is_a_clear_error(path: str) -> None:
    with pytest.raises(DocumentError, match=r"not valid UTF-8 \(line 3, byte 13\)"):
        read_bytes(b"Body[1]\n\n[1] \xff\xfe\xc3( Title, 2021.\n", path=path)


def test_unbalanced_and_deeply_nested_quotes() -> None:
    for text in ("«" * 50_000 + "Title", "«" * 20_000 + "Title" + "»" * 20_000, "“a”" * 30_000):
        note = parse_note(1, text, location=LOC)
        assert note.text == text


@pytest.mark.parametrize("tail", ["-қ.", " – ", "/", ".5 (2001): 7", ".1."], ids=repr)
def test_a_long_digit_run_before_a_mark_parses_in_linear_time(tail: str) -> None:
    # a shelf mark, a range or "volume.issue (year): pages" after 15,625 or 31,250 digits:
    # patterns that let a digit run start anywhere inside it and backtrack cost quadratic work
    assert_linear(
        lambda n: "1" * n + tail,
        lambda text: parse_note(1, text, location=LOC),
        MB // 64,
    )


_DIGITS = "1" * 4400  # Python reads no number of more than 4,300 digits: `int` raises ValueError


@pytest.mark.parametrize(
    "note",
    [
        f"Yılmaz, A. Tarih. Ankara, 2001, s. {_DIGITS}-2{_DIGITS}.",  # a page's range
        f"Иванов И. Статья // Журнал. 2001. №{_DIGITS}-2{_DIGITS} С. 5.",  # glued to an issue
        f"Yılmaz, A. “Başlık”, Gazete, {_DIGITS}–9 Haziran 2017.",  # days before a date
        f"Иванов И. Статья // Газета. {_DIGITS}-12 мая 2001.",
    ],
    ids=range(4),
)
def test_a_number_past_pythons_digit_limit_parses(note: str) -> None:
    # a range's or a day's number is told by its digits before it is read as a value
    assert parse_note(1, note, location=LOC).kind is not None
