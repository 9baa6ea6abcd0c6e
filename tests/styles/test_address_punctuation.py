"""An address is written as it is: the engine merged doubled punctuation inside URLs and DOIs
as it does between fields, so ``http://[::1]/x`` came out as ``http://[:1]/x``,
``http://h/a/../b`` as ``http://h/a/./b`` and the DOI ``10.1000/a..b`` as ``10.1000/a.b``:
addresses that lead nowhere, or somewhere else."""

from __future__ import annotations

import pytest

from citekit.styles import format_bibliography

URLS = ("http://[::1]/x", "http://example.com/a/../b?x=1;,y", "https://ru.wikipedia.org/wiki/A::B")


@pytest.mark.parametrize("style", ["apa", "gost-r-7-0-5-2008", "chicago-notes-bibliography"])
@pytest.mark.parametrize("url", URLS)
def test_a_url_keeps_its_punctuation(style: str, url: str) -> None:
    item = {"id": "a", "type": "webpage", "title": "Page", "URL": url}
    (entry,) = format_bibliography([item], style=style)
    assert url in entry


def test_a_doi_keeps_its_punctuation() -> None:
    item = {"id": "a", "type": "article-journal", "title": "T", "DOI": "10.1000/a..b"}
    (entry,) = format_bibliography([item], style="apa")
    assert "https://doi.org/10.1000/a..b" in entry


def test_a_url_ending_in_a_period_still_takes_one_period() -> None:
    item = {"id": "a", "type": "webpage", "title": "Page", "URL": "http://example.com/x."}
    (entry,) = format_bibliography([item], style="gost-r-7-0-5-2008")
    assert entry.endswith("URL: http://example.com/x.")
