"""`check_links("https://…")` checks that one URL: a string was iterated letter by letter,
giving one "not a web address" result per character ("h", "t", "p", …)."""

from __future__ import annotations

import asyncio

from citekit.links import LinkSettings, LinkStatus, acheck_links, check_links

URL = "http://127.0.0.1:9/page"  # loopback: reported as private, never contacted


def test_one_url_alone_is_one_result() -> None:
    settings = LinkSettings(cache=None)
    (result,) = check_links(URL, settings=settings)
    assert result.url == URL
    assert result.status is LinkStatus.SKIPPED
    (again,) = asyncio.run(acheck_links(URL, settings=settings))
    assert again.url == URL
    assert [r.url for r in check_links([URL, URL], settings=settings)] == [URL]
