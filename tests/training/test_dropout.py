"""Training-time dropout: it changes only the rows training sees, and a seed repeats it."""

from __future__ import annotations

import random
from pathlib import Path
from types import ModuleType

import pytest
from tests.scripts import SCRIPTS, load_script

from citekit.citations.structure import find_exact
from citekit.citations.tagger import rule_labels
from citekit.citations.tagger.features import features, token_marks
from citekit.citations.tagger.tokens import Token, tokenize
from citekit.training.dropout import Dropout, drop_forms, drop_marks, note_random, training_rows

SCRIPT = SCRIPTS / "train_tagger.py"
NOTE = "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с. См. также: Москва: Наука, 2015."


def _script() -> ModuleType:
    return load_script(SCRIPT)


def _parts() -> tuple[list[Token], list[str | None]]:
    tokens = tokenize(NOTE)
    return tokens, rule_labels(tokens, find_exact(NOTE))


def test_no_dropout_gives_the_inference_rows() -> None:
    tokens, rules = _parts()
    assert training_rows(tokens, NOTE, rules, Dropout(), random.Random(1)) == features(
        tokens, NOTE, rules
    )
    script = _script()
    rows, _ = script.sequence(NOTE, [(0, 13, "author")])
    assert rows == features(tokens, NOTE, rules)


def test_dropout_changes_training_rows_only_and_repeats_for_a_seed() -> None:
    tokens, rules = _parts()
    before = features(tokens, NOTE, rules)
    dropout = Dropout(lexicon=0.5, forms=0.5)
    first = training_rows(tokens, NOTE, rules, dropout, note_random(1, 0))
    again = training_rows(tokens, NOTE, rules, dropout, note_random(1, 0))
    other = [training_rows(tokens, NOTE, rules, dropout, note_random(s, 0)) for s in range(2, 9)]
    assert first == again
    assert first != before
    assert any(rows != first for rows in other)
    # the inference rows are untouched by a training run's dropout
    assert features(tokens, NOTE, rules) == before
    # dropout only removes features, it never invents one
    for dropped, whole in zip(first, before, strict=True):
        assert set(dropped) <= set(whole)


def test_lexicon_dropout_drops_whole_runs_of_a_key() -> None:
    tokens, _ = _parts()
    marks = token_marks(tokens)
    keys = {k for found in marks for k in found}
    assert "cities" in keys or "places" in keys
    everything = drop_marks(marks, random.Random(1), 1.0)
    assert all(not found for found in everything)
    nothing = drop_marks(marks, random.Random(1), 0.0)
    assert nothing == [set(found) for found in marks]
    # only the keys asked for
    only = drop_marks(marks, random.Random(1), 1.0, frozenset({"cities", "places"}))
    for kept, found in zip(only, marks, strict=True):
        assert kept == {k for k in found if k.lstrip("B") not in {"cities", "places"}}
    assert token_marks(tokens) == marks  # the input is not changed


def test_form_dropout_hides_a_word_everywhere_it_shows() -> None:
    tokens, rules = _parts()
    rows = features(tokens, NOTE, rules)
    i = next(k for k, t in enumerate(tokens) if t.text == "Жазушы")
    form = "w=жазушы"
    assert form in rows[i]
    out = drop_forms(rows, [k == i for k in range(len(tokens))])
    seen = [f for row in out for f in row if f.endswith(form)]
    assert not seen
    assert not any(f.startswith("bi=") for f in out[i] + out[i + 1])
    # the rest stays: its shape and suffix, and the other tokens' forms
    assert "suf=ушы" in out[i]
    assert out[i - 3] == rows[i - 3]
    assert out[i + 3] == rows[i + 3]
    assert sum(len(r) for r in rows) - sum(len(r) for r in out) == 7


def test_form_dropout_can_keep_to_the_words_of_some_fields() -> None:
    tokens, rules = _parts()
    rows = features(tokens, NOTE, rules)
    labels = ["title" if t.text in {"Аз", "Я"} else "other" for t in tokens]
    only = Dropout(forms=1.0, form_labels=frozenset({"title"}))
    out = training_rows(tokens, NOTE, rules, only, random.Random(1), labels)
    hidden = {i for i, (a, b) in enumerate(zip(out, rows, strict=True)) if a[1] != b[1]}
    assert {tokens[i].text for i in hidden} == {"Аз", "Я"}
    assert all(not f.startswith("w=") for i in hidden for f in out[i])


def test_a_dropout_run_is_reproducible(tmp_path: Path) -> None:
    script = _script()
    examples = [
        (NOTE, [(0, 13, "author"), (14, 20, "title"), (22, 30, "publisher-place")]),
        ("Ivanov I. History. London: Verso, 2001.", [(0, 9, "author"), (10, 17, "title")]),
        ("Ak A. Tarih. İstanbul: Kitap, 1999.", [(0, 5, "author"), (6, 11, "title")]),
    ]
    dropout = Dropout(lexicon=0.5, forms=0.3)
    one, two = tmp_path / "one.crfsuite", tmp_path / "two.crfsuite"
    script.train(examples, one, iterations=5, seed=3, dropout=dropout)
    script.train(examples, two, iterations=5, seed=3, dropout=dropout)
    assert one.read_bytes() == two.read_bytes()


def test_rates_outside_0_to_1_are_refused() -> None:
    for lexicon, forms in ((1.5, 0.0), (0.0, -0.1), (0.0, float("nan"))):
        with pytest.raises(ValueError, match="dropout rate must be 0 to 1"):
            Dropout(lexicon=lexicon, forms=forms)
    assert Dropout(lexicon=1.0, forms=0.0).active


@pytest.mark.parametrize(
    ("options", "message"),
    [
        # "place" is "places" as a lexicon key and "publisher-place" as a label: a name that
        # matches nothing would train a model with no dropout at all
        (["--lexicon-dropout", "0.5", "--lexicon-keys", "place,cities"], "unknown place"),
        (["--form-dropout", "0.3", "--form-labels", "title,place"], "unknown place"),
        (["--form-dropout", "1.5"], "dropout rate must be 0 to 1"),
        (["--min-freq", "-1"], "--min-freq must be 0 or more"),
    ],
)
def test_the_script_refuses_options_that_would_drop_nothing_or_make_no_sense(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    out = tmp_path / "model.crfsuite"
    with pytest.raises(SystemExit) as stopped:
        _script().main(["--generate", "5", *options, "--out", str(out)])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
