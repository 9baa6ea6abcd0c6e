"""A list item with a list nested under it: the nested items are notes of their own when they
show it (an id, a back link, their own number, a nested ``<ol start>``) or when the item holds
only a heading (a chapter's title); otherwise they go on with the item's note. user31 glued
every nested list into its parent, so a chapter's title and all its notes were read as one
note."""

from __future__ import annotations

import pytest

from citekit.pipeline import read_bytes

LISTED = (
    "<html><body><p>Body text of the article that cites its sources in the notes below.[1][2]"
    "</p><h3>{heading}</h3><ol>{items}</ol></body></html>"
)
SMITH = "Smith J. A Book. London: Press, 2019. P. 5."
JONES = "Jones K. Other Book. Oxford: OUP, 2020. P. 7."
BROWN = "Brown L. Third Book. Leeds: LUP, 2001. P. 9."
IVANOV = "Иванов И. И. Книга. М.: Наука, 2015. С. 5."
YILMAZ = "Yılmaz A. Bir Kitap. İstanbul: YKY, 2018, s. 12."


def _notes(items: str, heading: str = "Notes") -> list[tuple[int, str]]:
    page = LISTED.format(heading=heading, items=items).encode()
    return [(n.number, n.text) for n in read_bytes(page, path="page.html").notes]


@pytest.mark.parametrize(
    ("items", "heading", "notes"),
    [
        (  # a chapter's title, plain, each chapter's notes numbered from 1
            f"<li>Chapter 1. The Early Years<ol><li>{SMITH}</li><li>{JONES}</li></ol></li>"
            f"<li>Chapter 2. The War<ol><li>{BROWN}</li></ol></li>",
            "Notes",
            [(1, SMITH), (2, JONES), (1, BROWN)],
        ),
        (  # Word's HTML export: the chapter's title in bold, the list going on with start=
            f"<li class=MsoNormal><b>Глава 1</b><ol type=1><li class=MsoNormal>{IVANOV}</li>"
            f"</ol></li><li class=MsoNormal><b>Глава 2</b><ol start=2 type=1>"
            f"<li class=MsoNormal>{JONES}</li></ol></li>",
            "Примечания",
            [(1, IVANOV), (2, JONES)],
        ),
        (  # the chapter's title in <strong>
            f"<li><strong>Birinci Bölüm</strong><ol><li>{YILMAZ}</li><li>{SMITH}</li></ol></li>",
            "Dipnotlar",
            [(1, YILMAZ), (2, SMITH)],
        ),
        (  # a note whose nested items carry their own ids: notes of their own
            f'<li>{SMITH}<ol start="2"><li id="n2">{JONES}</li><li id="n3">{BROWN}</li></ol></li>',
            "Notes",
            [(1, SMITH), (2, JONES), (3, BROWN)],
        ),
        (  # a remark under a note goes on with it (no id, no number, no back link)
            f"<li>{SMITH}<ol><li>A remark on the first edition.</li></ol></li><li>{JONES}</li>",
            "Notes",
            [(1, f"{SMITH} A remark on the first edition."), (2, JONES)],
        ),
        (  # words with no sentence's end over a bulleted list: one note, not a heading
            f"<li>{IVANOV}</li><li>См. также<ul><li>{SMITH}</li></ul></li><li>{JONES}</li>",
            "Примечания",
            [(1, IVANOV), (2, f"См. также {SMITH}"), (3, JONES)],
        ),
        (  # Word writes start=1 on every list: a remark's list still goes on with its note
            f"<li class=MsoNormal>{SMITH}<ol start=1 type=a><li class=MsoNormal>A remark.</li>"
            f"</ol></li><li class=MsoNormal>{JONES}</li>",
            "Notes",
            [(1, f"{SMITH} A remark."), (2, JONES)],
        ),
        (  # "See also:" and the works listed under it: one note
            f"<li>{IVANOV} См. также:<ul><li>{SMITH}</li><li>{JONES}</li></ul></li>",
            "Примечания",
            [(1, f"{IVANOV} См. также: {SMITH} {JONES}")],
        ),
    ],
)
def test_nested_lists_of_listed_notes(
    items: str, heading: str, notes: list[tuple[int, str]]
) -> None:
    assert _notes(items, heading) == notes


def _linked(notes: str) -> list[tuple[int, str]]:
    page = (
        '<html><body><p>Text.<sup><a href="#fn1">1</a></sup> More.<sup><a href="#fn2">2</a>'
        f"</sup></p>{notes}</body></html>"
    ).encode()
    return [(n.number, n.text) for n in read_bytes(page, path="page.html").notes]


@pytest.mark.parametrize(
    "notes",
    [
        (  # pandoc: a second note's item nested in the first's (a hand-edited page)
            f'<section class="footnotes"><ol><li id="fn1"><p>{SMITH}<a href="#fnref1" '
            f'class="footnote-back">↩︎</a></p><ol><li id="fn2"><p>{JONES}<a href="#fnref2" '
            'class="footnote-back">↩︎</a></p></li></ol></li></ol></section>'
        ),
        (  # a WordPress footnote plugin's list grouped under a chapter's title
            f'<ol class="footnotes"><li>Chapter 1<ol><li id="footnote_0_7">{SMITH} '
            '<a class="footnote-link footnote-back-link" href="#identifier_0_7">↩</a></li>'
            f'<li id="footnote_1_7">{JONES} <a class="footnote-back-link" '
            'href="#identifier_1_7">↩</a></li></ol></li></ol>'
        ).replace("#fn1", "#footnote_0_7"),
    ],
)
def test_nested_linked_notes_are_apart(notes: str) -> None:
    notes = notes.replace("footnote_0_7", "fn1").replace("footnote_1_7", "fn2")
    assert _linked(notes) == [(1, SMITH), (2, JONES)]
