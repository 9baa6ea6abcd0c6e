"""Forms unseen sites write that the generator now covers: double and particle family names,
several places of publication, a title followed by its translation, running issue numbers and
OJS exports' publication days."""

from __future__ import annotations

import random
import re

from citekit.training import generate_samples
from citekit.training._builder import Builder
from citekit.training._context import GLOSS, Ctx
from citekit.training.items import make_item
from citekit.training.pools import pools


def _families(lang: str, n: int = 600) -> list[str]:
    rng = random.Random(7)
    return [pools(lang).person(rng)["family"] for _ in range(n)]


def test_some_family_names_are_double_or_carry_a_particle() -> None:
    tr = [f for f in _families("tr") if " " in f]
    assert 10 <= len(tr) <= 80  # about one in twenty: "Gökova Kurt"
    ru = [f for f in _families("ru") if "-" in f]
    assert 10 <= len(ru) <= 80  # "Петров-Водкин"
    particles = tuple(pools("en").get("family_particles"))
    en = [f for f in _families("en") if f.startswith(particles)]
    assert 10 <= len(en) <= 90  # "von Davier", "Al-Ghazzi"
    assert not [f for f in _families("tk") if " " in f or "-" in f]  # no such data for tk


def test_books_now_and_then_name_several_places() -> None:
    rng = random.Random(3)
    places = [make_item(rng, "ru", "book")["publisher-place"] for _ in range(800)]
    several = [p for p in places if "; " in p]
    assert 15 <= len(several) <= 80
    assert not [p for p in several if p.partition("; ")[0] == p.partition("; ")[2]]
    countries = pools("ru").get("countries")
    assert 10 <= sum(p.endswith(countries) for p in places) <= 80  # "Астана, Казахстан"


def test_journal_issues_run_past_twelve_and_volumes_are_mostly_small() -> None:
    rng = random.Random(5)
    items = [make_item(rng, "tr", "article-journal") for _ in range(600)]
    issues = [int(i["issue"]) for i in items if i["issue"].isdigit()]
    assert sum(i > 12 for i in issues) > 100
    assert sum(int(i["volume"]) <= 40 for i in items) > 250


def test_a_translated_title_is_written_after_it_and_left_unlabelled() -> None:
    item = {"type": "book", "title": "Tauelsizdik shezhiresi", GLOSS: "Chronicle of Independence"}
    seen = set()
    for seed in range(12):
        ctx = Ctx(rng=random.Random(seed), lang="kk", item=dict(item), b=Builder())
        ctx.v("title").t(". ")
        text = ctx.b.build()
        seen.add(text.text)
        assert [(s.label, text.text[s.start : s.end]) for s in text.spans] == [
            ("title", "Tauelsizdik shezhiresi")
        ]
    assert seen == {
        "Tauelsizdik shezhiresi [Chronicle of Independence]. ",
        "Tauelsizdik shezhiresi (Chronicle of Independence). ",
    }


def test_generated_items_never_keep_the_translation() -> None:
    samples = list(generate_samples(800, seed=4, csl_share=0.0, dev_values=False))
    assert not [s for s in samples if any(GLOSS in item for item in s.items)]


def test_titles_now_and_then_end_with_a_numbered_part() -> None:
    ru = pools("ru")
    rng = random.Random(2)
    titles = [ru.title(rng) for _ in range(4000)]
    numbered = [t for t in titles if "№" in t or "асть " in t]
    assert len(numbered) >= 10  # "Лабораторная работа №2"


def test_apa_writes_edited_books_with_their_editors_first() -> None:
    heads = 0
    for sample in generate_samples(1500, seed=3, families=["apa"], dev_values=False):
        text = sample.text
        first = min(text.spans, key=lambda s: s.start)
        if first.label == "editor":
            heads += 1
            assert "author" not in sample.items[0]
            assert re.search(r"\(Eds?\.\)\.\s\(", text.text)  # NBSPs are noise
    assert heads >= 10
