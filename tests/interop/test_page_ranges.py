"""A page range crosses formats as a range: BibTeX writes its dash as ``--`` (TeX's en dash),
notes as ``–`` or ``-``; CSL-JSON holds ``45-67`` and RIS splits it into SP and EP."""

from __future__ import annotations

import pytest

from citekit.interop.bibtex import loads_bibtex
from citekit.interop.ris import dumps_ris
from citekit.model import Citation
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("pages", "page"),
    [
        ("45--67", "45-67"),
        ("45 -- 67", "45-67"),
        ("45---67", "45-67"),
        ("xii--xx", "xii-xx"),
        ("45-67", "45-67"),
        ("112", "112"),
        ("45--67, 70--72", "45-67, 70-72"),
    ],
)
def test_bibtex_pages_read_as_a_csl_range(pages: str, page: str) -> None:
    text = f"@article{{k, title = {{Başlık}}, journal = {{Bilig}}, pages = {{{pages}}}}}"
    assert loads_bibtex(text)[0].page == page


def test_a_bibtex_range_is_formatted_with_one_dash() -> None:
    text = "@book{k, title = {Orta Asya}, author = {Yılmaz, Ahmet}, pages = {45--67}, year = 2019}"
    (entry,) = format_bibliography(loads_bibtex(text), style="apa")
    assert "45–67" in entry
    assert "--" not in entry


@pytest.mark.parametrize("page", ["10-20", "10–20", "10 – 20", "10—20"])
def test_ris_writes_a_range_as_first_and_last_page(page: str) -> None:
    text, _losses = dumps_ris([Citation(type="article-journal", title="История", page=page)])
    assert "SP  - 10\n" in text
    assert "EP  - 20\n" in text


def test_ris_keeps_pages_that_are_no_single_range_in_sp() -> None:
    text, _losses = dumps_ris([Citation(type="chapter", title="Bölüm", page="45-67, 70-72")])
    assert "SP  - 45-67, 70-72\n" in text
    assert "EP  -" not in text
