"""The output: HTML fragments (text escaped, formatting as ``<i>``/``<b>``/``<span style=…>``),
affixes outside formatting as citeproc-js puts them, delimiters between parts; and the tree of
spans a finished fragment becomes (`rich_text`), which the renderers walk.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from enum import StrEnum

from attrs import frozen
from lxml import etree

from citekit.styles.csl.model import _MARK_CLASS


def _escape(text: str) -> str:
    if "&" not in text and "<" not in text and ">" not in text:
        return text  # most text: nothing to escape
    return text.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


_OPEN_QUOTE, _CLOSE_QUOTE = "\x01", "\x02"


# An element's formatting (the markup opening and closing a fragment), its escaped prefix and
# suffix and its display, worked out once: styles are read many times and never changed.
_WRAPS: dict[etree._Element, tuple[str, str, str, str, str]] = {}


def _wraps(el: etree._Element) -> tuple[str, str, str, str, str]:
    found = _WRAPS.get(el)
    if found is None:
        if len(_WRAPS) > 100_000:
            _WRAPS.clear()
        opening, closing = _formatted(el, "\x00").split("\x00")
        prefix, suffix = _escape(el.get("prefix", "")), _escape(el.get("suffix", ""))
        found = _WRAPS[el] = (opening, closing, prefix, suffix, el.get("display", ""))
    return found


def _format(el: etree._Element, fragment: str) -> str:
    if not fragment:
        return ""
    opening, closing, _prefix, _suffix, _display = _wraps(el)
    return opening + fragment + closing if opening else fragment


def _formatted(el: etree._Element, fragment: str) -> str:
    if el.get("quotes") == "true":
        fragment = f"{_OPEN_QUOTE}{fragment}{_CLOSE_QUOTE}"  # the locale's, in _tidy
    style = el.get("font-style")
    if style == "italic" or style == "oblique":
        fragment = f"<i>{fragment}</i>"
    if el.get("font-weight") == "bold":
        fragment = f"<b>{fragment}</b>"
    if el.get("font-variant") == "small-caps":
        fragment = f'<span style="font-variant:small-caps;">{fragment}</span>'
    for attribute, value in (("font-style", "normal"), ("font-weight", "normal")):
        if el.get(attribute) == value:  # back to normal inside emphasis, else nothing
            fragment = f'<span style="{attribute}:normal;">{fragment}</span>'
    if el.get("font-variant") == "normal":
        fragment = f'<span style="font-variant:normal;">{fragment}</span>'
    if el.get("text-decoration") == "underline":
        fragment = f'<span style="text-decoration:underline;">{fragment}</span>'
    align = el.get("vertical-align")
    if align == "sup":
        fragment = f"<sup>{fragment}</sup>"
    elif align == "sub":
        fragment = f"<sub>{fragment}</sub>"
    elif align == "baseline":
        fragment = f'<span style="baseline">{fragment}</span>'  # as citeproc-js writes it
    display = el.get("display")
    if display:
        fragment = f'<div class="csl-{display}">{fragment}</div>'
    return fragment


def _affix(el: etree._Element, fragment: str) -> str:
    if not fragment:
        return ""
    display = _wraps(el)[4]
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
        return _affix_text(layout, _closed(layout, fragment[: -len("</div>")])) + "</div>"
    return _affix_text(layout, _closed(layout, fragment))


def _closed(layout: etree._Element, fragment: str) -> str:
    """An entry whose last part closed with its period and a space that nothing followed
    (`Иванов И. ` of a heading `. `, an empty body's number `1. `) takes the layout's closing
    period as that one: `Иванов И.`, never `Иванов И. .`."""
    if layout.get("suffix", "").startswith(".") and re.search(r"\. +$", fragment):
        return fragment.rstrip(" ")
    return fragment


def _affix_text(el: etree._Element, fragment: str) -> str:
    _opening, _closing, prefix, suffix, _display = _wraps(el)
    return prefix + (_after(fragment, suffix) if suffix else fragment)


_ENDS_WITH_PERIOD = re.compile(r"\.(?:</[a-z]+>|[" + _MARK_CLASS + r"])*$")


def _after(fragment: str, following: str) -> str:
    """`following` written after the fragment: a period meeting the fragment's own closing
    period is one period ("ts." + ". " -> "ts. ", never "ts.. " or "ts... ")."""
    if following.startswith(".") and _ENDS_WITH_PERIOD.search(fragment):
        following = following[1:]
    return fragment + following


def _join(parts: Sequence[str], delimiter: str) -> str:
    if not delimiter:
        return "".join(parts)  # empty parts add nothing
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
    r"(<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<span class=\"no(?:case|decor)\">|"
    r"<span style=\"font-variant:\s*small-caps;?\">|</span>|<sc>|</sc>)"
)


def _typography(text: str) -> str:
    """Straight quotes and apostrophes as typographic ones (what citeproc-js writes)."""
    text = re.sub(r"(?<=\w)'(?=\w)|(?<=\w)'|'(?=\d\d\b)", "’", text)  # and ’09
    text = re.sub(r"'(?=\w)", "‘", text).replace("'", "’")
    text = re.sub(r'(^|[\s(\[—–-])"(?=\S)', "\\1“", text)
    return text.replace('"', "”")


# The output tree. The engine writes the HTML fragments above while it renders (its
# punctuation and casing rules read them); a finished entry becomes a tree of frozen spans once,
# and the renderers in `citekit.styles.backends` walk that tree.


class Format(StrEnum):
    """An inline formatting a span gives its text (the ``normal`` ones undo an outer one:
    CSL's flip-flop, an italic title inside an italic container title)."""

    ITALIC = "italic"
    BOLD = "bold"
    SMALL_CAPS = "small-caps"
    UNDERLINE = "underline"
    SUP = "sup"
    SUB = "sub"
    BASELINE = "baseline"  # vertical-align="baseline": back on the line inside sup or sub
    NORMAL_STYLE = "normal-style"
    NORMAL_WEIGHT = "normal-weight"
    NORMAL_VARIANT = "normal-variant"


class Display(StrEnum):
    """A CSL ``display`` block: its own line, a number in the margin, the rest beside it."""

    BLOCK = "block"
    LEFT_MARGIN = "left-margin"
    RIGHT_INLINE = "right-inline"
    INDENT = "indent"


@frozen
class Text:
    """Plain text, unescaped."""

    text: str


@frozen
class Span:
    """Children with one formatting, or none (the root of an entry, a ``nocase`` span)."""

    children: tuple[Node, ...] = ()
    format: Format | None = None


@frozen
class Block:
    """Children shown as a CSL display block."""

    children: tuple[Node, ...]
    display: Display


Node = Text | Span | Block

_TAG = re.compile(r"<(/?)([a-z]+)((?:\s[^<>]*)?)>")
_TAG_FORMATS = {"i": Format.ITALIC, "b": Format.BOLD, "sup": Format.SUP, "sub": Format.SUB}
_TAG_FORMATS |= {"sc": Format.SMALL_CAPS}
_STYLE_FORMATS = {
    "font-style:italic": Format.ITALIC,
    "font-style:oblique": Format.ITALIC,
    "font-style:normal": Format.NORMAL_STYLE,
    "font-weight:bold": Format.BOLD,
    "font-weight:normal": Format.NORMAL_WEIGHT,
    "font-variant:small-caps": Format.SMALL_CAPS,
    "font-variant:normal": Format.NORMAL_VARIANT,
    "text-decoration:underline": Format.UNDERLINE,
    "baseline": Format.BASELINE,  # citeproc-js writes style="baseline"
}
_MARKUP_TAGS = {*_TAG_FORMATS, "span", "div"}
_CLASS = re.compile(r'class="csl-([a-z-]+)"')
_STYLE = re.compile(r'style="([^"]*)"')


def _opened(name: str, attributes: str) -> Callable[[tuple[Node, ...]], Node] | None:
    """How the children of an opening tag become a node (None: the tag is not markup)."""
    if name in _TAG_FORMATS:
        return lambda children: Span(children, _TAG_FORMATS[name])
    if name == "div":
        found = _CLASS.search(attributes)
        if found and found[1] in Display.__members__.values():
            return lambda children: Block(children, Display(found[1]))
        return Span
    if name != "span":
        return None
    style = _STYLE.search(attributes)
    declared = re.sub(r"\s+", "", style[1]).rstrip(";") if style else ""
    wanted = _STYLE_FORMATS.get(declared)
    return Span if wanted is None else lambda children: Span(children, wanted)


def rich_text(fragment: str) -> Span:
    """The engine's HTML fragment as a tree of spans (entities read; a stray closing tag
    dropped, an unclosed one closed at the end)."""
    stack: list[tuple[str, Callable[[tuple[Node, ...]], Node], list[Node]]] = [("", Span, [])]
    position = 0
    for match in _TAG.finditer(fragment):
        _add_text(stack[-1][2], fragment[position : match.start()])
        position = match.end()
        closing, name, attributes = match.groups()
        if closing and name not in _MARKUP_TAGS:
            _add_text(stack[-1][2], match.group(0))
            continue
        if closing:
            if any(open_name == name for open_name, _make, _children in stack[1:]):
                while True:
                    open_name, make, children = stack.pop()
                    stack[-1][2].append(make(tuple(children)))
                    if open_name == name:
                        break
            continue
        maker = _opened(name, attributes)
        if maker is None:
            _add_text(stack[-1][2], match.group(0))
        else:
            stack.append((name, maker, []))
    _add_text(stack[-1][2], fragment[position:])
    while len(stack) > 1:
        _name, make, children = stack.pop()
        stack[-1][2].append(make(tuple(children)))
    return Span(tuple(stack[0][2]))


def _add_text(children: list[Node], raw: str) -> None:
    if not raw:
        return
    if children and isinstance(children[-1], Text):
        children[-1] = Text(children[-1].text + html.unescape(raw))
    else:
        children.append(Text(html.unescape(raw)))
