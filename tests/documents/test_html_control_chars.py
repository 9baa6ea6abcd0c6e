"""A form feed (a PDF's page break, pasted) after a paragraph inside a list item: lxml's HTML
parser keeps it, and setting it back as text raised "All strings must be XML compatible",
an internal error that stopped the reading of the page."""

from __future__ import annotations

import pytest

from citekit.pipeline import read_bytes


@pytest.mark.parametrize("control", ["\x0c", "\x0b", "\x01"])
def test_a_control_character_in_a_list_item_is_a_space(control: str) -> None:
    page = (
        "<html><body><p>Body text here.<sup>1</sup></p><h3>Notes</h3>"
        f"<ol><li><p>Smith J. A Book.</p>{control} London: Press, 2019.</li></ol></body></html>"
    )
    document = read_bytes(page.encode(), path="page.html")
    assert [n.text for n in document.notes] == ["Smith J. A Book. London: Press, 2019."]
