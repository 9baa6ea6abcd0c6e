"""Rich text as an HTML fragment, in the markup citeproc-js writes (``<i>``, ``<b>``,
``<span style="font-variant:small-caps;">``, ``<div class="csl-left-margin">``)."""

from __future__ import annotations

import functools
import re
import unicodedata

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
    Format.BASELINE: "baseline",  # as citeproc-js writes it
    Format.NORMAL_STYLE: "font-style:normal;",
    Format.NORMAL_WEIGHT: "font-weight:normal;",
    Format.NORMAL_VARIANT: "font-variant:normal;",
}


# superscript letters without a Unicode decomposition to their letter, as citeproc-js reads them
_SUPERSCRIPT_EXTRA = {"ˀ": "ʔ", "ˁ": "ʕ", "ۥ": "و", "ۦ": "ي"}


@functools.cache
def _superscripts() -> dict[str, str]:
    """Each superscript character ("ª", "²", "ᵉ", "™") and the text it raises."""
    table = dict(_SUPERSCRIPT_EXTRA)
    planes = (range(0x80, 0x10000), range(0x10700, 0x10800), range(0x1F100, 0x1F200))
    for code in (c for plane in planes for c in plane):
        parts = unicodedata.decomposition(chr(code)).split()
        if parts[:1] == ["<super>"]:
            table[chr(code)] = "".join(chr(int(p, 16)) for p in parts[1:])
    return table


@functools.cache
def _superscript_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _superscripts())))


def _superscript(match: re.Match[str]) -> str:
    """A superscript character as HTML: ``ᵉ`` -> ``<sup>e</sup>`` (as citeproc-js writes)."""
    return f"<sup>{escape(_superscripts()[match.group()])}</sup>"


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
    if isinstance(node, Text):  # 1ᵉʳ: 1<sup>e</sup><sup>r</sup>
        return _superscript_pattern().sub(_superscript, escape(node.text))
    inner = "".join(_node(child) for child in node.children)
    if isinstance(node, Block):
        return f'<div class="csl-{node.display}">{inner}</div>'
    if node.format is None:
        return inner
    opening, closing = tags(node.format)
    return f"{opening}{inner}{closing}"
