"""`citekit edition --date-format` is checked as the config's `date-format` is: a strftime
pattern (``%d.%m.%Y``) was an internal error, and ``G`` or ``'`` replaced every access date
with the era ("н. э.") or nothing, exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from tests.conftest import EXAMPLE


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("%d.%m.%Y", "'m' is not a date field it can write"),
        ("G", "day (d), month (M or L) and year (y)"),
        ("'", "day (d), month (M or L) and year (y)"),
        ("", "not ''"),
    ],
)
def test_a_pattern_without_day_month_and_year_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pattern: str, reason: str
) -> None:
    out = tmp_path / "out.txt"
    code = main(["edition", "--lang", "ru", "--date-format", pattern, "-o", str(out), str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("citekit: error: --date-format: date-format ")
    assert reason in err
    assert not out.exists()


def test_a_cldr_pattern_writes_the_dates(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    code = main(
        ["edition", "--lang", "ru", "--date-format", "d MMMM y", "-o", str(out), str(EXAMPLE)]
    )
    assert code == 0
    assert "(дата обращения: 25 октября 2021)" in out.read_text(encoding="utf-8")
