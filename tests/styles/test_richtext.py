"""The output tree: an engine fragment read once into frozen spans, and back out as HTML."""

from __future__ import annotations

import pytest

from citekit.styles import format_bibliography
from citekit.styles.backends import to_html, to_text
from citekit.styles.csl.richtext import Block, Display, Format, Span, Text, rich_text

BOOK = {
    "id": "b",
    "type": "book",
    "title": "Orta Asya & <Kafkasya>",
    "author": [{"family": "Işık", "given": "İbrahim"}],
    "issued": {"date-parts": [[2019]]},
}


def test_nested_formatting_becomes_nested_spans() -> None:
    tree = rich_text("<b>Smith <i>et al.</i></b> (2012)")
    expected = Span(
        (
            Span((Text("Smith "), Span((Text("et al."),), Format.ITALIC)), Format.BOLD),
            Text(" (2012)"),
        )
    )
    assert expected == tree


def test_entities_are_read_into_plain_text() -> None:
    assert Span((Text("A & B <c>\u00a0d"),)) == rich_text("A &#38; B &#60;c&#62;\u00a0d")


def test_styled_spans_and_display_blocks_have_their_kinds() -> None:
    tree = rich_text(
        '<div class="csl-left-margin">1.</div><div class="csl-right-inline">'
        '<span style="font-variant:small-caps;">Lee</span> '
        '<span style="font-variant: small-caps">Kim</span> '
        '<span style="text-decoration:underline;">u</span><sup>2</sup><sub>3</sub>'
        '<i>T <span style="font-style:normal;">N</span></i></div>'
    )
    margin, right = tree.children
    assert Block((Text("1."),), Display.LEFT_MARGIN) == margin
    assert isinstance(right, Block)
    assert right.display is Display.RIGHT_INLINE
    formats = [c.format for c in right.children if isinstance(c, Span)]
    assert formats == [
        Format.SMALL_CAPS,
        Format.SMALL_CAPS,
        Format.UNDERLINE,
        Format.SUP,
        Format.SUB,
        Format.ITALIC,
    ]
    italic = right.children[-1]
    assert isinstance(italic, Span)
    assert Span((Text("N"),), Format.NORMAL_STYLE) == italic.children[-1]


def test_unbalanced_tags_never_raise() -> None:
    assert Span((Text("ab"),)) == rich_text("a</i>b")
    assert Span((Span((Text("a"),), Format.ITALIC),)) == rich_text("<i>a")
    assert Span((Span((Span((Text("x"),), Format.BOLD),), Format.ITALIC),)) == rich_text(
        "<i><b>x</i>"
    )


def test_a_tag_the_engine_never_writes_stays_text() -> None:
    tree = rich_text("<script>alert(1)</script>")
    assert to_text(tree) == "<script>alert(1)</script>"
    assert to_html(tree) == "&#60;script&#62;alert(1)&#60;/script&#62;"


def test_nodes_are_frozen() -> None:
    node = Text("a")
    with pytest.raises(AttributeError):
        node.text = "b"  # type: ignore[misc]


@pytest.mark.parametrize("style", ["apa", "gost-r-7-0-5-2008-numeric", "isnad-dipnotlu"])
def test_html_output_is_the_engine_fragment_read_and_written_back(style: str) -> None:
    (html,) = format_bibliography([BOOK], style=style, output="html")
    assert "&#38;" in html
    assert "&#60;Kafkasya&#62;" in html
    assert html == to_html(rich_text(html))
