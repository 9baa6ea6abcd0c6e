"""Session 35's readers do work in proportion to the note, on the inputs that make a pattern
backtrack: long runs of white space before a bracket, brackets or labels repeated many times,
a court's numbers repeated many times."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citekit.citations.amendments import amendment
from citekit.citations.decision_numbers import decision_numbers
from citekit.citations.extra_vars import archival_forms, hijri_dates
from citekit.citations.resolutions import resolution_name
from tests.linear import assert_linear

_TAIL = "(ред. от 1.1.2000) 12 Ş 1285."


def _decision(text: str) -> object:
    return decision_numbers("legal_case", text, {})


def _resolution(text: str) -> object:
    return resolution_name("legislation", text, {})


@pytest.mark.parametrize(
    ("read", "head", "unit", "n"),
    [
        (amendment, "", " ", 60_000),
        (amendment, "", "( ред ", 20_000),
        (hijri_dates, "", "12  ", 40_000),
        (hijri_dates, "", "1 Ş ", 40_000),
        (archival_forms, "", ",  ", 40_000),
        (archival_forms, "", ". Копия ", 20_000),
        (_decision, "Yargıtay 9. HD", ", E. 2019/1", 8_000),
        (_resolution, "", "G.A. Res. 1 (", 40_000),
    ],
    ids=["spaces", "brackets", "days", "hijri", "commas", "forms", "numbers", "resolutions"],
)
def test_reading_is_linear(read: Callable[[str], object], head: str, unit: str, n: int) -> None:
    assert_linear(lambda k: head + unit * k + ", 12.03.2019. " + _TAIL, read, n)
