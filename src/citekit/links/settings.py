"""`LinkSettings`: every knob of the link checker, with polite defaults, each value checked.

Values are checked by type as well as range: ``allow_private = "false"`` (a string) once turned
the private-address guard off, and ``concurrency = 1e9`` was accepted. A bool is never taken for a
number, a float never for a count.
"""

from __future__ import annotations

import math
import ssl
from pathlib import Path
from typing import Any

from attrs import field, frozen, validators

from citekit._version import __version__

__all__ = ["DEFAULT_ARCHIVE_URL", "MAX_CONCURRENCY", "LinkSettings"]

DEFAULT_ARCHIVE_URL = "https://archive.org/wayback/available"
MAX_CONCURRENCY = 1024


def _name(attribute: Any) -> str:
    return str(getattr(attribute, "name", "value")).replace("_", "-")


def _count(low: int, high: int | None = None) -> Any:
    """An integer (not a bool, not a float) in ``[low, high]``."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if type(value) is not int:
            raise ValueError(f"{_name(attribute)} must be an integer, not {value!r}")
        if value < low or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise ValueError(f"{_name(attribute)} must be {span}, not {value}")

    return check


_MAX_SECONDS = 100 * 365 * 24 * 3600.0


def _seconds(*, positive: bool) -> Any:
    """A finite number of seconds (an int or a float, not a bool), positive or at least 0."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{_name(attribute)} must be a number of seconds, not {value!r}")
        if not math.isfinite(value) or value < 0 or (positive and value == 0):
            what = "positive" if positive else "0 or more"
            raise ValueError(f"{_name(attribute)} must be finite and {what}, not {value!r}")
        if value > _MAX_SECONDS:  # a date that far off overflows (an internal error)
            raise ValueError(f"{_name(attribute)} must be at most 100 years, not {value!r} s")

    return check


def _flag(instance: object, attribute: Any, value: object) -> None:
    if type(value) is not bool:
        raise ValueError(f"{_name(attribute)} must be true or false, not {value!r}")


def _header_text(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str) or not value or not value.isprintable():
        raise ValueError(f"{_name(attribute)} must be a non-empty line of text, not {value!r}")


def _web_url(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str) or not value.lower().startswith(("http://", "https://")):
        raise ValueError(f"{_name(attribute)} must be an http(s) URL, not {value!r}")


def _verify(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, bool | str | ssl.SSLContext):
        raise ValueError(
            f"verify must be true, false, a CA file path or an SSLContext, not {value!r}"
        )


@frozen(kw_only=True)
class LinkSettings:
    """How links are checked.

    The defaults are polite: at most 64 requests in flight and 6 per host (what browsers allow
    themselves), a 10 s limit per request, Retry-After honoured for up to 30 s per URL, and no
    private, loopback or link-local address ever contacted unless `allow_private` is set.
    """

    concurrency: int = field(default=64, validator=_count(1, MAX_CONCURRENCY))
    per_host: int = field(default=6, validator=_count(1, MAX_CONCURRENCY))
    timeout: float = field(default=10.0, validator=_seconds(positive=True))
    user_agent: str = field(
        default=f"Mozilla/5.0 (compatible; citekit/{__version__}; link check)",
        validator=_header_text,
    )
    max_redirects: int = field(default=10, validator=_count(0, 100))
    max_retries: int = field(default=3, validator=_count(0, 100))
    retry_budget: float = field(default=30.0, validator=_seconds(positive=False))
    max_retry_after: float = field(default=10.0, validator=_seconds(positive=False))
    allow_private: bool = field(default=False, validator=_flag)
    verify: bool | str | ssl.SSLContext = field(default=True, validator=_verify)
    http2: bool = field(default=True, validator=_flag)
    read_limit: int = field(default=64 * 1024, validator=_count(1, 64 * 1024 * 1024))
    cache: Path | None = field(
        default=None, validator=validators.optional(validators.instance_of(Path))
    )
    max_age: float = field(default=24 * 3600.0, validator=_seconds(positive=False))
    cache_wait: float = field(default=5.0, validator=_seconds(positive=False))  # per try, locked
    archive: bool = field(default=False, validator=_flag)
    archive_url: str = field(default=DEFAULT_ARCHIVE_URL, validator=_web_url)
