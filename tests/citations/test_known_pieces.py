"""Rows without the token pairs' features the model never saw (`features.known_pieces`,
used by a tagger once it has tagged `Tagger._PIECES_AFTER` notes): the same labels and
marginals, with notes written for this test."""

from __future__ import annotations

import pytest

from citekit.citations.structure import find_exact
from citekit.citations.tagger import Tagger, load_tagger, tag_runs
from citekit.citations.tagger.crfmodel import dumped_entries, model_attributes
from citekit.citations.tagger.features import known_pieces, rows_and_marks
from citekit.citations.tagger.tagging import rule_labels
from citekit.citations.tagger.tokens import as_read, tokenize

NOTES = [
    "Ахметов Б. К. Қазақ әдебиетінің тарихы. – Алматы: Ғылым, 2015. – 304 б.",
    "Иванов И. И. История Туркестана // Вопросы истории. 2003. № 4. С. 12–19.",
    "Yılmaz, Ahmet. Osmanlı Devleti'nde Vakıflar. İstanbul: Timaş Yayınları, 2011, s. 45.",
    "Smith, J. (2019). Zwiebelkuchen and quokkas. Journal of Xylophone Studies, 12(3), 45-67.",
    "Türkmenistanyň Prezidenti, «Garaşsyz, hemişelik Bitarap», Aşgabat, 2020, 15 sah.",
    "«Бейбітшілік туралы», https://www.akorda.kz/kz/news/123 (қаралған күні: 12.03.2021).",
    "Ibid., p. 7.",
]


def _rows(text: str, pieces: object) -> list[list[bytes]]:
    tokens = tokenize(text)
    rules = rule_labels(tokens, find_exact(text))
    rows, _marks = rows_and_marks(as_read(tokens), rules, encoded=True, pieces=pieces)  # type: ignore[arg-type]
    return rows


def test_model_attributes_are_the_models() -> None:
    tagger = load_tagger()
    known = model_attributes(tagger._model)
    assert known == dumped_entries(tagger._model).attributes
    assert len(set(known)) == len(known)


@pytest.mark.parametrize("text", NOTES)
def test_rows_lose_only_unknown_attributes_and_keep_the_labels(text: str) -> None:
    tagger = load_tagger()
    known = frozenset(model_attributes(tagger._model))
    full, kept = _rows(text, None), _rows(text, known_pieces(known))
    assert [[f for f in row if f in known or not f.startswith(b"bi=")] for row in full] == kept
    assert any(len(a) != len(b) for a, b in zip(full, kept, strict=True)) or len(full) < 3
    crf = tagger._tagger
    assert crf.tag(full) == crf.tag(kept)
    marginals = [crf.marginal(label, i) for label in crf.labels() for i in range(len(kept))]
    crf.set(full)
    assert marginals == [crf.marginal(label, i) for label in crf.labels() for i in range(len(full))]


def test_a_tagger_filters_after_its_first_notes() -> None:
    tagger = Tagger(load_tagger().path)
    tagger._PIECES_AFTER = 3
    before = [tag_runs(text, find_exact(text), tagger=tagger) for text in NOTES[:3]]
    assert tagger._pieces is None
    tag_runs(NOTES[3], find_exact(NOTES[3]), tagger=tagger)
    assert tagger._pieces is not None
    assert before == [tag_runs(text, find_exact(text), tagger=tagger) for text in NOTES[:3]]


def test_a_tagger_without_model_bytes_keeps_all_attributes() -> None:
    class Bare(Tagger):
        def __init__(self) -> None:  # a subclass that reads no crfsuite file of its own
            self._tagger = load_tagger()._tagger
            self.bio = load_tagger().bio
            self._weights = None

    bare = Bare()
    bare._PIECES_AFTER = 0
    assert bare.pieces() is None
    assert bare.pieces() is None
