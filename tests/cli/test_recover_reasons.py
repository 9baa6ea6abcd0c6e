"""`citekit fix --recover` says why a safe address was not written, by what the note lacks."""

from __future__ import annotations

import pytest

from citekit.cli.fix import _no_place
from citekit.links.recover import LostSource
from citekit.model import Location


@pytest.mark.parametrize(
    ("site", "url", "said"),
    [
        ("Altyn asyr", None, "does not name 'Altyn asyr' once"),
        ("Kaktus.media", "https://kaktus.media/doc/1.html", "the dead address does not stand once"),
        (None, None, "names no site"),
        ("", None, "names no site"),
    ],
)
def test_a_reason_names_what_the_note_lacks(site: str | None, url: str | None, said: str) -> None:
    lost = LostSource(
        note=3,
        title="Title",
        site=site,
        accessed=None,
        location=Location(path="a.md", note=3),
        url=url,
    )
    assert said in _no_place(lost)


def test_a_note_of_a_later_list_is_named_with_its_list() -> None:
    assert str(Location(path="a.docx", note=2, section=1)) == "a.docx note 2 in list 2"
