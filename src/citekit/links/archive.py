"""Archive rescue: ask a Wayback-style availability endpoint for a snapshot of a dead page.

The Internet Archive's ``/wayback/available?url=U&timestamp=YYYYMMDD`` answers the snapshot
closest to the timestamp; citekit passes the note's access date, so the copy shown is the page as
the author saw it. The endpoint is configurable (`LinkSettings.archive_url`).
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx

from citekit.links.decoding import SuspiciousEncoding, read_decoded
from citekit.links.guard import BlockedAddress
from citekit.links.results import Snapshot
from citekit.model import PartialDate

__all__ = ["ArchiveUnavailable", "find_snapshot", "is_safe_url", "snapshot_from_answer"]

_TIMESTAMP = re.compile(r"[0-9]{4,14}")
_ANSWER_LIMIT = 64 * 1024  # an availability answer is a few hundred bytes of JSON
_SAFE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+", re.ASCII)


def snapshot_from_answer(answer: Any) -> Snapshot | None:
    """The closest available snapshot in an availability-API answer, if any."""
    if not isinstance(answer, dict):
        return None
    closest = (answer.get("archived_snapshots") or {}).get("closest")
    if not isinstance(closest, dict) or not closest.get("available", True):
        return None
    url, timestamp = closest.get("url"), closest.get("timestamp")
    if not isinstance(url, str) or not isinstance(timestamp, str):
        return None
    if not _TIMESTAMP.fullmatch(timestamp) or not is_safe_url(url):
        return None  # never let free text from the answer reach a note
    return Snapshot(url=url, timestamp=timestamp)


def is_safe_url(url: str) -> bool:
    """Whether `url` is a plain http(s) URL that can be written into a note as it is.

    `citekit fix --archive` writes the archive's URL into the article, so an answer carrying
    ``\n\n[99] INJECTED NOTE <script>`` must not pass: no spaces, controls, quotes or angle
    brackets, a host, and at most 2,000 characters.
    """
    if len(url) > 2000 or not _SAFE_URL.fullmatch(url):
        return False
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


class ArchiveUnavailable(Exception):
    """The availability endpoint gave no usable answer: not the same as "no snapshot"."""


async def find_snapshot(
    client: httpx.AsyncClient,
    endpoint: str,
    url: str,
    accessed: PartialDate | None,
    *,
    timeout: float = 10.0,
) -> Snapshot | None:
    """The snapshot of `url` closest to `accessed`, or None when the archive has none.

    Raises `ArchiveUnavailable` (with why) when the endpoint did not answer as one: a wrong
    ``--archive-url``, an archive that is down or a network that is off must not read as
    "never archived". The answer must come whole within `timeout` seconds and 64 KiB (decoded
    with a cap, as the checker reads pages): an endpoint sending a byte at a time, or without
    end, is one that gives no answer.
    """
    params = {"url": url}
    if accessed is not None:
        params["timestamp"] = f"{accessed.year:04d}{accessed.month or 1:02d}{accessed.day or 1:02d}"
    try:
        request = client.stream("GET", endpoint, params=params)
        async with asyncio.timeout(timeout), request as answer:
            if answer.status_code != 200:
                raise ArchiveUnavailable(f"it answered {answer.status_code}")
            body = await read_decoded(
                answer.aiter_raw(), answer.headers.get("content-encoding", ""), _ANSWER_LIMIT + 1
            )
    except TimeoutError as exc:
        raise ArchiveUnavailable(f"no whole answer within {timeout:g} s") from exc
    except SuspiciousEncoding as exc:
        raise ArchiveUnavailable(f"suspicious answer: {exc}") from exc
    except (httpx.HTTPError, BlockedAddress) as exc:
        raise ArchiveUnavailable(str(exc) or type(exc).__name__) from exc
    if len(body) > _ANSWER_LIMIT:
        raise ArchiveUnavailable(f"its answer is longer than {_ANSWER_LIMIT // 1024} KiB")
    try:
        return snapshot_from_answer(json.loads(body))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArchiveUnavailable("its answer is not JSON") from exc
