"""The CSL processor test suite: every fixture runs; the known failures may only shrink."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.csl_suite import fixtures, run

KNOWN = Path(__file__).parent / "styles" / "known_failures.txt"
KNOWN_FAILURES = frozenset(
    line.strip()
    for line in KNOWN.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
FIXTURES = fixtures()


def test_the_whole_suite_is_here() -> None:
    assert len(FIXTURES) == 845


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture(path: Path) -> None:
    expected, actual = run(path)
    if path.stem in KNOWN_FAILURES:
        assert expected != actual, f"{path.stem} passes now: remove it from known_failures.txt"
    else:
        assert expected == actual
