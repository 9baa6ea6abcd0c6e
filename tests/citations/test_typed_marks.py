"""A note's quote marks and GOST's spaced dashes typed another way read as typed the usual way
(`tagger.typed_marks`): the record stays the same."""

from __future__ import annotations

import re
from typing import Any

import pytest

from citekit.citations import parse_note
from citekit.citations.tagger.tokens import tokenize
from citekit.citations.tagger.typed_marks import area_dashes, plain_dashes, straight_quotes
from citekit.model import Location
from citekit.reports.notes import note_to_json

_KEYS = (
    "type",
    "title",
    "author",
    "editor",
    "container-title",
    "volume",
    "issue",
    "page",
    "publisher",
    "publisher-place",
    "number-of-pages",
)


def _record(text: str) -> dict[str, Any]:
    citation = note_to_json(parse_note(1, text, location=Location(path="t")))["citations"][0]
    return {key: citation.get(key) for key in _KEYS}


def _dashed(text: str, dash: str) -> str:
    return re.sub(r" [—–-] ", f" {dash} ", text)


_GOST = [
    "Ахметов Б. К. Тарих және тіл. — Алматы: Ғылым, 2004. — 220 б.",
    "Захаров П. Л. Северный путь / П. Л. Захаров // Полярный вестник. — 2020. — Т. 5, № 1. — "
    "С. 8–19.",
    "Шевченко О. М. Історія України. — Київ: Либідь, 2012. — 408 с.",
    "Ahalteke bedewi / R. Saparow. — Aşgabat: Ylym, 1991. — 167 s.",
    "Кусаинов Ә. Домбыра // Ақиқат. — Алматы, 1993. — № 8. — Б. 42–46.",
]
_ISNAD = [
    "Ayşe Kaya - Mehmet Öztürk, Türk Halk Edebiyatı (İstanbul: Dergâh Yayınları, 2015), 45.",
    "Hüseyin Demir - Selim Çakır, “Osmanlı’da Vakıf Kültürü”, Vakıflar Dergisi 40 (2013), 11-28.",
    "Gülnar Ataýewa - Merdan Orazow, Türkmen halk döredijiligi (Aşgabat: Ylym, 2008), 77.",
    "Zeynep Aslan - Elif Şahin, Çocuk Edebiyatı Üzerine (Ankara: Gazi Kitabevi, 2019), 12-14.",
]


@pytest.mark.parametrize("note", _GOST)
def test_gost_area_dash_typed_as_hyphen(note: str) -> None:
    assert _record(_dashed(note, "-")) == _record(note)


@pytest.mark.parametrize("note", _ISNAD)
@pytest.mark.parametrize("dash", ["—", "–"])
def test_isnad_hyphen_typed_as_dash(note: str, dash: str) -> None:
    assert _record(_dashed(note, dash)) == _record(note)


def test_area_dash_only_after_a_period() -> None:
    text = "Петров В. Г. Экономика - региона. - М.: Наука, 2010."
    words = [t.text for t in tokenize(text)]
    read = area_dashes(tokenize(text), words)
    assert read.count("—") == 1
    assert read.count("-") == 1


def test_plain_dashes_leave_gost_and_english_notes() -> None:
    for text in (
        "Иванов А. Тарих — жизнь, 2010. — 30 с.",
        "Smith, J. State Capacity — Challenges and Prospects. London, 2010.",
    ):
        words = [t.text for t in tokenize(text)]
        assert plain_dashes(tokenize(text), words) == words
    text = "Ayşe Kaya — Mehmet Öztürk, Türk Halk Edebiyatı, 2015."
    words = [t.text for t in tokenize(text)]
    assert plain_dashes(tokenize(text), words).count("-") == 1


@pytest.mark.parametrize(
    ("text", "depths"),
    [
        ('"A "B" C"', [1, 1, 2, 2, 1, 1, 0]),  # nested: the inner close keeps the outer open
        ('"A" and "B"', [1, 1, 0, 0, 1, 1, 0]),
        ('ob"yekta "A"', [0, 0, 0, 1, 1, 0]),  # a romanized hard sign is no quote
    ],
)
def test_straight_quotes_nest(text: str, depths: list[int]) -> None:
    tokens = tokenize(text)
    assert straight_quotes(tokens, [t.text for t in tokens]) == depths
