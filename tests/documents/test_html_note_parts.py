"""A linked HTML note (pandoc, a theme's footnotes) whose item holds a nested list, a second
paragraph or a line break was read with its parts glued: "P. 5.Sub-comment one.Sub-comment
two." and "2019.URL: https://…" broke the citation's last field. Its parts are now parted by a
space, as a reader sees them."""

from __future__ import annotations

import pytest

from citekit.pipeline import read_bytes

BODY = '<p>Text citing sources.<sup><a href="#fn1">1</a></sup></p>'


def _page(note: str) -> bytes:
    return (
        f'<html><body>{BODY}<section class="footnotes"><ol><li id="fn1">{note}</li></ol>'
        "</section></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("note", "text"),
    [
        (
            "<p>Smith J. A Book. London: Press, 2019. P. 5.</p>"
            "<ol><li>First remark.</li><li>Second remark.</li></ol>",
            "Smith J. A Book. London: Press, 2019. P. 5. First remark. Second remark.",
        ),
        (
            "<p>Иванов И. И. Книга. М.: Наука, 2015.</p><p>См. также: Петров П. П. Статья.</p>",
            "Иванов И. И. Книга. М.: Наука, 2015. См. также: Петров П. П. Статья.",
        ),
        (
            "Yılmaz A. Bir Kitap. İstanbul: YKY, 2018.<br>URL: https://example.org/kitap",
            "Yılmaz A. Bir Kitap. İstanbul: YKY, 2018. URL: https://example.org/kitap",
        ),
        (
            "<p>Tokayev K. <em>Diplomacy</em>. Astana: Foliant, 2021.</p>",
            "Tokayev K. Diplomacy. Astana: Foliant, 2021.",
        ),
    ],
)
def test_a_notes_parts_are_parted(note: str, text: str) -> None:
    document = read_bytes(_page(note), path="page.html")
    assert [n.text for n in document.notes] == [text]


LISTED = (
    "<html><body><p>Body text of the article that cites two sources in the notes below.[1][2]</p>"
    "<h3>Notes</h3><ol>{items}</ol></body></html>"
)


@pytest.mark.parametrize(
    ("items", "texts"),
    [
        (  # a note with a remark nested under it: the note's own text was lost
            "<li>Smith J. A Book. London: Press, 2019. P. 5."
            "<ol><li>A remark on the first edition.</li></ol></li>"
            "<li>Jones K. Other Book. Oxford: OUP, 2020. P. 7.</li>",
            [
                "Smith J. A Book. London: Press, 2019. P. 5. A remark on the first edition.",
                "Jones K. Other Book. Oxford: OUP, 2020. P. 7.",
            ],
        ),
        (
            "<li><em>Иванов И. И.</em> Книга. М.: Наука, 2015.<ul><li>См. также второе издание."
            "</li></ul></li><li>Yılmaz A. Bir Kitap. İstanbul: YKY, 2018.<br>s. 12.</li>",
            [
                "Иванов И. И. Книга. М.: Наука, 2015. См. также второе издание.",
                "Yılmaz A. Bir Kitap. İstanbul: YKY, 2018. s. 12.",
            ],
        ),
        (  # an item that only wraps a list is no note: its items are
            "<li><ol><li>Smith J. A Book. London: Press, 2019.</li>"
            "<li>Jones K. Other Book. Oxford: OUP, 2020.</li></ol></li>",
            ["Smith J. A Book. London: Press, 2019.", "Jones K. Other Book. Oxford: OUP, 2020."],
        ),
    ],
)
def test_a_listed_notes_nested_list_is_part_of_it(items: str, texts: list[str]) -> None:
    document = read_bytes(LISTED.format(items=items).encode(), path="page.html")
    assert [n.text for n in document.notes] == texts
    assert [n.number for n in document.notes] == [1, 2]
