"""A language citekit does not ship, added as data alone (one TOML file in a temp folder), is
used by the checks, the date writer and soft-404 and bot-wall detection, with no code change.

The code `qaa` is ISO 639's "reserved for local use"; the words are Uzbek-like, made up for
the test, and appear in no shipped language file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from citekit.checks import check
from citekit.checks.config import load_config
from citekit.languages import available_languages, format_day, language, load_language
from citekit.links.soft404 import is_bot_wall, not_found_phrase
from citekit.pipeline import read_bytes

MONTHS = "yanvarq fevralq martq aprelq mayq iyunq iyulq avgustq sentyabrq oktabrq noyabrq dekabrq"
QAA = """
code = "qaa"
name = "Qaa test"
script = "Latn"
numeric_order = "DMY"

[months.extra]
{months}

[words]
accessed = ["Kirilgan sanaq"]
ibid = ["Oʻsha joyq"]
not_found = ["sahifaq topilmadi"]
bot_wall = ["brauzeringizq tekshirilmoqda"]

[terms]
accessed = "Kirilgan sanaq"

[langid]
alphabet.Latn = "abdefghijklmnopqrstuvxyzʻ"
""".replace("{months}", "\n".join(f'{n} = ["{name}"]' for n, name in enumerate(MONTHS.split(), 1)))

ARTICLE = """Savdo oʻsmoqda[1][2].

Notes
[1] “Savdo”, Orient, https://orient.tm/1, (Accessed: 25.10.2021).
[2] “Gaz”, Orient, https://orient.tm/2, (Accessed: 26 October 2021).
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "qaa.toml").write_text(QAA, encoding="utf-8")
    config = 'language = "qaa"\nlinks = false\nlanguage-files = ["lang/qaa.toml"]\n'
    (tmp_path / "citekit.toml").write_text(config, encoding="utf-8")
    return tmp_path


def test_the_language_is_not_shipped() -> None:
    assert "qaa" not in available_languages()
    shipped = [language(code) for code in available_languages()]
    assert all("Kirilgan sanaq" not in lang.words.accessed for lang in shipped)


def test_checks_use_the_data_languages_label(folder: Path) -> None:
    settings = load_config(folder / "citekit.toml")
    doc = read_bytes(ARTICLE.encode(), path="art.txt")
    (finding,) = [f for f in check(doc, config=settings.check) if f.rule == "access-label"]
    assert finding.message == (
        "the access label 'Accessed' is foreign for the Qaa test edition (notes 1, 2)"
    )
    assert finding.hint == "write 'Kirilgan sanaq'"


def test_house_date_format_uses_the_data_languages_month_names(folder: Path) -> None:
    config = folder / "citekit.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'date-format = "d MMMM y"\n')
    settings = load_config(config)
    doc = read_bytes(ARTICLE.encode(), path="art.txt")
    hints = sorted(f.hint or "" for f in check(doc, config=settings.check))
    assert "write '25 oktabrq 2021'" in hints
    assert "write '26 oktabrq 2021'" in hints


def test_format_day_without_cldr(folder: Path) -> None:
    lang = load_language(folder / "lang" / "qaa.toml")
    day = dt.date(2021, 10, 25)
    assert format_day(day, "d MMMM y", lang) == "25 oktabrq 2021"
    assert format_day(day, "dd.MM.yyyy", lang) == "25.10.2021"
    assert format_day(day, "d MMMM y", None) is None  # no language: no month words to use
    assert format_day(day, "dd.MM.yyyy", None) == "25.10.2021"


def test_soft_404_and_bot_wall_words_come_from_the_data(folder: Path) -> None:
    lang = load_language(folder / "lang" / "qaa.toml")
    page = b"<html><title>Sahifaq topilmadi</title><body>Bosh sahifa</body></html>"
    assert not_found_phrase(page) is None  # no shipped language says it
    assert not_found_phrase(page, languages=[lang]) == "Sahifaq topilmadi"
    wall = b"<html><title>Brauzeringizq tekshirilmoqda...</title></html>"
    response = httpx.Response(403, content=wall, headers={"content-type": "text/html"})
    assert is_bot_wall(response, wall) is False
    assert is_bot_wall(response, wall, languages=[lang]) is True


def test_shipped_bot_wall_words_are_data_in_several_languages() -> None:
    assert "checking your browser" in language("en").words.bot_wall
    assert "проверка браузера" in language("ru").words.bot_wall
    page = "<title>Проверка браузера перед переходом на сайт</title>".encode()
    response = httpx.Response(403, content=page)
    assert is_bot_wall(response, page) is True


def test_turkmen_vowel_y_is_language_data() -> None:
    tk = language("tk")
    assert (tk.vowel_letters, "y" in tk.consonants) == ("y", False)
    others = [language(c) for c in available_languages() if c != "tk"]
    assert [lang.code for lang in others if lang.vowel_letters] == []


def test_word_clusters_are_language_data() -> None:
    # Russian spelling never writes ы after г к х ж ш ч щ; the Turkic Cyrillic alphabets do
    kk = language("kk")
    assert {"кы", "гы", "жы", "шы"} <= set(kk.word_clusters)
    assert language("ru").word_clusters == ()
