"""The linear-work check itself: it passes linear work and fails quadratic work."""

from __future__ import annotations

import pytest

from tests.linear import assert_linear


def _pairs(text: str) -> int:
    """Quadratic: compare every character with every later one."""
    return sum(1 for i, a in enumerate(text) for b in text[i + 1 :] if a == b)


def test_linear_work_passes() -> None:
    assert_linear(lambda n: "ab" * n, lambda s: s.count("a") + sum(map(ord, s)), 20_000)


def test_quadratic_work_fails_every_attempt() -> None:
    with pytest.raises(AssertionError, match=r"multiplied the time by .*, .*, "):
        assert_linear(lambda n: "ab" * n, _pairs, 300)
