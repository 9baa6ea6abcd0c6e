"""GOST 7.0.5's access date qualifies an address (`URL: … (дата обращения: 25.03.2023)`): a web
source with no address is described without it, not with `2020. (дата обращения: …).`"""

from __future__ import annotations

import pytest

from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography


def _page(title: str, container: str, language: str, url: str | None = None) -> Citation:
    """A web page dated 14.02.2020, read 25.03.2023, at `url` when given."""
    return Citation(
        type="webpage",
        title=title,
        container=container,
        issued=PartialDate.from_iso("2020-02-14"),
        accessed=PartialDate.from_iso("2023-03-25"),
        url=url,
        language=language,
    )


@pytest.mark.parametrize(
    ("title", "container", "language"),
    [
        ("Şahsy buýurmalar", "Türkmenistan Sport", "tk"),
        ("Новости региона", "Казинформ", "ru"),
        ("Four Ways to Eliminate Procrastination", "Google Books", "en"),
    ],
)
def test_no_access_date_without_an_address(title: str, container: str, language: str) -> None:
    citation = _page(title, container, language)
    entry = format_bibliography([citation], style="gost-r-7-0-5-2008")[0]
    assert entry == f"1. {title} // {container}. 2020."


def test_the_access_date_follows_the_address() -> None:
    citation = _page("Новости региона", "Казинформ", "ru", "https://www.inform.kz/ru/a")
    assert format_bibliography([citation], style="gost-r-7-0-5-2008") == [
        "1. Новости региона [Электронный ресурс] // Казинформ. 2020. "
        "URL: https://www.inform.kz/ru/a (дата обращения: 25.03.2023)."
    ]


_VARIANTS = (
    "gost-r-7-0-5-2008-numeric",
    "gost-r-7-0-5-2008-numeric-alphabetical",
    "gost-r-7-0-100-2018-numeric-alphabetical",
    "gost-r-7-0-100-2018-numeric-appearance",
)


@pytest.mark.parametrize("style", _VARIANTS)
@pytest.mark.parametrize(
    ("title", "container", "language"),
    [
        ("Новости региона", "Казинформ", "ru"),
        ("Жаңалықтар", "Egemen Qazaqstan", "kk"),
        ("Four Ways to Eliminate Procrastination", "Google Books", "en"),
    ],
)
def test_no_variant_dates_access_without_an_address(
    style: str, title: str, container: str, language: str
) -> None:
    citation = _page(title, container, language)
    entry = format_bibliography([citation], style=style)[0]
    assert "25.03.2023" not in entry
    assert "URL:" not in entry


@pytest.mark.parametrize("style", _VARIANTS)
def test_every_variant_dates_the_address(style: str) -> None:
    citation = _page("Новости региона", "Казинформ", "ru", "https://www.inform.kz/ru/a")
    entry = format_bibliography([citation], style=style)[0]
    assert "URL: https://www.inform.kz/ru/a (дата обращения: 25.03.2023)" in entry
