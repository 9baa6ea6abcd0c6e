"""The renderers: text, HTML and Markdown walk the same rich text."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from citekit.styles import format_bibliography, render
from citekit.styles.csl.richtext import rich_text

COMMONMARK = MarkdownIt("commonmark")


def shown(markdown: str) -> str:
    """What a CommonMark reader shows for one line of Markdown, as HTML."""
    return str(COMMONMARK.renderInline(markdown))


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


NUMBERED = '<div class="csl-left-margin">1.</div><div class="csl-right-inline">Lee, <i>T</i>.</div>'


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<i>Title</i>, 2020", "Title, 2020"),
        ("A&#160;B\u00a0C", "A\u00a0B\u00a0C"),
        (NUMBERED, "1. Lee, T."),
        ('<div class="csl-block">Block</div> after', "Block after"),
    ],
)
def test_text_drops_formatting_and_keeps_every_character(fragment: str, text: str) -> None:
    assert text == render(fragment, "text")


@pytest.mark.parametrize(
    "fragment",
    [
        "<b>Smith <i>et al.</i></b> (2012)",
        NUMBERED,
        '<span style="font-variant:small-caps;">Lee</span> A &#38; B',
        '<i>Title <span style="font-style:normal;">Ship</span></i>',
    ],
)
def test_html_writes_the_fragment_back(fragment: str) -> None:
    assert fragment == render(fragment, "html")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*not bold*", "*not bold*"),
        ("a_b_c _d_", "a_b_c _d_"),
        ("[link](https://evil.example)", "[link](https://evil.example)"),
        ("&copy; `code` # | ~", "&amp;copy; `code` # | ~"),
    ],
)
def test_markdown_escapes_what_markdown_would_read_as_markup(text: str, escaped: str) -> None:
    fragment = html.escape(text, quote=False)
    assert escaped == shown(render(fragment, "markdown"))


def test_markdown_nested_formatting() -> None:
    assert (
        shown(render("<b>Smith <i>et al.</i></b> (2012)", "markdown"))
        == "<strong>Smith <em>et al.</em></strong> (2012)"
    )
    assert shown(render("<i><b>Both</b></i>", "markdown")) == "<em><strong>Both</strong></em>"


def test_markdown_emphasis_keeps_its_spaces_outside() -> None:
    markdown = render("Журнал. <i>Вопросы экономики </i>2021;12", "markdown")
    assert markdown == "Журнал. *Вопросы экономики* 2021;12"
    assert shown(markdown) == "Журнал. <em>Вопросы экономики</em> 2021;12"


def test_markdown_emphasis_where_an_asterisk_cannot_open_is_html() -> None:
    markdown = render("In<i>“Title”</i>s", "markdown")
    assert shown(markdown) == "In<em>“Title”</em>s"


def test_markdown_flip_flop_and_small_caps() -> None:
    markdown = render(
        '<i>The <span style="font-style:normal;">Ship</span> log</i> '
        '<span style="font-variant:small-caps;">Lee</span><sup>2</sup>',
        "markdown",
    )
    assert shown(markdown) == (
        '<em>The <span style="font-style:normal;">Ship</span> log</em> '
        '<span style="font-variant:small-caps;">Lee</span><sup>2</sup>'
    )


def test_markdown_number_in_the_margin_is_not_a_list() -> None:
    markdown = render(NUMBERED, "markdown")
    assert markdown == "1\\. Lee, *T*."
    assert COMMONMARK.render(markdown) == "<p>1. Lee, <em>T</em>.</p>\n"


def test_markdown_keeps_no_break_spaces() -> None:
    assert render("С.&#160;45", "markdown") == "С.\u00a045"


def test_markdown_of_a_real_bibliography_reads_back_as_its_text() -> None:
    items = [
        {
            "id": f"i{n}",
            "type": "article-journal",
            "title": title,
            "container-title": "Journal_of *Things*",
            "author": [{"family": "Lee", "given": "Ann"}],
            "issued": {"date-parts": [[2020 + n]]},
            "page": "1-9",
        }
        for n, title in enumerate(["A [b] <c> & d", "Why? “Quoted”", "x_y*z"])
    ]
    for style in ("apa", "gost-r-7-0-5-2008-numeric", "modern-language-association"):
        markdown = format_bibliography(items, style=style, output="markdown")
        text = format_bibliography(items, style=style, output="text")
        assert text == [plain(shown(m)) for m in markdown]


def test_an_unknown_output_is_refused() -> None:
    with pytest.raises(ValueError, match="output must be one of"):
        render(rich_text("x"), "latex")
