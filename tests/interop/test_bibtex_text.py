"""Text that BibTeX escapes comes back as it was written."""

from __future__ import annotations

from citekit.interop import dump_items, loads_items
from citekit.model import Citation


def test_a_caret_and_a_tilde_come_back_from_bibtex_as_written() -> None:
    item = Citation(type="webpage", title="x^2 ~ 1^", id="a")
    exported = dump_items([item], "bibtex")
    (back,) = loads_items(exported.text, "bibtex")
    assert back.title == "x^2 ~ 1^"
