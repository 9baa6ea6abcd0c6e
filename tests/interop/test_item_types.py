"""A patent, a map, a dataset and a standard keep their type through RIS, and through BibTeX
where BibLaTeX has an entry type for it (a map has none: `misc`)."""

from __future__ import annotations

import pytest

from citekit.interop.bibtex import dumps_bibtex, loads_bibtex
from citekit.interop.ris import dumps_ris, loads_ris
from citekit.model import Citation, PartialDate


@pytest.mark.parametrize(
    ("kind", "bibtex"),
    [("patent", "patent"), ("map", "document"), ("dataset", "dataset"), ("standard", "standard")],
)
def test_types_round_trip(kind: str, bibtex: str) -> None:
    item = Citation(type=kind, title="Карта Казахской ССР", issued=PartialDate(year=1985))
    assert [c.type for c in loads_ris(dumps_ris([item])[0])] == [kind]
    assert [c.type for c in loads_bibtex(dumps_bibtex([item])[0])] == [bibtex]
