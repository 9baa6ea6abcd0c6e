"""The large value pools: they load, are large, keep held-out values out, and shape titles the
way real notes write them; items built from them still verify."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from citekit.training import generate_samples
from citekit.training._gather import (
    clean_value,
    detokenize,
    drop_held_out,
    held_out_keys,
    writes_in,
)
from citekit.training._shape import shape_title
from citekit.training.pools import LANGS, pools
from citekit.training.verify import problems

# the least each gathered pool holds (what `scripts/gather_pools.py` wrote, rounded down)
FLOORS = {
    "ru": {"titles": 750, "headlines": 850, "journals": 3000, "publishers": 150},
    "tr": {"headlines": 5000, "journals": 2400, "publishers": 600, "sites": 80},
    "kk": {"titles": 250, "headlines": 2500, "places": 80, "organisations": 200},
    "tk": {"titles": 1300},
    "en": {"titles": 5000, "journals": 1400, "publishers": 1600, "places": 900},
    "uk": {},  # no gathered pool yet: the hand lists of uk.toml and the patterns
}
PERSONS = {"ru": 3000, "tr": 3000, "kk": 4000, "tk": 3500, "en": 3000, "uk": 2900}
# languages with a gathered pool of real titles or headlines
REAL_TITLES = tuple(lang for lang in LANGS if FLOORS[lang].keys() & {"titles", "headlines"})


@pytest.mark.parametrize("lang", LANGS)
def test_the_gathered_pools_load_and_are_large(lang: str) -> None:
    p = pools(lang)
    for name, floor in FLOORS[lang].items():
        assert len(p.large[name]) >= floor, name
        assert len(set(p.large[name])) == len(p.large[name]), f"{name} has duplicates"
    assert len(set(p.persons)) >= PERSONS[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_each_pool_is_written_in_its_language(lang: str) -> None:
    p = pools(lang)
    for name in ("titles", "headlines", "journals"):
        values = p.large.get(name, ())
        if values:
            share = sum(writes_in(lang, v) for v in values) / len(values)
            assert share == 1.0, name


def test_a_held_out_value_is_dropped_exactly_or_case_folded() -> None:
    golds: list[dict[str, Any]] = [
        {"title": "Orta Asya’da Enerji Politikaları", "container": "Вопросы истории"},
        {"publisher": "Жазушы", "place": "Алма-Ата", "author": ["Сулейменов, О."]},
        {"author": ["G. Berdimuhamedow"], "title": None},
    ]
    keys = held_out_keys(golds)
    values = [
        "ORTA ASYA’DA ENERJİ POLİTİKALARI",  # Turkish dotted capital İ folds to i̇, kept apart
        "orta asya’da enerji politikaları",
        "Вопросы истории",
        "«Вопросы истории»",
        "Жазушы",
        "Алма-Ата",
        "Вопросы языкознания",
    ]
    kept = drop_held_out(values, keys)
    assert kept == ["ORTA ASYA’DA ENERJİ POLİTİKALARI", "Вопросы языкознания"]
    persons = ["Сулейменов\tОлжас", "Сулейменов\tАскар", "Berdimuhamedow\tGurbanguly"]
    assert drop_held_out(persons, keys) == ["Сулейменов\tАскар"]
    assert drop_held_out(["Kazinform|inform.kz", "x|вопросы истории"], keys) == [
        "Kazinform|inform.kz"
    ]


def test_duplicates_are_dropped_by_their_key() -> None:
    assert drop_held_out(["Наука", "наука ", "«Наука»", "Мысль"], frozenset()) == [
        "Наука",
        "Мысль",
    ]


def test_a_raw_value_is_cleaned_or_refused() -> None:
    assert clean_value("  Akşener  bayramı kutladı http://diken.com.tr/a/ …") == (
        "Akşener bayramı kutladı"
    )
    assert clean_value("История СССР.") == "История СССР"
    assert clean_value("Россия в XX в.") == "Россия в XX в."
    assert clean_value("A \\emph{bad} value") is None
    assert clean_value("«half quoted") is None
    assert clean_value("ab") is None
    assert clean_value("x" * 300) is None
    assert clean_value("Отечест\ufffdенная") is None


def test_languages_are_told_by_script_and_letters() -> None:
    assert writes_in("ru", "Вопросы истории")
    assert not writes_in("ru", "Қазақ тарихы")
    assert writes_in("kk", "Қазақ тарихы")
    assert writes_in("tk", "Türkmenistanyň ykdysadyýeti")
    assert not writes_in("tr", "Türkmenistanyň ykdysadyýeti")
    assert writes_in("tr", "Türk Dili Dergisi")
    assert writes_in("en", "The Silk Road")
    assert not writes_in("en", "Türk Dili Araştırmaları")


def test_ukrainian_is_told_from_russian_by_its_letters() -> None:
    assert writes_in("uk", "Український історичний журнал")
    assert not writes_in("ru", "Український історичний журнал")
    assert not writes_in("uk", "Вопросы истории")
    assert not writes_in("uk", "Қазақ тарихы")


def test_tokens_are_joined_back_as_written() -> None:
    tokens = ["«", "Анаға", "апарар", "жол", "»", "мен", "(", "2020", ")", "бар", "."]
    assert detokenize(tokens) == "«Анаға апарар жол» мен (2020) бар."


def _shapes(lang: str, n: int = 400) -> list[str]:
    rng = random.Random(5)
    words = pools(lang).lists
    title = "Энергетическая политика Казахстана"
    return [shape_title(rng, title, lambda: "новые подходы", words, lang) for _ in range(n)]


def test_the_shaper_writes_the_punctuation_real_titles_carry() -> None:
    shaped = _shapes("ru")
    assert any(": новые подходы" in s or ": Новые подходы" in s for s in shaped)
    assert any(re.search(r"«[^»]+»", s) for s in shaped)
    assert any(re.search(r"\(\d{4}–\d{4} гг\.\)|\([IVX]+.*в+\.\)", s) for s in shaped)
    assert any(re.search(r"(Т|Кн|Ч|Вып)\. \d", s) for s in shaped)
    assert any(s.endswith("?") for s in shaped)
    assert any(s == s.upper() for s in shaped)
    # every shape keeps the title's own words
    assert all("энергетическая политика" in re.sub('[«»„“”"]', "", s).lower() for s in shaped)


def test_the_shaper_writes_abbreviations_and_numbers_inside_titles() -> None:
    shaped = _shapes("ru", 800)
    assert any(
        re.search(r"\((ЕАЭС|ШОС|СНГ|ОДКБ|ООН|НАТО|ЕС|СССР|РФ|США|ОБСЕ)\)$", s) for s in shaped
    )
    assert any(re.search(r"Казахстана \d{4}$", s) for s in shaped)
    assert any(re.match(r"\d+ Энергетическая", s) for s in shaped)
    # now and then two shapes at once
    assert any(s.count(":") + s.count("(") + s.count("«") >= 2 for s in shaped)


def test_turkish_upper_case_keeps_the_dotted_i() -> None:
    rng = random.Random(1)
    words = {"joiners": (": ",)}
    uppers = {
        shape_title(rng, "Türkiye ile ilişkiler", lambda: "x", words, "tr") for _ in range(300)
    }
    assert "TÜRKİYE İLE İLİŞKİLER" in uppers


@pytest.mark.parametrize("lang", REAL_TITLES)
def test_titles_come_mostly_from_real_pools(lang: str) -> None:
    p = pools(lang)
    real = set(p.large.get("titles", ())) | set(p.large.get("headlines", ())) | set(p.real_titles)
    rng = random.Random(8)
    drawn = [p.title(rng) for _ in range(600)]
    # headlines alone stand in for half the real titles (the patterns write the rest)
    floor = 0.3 if "titles" in FLOORS[lang] else 0.2
    assert sum(t in real for t in drawn) / len(drawn) > floor


def test_notes_built_from_the_large_pools_still_verify() -> None:
    found = []
    for sample in generate_samples(600, seed=21, noise=0.4, csl_share=0.3):
        found += [f"{sample.family}: {p}" for p in problems(sample.text, sample.items)]
    assert found == []


def test_turkish_persons_include_the_commonest_names() -> None:
    tr = pools("tr")
    rng = random.Random(4)
    drawn = [tr.person(rng) for _ in range(300)]
    common = set(tr.lists["given_m"]) | set(tr.lists["given_f"])
    listed = [p for p in drawn if p["given"] in common and p["family"] in tr.lists["family"]]
    assert 40 <= len(listed) <= 160  # about three in ten, the rest from persons-tr.txt
