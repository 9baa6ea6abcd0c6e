"""Renderers: rich text (`citekit.styles.csl.richtext`) as plain text, HTML or Markdown.

Each backend walks the tree of spans; none knows any style, and no style writes markup
(pybtex's ``richtext`` and ``backends`` split the work so).
"""

from __future__ import annotations

from collections.abc import Callable

from citekit.styles.backends.html import to_html
from citekit.styles.backends.markdown import to_markdown
from citekit.styles.backends.text import to_text
from citekit.styles.csl.richtext import Span

__all__ = ["BACKENDS", "to_html", "to_markdown", "to_text"]

BACKENDS: dict[str, Callable[[Span], str]] = {
    "text": to_text,
    "html": to_html,
    "markdown": to_markdown,
}
