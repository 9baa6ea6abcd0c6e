"""An edition's ibid word keeps the period an abbreviation needs and drops the one a sentence
no longer has (issue 12's review: `Сонда, 15-б.` became `Ibid, 15-б.`, `Ibid., 15` would have
become `Там же., 15`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citekit.checks import CheckConfig, check
from citekit.editions import plan_edition
from citekit.model import Edit
from citekit.pipeline import read_bytes

BODY = "Бұл мақалада Қазақстанның тарихы туралы айтылады және деректер талданады."


@pytest.mark.parametrize(
    ("note", "target", "expected"),
    [
        ("Сонда, 15-б.", "en", "Ibid., p. 15."),  # the page label too (user31b)
        ("Сонда.", "en", "Ibid."),
        ("Сонда, 15-б.", "ru", "Там же. С. 15."),
        ("Сонда.", "tr", "Aynı yer."),
        ("Ibid., 15.", "ru", "Там же, 15."),
        ("Ibid., 15.", "tr", "Aynı yer, 15."),
        ("Ibid.", "ru", "Там же."),
        ("Ibid, 15.", "en", "Ibid., 15."),
        ("Там же. С. 5.", "tr", "Aynı yer, s. 5."),
        ("a.y., s. 5.", "en", "Ibid., p. 5."),
        # a word in lower case inside the note stays so: no capital after "See"
        ("See ibid., p. 5.", "ru", "See там же. С. 5."),
        ("Bkz. a.y., s. 5.", "en", "Bkz. ibid., p. 5."),
        # a full word's period before a comma ends no sentence: no "Там же., 118"
        ("Aynı yer., 118.", "ru", "Там же, 118."),
        ("Aynı yer., s. 118.", "en", "Ibid., p. 118."),
        ("Şol ýerde., 12 s.", "kk", "Сонда, 12-б."),
        ("Там же., С. 7.", "tr", "Aynı yer, s. 7."),
    ],
)
def test_the_ibid_words_period(tmp_path: Path, note: str, target: str, expected: str) -> None:
    source = tmp_path / "article.md"
    first = "Сүлейменов О. Аз и Я. Алматы: Жазушы, 1975. 304 б."
    source.write_text(f"{BODY}[^1] {BODY}[^2]\n\n[^1]: {first}\n[^2]: {note}\n", "utf-8")
    result = plan_edition(source, target=target)
    assert result.fixed is not None
    assert result.fixed.decode("utf-8").endswith(f"[^2]: {expected}\n")


@pytest.mark.parametrize(
    ("note", "edition", "written", "new"),
    [
        ("Aynı yer, s. 5.", "en", "Aynı yer, s. 5", "Ibid., p. 5"),  # and the page label
        ("Ibid., s. 5.", "ru", "Ibid., s. 5", "Там же. С. 5"),  # GOST's capital label
        ("Ibid.", "ru", "Ibid.", "Там же."),  # … and keeps the sentence's at the end
        ("Bkz. a.y., s. 5.", "en", "a.y., s. 5", "ibid., p. 5"),  # no capital inside
    ],
)
def test_the_foreign_ibid_fix_writes_the_same_period(
    note: str, edition: str, written: str, new: str
) -> None:
    text = f"Body[1] more[2]\n\n[1] Иванов И. И. История. М.: Наука, 2001.\n[2] {note}\n"
    document = read_bytes(text.encode(), path="a.txt")
    settings = CheckConfig(today=dt.date(2026, 1, 1), edition_language=edition)
    hits = [f for f in check(document, config=settings) if f.rule == "foreign-ibid"]
    assert [h.fixes for h in hits] == [(Edit(2, written, new),)]
