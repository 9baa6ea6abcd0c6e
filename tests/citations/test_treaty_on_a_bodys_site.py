"""A treaty named alone is cited as the treaty; a page about it on a body's site, read on a
day, is the site's page (`worded_types._treaty`), as a body's byline makes it."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


def _type(text: str) -> str:
    note = parse_note(1, text, location=Location(path="t"))
    return note.citations[0].type


@pytest.mark.parametrize(
    "text",
    [
        "Paris Anlaşması, T.C. Dışişleri Bakanlığı (Erişim Tarihi: 12.03.2021).",
        "Договор о коллективной безопасности, Министерство иностранных дел Республики "
        "Казахстан (дата обращения: 12.03.2021).",
    ],
)
def test_a_treatys_page_on_a_bodys_site_read_on_a_day_is_a_webpage(text: str) -> None:
    assert _type(text) == "webpage"


@pytest.mark.parametrize(
    "text",
    [
        "Paris Anlaşması, 12 Aralık 2015.",
        "Договор о коллективной безопасности от 15 мая 1992 г.",
        "Treaty on the Non-Proliferation of Nuclear Weapons, 1 July 1968.",
    ],
)
def test_a_treaty_named_alone_is_the_treaty(text: str) -> None:
    assert _type(text) == "legislation"
