"""A note's labels stand around its title, not in it: a title even between two languages is in
the language whose labels the rest of the note writes, and a word of the title that is another
language's label tells nothing (Kazakh `жаңа` "new" typed plainly is Kyrgyz `жана` "and").
Kazakh typed with Russian letters keeps its plural's and instrumental's case endings, which
Russian ends no word with. Notes written for these tests."""

from __future__ import annotations

import random
from typing import Any

import pytest

from citekit.citations.labelled import labelled_language
from citekit.langid import detect_language
from tests.retyping import read
from tests.retyping_hands import HANDS
from tests.scoring import predict

KAZAKH = HANDS["Kazakh letters typed Russian (қ→к, ә→а)"]


def _record(note: str) -> dict[str, Any]:
    return predict({"id": "t", "note": note, "prev": []})


@pytest.mark.parametrize(
    "note",
    [
        "Abai.kz. “Сыртқы істер министрі жаңа тұжырымдаманы бекітті”. 2011. http://abai.kz/p_18.",
        "Adyrna. 2019. “Мемлекет басшысы жаңа зауыт ашты”. YouTube. https://youtu.be/X9qVhSk.",
        "Kazinform. “Астанада жаңа мектеп ашылды”. 2021. https://www.inform.kz/kz/article_1234.",
        "Мәжіліс жаңа заң жобасын мақұлдады. URL: https://kaz.zakon.kz/4987 (accessed 2.03.2020).",
    ],
)
def test_a_title_word_is_no_label(note: str) -> None:
    retyped = KAZAKH.retype(note, random.Random(5))
    assert retyped != note
    written, typed = _record(note), _record(retyped)
    assert written["language"] == "kk"
    assert typed["language"] == "kk"
    assert read(typed["title"], cased=KAZAKH.cased, fold=KAZAKH.fold) == read(
        written["title"], cased=KAZAKH.cased, fold=KAZAKH.fold
    )


def test_labels_are_read_outside_the_title() -> None:
    title = "Мажилис жана зауыт ашты"
    tied = frozenset({"kk", "ky"})
    assert labelled_language(f"{title}. URL: https://a.kz/1", title, tied, "kk") is None
    # a Kyrgyz label around the title still tells
    kyrgyz = f"{title}. Бишкек: Илим, 2001. 120 бет, жана 4 карта."
    assert labelled_language(kyrgyz, title, tied, "kk") == "ky"


@pytest.mark.parametrize(
    "title",
    [
        "Мемлекет басшысы халыкпен кездести",
        "Ауылдардан келген балалар",
        "Шетелдик инвесторлермен кездесу",
        "Жастарга арналган кенес",
    ],
)
def test_plain_kazakh_case_endings(title: str) -> None:
    assert detect_language(title) == "kk"


@pytest.mark.parametrize(
    "title", ["Кармен", "Великие имена прошлых времен", "Время перемен", "Степные города"]
)
def test_russian_words_stay_russian(title: str) -> None:
    assert detect_language(title) == "ru"
