"""Volume and issue as notes write them (`_numbers`), the journal family that uses them, and the
GOST words that are each language's data."""

from __future__ import annotations

import random
import re

import pytest

from citekit.training import generate_samples
from citekit.training._builder import Builder
from citekit.training._context import Ctx
from citekit.training._numbers import write_numbers
from citekit.training.pools import LANGS, pools
from citekit.training.verify import problems


def _render(lang: str, form: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """`form` written for an item with volume 18 and issue 4-5: the text, the labelled spans,
    and what the item keeps."""
    item = {"type": "article-journal", "volume": "18", "issue": "4-5"}
    c = Ctx(rng=random.Random(1), lang=lang, item=item, b=Builder())
    write_numbers(c, form=form)
    text = c.b.build()
    spans = {s.label: text.text[s.start : s.end] for s in text.spans}
    return text.text, spans, {k: v for k, v in c.item.items() if k in ("volume", "issue")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_labels_exactly_the_values_it_writes(lang: str) -> None:
    forms = pools(lang).get("number_forms")
    assert len(forms) >= 10
    for form in forms:
        text, spans, kept = _render(lang, form)
        assert spans == kept, (form, text)
        assert "{" not in text


def test_real_forms_are_there() -> None:
    written = {
        lang: [_render(lang, f)[0] for f in pools(lang).get("number_forms")] for lang in LANGS
    }
    assert "Т. 18, № 4-5" in written["ru"]
    assert "Т. 18. Вып. 4-5" in written["ru"]
    assert "Cilt 18, Sayı 4-5" in written["tr"]
    assert "C. 18, S. 4-5" in written["tr"]
    assert "Sayı: 4-5" in written["tr"]
    assert "18(4-5)" in written["en"]
    assert "Vol. 18, No. 4-5" in written["en"]
    assert "Issue 4-5" in written["en"]
    assert "Nr. 4-5" in written["en"]
    assert "Sany 4-5" in written["tk"]
    assert any(re.fullmatch(r"№ 4-5 \(\d+\)", t) for t in written["kk"])
    assert "Вип. 4-5" in written["uk"]


def test_a_form_that_leaves_a_field_out_drops_it_from_the_item() -> None:
    text, spans, kept = _render("ru", "Вып. {issue}")
    assert text == "Вып. 4-5"
    assert kept == {"issue": "4-5"}
    assert spans == kept
    text, spans, kept = _render("en", "Vol. {volume}")
    assert text == "Vol. 18"
    assert kept == {"volume": "18"}


def test_the_journal_family_writes_every_language_and_verifies() -> None:
    samples = list(generate_samples(400, seed=31, families=["journal-hand"], noise=0.3))
    assert {s.lang for s in samples} == set(LANGS)
    assert [p for s in samples for p in problems(s.text, s.items)] == []
    issues = [
        s.text.text[sp.start : sp.end]
        for s in samples
        for sp in s.text.spans
        if sp.label == "issue"
    ]
    assert len(issues) > 150


def test_gost_words_come_from_each_languages_data() -> None:
    texts = [
        s.text.text
        for s in generate_samples(300, seed=32, families=["gost-book"], langs=("uk",), noise=0.0)
    ]
    assert any("[та ін.]" in t or "[і ін.]" in t for t in texts)
    assert not any("[и др.]" in t for t in texts)
    assert any(re.search(r"\d+ с\.", t) for t in texts)
