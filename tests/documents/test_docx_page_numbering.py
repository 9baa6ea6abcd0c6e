"""A DOCX whose footnotes Word numbers again on each page (``w:numRestart w:val="eachPage"``,
"Restart each page") was numbered straight through: "note 4" named the note Word shows as 1 on
page 2. The pages are the ones Word last laid out (``w:lastRenderedPageBreak``, written where
each page began), else the ones hard breaks start; each page's notes are a list of their own,
and findings name the page (`note 1 on page 2`)."""

from __future__ import annotations

import pytest
from tests.wordfiles import docx

from citekit.checks import check
from citekit.pipeline import read_bytes
from citekit.reports.json import finding_to_json
from citekit.reports.notes import note_to_json

NOTES = [
    "Smith J. A Book. London: Press, 2019. P. 5.",
    "Иванов И. И. Книга. М.: Наука, 2015. С. 45.",
    "Yılmaz A. Bir Kitap. İstanbul: Yapı Kredi Yayınları, 2018. s. 12.",
    "Там же. С. 47.",
    "Tokayev K. Diplomacy. Astana: Foliant, 2021. P. 8.",
    "Ports of the Caspian. URL: https://example.org/ports (accessed: 31.02.2021).",
]
RENDERED = "<w:lastRenderedPageBreak/>"
HARD = '<w:br w:type="page"/>'


def _docx(paragraphs: list[tuple[str, int | None]], *, properties: str, settings: bool) -> bytes:
    """A document of paragraphs, each (what opens its run, the note id it cites or None)."""
    body = "".join(
        f"<w:p><w:r>{mark}<w:t>Text.</w:t></w:r>"
        + (f'<w:r><w:footnoteReference w:id="{ref}"/></w:r>' if ref else "")
        + "</w:p>"
        for mark, ref in paragraphs
    )
    own = "" if settings else properties
    ids = [ref for _mark, ref in paragraphs if ref]
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{NOTES[(i - 1) % len(NOTES)]}</w:t></w:r></w:p>'
        "</w:footnote>"
        for i in ids
    )
    return docx(body, notes, section=own, settings=properties if settings else None)


EACH_PAGE = '<w:footnotePr><w:numRestart w:val="eachPage"/></w:footnotePr>'


@pytest.mark.parametrize("settings", [False, True])
@pytest.mark.parametrize("mark", [RENDERED, HARD])
def test_each_page_numbers_its_notes_again(mark: str, settings: bool) -> None:
    data = _docx(
        [("", 1), ("", 2), ("", None), (mark, 3), ("", 4), (mark, None), ("", 5)],
        properties=EACH_PAGE,
        settings=settings,
    )
    document = read_bytes(data, path="pages.docx")
    assert [(n.section, n.number, n.location.page) for n in document.notes] == [
        (0, 1, 1),
        (0, 2, 1),
        (1, 1, 2),
        (1, 2, 2),
        (2, 1, 3),
    ]
    assert document.notes[3].refers_to == 1  # "Там же" repeats page 2's note 1
    assert document.antecedents[3] == 2
    assert document.notes[2].location.note_name == "note 1 on page 2"
    rules = {f.rule for f in check(document)}
    assert not rules & {"note-number-repeated", "note-number-gap", "note-out-of-order"}
    assert note_to_json(document.notes[4])["location"]["page"] == 3


def test_a_page_without_notes_is_no_list() -> None:
    data = _docx(
        [("", 1), (RENDERED, None), (RENDERED, None), (RENDERED, 2)],
        properties=EACH_PAGE,
        settings=False,
    )
    document = read_bytes(data, path="pages.docx")
    assert [(n.section, n.number, n.location.page) for n in document.notes] == [
        (0, 1, 1),
        (1, 1, 4),
    ]


def test_words_layout_is_trusted_over_hard_breaks() -> None:
    # Word marks the page a hard break starts with its own mark too: counted once
    data = _docx([("", 1), (HARD + RENDERED, 2), ("", 3)], properties=EACH_PAGE, settings=False)
    document = read_bytes(data, path="pages.docx")
    assert [(n.number, n.location.page) for n in document.notes] == [(1, 1), (1, 2), (2, 2)]


def test_num_start_begins_each_page() -> None:
    properties = EACH_PAGE.replace("</w:footnotePr>", '<w:numStart w:val="3"/></w:footnotePr>')
    data = _docx([("", 1), (RENDERED, 2)], properties=properties, settings=False)
    document = read_bytes(data, path="pages.docx")
    assert [(n.number, n.location.page) for n in document.notes] == [(3, 1), (3, 2)]


def test_without_page_marks_the_notes_go_straight_through() -> None:
    # python-docx or pandoc wrote the file: no layout, no hard break, no page to tell
    data = _docx([("", 1), ("", 2), ("", 3)], properties=EACH_PAGE, settings=False)
    document = read_bytes(data, path="pages.docx")
    assert [(n.section, n.number, n.location.page) for n in document.notes] == [
        (0, 1, None),
        (0, 2, None),
        (0, 3, None),
    ]


def test_a_finding_names_the_page() -> None:
    # note id 6's access date is no date: it is note 1 of page 2
    data = _docx([("", 1), (RENDERED, 6)], properties=EACH_PAGE, settings=False)
    document = read_bytes(data, path="pages.docx")
    found = [f for f in check(document) if f.rule == "access-date-invalid"]
    assert [str(f.location) for f in found] == ["pages.docx note 1 on page 2"]
    assert finding_to_json(found[0])["page"] == 2
