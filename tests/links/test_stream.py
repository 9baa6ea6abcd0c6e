"""Streaming link results: nothing of a URL is kept once its result is yielded."""

from __future__ import annotations

import asyncio
import gc

from citekit.links import LinkResult, LinkSettings, LinkStatus, astream_links


def _alive_after(n: int) -> tuple[int, int]:
    """Stream n URLs that need no request; count results seen and results still alive."""

    async def run() -> tuple[int, int]:
        urls = (f"mailto:reader{i}@example.org" for i in range(n))
        seen = 0
        alive = 0
        async for _url, result in astream_links(urls, settings=LinkSettings(cache=None)):
            assert result.status is LinkStatus.SKIPPED
            seen += 1
            if seen == n - 1:
                gc.collect()
                alive = sum(1 for o in gc.get_objects() if isinstance(o, LinkResult))
        return seen, alive

    return asyncio.run(run())


def test_memory_of_a_streamed_run_does_not_grow_with_its_urls() -> None:
    small_seen, small_alive = _alive_after(2_000)
    large_seen, large_alive = _alive_after(12_000)
    assert (small_seen, large_seen) == (2_000, 12_000)
    # what is alive is the workers' window, whatever the number of URLs
    assert large_alive <= small_alive + 64
