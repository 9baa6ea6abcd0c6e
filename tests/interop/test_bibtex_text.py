"""Text that BibTeX escapes comes back as it was written."""

from __future__ import annotations

import pytest

from citekit.interop import dump_items, loads_items
from citekit.model import Citation, Name


def test_a_caret_and_a_tilde_come_back_from_bibtex_as_written() -> None:
    item = Citation(type="webpage", title="x^2 ~ 1^", id="a")
    exported = dump_items([item], "bibtex")
    (back,) = loads_items(exported.text, "bibtex")
    assert back.title == "x^2 ~ 1^"


@pytest.mark.parametrize(
    "title",
    [
        "Unbalanced { open",  # BibTeX counts "\{" as a brace: the entry never closed
        "Close } brace @misc{evil, title={x}}",  # "\}" closed the value early: a second entry
        "back \\ slash and \\textbf{not LaTeX}",  # "\ " was LaTeX's control space: a space back
        "all & % $ # _ ~ ^ { } \\ at once",
    ],
)
def test_braces_and_backslashes_come_back_from_bibtex_as_written(title: str) -> None:
    items = [
        Citation(type="book", title=title, id="a", authors=(Name(literal=f"Lit {title}"),)),
        Citation(type="book", title="Next", id="b"),
    ]
    exported = dump_items(items, "bibtex")
    back = loads_items(exported.text, "bibtex")
    assert [(c.id, c.title) for c in back] == [("a", title), ("b", "Next")]
    assert back[0].authors == (Name(literal=f"Lit {title}"),)


def test_a_braced_name_with_and_inside_is_one_name() -> None:
    # Zotero and BibTeX protect a corporate author so: it was read as "Barnes" and "Noble"
    text = "@book{a, title={T}, author={{Barnes and Noble} and Smith, John}, year=2020}"
    (item,) = loads_items(text, "bibtex")
    assert item.authors == (Name(literal="Barnes and Noble"), Name(family="Smith", given="John"))
