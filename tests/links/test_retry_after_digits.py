"""A ``Retry-After`` of digits `str.isdigit` takes but `float` does not ("²", as a server's
Latin-1 byte 0xB2 reads) is no delay: the URL's result was "could not check: ValueError"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citekit.links.politeness import parse_retry_after

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("value", ["²", "¹²⁰", "٣"])
def test_digits_that_are_not_ascii_are_no_delay(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


def test_ascii_seconds_still_read() -> None:
    assert parse_retry_after(" 7 ", NOW) == 7.0
