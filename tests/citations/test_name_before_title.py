"""A known name alone before a period that opens a note's title run is its author (`Abai.
Book of Words`), unless what follows is a single work's literary genre alone (`Абай.
Роман-эпопея`: the novel titled with the name; `[words] literary_genre`)."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Абай. Роман-эпопея. Алматы: Жазушы, 1997.",
        "Айгерім. Роман. Алматы: Жазушы, 1993.",
        "Abai. A Novel. Almaty: Atamura, 2005.",
    ],
)
def test_a_name_before_a_genre_is_the_title(text: str) -> None:
    citation = _first(text)
    assert not citation.authors
    assert citation.title is not None
    assert citation.title.startswith(text.split(".")[0])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Abai. Book of Words. Almaty: Atamura, 2005.", "Book of Words"),
        ("Magtymguly. Saýlanan eserler. Aşgabat: Ylym, 1983.", "Saýlanan eserler"),
    ],
)
def test_a_name_before_a_title_is_the_author(text: str, title: str) -> None:
    citation = _first(text)
    assert [a.literal for a in citation.authors] == [text.split(".")[0]]
    assert citation.title == title


@pytest.mark.parametrize(
    ("second", "author", "title"),
    [
        ("Өлеңдер", "Абай", "Өлеңдер"),  # the model's title run ended at the name
        ("Поэма", None, None),  # a genre alone: the work titled with the name
    ],
)
def test_a_name_run_then_its_period_then_a_title_run(
    second: str, author: str | None, title: str | None
) -> None:
    text = f"Абай. {second} / құраст. Т. Әлиев. — Алматы : Жазушы, 1995. — 180 б."
    spans = [("Абай", "title"), (second, "title"), ("Т. Әлиев", "editor"), ("Жазушы", "publisher")]
    fields = decode_labelled(text, spans)
    names = [str(n) for n in fields["author"]]  # type: ignore[attr-defined]
    assert names == ([author] if author else [])
    if title:
        assert fields["title"] == title
