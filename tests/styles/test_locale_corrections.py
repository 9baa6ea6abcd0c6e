"""citekit's corrections of the vendored CSL locales (`data/locale-corrections/`): laid over the
official file, which stays byte for byte (uk-UA's `зе ред.` is `за ред.`); `corrections=False`
renders as other processors do with the official data (the training generator imitates them)."""

from __future__ import annotations

import hashlib
from importlib import resources

import pytest

from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_bibliography
from citekit.styles.locale import load_locale

_BOOK = Citation(
    type="book",
    title="Історія України",
    editors=(Name(family="Петренко", given="Іван"),),
    publisher="Наукова думка",
    publisher_place="Київ",
    issued=PartialDate.from_iso("2001"),
    language="uk",
)


def test_the_ukrainian_editor_is_za_red() -> None:
    assert load_locale("uk-UA").term("editor", "verb-short") == "за ред."


def test_the_vendored_file_keeps_its_own_term() -> None:
    official = resources.files("citekit.styles") / "data" / "locales" / "locales-uk-UA.xml"
    assert "зе ред." in official.read_text(encoding="utf-8")
    assert load_locale("uk-UA", corrected=False).term("editor", "verb-short") == "зе ред."


@pytest.mark.parametrize("style", ["gost-r-7-0-5-2008", "gost-r-7-0-5-2008-numeric"])
def test_a_ukrainian_list_writes_za_red(style: str) -> None:
    entry = format_bibliography([_BOOK], style=style, locale="uk-UA")[0]
    assert "/ за ред. " in entry
    assert "зе ред." not in entry


@pytest.mark.parametrize("lang", ["ru-RU", "en-US", "tr-TR", "kk-KZ"])
def test_other_locales_are_as_shipped(lang: str) -> None:
    assert load_locale(lang).terms == load_locale(lang, corrected=False).terms


def test_the_vendored_file_is_unchanged() -> None:
    official = resources.files("citekit.styles") / "data" / "locales" / "locales-uk-UA.xml"
    digest = hashlib.sha1(official.read_bytes()).hexdigest()
    assert digest == _OFFICIAL_SHA1


_OFFICIAL_SHA1 = "da7c816a7fb96e6d410a800d7b457e353d22e4b2"  # CSL locales, the snapshot
