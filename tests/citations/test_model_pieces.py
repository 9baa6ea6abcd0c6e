"""The feature rows the tagger hands crfsuite once the model's weights are read: only the
strings the model knows (it drops the others after converting and looking each one up), in
their order, so that the model's scores and labels are those of the whole rows."""

from __future__ import annotations

from citekit.citations.structure import find_exact
from citekit.citations.tagger import Tagger, load_tagger, rule_labels
from citekit.citations.tagger.features import encoded_features, model_pieces, rows_and_marks
from citekit.citations.tagger.tokens import tokenize
from citekit.training import generate_samples

NOTES = [
    "Иванов И. «Мир» // Вестник. — М., 2019. — С. 5. URL: https://a.kz/b",
    "Yılmaz, Ahmet. “Başlık 1999”. Dergi 12/3 (2019), 45-67. İstanbul: Yapı Kredi Yayınları",
    "Qwzxv Plrkt. Zzyzx-Wqv: Ghjkl, 1987. — 3 б.",  # words the model never saw
    "x",
    *dict.fromkeys(s.text.text for s in generate_samples(320, seed=41)),
]


def _model() -> Tagger:
    tagger = load_tagger()
    tagger._constrained()  # the weights read: the tagger's pieces are the model's
    return tagger


def test_the_rows_keep_exactly_the_strings_the_model_knows_in_their_order() -> None:
    tagger = _model()
    known = tagger._constrained().attributes()
    assert tagger.pieces is not None
    dropped = 0
    for text in NOTES:
        tokens = tokenize(text)
        rules = rule_labels(tokens, find_exact(text))
        whole = encoded_features(tokens, text, rules)
        kept, _marks = rows_and_marks(tokens, rules, encoded=True, pieces=tagger.pieces)
        assert kept == [[name for name in row if name in known] for row in whole]
        dropped += sum(map(len, whole)) - sum(map(len, kept))
    assert dropped > 0  # unknown words' forms and bigrams do reach the rows


def test_the_model_labels_the_kept_rows_as_it_labels_the_whole_rows() -> None:
    tagger = _model()
    for text in NOTES:
        tokens = tokenize(text)
        rules = rule_labels(tokens, find_exact(text))
        whole = encoded_features(tokens, text, rules)
        kept, _marks = rows_and_marks(tokens, rules, encoded=True, pieces=tagger.pieces)
        assert tagger._tagger.tag(kept) == tagger._tagger.tag(whole), text


def test_with_every_string_known_the_rows_are_whole() -> None:
    text = NOTES[0]
    tokens = tokenize(text)
    rules = rule_labels(tokens, find_exact(text))
    whole = encoded_features(tokens, text, rules)
    everything = frozenset(name for row in whole for name in row)
    kept, _marks = rows_and_marks(tokens, rules, encoded=True, pieces=model_pieces(everything))
    assert kept == whole
    none, _marks = rows_and_marks(tokens, rules, encoded=True, pieces=model_pieces(frozenset()))
    assert none == [[] for _ in whole]
