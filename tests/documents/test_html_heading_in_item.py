"""A chapter's title written as a heading element inside a list item (`<li><h4>Глава 2</h4><ol>
…</ol></li>`, as site builders and hand-edited pages nest them) is a title over that chapter's
notes, not a heading that ends the list of notes: the notes after it were lost."""

from __future__ import annotations

import pytest

from citekit.pipeline import read_bytes

PAGE = (
    "<html><body><p>Body text of the article that cites its sources in the notes below.[1][2]"
    "</p><h3>{heading}</h3><ol>{items}</ol></body></html>"
)
SMITH = "Smith J. A Book. London: Press, 2019. P. 5."
JONES = "Jones K. Other Book. Oxford: OUP, 2020. P. 7."
IVANOV = "Иванов И. И. Книга. М.: Наука, 2015. С. 5."
YILMAZ = "Yılmaz A. Bir Kitap. İstanbul: YKY, 2018, s. 12."
TOKAEV = "Тоқаев Қ. Кітап. Алматы: Білім, 2012. 47-б."


def _notes(items: str, heading: str) -> list[tuple[int, str]]:
    page = PAGE.format(heading=heading, items=items).encode()
    return [(n.number, n.text) for n in read_bytes(page, path="page.html").notes]


@pytest.mark.parametrize(
    ("items", "heading", "notes"),
    [
        (
            f"<li><h4>Глава 1</h4><ol><li>{IVANOV}</li></ol></li>"
            f"<li><h4>Глава 2</h4><ol><li>{SMITH}</li><li>{JONES}</li></ol></li>",
            "Примечания",
            [(1, IVANOV), (1, SMITH), (2, JONES)],
        ),
        (
            f"<li><h5>Birinci Bölüm</h5><ol><li>{YILMAZ}</li><li>{SMITH}</li></ol></li>"
            f'<li><h5>İkinci Bölüm</h5><ol start="3"><li>{JONES}</li></ol></li>',
            "Dipnotlar",
            [(1, YILMAZ), (2, SMITH), (3, JONES)],
        ),
        (
            f"<li><h4>1-тарау</h4><ol><li>{TOKAEV}</li></ol></li>"
            f"<li><h4>2-тарау</h4><ol><li>{IVANOV}</li></ol></li>",
            "Ескертпелер",
            [(1, TOKAEV), (1, IVANOV)],
        ),
    ],
)
def test_a_heading_in_a_list_item_titles_its_chapters_notes(
    items: str, heading: str, notes: list[tuple[int, str]]
) -> None:
    assert _notes(items, heading) == notes


@pytest.mark.parametrize(
    ("items", "heading", "notes"),
    [
        (  # each chapter's list under its title, a heading of its own
            f"<h4>Глава 1</h4><ol><li>{IVANOV}</li></ol><h4>Глава 2</h4><ol><li>{SMITH}</li>"
            f"<li>{JONES}</li></ol>",
            "Примечания",
            [(1, IVANOV), (1, SMITH), (2, JONES)],
        ),
        (  # the titles in bold paragraphs
            f"<p><b>Birinci Bölüm</b></p><ol><li>{YILMAZ}</li></ol><p><b>İkinci Bölüm</b></p>"
            f"<ol><li>{SMITH}</li></ol>",
            "Dipnotlar",
            [(1, YILMAZ), (1, SMITH)],
        ),
        (  # the first chapter's list right under the notes' heading
            f"<ol><li>{TOKAEV}</li><li>{IVANOV}</li></ol><h4>2-тарау</h4><ol><li>{SMITH}</li></ol>",
            "Ескертпелер",
            [(1, TOKAEV), (2, IVANOV), (1, SMITH)],
        ),
    ],
)
def test_chapter_titles_between_lists_of_notes_end_no_notes(
    items: str, heading: str, notes: list[tuple[int, str]]
) -> None:
    page = (
        "<html><body><p>Body text of the article that cites its sources in the notes below.[1]"
        f"[2]</p><h3>{heading}</h3>{items}<h3>Об авторе</h3><ol><li>Born in 1970.</li></ol>"
        "</body></html>"
    ).encode()
    assert [(n.number, n.text) for n in read_bytes(page, path="page.html").notes] == notes


def test_markdown_chapter_headings_below_the_notes_heading_end_no_notes() -> None:
    text = (
        "Body text of the article that cites its sources in the notes below.[1]\n\n"
        "## Примечания\n\n### Глава 1\n\n"
        f"1. {IVANOV}\n\n### Глава 2\n\n1. {SMITH}\n2. {JONES}\n\n"
        "## Об авторе\n\n1. Born in 1970 in Almaty.\n"
    )
    notes = read_bytes(text.encode(), path="a.md").notes
    assert [(n.section, n.number, n.text) for n in notes] == [
        (0, 1, IVANOV),
        (1, 1, SMITH),
        (1, 2, JONES),
    ]
