"""The output: HTML fragments (text escaped, formatting as ``<i>``/``<b>``/``<span style=…>``),
affixes outside formatting as citeproc-js puts them, delimiters between parts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from lxml import etree

from citekit.styles.csl.model import _MARK_CLASS


def _escape(text: str) -> str:
    return (
        html.escape(text, quote=False)
        .replace("&amp;", "&#38;")
        .replace("&lt;", "&#60;")
        .replace("&gt;", "&#62;")
    )


_OPEN_QUOTE, _CLOSE_QUOTE = "\x01", "\x02"


def _format(el: etree._Element, fragment: str) -> str:
    if not fragment:
        return ""
    if el.get("quotes") == "true":
        fragment = f"{_OPEN_QUOTE}{fragment}{_CLOSE_QUOTE}"  # the locale's, in _tidy
    style = el.get("font-style")
    if style == "italic" or style == "oblique":
        fragment = f"<i>{fragment}</i>"
    if el.get("font-weight") == "bold":
        fragment = f"<b>{fragment}</b>"
    if el.get("font-variant") == "small-caps":
        fragment = f'<span style="font-variant:small-caps;">{fragment}</span>'
    if el.get("text-decoration") == "underline":
        fragment = f'<span style="text-decoration:underline;">{fragment}</span>'
    align = el.get("vertical-align")
    if align == "sup":
        fragment = f"<sup>{fragment}</sup>"
    elif align == "sub":
        fragment = f"<sub>{fragment}</sub>"
    display = el.get("display")
    if display:
        fragment = f'<div class="csl-{display}">{fragment}</div>'
    return fragment


def _affix(el: etree._Element, fragment: str) -> str:
    if not fragment:
        return ""
    display = el.get("display")
    opening = f'<div class="csl-{display}">'
    if display and fragment.startswith(opening) and fragment.endswith("</div>"):
        # a displayed part holds its own affixes, as citeproc-js writes it: "[1]" in the margin
        inner = fragment[len(opening) : -len("</div>")]
        return opening + _affix_text(el, inner) + "</div>"
    return _affix_text(el, fragment)


def _layout_affix(layout: etree._Element, fragment: str) -> str:
    """A layout's affixes: its suffix inside the entry's last displayed part, as citeproc-js
    writes it (``<div class="csl-right-inline">… Here.</div>``)."""
    if fragment.endswith("</div>") and re.search(r'<div class="csl-[a-z-]+">', fragment):
        return _affix_text(layout, fragment[: -len("</div>")]) + "</div>"
    return _affix_text(layout, fragment)


def _affix_text(el: etree._Element, fragment: str) -> str:
    return _escape(el.get("prefix", "")) + _after(fragment, _escape(el.get("suffix", "")))


_ENDS_WITH_PERIOD = re.compile(r"\.(?:</[a-z]+>|[" + _MARK_CLASS + r"])*$")


def _after(fragment: str, following: str) -> str:
    """`following` written after the fragment: a period meeting the fragment's own closing
    period is one period ("ts." + ". " -> "ts. ", never "ts.. " or "ts... ")."""
    if following.startswith(".") and _ENDS_WITH_PERIOD.search(fragment):
        following = following[1:]
    return fragment + following


def _join(parts: Sequence[str], delimiter: str) -> str:
    shown = [p for p in parts if p]
    if not delimiter.startswith(".") or len(shown) < 2:
        return _escape(delimiter).join(shown)
    glue = _escape(delimiter)
    out = shown[0]
    for part in shown[1:]:
        out = _after(out, glue) + part
    return out


# Markup CSL-JSON fields may carry (citeproc-js "rich text"): kept, never escaped.
_MARKUP = re.compile(
    r"(<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<span class=\"nocase\">|"
    r"<span style=\"font-variant:\s*small-caps;?\">|</span>|<sc>|</sc>)"
)


def _typography(text: str) -> str:
    """Straight quotes and apostrophes as typographic ones (what citeproc-js writes)."""
    text = re.sub(r"(?<=\w)'(?=\w)|(?<=\w)'|'(?=\d\d\b)", "’", text)  # and ’09
    text = re.sub(r"'(?=\w)", "‘", text).replace("'", "’")
    text = re.sub(r'(^|[\s(\[—–-])"(?=\S)', "\\1“", text)
    return text.replace('"', "”")
