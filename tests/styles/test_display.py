"""Displayed parts (`display="…"`) hold their own affixes and the layout's closing suffix."""

from __future__ import annotations

from citekit.styles import Style

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute=""><layout suffix=".">
    <group display="block"><names variable="author"/></group>
    <text variable="citation-number" prefix="[" suffix="]" display="left-margin"/>
    <text variable="title" display="right-inline"/>
  </layout></bibliography>
</style>"""

_AUTHOR = [{"family": "Doe", "given": "Jo"}]


def test_display_parts_keep_affixes_and_a_heading_prints_once() -> None:
    items = [
        {"id": "a", "type": "book", "title": "One", "author": _AUTHOR},
        {"id": "b", "type": "book", "title": "Two", "author": _AUTHOR},
    ]
    first, second = Style(_STYLE).bibliography_entries(items)
    assert first == (
        '<div class="csl-block">Jo Doe</div><div class="csl-left-margin">[1]</div>'
        '<div class="csl-right-inline">One.</div>'
    )
    assert second == (
        '<div class="csl-left-margin">[2]</div><div class="csl-right-inline">Two.</div>'
    )


_ETAL_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute="---" et-al-min="2" et-al-use-first="1">
    <layout suffix="."><names variable="author" suffix=". "/><text variable="title"/></layout>
  </bibliography>
</style>"""


def test_the_substitute_for_names_ending_in_a_period_keeps_the_period_after_it() -> None:
    authors = [{"family": "Doe", "given": "Jo"}, {"family": "Roe", "given": "Al"}]
    items = [
        {"id": "a", "type": "book", "title": "One", "author": authors},
        {"id": "b", "type": "book", "title": "Two", "author": authors},
    ]
    assert Style(_ETAL_STYLE).bibliography_entries(items) == ["Jo Doe et al. One.", "---. Two."]
