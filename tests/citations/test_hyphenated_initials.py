"""A double given name's initials (`К.-Ж.`, `J.-P.`) stay the person's (issue 12): the model
splits them at the hyphen, and the title then opened with `-Ж.`."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.heads import hyphenated_initials
from tests.citations.labelled import labelled_tokens


def _runs(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    tokens, labels = labelled_tokens(text, spans)
    found: list[tuple[str, int, int]] = []
    for i, label in enumerate(labels):
        if found and found[-1][0] == label:
            found[-1] = (label, found[-1][1], i + 1)
        else:
            found.append((label, i, i + 1))
    out = hyphenated_initials(tokens, found)
    return [(label, text[tokens[a].start : tokens[b - 1].end]) for label, a, b in out]


@pytest.mark.parametrize(
    ("text", "person", "rest"),
    [
        ("Токаев К.-Ж. Выступление. Астана, 2020.", "Токаев К.", "-Ж. Выступление"),
        ("Sartre J.-P. L'Être et le néant. Paris, 1943.", "Sartre J.", "-P. L'Être et le néant"),
    ],
)
def test_initials_after_the_family_name_are_the_persons(text: str, person: str, rest: str) -> None:
    runs = _runs(text, [(person, "author"), (rest, "title")])
    assert runs[0] == ("author", person + "-" + rest[1:3])
    assert runs[1] == ("title", rest[4:])


def test_initials_before_the_family_name_are_the_persons() -> None:
    text = "К.-Ж. Токаев. Выступление. Астана, 2020."
    runs = _runs(text, [("Ж. Токаев", "author"), ("Выступление", "title")])
    assert runs[0] == ("author", "К.-Ж. Токаев")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Токаев К. - Ж. Выступление. Астана, 2020.", "- Ж. Выступление"),  # a spaced dash
        ("Иванов И.-Жизнь. Москва, 2020.", "-Жизнь"),  # a word, not an initial
    ],
)
def test_a_spaced_dash_or_a_word_is_left_alone(text: str, rest: str) -> None:
    person = text[: text.index(rest)].rstrip()
    runs = _runs(text, [(person, "author"), (rest, "title")])
    assert runs[0] == ("author", person)
    assert [label for label, _ in runs].count("author") == 1
