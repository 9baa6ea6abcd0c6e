"""A Markdown footnote definition that no marker cites is read, not dropped.

markdown-it's footnote plugin leaves out a definition nothing refers to, so a note whose
marker was deleted vanished: `notes` did not list it and `check` said "no problems found".
It is now a note like the others (numbered after the cited ones when labels are names),
and `check` reports it with note-without-marker.
"""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.model import Document
from citekit.pipeline import read_bytes

BODY = "Trade grew in the first nine months of the year, officials in both capitals said."


def _read(text: str) -> Document:
    return read_bytes(text.encode(), path="article.md")


def test_a_named_definition_without_a_marker_is_a_note_no_marker_cites() -> None:
    doc = _read(
        f"# Trade\n\n{BODY}[^a] And `code [^b]` is no marker.[^c]\n\n"
        "[^a]: “First”, Orient, https://orient.tm/1.\n"
        "[^b]: “Orphan”, Kapital, https://kapital.kz/1.\n"
        "[^c]: “Third”, Akorda, https://akorda.kz/1.\n"
    )
    assert [(n.number, n.text, n.location.line) for n in doc.notes] == [
        (1, "“First”, Orient, https://orient.tm/1.", 5),
        (2, "“Third”, Akorda, https://akorda.kz/1.", 7),
        (3, "“Orphan”, Kapital, https://kapital.kz/1.", 6),
    ]
    assert doc.body_markers == (1, 2)
    assert doc.uncited_notes == (3,)
    findings = check(doc, config=CheckConfig(edition_language="en"))
    assert [(f.rule, f.location.note) for f in findings if f.rule == "note-without-marker"] == [
        ("note-without-marker", 3)
    ]


def test_a_numbered_definition_keeps_its_number() -> None:
    doc = _read(
        f"{BODY}[^1]\n\n[^1]: “First”, Orient, https://orient.tm/1.\n"
        "[^2]: “Orphan”, Kapital, https://kapital.kz/1.\n\n    Its second paragraph.\n"
    )
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "“First”, Orient, https://orient.tm/1."),
        (2, "“Orphan”, Kapital, https://kapital.kz/1.\n\nIts second paragraph."),
    ]
    assert doc.body_markers == (1,)
    assert doc.uncited_notes == (2,)


def test_definitions_without_any_marker_are_still_read() -> None:
    doc = _read(
        f"{BODY}\n\n[^1]: “First”, Orient, https://orient.tm/1.\n"
        "[^2]: “Second”, Kapital, https://kapital.kz/1.\n"
    )
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.body_markers == ()


def test_a_document_whose_notes_are_all_cited_reads_as_before() -> None:
    doc = _read(f"{BODY}[^x]\n\n[^x]: “First”, Orient, https://orient.tm/1.\n")
    assert [(n.number, n.location.line) for n in doc.notes] == [(1, 3)]
    assert doc.body_markers == (1,)
