"""What the link checker reports: one `LinkResult` per URL, plain values that serialise to JSON."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from attrs import field, frozen

__all__ = ["Hop", "LinkResult", "LinkStatus", "Snapshot"]


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
    def from_json(cls, data: dict[str, Any], *, from_cache: bool = False) -> LinkResult:
        """Rebuild a result from `to_json` output (the cache stores that)."""
        archived = data.get("archived")
        return cls(
            url=data["url"],
            status=LinkStatus(data["status"]),
            http_status=data.get("http_status"),
            final_url=data.get("final_url"),
            chain=tuple(Hop(h["url"], h["status"]) for h in data.get("chain", ())),
            detail=data.get("detail", ""),
            checked_at=datetime.fromisoformat(data["checked_at"]),
            from_cache=from_cache,
            archived=Snapshot(archived["url"], archived["timestamp"]) if archived else None,
        )
