"""missing-url: a reference with a DOI and an access date (as Wikipedia writes them) has an
address; one with neither URL nor DOI is still reported."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

TEXT = (
    "Turkmenistan has expanded its gas exports to China over the last decade, analysts say.[1]"
    '\n\n[1] Smith, John (2019). "Gas pipelines of Turkmenistan". Energy Policy. 12 (3): 45–60.'
    " doi:10.1016/j.enpol.2019.01.001. Retrieved 12 March 2023.\n"
)


def _missing(text: str) -> list[int | None]:
    doc = read_bytes(text.encode(), path="article.txt")
    return [f.location.note for f in check(doc, config=CheckConfig()) if f.rule == "missing-url"]


def test_a_doi_with_an_access_date_is_not_a_missing_url() -> None:
    assert _missing(TEXT) == []


def test_an_access_date_with_neither_url_nor_doi_is_reported() -> None:
    assert _missing(TEXT.replace(" doi:10.1016/j.enpol.2019.01.001.", "")) == [1]
