"""Hostile CSL-JSON given to the formatter: a clear error naming the item and variable."""

from __future__ import annotations

import io
from typing import Any

import pytest

from citekit.cli import main
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"author": ["Smith"]}, "author: name 1 must be an object"),
        ({"author": {"family": "Smith"}}, "author must be a list of names"),
        ({"title": {"a": [1, 2]}}, "title must be text or a number, not an object"),
        ({"volume": float("inf")}, "volume must be a finite number"),
        ({"issued": "2020"}, "issued must be a date object"),
        ({"issued": {"date-parts": [["x"]]}}, "issued: date-parts must hold whole numbers"),
        ({"issued": {"season": "abc", "date-parts": [[2020]]}}, "issued: season must be 1-4"),
    ],
)
def test_an_item_the_engine_cannot_write_is_a_value_error_naming_it(
    item: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=f"item 2 \\(id 'bad'\\): {message}"):
        format_bibliography([{"id": "ok", "title": "Fine"}, {"id": "bad", **item}], style="apa")


def test_a_list_that_is_not_of_objects_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="item 1 must be a CSL-JSON object"):
        format_bibliography(["Smith"], style="apa")  # type: ignore[list-item]


@pytest.mark.parametrize(
    "data",
    [
        b'[{"id": "a", "author": ["Smith"]}]',
        b'[{"id": "a", "title": "T", "volume": Infinity}]',
        b"[" * 100_000 + b"]" * 100_000,
        b'[{"id": "a", "title": "lone \\ud800 surrogate"}]',  # was an internal UnicodeEncodeError
    ],
)
def test_format_refuses_hostile_csl_json_with_exit_2(
    data: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["format", "-", "--style", "apa"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("citekit: error: <stdin>: ")
    assert "Traceback" not in err
