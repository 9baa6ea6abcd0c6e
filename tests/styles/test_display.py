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
