"""The note tagger's feature strings: the model was trained on them, so they are pinned, and
the UTF-8 rows the tagger hands to crfsuite are the same strings."""

from __future__ import annotations

import pytest

from citekit.citations.structure import find_exact
from citekit.citations.tagger import rule_labels
from citekit.citations.tagger.features import encoded_features, features, forms, token_marks
from citekit.citations.tagger.tokens import tokenize

GOST = "Иванов И. «Мир» // Вестник. — М., 2019. — С. 5. URL: https://a.kz/b"
NOTES = (
    GOST,
    "Yılmaz, Ahmet. “Başlık 1999”. Dergi 12/3 (2019), 45-67. İstanbul: Yapı Kredi Yayınları",
    'Smith J. "Plain [quoted] (title)" — In: Proc. – 2020 – pp. 1–2. doi:10.1177/0003122419877135',
    "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmen dili. 2015. № 3. 45–47 s.",
    "x",
    "",
)


def _rows(text: str) -> list[list[str]]:
    tokens = tokenize(text)
    return features(tokens, text, rule_labels(tokens, find_exact(text)), token_marks(tokens))


def test_the_feature_strings_of_a_gost_note_are_those_the_model_was_trained_on() -> None:
    rows = _rows(GOST)
    assert len(rows) == 24
    assert sorted(rows[2]) == [
        "+1s=«", "+1w=«", "+2s=Xx", "+2w=мир", "-1L:and", "-1s=X", "-1w=и", "-2s=Xx",
        "-2w=иванов", "b", "bi=и|.", "gluedprev", "initialdot", "pos=0", "punct", "s=.",
        "seg=0", "w=.",
    ]  # fmt: skip
    assert sorted(rows[8]) == [
        "+1s=.", "+1w=.", "+2s=—", "+2w=—", "-1L:in", "-1s=/", "-1w=/", "-2s=/", "-2w=/",
        "L:Bjournal", "L:journal", "after//", "b", "bi=/|вестник", "cap", "glued", "len=7",
        "pos=3", "s=Xx", "sc=CYRILLIC", "seg=1", "spacebefore", "suf=ник", "w=вестник",
    ]  # fmt: skip
    assert sorted(rows[17]) == [
        "+1L:extent", "+1L:page", "+1s=.", "+1w=.", "+2s=d", "+2w=5", "-1s=—", "-1w=—",
        "-2s=.", "-2w=.", "L:Bextent", "L:Bpage", "L:extent", "L:page", "after//",
        "afteryear", "b", "bi=—|с", "cap", "dashes=2", "glued", "len=1", "pos=7", "s=X",
        "sc=CYRILLIC", "seg=5", "spacebefore", "w=с",
    ]  # fmt: skip
    assert sorted(rows[23]) == [
        "+1edge", "-1s=:", "-1w=:", "-2s=X", "-2w=url", "R:URL", "after//", "afteryear", "b",
        "bi=:|https://a.kz/b", "dashes=2", "domain", "last", "len=8", "pos=9", "s=x:/x.x",
        "sc=LATIN", "seg=8", "spacebefore", "suf=z/b", "w=https://a.kz/b",
    ]  # fmt: skip
    assert rows[4].count("in:q") == 1
    assert "in:q" not in rows[6]


@pytest.mark.parametrize("text", NOTES)
def test_the_rows_the_crf_reads_are_the_feature_strings_in_utf8(text: str) -> None:
    tokens = tokenize(text)
    rules = rule_labels(tokens, find_exact(text))
    marks = token_marks(tokens)
    rows = features(tokens, text, rules, marks)
    assert encoded_features(tokens, text, rules, marks) == [[f.encode() for f in r] for r in rows]
    # the lexicon's marks are found again when not given; rules are optional
    assert features(tokens, text, rules) == rows
    assert len(features(tokens, text)) == len(tokens)


def test_a_tokens_lexicon_marks_come_in_sorted_order_in_every_process() -> None:
    # crfsuite adds a token's weights in the order of its row; a set's order follows
    # PYTHONHASHSEED, so the marks are sorted to give each process the same sums
    row = _rows(GOST)[17]
    for prefix in ("L:", "-1L:", "+1L:"):
        found = [f for f in row if f.startswith(prefix)]
        assert found == sorted(found)
    assert [f for f in row if f.startswith("L:")] == ["L:Bextent", "L:Bpage", "L:extent", "L:page"]


def test_a_word_typed_in_two_alphabets_reads_in_its_own() -> None:
    # `Рoссии` with a Latin o, `C` of `Cт.`: the model knows the words as their alphabet's
    assert _rows("Иванов И. История Рoссии. М., 2001.") == _rows(
        "Иванов И. История России. М., 2001."
    )
    assert forms(tokenize("Кulzhanova B. Title")) == ["Kulzhanova", "B", ".", "Title"]
