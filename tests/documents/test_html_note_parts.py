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
