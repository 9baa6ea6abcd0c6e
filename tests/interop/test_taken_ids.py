"""Two items with one id are written with two keys (a format needs them unique), and the
renaming is said: the second item's key changed without a word, and a `\\cite` or a
document naming the old key found the first item."""

from __future__ import annotations

import pytest

from citekit.interop import dump_items
from citekit.model import Citation, Name

ITEMS = [
    Citation(type="book", id="demir2019", title="Orta Asya", authors=(Name(family="Demir"),)),
    Citation(type="book", id="demir2019", title="Kafkasya", authors=(Name(family="Demir"),)),
]


@pytest.mark.parametrize("fmt", ["csl-json", "bibtex", "ris"])
def test_a_taken_id_is_renamed_and_said(fmt: str) -> None:
    exported = dump_items(ITEMS, fmt)
    (loss,) = [loss for loss in exported.losses if loss.field == "id"]
    assert loss.item != "demir2019"
    assert loss.reason == f"'demir2019' is an earlier item's; written as {loss.item!r}"
    assert loss.item in exported.text


@pytest.mark.parametrize("fmt", ["csl-json", "bibtex", "ris"])
def test_unique_ids_are_no_loss(fmt: str) -> None:
    exported = dump_items(ITEMS[:1], fmt)
    assert [loss for loss in exported.losses if loss.field == "id"] == []
