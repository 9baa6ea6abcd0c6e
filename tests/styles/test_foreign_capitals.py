"""A style capitalises every word (`text-case="capitalize-all"`) in its own language's and
English's way (İSNAD's `Doktora Tezi`); another language's words stay as written, as CSL leaves
title case to English items (`Дис. … канд. ист. наук`, not `Дис. … Канд. Ист. Наук`)."""

from __future__ import annotations

import pytest

from citekit.csl import to_csl
from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography, load_style


@pytest.mark.parametrize(
    ("genre", "language"),
    [
        ("Дис. … канд. ист. наук", "ru"),
        ("дис. … д-ра филол. наук", "ru"),
        ("дис. … канд. пед. наук", "kk"),
        ("дисертація на здобуття наукового ступеня", "uk"),
        ("dissertatsiya avtoreferati", "uz"),
    ],
)
def test_another_languages_genre_is_not_capitalised(genre: str, language: str) -> None:
    citation = Citation(
        type="thesis",
        title="Заглавие работы",
        genre=genre,
        publisher="КазНУ",
        publisher_place="Алматы",
        issued=PartialDate.from_iso("2005"),
        language=language,
    )
    entry = format_bibliography([citation], style="isnad-dipnotlu")[0]
    assert f", {genre}, 2005." in entry


@pytest.mark.parametrize(
    ("genre", "language", "written"),
    [
        ("yüksek lisans tezi", "tr", "Yüksek Lisans Tezi"),
        ("doctoral dissertation", "en", "Doctoral Dissertation"),
    ],
)
def test_the_styles_and_englishs_genre_is_capitalised(
    genre: str, language: str, written: str
) -> None:
    citation = Citation(
        type="thesis",
        title="Başlık",
        genre=genre,
        publisher="Ankara Üniversitesi",
        publisher_place="Ankara",
        issued=PartialDate.from_iso("2005"),
        language=language,
    )
    entry = format_bibliography([citation], style="isnad-dipnotlu")[0]
    assert f", {written}, 2005." in entry


def test_without_corrections_every_genre_is_capitalised_as_citeproc_js_does() -> None:
    citation = Citation(
        type="thesis",
        title="Заглавие работы",
        genre="дис. … канд. ист. наук",
        publisher="КазНУ",
        publisher_place="Алматы",
        issued=PartialDate.from_iso("2005"),
        language="ru",
    )
    style = load_style("isnad-dipnotlu", corrections=False)
    entry = style.bibliography_entries([{"id": "1", **to_csl(citation)}])[0]
    assert ", Дис. … Канд. Ист. Наук, 2005." in entry
