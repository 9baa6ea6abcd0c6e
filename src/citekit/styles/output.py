"""Engine HTML fragments as text, HTML or Markdown."""

from __future__ import annotations

import html
import re

__all__ = ["render"]


def render(fragment: str, output: str) -> str:
    """An engine HTML fragment as text, HTML or Markdown."""
    if output == "html":
        return fragment
    # a number hanging in the margin is set off from the entry by a space
    fragment = re.sub(
        r'</div>\s*<div class="csl-right-inline">\s*',
        " ",
        fragment.replace('<div class="csl-left-margin">', ""),
    )
    if output == "markdown":
        fragment = re.sub(r"</?i>", "*", fragment)
        fragment = re.sub(r"</?b>", "**", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))
