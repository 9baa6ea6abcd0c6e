"""İSNAD: a law's access date is written once, whether or not the law is dated."""

from __future__ import annotations

import pytest

from citekit.csl import from_csl
from citekit.styles import format_bibliography

_LAW = {
    "id": "law",
    "type": "legislation",
    "title": "Devlet Memurları Kanunu",
    "number": "657",
    "URL": "https://www.resmigazete.gov.tr/eskiler/1",
    "accessed": {"date-parts": [[2019, 9, 27]]},
}


@pytest.mark.parametrize("style", ["isnad-dipnotlu", "isnad-dipnotlu-house", "isnad-metinici"])
@pytest.mark.parametrize("issued", [None, {"date-parts": [[2006]]}])
def test_a_laws_access_date_once(style: str, issued: dict[str, object] | None) -> None:
    item = dict(_LAW, issued=issued) if issued else dict(_LAW)
    (entry,) = format_bibliography([from_csl(item)], style=style)
    assert entry.count("Erişim") == 1
