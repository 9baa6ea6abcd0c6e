"""A book's foreign access label in 330 notes made one finding whose message named all 330
numbers (a page of text in the report, the GitHub annotation and SARIF). A message names a few
notes and says how many more."""

from __future__ import annotations

import pytest

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes


def _article(count: int) -> bytes:
    body = " ".join(
        f"Sentence {i} of a long English article on Central Asia.[^{i}]"
        for i in range(1, count + 1)
    )
    notes = "\n".join(
        f"[^{i}]: Page {i}. URL: https://example.org/{i} (Date of Accession: 25.10.2021)."
        for i in range(1, count + 1)
    )
    return f"{body}\n\n{notes}\n".encode()


@pytest.mark.parametrize(
    ("count", "named"),
    [
        (3, "(notes 1, 2, 3)"),
        (12, "(notes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)"),
        (330, "(notes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 320 more)"),
    ],
)
def test_a_label_finding_names_a_few_notes(count: int, named: str) -> None:
    document = read_bytes(_article(count), path="book.md")
    (found,) = [
        f
        for f in check(document, config=CheckConfig(edition_language="en"))
        if f.rule == "access-label"
    ]
    assert found.message.endswith(named)
    assert len(found.fixes) == count  # every note is still fixed
