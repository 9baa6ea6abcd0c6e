"""The date reader builds its `PartialDate` values without the validators' calls
(`citekit.dates._make`, `_date`): the same values, and the same reasons for an impossible
date, as the public constructor gives."""

from __future__ import annotations

import attrs
import pytest

from citekit.dates import _date, _make, parse_date, read_date
from citekit.model import PartialDate


def _public(year: int, month: int | None, day: int | None) -> PartialDate | str:
    """What `_make` gave when it called the public constructor."""
    if month is not None and not 1 <= month <= 12:
        return f"impossible date: there is no month {month}"
    if not 1 <= year <= 9999:
        return f"impossible date: year {year} is out of range"
    try:
        return PartialDate(year, month, day)
    except ValueError as exc:
        return f"impossible date: {exc}"


@pytest.mark.parametrize("year", [0, 1, 1900, 2000, 2023, 2024, 9999, 10000])
def test_make_agrees_with_the_public_constructor(year: int) -> None:
    for month in (None, *range(14)):
        for day in (None, *range(-1, 33)):
            made, public = _make(year, month, day), _public(year, month, day)
            assert made == public
            if isinstance(made, PartialDate):
                assert attrs.asdict(made) == attrs.asdict(public)  # type: ignore[arg-type]


def test_built_date_is_the_public_one() -> None:
    built = _date(2021, 2, 28, True, "28.02.2021")
    public = PartialDate(2021, 2, 28, ambiguous=True, raw="28.02.2021")
    assert type(built) is PartialDate
    assert built == public
    assert hash(built) == hash(public)
    assert repr(built) == repr(public)
    assert attrs.asdict(built) == attrs.asdict(public)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.year = 2020  # type: ignore[misc]


def test_read_dates_keep_their_reasons_and_parts() -> None:
    assert read_date("Erişim Tarihi: 31.02.2021").reason == (
        "impossible date: day 31 does not exist in 2021-02"
    )
    found = read_date("03/04/2021", "en").date
    assert found is not None
    assert found.ambiguous
    assert found.raw == "03/04/2021"
    leap = parse_date("29.02.2024")
    assert leap is not None
    assert leap.isoformat() == "2024-02-29"
    assert parse_date("29.02.2023") is None
