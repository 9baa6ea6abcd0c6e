"""A body's acronym heading a name is a body's name, never initials or a family in capitals."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name


@pytest.mark.parametrize(
    "written",
    [
        "UNDP Kazakhstan",
        "UNHCR Türkiye",
        "UNFPA Uzbekistan",
        "IOM Kyrgyzstan",
        "UNICEF Türkiye",
        "OSCE Academy",
        "UN Women Kazakhstan",
    ],
)
def test_acronym_heads_a_body(written: str) -> None:
    assert to_name(written).literal == written


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("YILMAZ Ahmet", "YILMAZ"),
        ("Smith JA", "Smith"),
        ("JA Smith", "Smith"),
        ("ZHANG LI", "ZHANG"),
        ("Ercan CAN", "CAN"),  # a given name before a family in capitals
    ],
)
def test_persons_stay_persons(written: str, family: str) -> None:
    assert to_name(written).family == family
