"""Engine HTML fragments as text, HTML or Markdown."""

from __future__ import annotations

import html
import re

__all__ = ["render"]

_TAG = re.compile(r"(<[^>]+>)")
# what Markdown (CommonMark) would read as markup or raw HTML in plain text: backslash-escaped
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def render(fragment: str, output: str) -> str:
    """An engine HTML fragment as text, HTML or Markdown (text escaped where Markdown would
    read it as markup: no raw ``<script>`` from a title)."""
    if output == "html":
        return fragment
    # a number hanging in the margin is set off from the entry by a space
    fragment = re.sub(
        r'</div>\s*<div class="csl-right-inline">\s*',
        " ",
        fragment.replace('<div class="csl-left-margin">', ""),
    )
    if output != "markdown":
        return html.unescape(_TAG.sub("", fragment))
    out = []
    for piece in _TAG.split(fragment):
        if _TAG.fullmatch(piece):
            if re.fullmatch(r"</?i>", piece):
                out.append("*")
            elif re.fullmatch(r"</?b>", piece):
                out.append("**")
            continue
        out.append(_MARKDOWN_SPECIAL.sub(r"\\\1", html.unescape(piece)))
    return "".join(out)
