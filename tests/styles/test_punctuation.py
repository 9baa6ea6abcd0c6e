"""Punctuation an editor sees: no doubled marks after a title's own ending or a term's period."""

from __future__ import annotations

import pytest

from citekit.styles import format_bibliography
from citekit.styles.csl.punctuation import _tidy
from citekit.styles.locale import load_locale


def _article(title: str, language: str = "tr") -> dict[str, object]:
    return {
        "id": "a",
        "type": "article-journal",
        "title": title,
        "author": [{"family": "Kaya", "given": "Ali"}],
        "container-title": "Dergi",
        "issued": {"date-parts": [[2020]]},
        "language": language,
    }


@pytest.mark.parametrize("style", ["isnad", "isnad-dipnotlu", "modern-language-association"])
@pytest.mark.parametrize("locale", ["tr-TR", "en-US"])
@pytest.mark.parametrize("ending", ["?", "!", "...", "…"])
def test_no_period_after_a_quoted_title_ending_in_its_own_mark(
    style: str, locale: str, ending: str
) -> None:
    (entry,) = format_bibliography(
        [_article(f"Yer İsimlerini Kim Değiştirir{ending}")], style=style, locale=locale
    )
    assert f"Değiştirir{ending}”" in entry
    assert f"{ending}”." not in entry
    assert f"{ending}." not in entry


@pytest.mark.parametrize("style", ["isnad", "modern-language-association", "apa"])
def test_no_period_after_a_title_ending_in_a_quotation(style: str) -> None:
    (entry,) = format_bibliography(
        [_article('He said "Başlık."', language="en")], style=style, locale="tr-TR"
    )
    assert ".”." not in entry
    assert ".’." not in entry


def test_an_undated_web_page_in_isnad_has_one_period_after_ts() -> None:
    item = {
        "id": "b",
        "type": "webpage",
        "title": "sabyr edýärler",
        "container-title": "Biznes",
        "URL": "https://x.tm/a",
        "language": "tk",
    }
    (entry,) = format_bibliography([item], style="isnad-dipnotlu", locale="tr-TR")
    assert "ts. https://x.tm/a" in entry
    assert "ts.." not in entry


def test_an_entitys_semicolon_is_not_punctuation() -> None:
    assert _tidy("&#60;http://a.example&#62;. .", load_locale("fr-FR")).endswith("&#62;. .")
    assert _tidy("ed..", load_locale("en-US")) == "ed."
