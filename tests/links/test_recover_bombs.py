"""`citekit recover` reads a cited site's pages as the link checker does: raw bytes inflated with
a cap, one encoding layer at most. It let httpx inflate them, so a page sent as
``Content-Encoding: gzip, gzip`` (a few kilobytes on the wire) was inflated whole into memory
before the 20 MiB read limit was looked at: a 1 GiB bomb took 2 GB."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator

import pytest

from citekit.links import LinkSettings
from citekit.links.recover.fetch import BODY_LIMIT, Fetcher, Page
from tests.hostile.site import MIB, Hostile, serve_hostile

BOMB = 256 * MIB


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[int, Hostile]]:
    with serve_hostile(BOMB) as running:
        yield running


def _fetch(port: int, path: str) -> tuple[Page | None, int]:
    """The page at `path` and the most memory Python held while fetching it."""

    async def get() -> Page | None:
        fetcher = Fetcher(LinkSettings(allow_private=True, timeout=20.0, cache=None))
        try:
            return await fetcher.get(f"http://127.0.0.1:{port}{path}")
        finally:
            await fetcher.aclose()

    tracemalloc.start()
    try:
        page = asyncio.run(get())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return page, peak


def test_a_double_gzip_page_is_not_inflated(hostile: tuple[int, Hostile]) -> None:
    port, _site = hostile
    page, peak = _fetch(port, "/gzip2")
    assert page is None  # no honest server compresses twice: no page, as a failed fetch
    assert peak < BOMB // 4


def test_a_gzip_page_is_inflated_only_to_the_read_limit(hostile: tuple[int, Hostile]) -> None:
    port, _site = hostile
    page, _peak = _fetch(port, "/gzip1")
    assert page is not None
    assert page.status == 200
    assert len(page.body) == BODY_LIMIT
