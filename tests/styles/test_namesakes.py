"""Many people of one family name (issue 5 hardening): the names a cite may show in full are
looked up by the cite's own names, so the work per cite does not grow with the namesakes."""

from __future__ import annotations

from citekit.styles import format_bibliography, format_notes
from citekit.styles.csl.disambiguate import _Disambiguating
from citekit.styles.csl.model import Registry


def _smiths(n: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"s{i}",
            "type": "book",
            "title": f"Book {i}",
            "author": [{"family": "Smith", "given": f"Given{i} Xavier"}],
            "issued": {"date-parts": [[2000]]},
        }
        for i in range(n)
    ]


def test_a_cite_looks_up_only_its_own_names_among_the_namesakes() -> None:
    run = Registry()
    run.expand = {("Smith", f"Given{i} Xavier"): 2 for i in range(2000)}
    run.expand[("Smith", "")] = 1
    found = _Disambiguating._expanding(_smiths(1)[0], run)
    assert found == {(("Smith", "Given0 Xavier"), 2), (("Smith", ""), 1)}


def test_namesakes_cited_alike_are_told_apart() -> None:
    items = _smiths(3)
    notes = format_notes([[item] for item in items], style="apa")
    assert len(set(notes)) == 3  # three people, three cites
    assert all("Smith" in note for note in notes)
    assert len(format_bibliography(items, style="apa")) == 3
