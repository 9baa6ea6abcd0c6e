"""What the link checker reports: one `LinkResult` per URL, plain values that serialise to JSON."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from attrs import field, frozen

__all__ = ["Hop", "LinkResult", "LinkStatus", "Snapshot", "redact", "strip_credentials"]

# The user-info part of every URL in a text: from "://" to the last "@" before the path. The
# class excludes "/", so a scan never passes the next "://" and the work stays linear.
_T = TypeVar("_T")
_USERINFO = re.compile(r"://[^/?#\s]*@")


def redact(text: str) -> str:
    """`text` with the credentials of every URL in it masked: ``http://***@host/``."""
    return _USERINFO.sub("://***@", text) if "@" in text else text


def strip_credentials(url: str) -> str:
    """`url` without its user-info part at all (what is forwarded to third parties)."""
    return _USERINFO.sub("://", url, count=1) if "@" in url else url


class LinkStatus(StrEnum):
    """The verdict on one URL; ``blocked``, ``rate_limited``, ``timeout`` and ``skipped`` say
    citekit could not decide, never that the page is gone."""

    OK = "ok"
    REDIRECT = "redirect"
    DEAD = "dead"
    BLOCKED = "blocked"
    RATE_LIMITED = "rate_limited"
    TIMEOUT = "timeout"
    ERROR = "error"
    SKIPPED = "skipped"

    @property
    def is_broken(self) -> bool:
        """Whether the link should be fixed before publishing (dead or failing)."""
        return self in (LinkStatus.DEAD, LinkStatus.ERROR, LinkStatus.TIMEOUT)


@frozen
class Hop:
    """One redirect answered on the way: the URL asked and the status it answered."""

    url: str
    status: int


@frozen
class Snapshot:
    """An archived copy of a page: its URL and when it was taken (``YYYYMMDDhhmmss``)."""

    url: str
    timestamp: str


@frozen(kw_only=True)
class LinkResult:
    """The outcome of checking one URL."""

    url: str
    status: LinkStatus
    http_status: int | None = None
    final_url: str | None = None
    chain: tuple[Hop, ...] = ()
    detail: str = ""
    checked_at: datetime = field(eq=False)
    from_cache: bool = field(default=False, eq=False)
    archived: Snapshot | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines object `citekit links --json` prints (docs/reference/json.md)."""
        return {
            "url": self.url,
            "status": str(self.status),
            "http_status": self.http_status,
            "final_url": self.final_url,
            "detail": self.detail,
            "chain": [{"url": hop.url, "status": hop.status} for hop in self.chain],
            "checked_at": self.checked_at.isoformat(timespec="seconds"),
            "from_cache": self.from_cache,
            "archived": (
                {"url": self.archived.url, "timestamp": self.archived.timestamp}
                if self.archived
                else None
            ),
        }

    @classmethod
    def from_json(cls, data: Any, *, from_cache: bool = False) -> LinkResult:
        """Rebuild a result from `to_json` output (the cache stores that).

        Every field is checked, since a cache file can be edited by hand or by another
        program: a wrong shape raises ValueError naming the field.
        """
        if not isinstance(data, dict):
            raise ValueError("a result must be a JSON object")
        archived = data.get("archived")
        if archived is not None and not (
            isinstance(archived, dict)
            and isinstance(archived.get("url"), str)
            and isinstance(archived.get("timestamp"), str)
        ):
            raise ValueError("'archived' must be null or an object with url and timestamp")
        chain = data.get("chain", [])
        if not isinstance(chain, list) or not all(
            isinstance(h, dict) and isinstance(h.get("url"), str) and type(h.get("status")) is int
            for h in chain
        ):
            raise ValueError("'chain' must be a list of {url, status} objects")
        checked_at = datetime.fromisoformat(_typed(data, "checked_at", str))
        if checked_at.tzinfo is None:
            raise ValueError("'checked_at' must carry a time zone")
        http_status = data.get("http_status")
        if http_status is not None and type(http_status) is not int:
            raise ValueError("'http_status' must be an integer or null")
        final_url = data.get("final_url")
        if final_url is not None and not isinstance(final_url, str):
            raise ValueError("'final_url' must be a string or null")
        return cls(
            url=_typed(data, "url", str),
            status=LinkStatus(_typed(data, "status", str)),
            http_status=http_status,
            final_url=final_url,
            chain=tuple(Hop(h["url"], h["status"]) for h in chain),
            detail=_typed(data, "detail", str) if "detail" in data else "",
            checked_at=checked_at,
            from_cache=from_cache,
            archived=Snapshot(archived["url"], archived["timestamp"]) if archived else None,
        )


def _typed(data: dict[str, Any], key: str, kind: type[_T]) -> _T:
    value = data.get(key)
    if not isinstance(value, kind):
        raise ValueError(f"{key!r} must be a {kind.__name__}, not {type(value).__name__}")
    return value
