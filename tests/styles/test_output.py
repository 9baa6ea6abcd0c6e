"""Renderers: Markdown escapes what Markdown would read as markup or raw HTML."""

from __future__ import annotations

from markdown_it import MarkdownIt

from citekit.styles import format_bibliography

HOSTILE = {
    "id": "x",
    "type": "book",
    "title": "<script>alert(1)</script> *not bold* [link](https://evil.example) a_b",
    "author": [{"family": "Lee", "given": "Anna"}],
    "issued": {"date-parts": [[2020]]},
}


def test_markdown_output_has_no_raw_html_or_markup_from_the_fields() -> None:
    (entry,) = format_bibliography([HOSTILE], style="apa", output="markdown")
    shown = MarkdownIt("commonmark").render(entry)
    assert "<script>" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<a " not in shown  # the link stays text
    assert "*not bold*" in shown  # the asterisks stay text, not emphasis
    assert "<em>" in shown  # the style's italic title still is emphasis


def test_markdown_output_reads_back_as_the_text_output() -> None:
    (markdown,) = format_bibliography([HOSTILE], style="apa", output="markdown")
    (text,) = format_bibliography([HOSTILE], style="apa", output="text")
    shown = MarkdownIt("commonmark").render(markdown)
    plain = shown.replace("<p>", "").replace("</p>\n", "").replace("<em>", "").replace("</em>", "")
    assert plain.replace("&lt;", "<").replace("&gt;", ">") == text
