"""Which locale a style speaks: `--locale`, else the style's own language; unknown is an error."""

from __future__ import annotations

import pytest

from citekit.styles import StyleError, format_bibliography, load_style

WEB = {
    "id": "w",
    "type": "webpage",
    "title": "Başlık",
    "container-title": "Site",
    "URL": "https://a.example/c",
    "issued": {"date-parts": [[2021, 10, 20]]},
    "accessed": {"date-parts": [[2021, 10, 25]]},
}


@pytest.mark.parametrize(
    ("style", "lang"),
    [
        ("isnad-dipnotlu", "tr-TR"),
        ("isnad", "tr-TR"),
        ("isnad-metinici", "tr-TR"),
        ("gost-r-7-0-5-2008", "ru-RU"),
        ("gost-r-7-0-100-2018-numeric-alphabetical", "ru-RU"),
        ("apa", "en-US"),
        ("chicago-notes-bibliography", "en-US"),
    ],
)
def test_a_style_without_a_locale_given_speaks_its_own_language(style: str, lang: str) -> None:
    assert load_style(style).lang == lang


def test_isnad_dipnotlu_alone_writes_turkish_dates_and_terms() -> None:
    (entry,) = format_bibliography([WEB], style="isnad-dipnotlu")
    assert "20 Ekim 2021" in entry
    assert "Erişim 25 Ekim 2021" in entry
    assert "Accessed" not in entry


def test_an_unknown_locale_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(StyleError, match=r"unknown locale 'xx-XX' \(known: .*en-US, .*tr-TR"):
        format_bibliography([WEB], style="apa", locale="xx-XX")


def test_a_locale_may_be_named_by_its_language() -> None:
    assert load_style("apa", locale="tr").lang == "tr-TR"
    assert load_style("apa", locale="fr").lang == "fr-FR"  # the official locales' own table


def test_every_official_csl_locale_ships() -> None:
    (entry,) = format_bibliography([WEB], style="apa", locale="fr")
    assert "octobre" in entry
    (entry,) = format_bibliography([WEB], style="apa", locale="de-AT")
    assert "Oktober" in entry


def test_an_undated_source_in_turkish_gets_one_period_after_ts() -> None:
    undated = {key: value for key, value in WEB.items() if key not in ("issued", "accessed")}
    (entry,) = format_bibliography([undated], style="isnad-dipnotlu")
    assert "ts." in entry
    assert "ts.." not in entry


@pytest.mark.parametrize(("locale", "month"), [("kk-KZ", "қазан"), ("tk-TM", "oktýabr")])
def test_kazakh_and_turkmen_months_are_written_in_lower_case(locale: str, month: str) -> None:
    item = {"id": "a", "type": "webpage", "title": "T", "issued": {"date-parts": [[2021, 10]]}}
    (entry,) = format_bibliography([item], style="chicago-notes-bibliography", locale=locale)
    assert month in entry
    assert month.capitalize() not in entry
