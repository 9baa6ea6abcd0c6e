"""Emphasis: "normal" only where something is emphasised, field markup checked and kept."""

from __future__ import annotations

from citekit.styles import Cite, Style

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" | ">{body}</group></layout></citation>
</style>"""


def _cite(body: str, **item: object) -> str:
    style = Style(_STYLE.format(body=body))
    return style.citation_text([Cite({"id": "a", "type": "book", **item})])


def test_normal_turns_emphasis_off_and_writes_nothing_elsewhere() -> None:
    body = """<text variable="title" font-style="normal"/>
      <group font-style="italic"><text variable="title" font-style="normal"/></group>"""
    assert _cite(body, title="Life") == (
        'Life | <i><span style="font-style:normal;">Life</span></i>'
    )


def test_nodecor_in_a_field_undoes_the_styles_emphasis() -> None:
    body = '<text variable="title" font-style="italic"/><text variable="title"/>'
    title = 'Lessard <span class="nodecor">v.</span> Schmidt'
    assert _cite(body, title=title) == (
        '<i>Lessard <span style="font-style:normal;">v.</span> Schmidt</i> | Lessard v. Schmidt'
    )


def test_a_closing_tag_opened_nowhere_is_text_and_numbers_take_no_markup() -> None:
    body = '<text variable="title"/><number variable="number"/>'
    assert _cite(body, title="One</i> Two", number="1<sup>er</sup>") == (
        "One&#60;/i&#62; Two | 1&#60;sup&#62;er&#60;/sup&#62;"
    )


def test_a_note_opening_with_a_term_takes_a_capital_once() -> None:
    style = Style(_STYLE.format(body='<text term="ibid"/>'))
    items = [{"id": "a", "type": "book"}, {"id": "b", "type": "book"}]
    assert style.citation_text([Cite(items[0]), Cite(items[1])]) == "Ibid.ibid."


def test_a_range_of_issues_takes_the_en_dash() -> None:
    body = '<text variable="issue"/><text variable="number"/>'
    assert _cite(body, issue="3-4", number="2021-10") == "3–4 | 2021-10"


def test_the_csl_1_0_1_sub_verbo_label_is_read() -> None:
    style = Style(_STYLE.format(body='<label variable="locator" form="short"/>'))
    cite = Cite({"id": "a", "type": "book"}, locator="word", label="sub verbo")
    assert style.citation_text([cite]) == "s.v."
