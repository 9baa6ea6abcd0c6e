"""Engine output as text, HTML or Markdown: the fragment becomes rich text once
(`citekit.styles.csl.richtext.rich_text`), and a backend walks the tree."""

from __future__ import annotations

from citekit.styles.backends import BACKENDS
from citekit.styles.csl.richtext import Span, rich_text

__all__ = ["render"]


def render(entry: str | Span, output: str) -> str:
    """An engine HTML fragment, or its rich text, as "text", "html" or "markdown" (in
    Markdown, text escaped where Markdown would read it as markup: no raw ``<script>`` from a
    title)."""
    try:
        backend = BACKENDS[output]
    except KeyError:
        raise ValueError(f"output must be one of {', '.join(BACKENDS)}") from None
    return backend(rich_text(entry) if isinstance(entry, str) else entry)
