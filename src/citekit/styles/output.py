"""Engine HTML fragments as text, HTML or Markdown."""

from __future__ import annotations

import functools
import html
import re
import unicodedata

__all__ = ["render"]

_TAG = re.compile(r"(<[^>]+>)")
# what Markdown (CommonMark) would read as markup or raw HTML in plain text: backslash-escaped
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


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
    return f"<sup>{html.escape(_superscripts()[match.group()])}</sup>"


def render(fragment: str, output: str) -> str:
    """An engine HTML fragment as text, HTML or Markdown (text escaped where Markdown would
    read it as markup: no raw ``<script>`` from a title)."""
    if output == "html":
        return _superscript_pattern().sub(_superscript, fragment)  # 1ᵉʳ: 1<sup>e</sup><sup>r</sup>
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
