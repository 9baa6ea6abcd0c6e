"""`LinkSettings`: every knob of the link checker, with polite defaults."""

from __future__ import annotations

import ssl
from pathlib import Path

from attrs import field, frozen, validators

from citekit import __version__

__all__ = ["DEFAULT_ARCHIVE_URL", "LinkSettings"]

DEFAULT_ARCHIVE_URL = "https://archive.org/wayback/available"


def _positive(instance: object, attribute: object, value: float) -> None:
    if value <= 0:
        name = getattr(attribute, "name", "value")
        raise ValueError(f"{name} must be positive, not {value!r}")


@frozen(kw_only=True)
class LinkSettings:
    """How links are checked.

    The defaults are polite: at most 64 requests in flight and 6 per host (what browsers allow
    themselves), a 10 s limit per request, Retry-After honoured for up to 30 s per URL, and no
    private, loopback or link-local address ever contacted unless `allow_private` is set.
    """

    concurrency: int = field(default=64, validator=_positive)
    per_host: int = field(default=6, validator=_positive)
    timeout: float = field(default=10.0, validator=_positive)
    user_agent: str = f"Mozilla/5.0 (compatible; citekit/{__version__}; link check)"
    max_redirects: int = field(default=10, validator=validators.ge(0))
    max_retries: int = field(default=3, validator=validators.ge(0))
    retry_budget: float = field(default=30.0, validator=validators.ge(0))
    max_retry_after: float = field(default=10.0, validator=validators.ge(0))
    allow_private: bool = False
    verify: bool | str | ssl.SSLContext = True
    http2: bool = True
    read_limit: int = field(default=64 * 1024, validator=_positive)
    cache: Path | None = None
    max_age: float = field(default=24 * 3600.0, validator=validators.ge(0))
    cache_wait: float = field(default=5.0, validator=validators.ge(0))  # per try, when locked
    archive: bool = False
    archive_url: str = DEFAULT_ARCHIVE_URL
