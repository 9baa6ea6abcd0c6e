"""Author-date references written short (`Иванов И. М., 2015, с. 45.`, `Smith J. R., 2019,
p. 4.`) name no title (issue 12's review): the model gave the title to the name's last initial
(`М`, `R`), to the page's label word (`с`) or to the page number (`4`)."""

from __future__ import annotations

import pytest

from citekit.citations.fields import parse_citation
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "spans", "author", "page"),
    [
        (
            "Иванов И. М., 2015, с. 45.",
            [("Иванов И.", "author"), ("М", "title"), ("45", "page")],
            "Иванов И. М.",
            "45",
        ),
        (
            "Иванов И. М., 2015, с. 45.",
            [("Иванов И. М.", "author"), ("с", "title"), ("45", "page")],
            "Иванов И. М.",
            "45",
        ),
        ("Smith J. R., 2019, p. 4.", [("Smith J.", "author"), ("R", "title")], "Smith J. R.", "4"),
        ("Smith J., 2019, p. 4.", [("Smith J.", "author"), ("4", "title")], "Smith J.", "4"),
    ],
)
def test_no_title_is_made_of_an_initial_a_label_word_or_a_page(
    text: str, spans: list[tuple[str, str]], author: str, page: str | None
) -> None:
    fields = _decode(text, [*spans, (text.split(", ")[1], "issued")])
    assert "title" not in fields
    assert [str(name) for name in fields["author"]] == [author]
    assert fields.get("page") == page


def test_a_title_that_opens_with_a_capital_letter_word_stays() -> None:
    text = "Smith J. A Study of Things. London, 2019."
    fields = _decode(text, [("Smith J.", "author"), ("A Study of Things", "title")])
    assert fields["title"] == "A Study of Things"
    assert [str(name) for name in fields["author"]] == ["Smith J."]


def test_the_shipped_model_reads_them_so() -> None:
    found = parse_citation("Smith J. R., 2019, p. 4.")
    assert found.title is None
    assert [(a.family, a.given) for a in found.authors] == [("Smith", "J. R.")]
