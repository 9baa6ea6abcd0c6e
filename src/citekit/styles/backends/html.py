"""Rich text as an HTML fragment, in the markup citeproc-js writes (``<i>``, ``<b>``,
``<span style="font-variant:small-caps;">``, ``<div class="csl-left-margin">``)."""

from __future__ import annotations

from citekit.styles.csl.richtext import Block, Format, Node, Span, Text

__all__ = ["to_html"]

_TAGS = {
    Format.ITALIC: ("<i>", "</i>"),
    Format.BOLD: ("<b>", "</b>"),
    Format.SUP: ("<sup>", "</sup>"),
    Format.SUB: ("<sub>", "</sub>"),
}
_STYLES = {
    Format.SMALL_CAPS: "font-variant:small-caps;",
    Format.UNDERLINE: "text-decoration:underline;",
    Format.NORMAL_STYLE: "font-style:normal;",
    Format.NORMAL_WEIGHT: "font-weight:normal;",
    Format.NORMAL_VARIANT: "font-variant:normal;",
}


def escape(text: str) -> str:
    """Text safe in HTML, with the numeric entities citeproc-js writes (``&#38;``)."""
    return text.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


def tags(span_format: Format) -> tuple[str, str]:
    """The opening and closing tags of a formatting."""
    if span_format in _TAGS:
        return _TAGS[span_format]
    return f'<span style="{_STYLES[span_format]}">', "</span>"


def to_html(tree: Span) -> str:
    """The tree as an HTML fragment (text escaped)."""
    return "".join(_node(node) for node in tree.children)


def _node(node: Node) -> str:
    if isinstance(node, Text):
        return escape(node.text)
    inner = "".join(_node(child) for child in node.children)
    if isinstance(node, Block):
        return f'<div class="csl-{node.display}">{inner}</div>'
    if node.format is None:
        return inner
    opening, closing = tags(node.format)
    return f"{opening}{inner}{closing}"
