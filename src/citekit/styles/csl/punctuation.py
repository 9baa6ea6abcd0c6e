"""A finished fragment tidied: the locale's quotes, punctuation moved into them or merged where
two marks meet, emphasis flip-flopping inside emphasis.
"""

from __future__ import annotations

import re

from citekit.styles.csl.model import _MARK_CLASS
from citekit.styles.csl.richtext import _CLOSE_QUOTE, _OPEN_QUOTE
from citekit.styles.locale import CslLocale

_CLOSING_TAGS = r"((?:</[a-z]+>|[" + _MARK_CLASS + r"])*)"


def _tidy(fragment: str, locale: CslLocale) -> str:
    """The finished fragment: the locale's quotes, punctuation moved into them where the
    locale says so, doubled punctuation and spaces merged ("ed.." -> "ed.")."""
    if locale.punctuation_in_quote:
        fragment = re.sub(_CLOSE_QUOTE + _CLOSING_TAGS + r"([.,])", _CLOSE_QUOTE_MOVE, fragment)
    fragment = fragment.replace(_OPEN_QUOTE, locale.term("open-quote") or "“")
    fragment = fragment.replace(_CLOSE_QUOTE, locale.term("close-quote") or "”")
    if (locale.term("open-quote") or "“") == "“":
        fragment = _alternate_quotes(fragment)
    # punctuation meeting punctuation ("ed.." -> "ed.", "Why?." -> "Why?"), by citeproc-js's
    # table; an ellipsis ("Дис. ... канд.") stays whole
    fragment = _PUNCT_PAIR.sub(_merge_punctuation, fragment)
    # a title ending in "?", "!", "." or an ellipsis, closed by a quote, takes no more:
    # “Niye Değiştirir?”, not “Niye Değiştirir?”.
    fragment = _QUOTED_PUNCT.sub(_merge_quoted, fragment)
    fragment = re.sub(r"(?<!\.)(…|\.\.\.)" + _CLOSING_TAGS + r"\.(?!\.)", r"\1\2", fragment)
    return _flipflop(re.sub(r" ((?:[" + _MARK_CLASS + r"])*) +", r" \1", fragment))


_FLIP_TAG = re.compile(r"<(/?)(i|b|span)(\s[^>]*)?>")
_FLIPS = {
    "<i>": ("italic", '<span style="font-style:normal;">'),
    "<b>": ("bold", '<span style="font-weight:normal;">'),
    '<span style="font-variant:small-caps;">': (
        "small-caps",
        '<span style="font-variant:normal;">',
    ),
}


def _flipflop(fragment: str) -> str:
    """Emphasis inside the same emphasis turns back to normal ("<i>Lessard <span
    style="font-style:normal;">v.</span> Schmidt</i>"), and inside that, emphasised again."""
    if fragment.count("<") < 4:
        return fragment  # one tag pair at most: nothing nested
    on: dict[str, bool] = {"italic": False, "bold": False, "small-caps": False}
    stack: list[tuple[str, str | None]] = []  # closing tag to write, and the state it ends
    out: list[str] = []
    pos = 0
    for match in _FLIP_TAG.finditer(fragment):
        out.append(fragment[pos : match.start()])
        pos = match.end()
        tag = match.group()
        if match.group(1):  # a closing tag
            if not stack:
                out.append(tag)
                continue
            closing, state = stack.pop()
            if state is not None:
                on[state] = not on[state]
            out.append(closing)
            continue
        flip = _FLIPS.get(tag)
        if flip is None:
            stack.append(("</span>" if match.group(2) == "span" else f"</{match.group(2)}>", None))
            out.append(tag)
            continue
        state, normal = flip
        if on[state]:
            out.append(normal)
            stack.append(("</span>", state))
        else:
            out.append(tag)
            stack.append((f"</{match.group(2)}>", state))
        on[state] = not on[state]
    out.append(fragment[pos:])
    return "".join(out)


# (what a field ends with, what comes next) -> what is written
_PUNCT_MERGE = {
    **{(a, b): a + b for a in ".,:;!?" for b in ".,:;!?"},
    (":", ":"): ":", (";", ":"): ";", ("!", ":"): "!", ("?", ":"): "?",
    (":", "."): ":", (".", "."): ".", (";", "."): ";", ("!", "."): "!", ("?", "."): "?",
    (";", ";"): ";",
    (":", "!"): "!", (";", "!"): "!", ("!", "!"): "!",
    (":", "?"): "?", (";", "?"): "?", ("?", "?"): "?",
    (",", ","): ",",
}  # fmt: skip
_PUNCT_PAIR = re.compile(
    r"(?<![.])([.,:;!?])((?:</[a-z]+>|[" + _MARK_CLASS + r"])*)([.,:;!?])(?![.])"
)


_QUOTED_PUNCT = re.compile(
    r"([.!?…])"
    + _CLOSING_TAGS
    + r"([”’»›\"]+)"
    + _CLOSING_TAGS.replace("(", "(?P<after>", 1)
    + r"([.,:;!?])(?![.])"
)


def _merge_quoted(match: re.Match[str]) -> str:
    """Punctuation after a closing quote that closes on punctuation: merged by the table."""
    first = "." if match.group(1) == "…" else match.group(1)
    if _PUNCT_MERGE[(first, match.group(5))] == first:
        return match.group(0)[: -len(match.group(5))]
    return match.group(0)


def _merge_punctuation(match: re.Match[str]) -> str:
    first, tags, second = match.group(1), match.group(2), match.group(3)
    merged = _PUNCT_MERGE[(first, second)]
    if merged == first:
        return first + tags
    if merged == second:
        return tags + second if first in ":;" else first + tags
    return first + tags + second


def _CLOSE_QUOTE_MOVE(match: re.Match[str]) -> str:
    return match.group(2) + _CLOSE_QUOTE + match.group(1)


def _alternate_quotes(text: str) -> str:
    """Quotes inside quotes alternate: “My ‘Amazing’ Title” (an apostrophe is left alone)."""
    out = []
    stack: list[str] = []
    for char in text:
        if char in "“‘":
            # the outermost quote stays as written; nested ones alternate from it
            outer = stack[0] if stack else char
            inner = "‘" if outer == "“" else "“"
            out.append(char if not stack else (inner if len(stack) % 2 else outer))
            stack.append(char)
        elif stack and (char == "”" or (char == "’" and stack[-1] == "‘")):
            stack.pop()
            outer = stack[0] if stack else ("“" if char == "”" else "‘")
            closing = {"“": "”", "‘": "’"}
            if not stack:
                out.append(char)
            else:
                out.append(
                    closing["‘" if outer == "“" else "“"] if len(stack) % 2 else closing[outer]
                )
        else:
            out.append(char)
    return "".join(out)
