"""Hostile CSL styles: recursion, exponential macros and bad attributes fail at load or run in
linear work; never a RecursionError, a ValueError or a run without end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

from citekit.styles import Style, StyleError

ITEM = {"id": "a", "type": "book", "title": "T", "author": [{"family": "Lee", "given": "A"}]}


def _style(macros: str, layout: str = '<text macro="m0"/>', names: str = "") -> str:
    return f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>hostile</title><id>hostile</id></info>
  {macros}
  <citation><layout>{layout}</layout></citation>
  <bibliography {names}><layout>{layout}</layout></bibliography>
</style>"""


def _nested(depth: int, *, title_once: bool = False) -> str:
    """`depth` macros, each calling the next twice: 2**depth renderings without memoizing.
    With `title_once`, the innermost writes the title only where nothing was substituted: the
    work stays exponential without memoizing, the output one title."""
    macros = [
        f'<macro name="m{n}"><group delimiter=" "><text macro="m{n + 1}"/>'
        f'<text macro="m{n + 1}"/></group></macro>'
        for n in range(depth)
    ]
    inner = '<text variable="title"/>'
    if title_once:  # a names element whose substitute writes the title once, then suppresses it
        inner = '<names variable="editor"><substitute><text variable="title"/></substitute></names>'
    macros.append(f'<macro name="m{depth}">{inner}</macro>')
    return _style("\n".join(macros))


def test_a_macro_calling_itself_is_an_error_at_load_naming_it() -> None:
    xml = _style('<macro name="m0"><text macro="m0"/></macro>')
    with pytest.raises(StyleError, match=r"macro 'm0' calls itself \(m0 -> m0\)"):
        Style(xml, name="self.csl")


def test_macros_calling_each_other_in_a_ring_are_an_error_naming_the_ring() -> None:
    xml = _style(
        '<macro name="m0"><text macro="m1"/></macro>'
        '<macro name="m1"><group><text macro="m2"/></group></macro>'
        '<macro name="m2"><text macro="m0"/></macro>'
    )
    with pytest.raises(StyleError, match=r"calls itself \(m0 -> m1 -> m2 -> m0\)"):
        Style(xml, name="ring.csl")


def test_a_call_to_a_missing_macro_is_an_error_at_load() -> None:
    with pytest.raises(StyleError, match="macro='nowhere'"):
        Style(_style("", layout='<text macro="nowhere"/>'), name="missing.csl")


@pytest.mark.parametrize(
    ("attribute", "value"),
    [("et-al-min", "abc"), ("et-al-use-first", "-1"), ("names-use-last", "yes")],
)
def test_a_bad_attribute_value_is_an_error_at_load_naming_it(attribute: str, value: str) -> None:
    xml = _style(
        '<macro name="m0"><text variable="title"/></macro>', names=f'{attribute}="{value}"'
    )
    with pytest.raises(StyleError, match=f"{attribute}='{value}'"):
        Style(xml, name="bad.csl")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the style elements whose children are rendered (the engine's unit of work)."""
    count = [0]
    original: Callable[..., str] = Style._children

    def counted(self: Style, *args: Any) -> str:
        count[0] += 1
        return original(self, *args)

    monkeypatch.setattr(Style, "_children", counted)
    return count


def _work(depth: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """The work one entry takes with `depth` nested macros (each writing the title once)."""
    style = Style(_nested(depth, title_once=True), name=f"nested-{depth}.csl")
    count = _counting(monkeypatch)
    (entry,) = style.bibliography_entries([ITEM])
    assert entry == "T"
    return count[0]


def test_thirty_nested_macros_each_calling_the_next_twice_cost_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps = {depth: _work(depth, monkeypatch) for depth in (10, 20, 30)}
    assert steps[30] - steps[20] == steps[20] - steps[10]  # a constant per level
    assert steps[30] < 200


def test_macros_that_double_an_entry_level_by_level_stop_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    xml = _nested(30)
    assert len(xml.encode()) < 4096  # a small style...
    style = Style(xml, name="nested.csl")
    count = _counting(monkeypatch)
    with pytest.raises(StyleError, match=r"nested\.csl: an entry grows past 1,000,000 characters"):
        style.bibliography_entries([ITEM])  # ...that would write 2**30 titles
    assert count[0] < 200


def test_the_nested_style_parses_as_xml() -> None:
    assert etree.fromstring(_nested(3).encode()) is not None
