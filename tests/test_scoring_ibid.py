"""The corpus adapter's `ibid_of` (tests/scoring.py): an index into `prev`, -1 for an ibid or
op. cit. whose source came before the notes given, None with no notes before (notes written for
these tests); the summary of a field with nothing to score."""

from __future__ import annotations

from typing import Any

from tests.scoring import predict, summary


def _record(prev: list[str], note: str) -> dict[str, Any]:
    return {"id": "t", "source": "test", "prev": prev, "note": note, "gold": {}}


def test_an_ibid_repeats_the_last_citing_note() -> None:
    prev = ["Иванов И. И. История степи. – М.: Наука, 1990. – 300 с.", "Там же. С. 5."]
    assert predict(_record(prev, "Там же. С. 7."))["ibid_of"] == 1


def test_an_op_cit_of_an_author_before_the_notes_given_is_minus_one() -> None:
    prev = ["Иванов И. И. История степи. – М.: Наука, 1990. – 300 с."]
    found = predict(_record(prev, "Петров П. П. Указ. соч. С. 12."))
    assert (found["kind"], found["ibid_of"]) == ("opcit", -1)


def test_an_op_cit_of_an_author_given_points_at_that_note() -> None:
    prev = [
        "Петров П. П. Кочевники. – Алматы: Ғылым, 2001. – 200 с.",
        "Иванов И. И. История степи. – М.: Наука, 1990. – 300 с.",
    ]
    assert predict(_record(prev, "Петров П. П. Указ. соч. С. 12."))["ibid_of"] == 0


def test_no_notes_before_gives_none() -> None:
    assert predict(_record([], "Петров П. П. Указ. соч. С. 12."))["ibid_of"] is None


def test_a_field_with_no_value_on_either_side_has_no_f1() -> None:
    # the official scorer gives F1 0 when neither the gold nor the parse holds a value (a part
    # with no ibid): the summary says so instead of printing a failure
    report = {
        "overall": {"f1": 1.0},
        "fields": {
            "ibid_of": {"f1": 0.0, "accuracy": 1.0},
            "title": {"f1": 0.0, "accuracy": 0.5},
        },
        "languages": {},
    }
    lines = summary(report).splitlines()
    assert "  ibid_of      F1 n/a (no value in the gold nor in the parse)" in lines
    assert "  title        F1 0.000" in lines
