"""A macro's names as a sort key compare name by name: the "and" before the last sorts nothing."""

from __future__ import annotations

from citekit.styles import Style

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="author"><names variable="author"><name and="text"/></names></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><sort><key macro="author"/></sort>
    <layout><text variable="title"/></layout></bibliography>
</style>"""


def _people(*families: str) -> list[dict[str, str]]:
    return [{"family": family, "given": "A"} for family in families]


def test_names_sort_name_by_name_not_by_the_word_and() -> None:
    three = {"id": "b", "type": "book", "title": "Three", "author": _people("Baines", "Kay")}
    four = {
        "id": "a",
        "type": "book",
        "title": "Four",
        "author": _people("Baines", "Benedettini", "Kay"),
    }
    # "Baines, Benedettini" before "Baines, Kay" (not "Baines and Kay" before "Baines, B…")
    assert Style(_STYLE).bibliography_entries([three, four]) == ["Four", "Three"]
