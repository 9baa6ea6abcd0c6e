"""Politeness: per-host and global limits, and how long to wait before asking again.

`retry_delay` is pure arithmetic over a clock value and a random source, so it is tested without
sleeping; `Slots` holds the semaphores one run shares.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import random
import statistics
from collections import deque
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from attrs import frozen

__all__ = ["PrioritySemaphore", "RetryPolicy", "Slots", "parse_retry_after", "retry_delay"]


@frozen(kw_only=True)
class RetryPolicy:
    """When a 429 (or a 503 that says when to come back) is worth another try."""

    max_retries: int = 3
    budget: float = 30.0  # seconds of waiting allowed for one URL, all retries together
    max_wait: float = 10.0  # a single Retry-After longer than this is not waited for
    base: float = 0.5  # backoff when the server gives no Retry-After: base * 2**attempt
    jitter: float = 0.1  # up to this fraction is added at random, so clients spread out


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():  # "²" is a digit to isdigit, not to float: no delay, as for junk
        return float(value) if value.isascii() else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def retry_delay(
    policy: RetryPolicy,
    *,
    attempt: int,
    waited: float,
    retry_after: str | None,
    now: datetime,
    rng: random.Random,
) -> float | None:
    """Seconds to wait before retry number `attempt` (1-based), or None to give up.

    `waited` is what this URL has already spent waiting; the answer never takes it past the
    policy's budget, and a server asking for more than `max_wait` is not waited for.
    """
    if attempt > policy.max_retries:
        return None
    asked = parse_retry_after(retry_after, now)
    delay = policy.base * 2 ** (attempt - 1) if asked is None else asked
    if delay > policy.max_wait:
        return None
    delay += delay * policy.jitter * rng.random()
    if waited + delay > policy.budget:
        return None
    return delay


class PrioritySemaphore:
    """A semaphore whose waiters are served by priority (lower first), then in arrival order."""

    def __init__(self, value: int) -> None:
        self._free = value
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._arrivals = itertools.count()

    async def acquire(self, priority: int = 0) -> None:
        """Wait for a unit, ahead of every waiter with a larger `priority`."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._arrivals), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed a unit just as we were cancelled: pass it on
            raise

    def release(self) -> None:
        """Give a unit back, to the best waiter if there is one."""
        while self._waiters:
            _priority, _n, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)
                return
        self._free += 1


class Slots:
    """A global limit on requests in flight and a smaller one per host.

    A request that has waited for its answer much longer than answers usually take (three
    times the recent median, at least `min_slow` seconds) gives its global slot back: it costs
    no bandwidth or CPU while it hangs, only a socket. It keeps its host slot, so a host never
    sees more than `per_host` requests from us. Without this, a few pages that never answer
    would hold the whole run back for a full timeout each.
    """

    def __init__(self, concurrency: int, per_host: int, *, min_slow: float = 0.25) -> None:
        self._global = PrioritySemaphore(concurrency)
        self._per_host = per_host
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._min_slow = min_slow
        self._recent: deque[float] = deque(maxlen=256)
        self._slow_after = 2.0  # until answers have been seen
        self._seen = 0

    @property
    def slow_after(self) -> float:
        """Seconds after which a waiting request gives its global slot back."""
        return self._slow_after

    def observe(self, seconds: float) -> None:
        """Record how long an answer took (updates the slow threshold now and then)."""
        self._recent.append(seconds)
        self._seen += 1
        if self._seen % 32 == 1:
            middle = statistics.median(self._recent)
            self._slow_after = max(self._min_slow, 3 * middle)

    @contextlib.asynccontextmanager
    async def hold(self, host: str, *, first: bool = True) -> AsyncIterator[Callable[[], None]]:
        """Hold a host slot and a global slot; yields a callable that marks the wait as slow.

        The host slot is taken first, so waiting for a busy host costs no global slot. A URL's
        first request goes before redirect hops and retries (`first=False`): every URL gets
        started early, so one that hangs starts its timeout early too.
        """
        semaphore = self._hosts.get(host)
        if semaphore is None:
            semaphore = self._hosts[host] = asyncio.Semaphore(self._per_host)
        async with semaphore:
            await self._global.acquire(0 if first else 1)
            held = True

            def release_global() -> None:
                nonlocal held
                if held:
                    held = False
                    self._global.release()

            try:
                yield release_global
            finally:
                release_global()
