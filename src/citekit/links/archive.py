"""Archive rescue: ask a Wayback-style availability endpoint for a snapshot of a dead page.

The Internet Archive's ``/wayback/available?url=U&timestamp=YYYYMMDD`` answers the snapshot
closest to the timestamp; citekit passes the note's access date, so the copy shown is the page as
the author saw it. The endpoint is configurable (`LinkSettings.archive_url`).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from citekit.links.results import Snapshot
from citekit.model import PartialDate

__all__ = ["find_snapshot", "snapshot_from_answer"]


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
    return Snapshot(url=url, timestamp=timestamp)


async def find_snapshot(
    client: httpx.AsyncClient, endpoint: str, url: str, accessed: PartialDate | None
) -> Snapshot | None:
    """The snapshot of `url` closest to `accessed`, or None when there is none or no answer."""
    params = {"url": url}
    if accessed is not None:
        params["timestamp"] = f"{accessed.year:04d}{accessed.month or 1:02d}{accessed.day or 1:02d}"
    try:
        response = await client.get(endpoint, params=params)
        if response.status_code != 200:
            return None
        return snapshot_from_answer(response.json())
    except (httpx.HTTPError, json.JSONDecodeError, UnicodeDecodeError):
        return None
