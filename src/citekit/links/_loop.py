"""The event loop blocking calls run on: uvloop where it is installed, else asyncio's own.

uvloop does the event loop's work in C (libuv); a link check spends a large share of its CPU
there, so an archive of 10⁵ URLs costs noticeably less CPU per request. Everything citekit does
on the loop (timeouts, DNS through ``getaddrinfo``, TLS upgrades, Ctrl-C) works the same on both.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["run"]

T = TypeVar("T")


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion on a new event loop (uvloop when available)."""
    try:
        import uvloop
    except ImportError:  # Windows, or a build without it
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)
