"""Rich text as plain text: formatting dropped, a number in the margin set off by a space."""

from __future__ import annotations

from citekit.styles.csl.richtext import Block, Display, Node, Span, Text

__all__ = ["to_text"]


def to_text(tree: Span) -> str:
    """The tree's text, without formatting."""
    return _children(tree.children)


def _children(nodes: tuple[Node, ...]) -> str:
    out = []
    after_block = False
    for node in nodes:
        shown = _node(node)
        if isinstance(node, Block) and node.display is Display.RIGHT_INLINE and after_block:
            shown = " " + shown.lstrip()  # "1." in the margin, then the entry: "1. Smith …"
        after_block = isinstance(node, Block)
        out.append(shown)
    return "".join(out)


def _node(node: Node) -> str:
    if isinstance(node, Text):
        return node.text
    return _children(node.children)
