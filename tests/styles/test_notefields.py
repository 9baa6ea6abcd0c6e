"""Variables written in an item's note (Zotero's "Extra"), read as citeproc-js reads them."""

from __future__ import annotations

from citekit.styles import Cite, Style
from citekit.styles.csl.notefields import note_variables

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" | ">
    <names variable="reviewed-author"/><date variable="event-date" form="numeric"/>
    <text variable="note"/></group></layout></citation>
</style>"""


def test_note_lines_fill_missing_names_dates_and_text() -> None:
    note = "reviewed-author: Hall || W.C.\nevent-date: 2004-10-01/2004-10-14\nPMID: 117"
    found, rest = note_variables({"id": "a", "note": note})
    assert found == {
        "reviewed-author": [{"family": "Hall", "given": "W.C."}],
        "event-date": {"date-parts": [[2004, 10, 1], [2004, 10, 14]]},
    }
    assert rest == "PMID: 117"  # not a CSL variable: stays in the note


def test_a_variable_the_item_has_is_not_overwritten() -> None:
    found, rest = note_variables({"title": "Own", "note": "title: Other"})
    assert found == {}
    assert rest is None


def test_the_engine_writes_note_variables() -> None:
    item = {"id": "a", "type": "book", "note": "reviewed-author: Hall || W.C.\nSeen."}
    assert Style(_STYLE).citation_text([Cite(item)]) == "W.C. Hall | Seen."
