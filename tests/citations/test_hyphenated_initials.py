"""A double given name's initials (`К.-Ж.`, `J.-P.`) stay the person's (issue 12): the model
splits them at the hyphen, and the title then opened with `-Ж.`."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.closing_initials import hyphenated_initials
from citekit.citations.tagger.tokens import Token, tokenize
from tests.citations.labelled import labelled_tokens
from tests.linear import assert_linear


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


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("История / Иванов И.И.-М.: Наука, 1990.", "Иванов И.И.", "М."),
        ("Сост. Иванов И.И.-Л.: Наука, 1970.", "Иванов И.И.", "Л."),
    ],
)
def test_a_place_after_a_glued_dash_stays_the_place(text: str, person: str, place: str) -> None:
    # GOST's ". -" written with no space: `М.` is Moscow, not a second initial
    runs = _runs(text, [(person, "author"), (place, "publisher-place")])
    assert ("author", person) in runs
    assert ("publisher-place", place) in runs


def test_a_glued_gost_dash_keeps_the_place_end_to_end() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    note = parse_note(1, "История / Иванов И.И.-М.: Наука, 1990.", location=Location(path="x"))
    (citation,) = note.citations
    assert citation.publisher_place == "М."
    assert [a.given for a in citation.authors] == ["И.И."]


def test_many_double_initials_take_work_in_proportion() -> None:
    # each name's initials are mended and checked against the place once, not per name
    def make(n: int) -> tuple[list[Token], list[tuple[str, int, int]]]:
        tokens = tokenize("Токаев К.-Ж. " * n)
        found = [(("author", "title")[i % 2], 3 * i, 3 * i + 3) for i in range(2 * n)]
        return tokens, found

    assert_linear(make, lambda made: hyphenated_initials(*made), 3000)


def test_a_patronymic_initial_after_a_double_initial_is_the_persons() -> None:
    from tests.citations.labelled import decode_labelled

    text = "Токаев К.-Ж. К. Свет и тень. — М.: Известия, 2008. — 384 с."
    fields = decode_labelled(text, [("Токаев К.", "author"), ("К. Свет и тень", "title")])
    assert [str(name) for name in fields["author"]] == ["Токаев К.-Ж. К."]
    assert fields["title"] == "Свет и тень"
