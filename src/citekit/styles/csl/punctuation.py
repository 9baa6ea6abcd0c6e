"""A finished fragment tidied: the locale's quotes, punctuation moved into them or merged where
two marks meet, emphasis flip-flopping inside emphasis.
"""

from __future__ import annotations

import re

from citekit.styles.csl.model import _MARK_CLASS
from citekit.styles.csl.richtext import _CLOSE_QUOTE, _MARKUP, _OPEN_QUOTE
from citekit.styles.locale import CslLocale

_CLOSING_TAGS = r"((?:</[a-z]+>|[" + _MARK_CLASS + r"])*)"


def _tidy(fragment: str, locale: CslLocale) -> str:
    """The finished fragment: the locale's quotes, punctuation moved into them where the
    locale says so, doubled punctuation and spaces merged ("ed.." -> "ed.")."""
    fragment = fragment.replace("\x0f", "")  # the end of an entry's first names (names.py)
    if locale.punctuation_in_quote:
        # marks that meet merge first ("”:" + "?" is "?"), then go in: “Why?” (citeproc-js)
        fragment = _PUNCT_PAIR.sub(_merge_punctuation, fragment)
        for _ in range(fragment.count(_CLOSE_QUOTE)):  # into each of nested quotes: ‘The One.’”
            moved = re.sub(_CLOSE_QUOTE + _CLOSING_TAGS + r"([.,!?]+)", _CLOSE_QUOTE_MOVE, fragment)
            if moved == fragment:
                break
            fragment = moved
    fragment = fragment.replace(_KEEP_PUNCTUATION, "").replace(_ORPHAN, '"')
    fragment = _nested_quotes(fragment, locale)
    if (locale.term("open-quote") or "“") == "“":
        fragment = _alternate_quotes(fragment)
    # punctuation meeting punctuation ("ed.." -> "ed.", "Why?." -> "Why?"), by citeproc-js's
    # table; an ellipsis ("Дис. ... канд.") stays whole
    fragment = _PUNCT_PAIR.sub(_merge_punctuation, fragment)
    # a title ending in "?", "!", "." or an ellipsis, closed by a quote, takes no more:
    # “Niye Değiştirir?”, not “Niye Değiştirir?”.
    fragment = _QUOTED_PUNCT.sub(_merge_quoted, fragment)
    fragment = re.sub(r"(?<!\.)(…|\.\.\.)" + _CLOSING_TAGS + r"\.(?!\.)", r"\1\2", fragment)
    fragment = fragment.replace(VERBATIM, "")
    return _flipflop(re.sub(r" ((?:[" + _MARK_CLASS + r"])*) +", r" \1", fragment))


VERBATIM = "\x0e"  # between two marks of an address (render.py): they are not merged


_KEEP_PUNCTUATION = "\x05"  # between a field's own closing quote and its own comma: stays
_ORPHAN = "\x06"  # a double quote that pairs with none: written straight


def _nested_quotes(fragment: str, locale: CslLocale) -> str:
    """Quote marks by depth: the locale's quotes outside, its inner quotes one level in, and
    so on alternating ("“This is ‘The One’”", French "« Life’s “Little” Surprises »")."""
    if _OPEN_QUOTE not in fragment and _OPEN_GUILLEMET not in fragment:
        return fragment
    outer = (locale.term("open-quote") or "“", locale.term("close-quote") or "”")
    inner = (locale.term("open-inner-quote") or "‘", locale.term("close-inner-quote") or "’")
    depth = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal depth
        found = match.group()
        if found in (_OPEN_QUOTE, _OPEN_GUILLEMET):
            depth += 1
            return "«" if found == _OPEN_GUILLEMET else (inner if (depth - 1) % 2 else outer)[0]
        depth = max(depth - 1, 0)
        return "»" if found == _CLOSE_GUILLEMET else (inner if depth % 2 else outer)[1]

    return _QUOTE_MARKS.sub(mark, fragment)


_QUOTE_CHARS = re.compile("[\"'“”„«]")
_QUOTE_MARKS = re.compile("[\x01\x02\x11\x12]")
_QUOTE_KINDS = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»"}
# a field's own «…»: kept as written, but what it holds is quoted one level deeper
_OPEN_GUILLEMET, _CLOSE_GUILLEMET = "\x11", "\x12"
_OPENS_AFTER = set(" \t\n\u00a0\u202f([{-–—/\"'“„«") | {_OPEN_QUOTE}
_CLOSES_BEFORE = set(" \t\n\u00a0\u202f.,;:!?)]}-–—/\"'”»") | {_CLOSE_QUOTE}


def _pair_quotes(text: str) -> str:
    """A field's quotation marks that pair up ('…', "…", “…”) as quote marks the style writes
    by depth (`_nested_quotes`); an apostrophe ("You're", "Jones'"), a quote that pairs with
    none and typographic single quotes (‘…’, as citeproc-js) are left as written. Markup
    between counts as nothing."""
    if not _QUOTE_CHARS.search(text):
        return text
    pieces = _MARKUP.split(text)
    spots = [
        (n, i)
        for n, piece in enumerate(pieces)
        if n % 2 == 0
        for i, char in enumerate(piece)
        if char in "\"'“”„«»"
    ]
    if not spots:
        return text
    visible = "".join(pieces[::2])
    offsets, total = [], 0
    for n in range(0, len(pieces), 2):
        offsets.append(total)
        total += len(pieces[n])
    stack: list[tuple[str, int]] = []  # the closing mark awaited, where its opening is
    pairs: dict[int, str] = {}
    for k, (n, i) in enumerate(spots):
        at = offsets[n // 2] + i
        char = visible[at]
        left = visible[at - 1] if at else " "
        right = visible[at + 1] if at + 1 < len(visible) else " "
        closing = [w for w, _ in stack]
        closes = right in _CLOSES_BEFORE and (char in "”»" or left not in " \t\n\u00a0")
        if char in closing and closes:
            while stack and stack[-1][0] != char:
                stack.pop()  # a quote opened inside and never closed: left as written
            guillemet = char == "»"  # written as it is, but a level deeper inside
            pairs[stack.pop()[1]] = _OPEN_GUILLEMET if guillemet else _OPEN_QUOTE
            pairs[k] = _CLOSE_GUILLEMET if guillemet else _CLOSE_QUOTE
        elif char in ("“", "„", "«") or (
            char in "\"'" and left in _OPENS_AFTER and right not in (" \t\n\u00a0" + char)
        ):
            stack.append((_QUOTE_KINDS[char], k))
    for k in range(len(spots) - 1, -1, -1):
        n, i = spots[k]
        piece = pieces[n]
        mark = pairs.get(k, _ORPHAN if piece[i] == '"' else piece[i])
        if mark == _CLOSE_QUOTE and piece[i + 1 : i + 2] in (",", "."):
            mark += _KEEP_PUNCTUATION  # the field's own "…", stays outside
        pieces[n] = piece[:i] + mark + piece[i + 1 :]
    return "".join(pieces)


_FLIP_TAG = re.compile(r"<(/?)(i|b|span)(\s[^>]*)?>")
_FLIPS = {
    "<i>": ("italic", '<span style="font-style:normal;">'),
    "<b>": ("bold", '<span style="font-weight:normal;">'),
    '<span style="font-variant:small-caps;">': (
        "small-caps",
        '<span style="font-variant:normal;">',
    ),
}


_FLIPS_BY_STATE = dict(_FLIPS.values())
_NORMALS = {normal: state for state, normal in _FLIPS.values()}
_NODECOR = '<span class="nodecor">'


def _flipflop(fragment: str) -> str:
    """Emphasis inside the same emphasis turns back to normal ("<i>Lessard <span
    style="font-style:normal;">v.</span> Schmidt</i>"), and inside that, emphasised again; a
    style's "normal" where nothing is emphasised, or field markup ``<span class="nodecor">``
    where nothing is, writes nothing."""
    if fragment.count("<") < 4 and "normal;" not in fragment and "nodecor" not in fragment:
        return fragment  # one tag pair at most: nothing nested
    on: dict[str, bool] = {"italic": False, "bold": False, "small-caps": False}
    stack: list[tuple[str, tuple[str, ...]]] = []  # closing tag to write, the states it ends
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
            closing, states = stack.pop()
            for state in states:
                on[state] = not on[state]
            out.append(closing)
            continue
        if tag == _NODECOR or tag in _NORMALS:
            wanted = [s for s in on if on[s]] if tag == _NODECOR else [_NORMALS[tag]]
            states = tuple(s for s in wanted if on[s])
            out.extend(_FLIPS_BY_STATE[s] for s in states)
            stack.append(("</span>" * len(states), states))
            for state in states:
                on[state] = False
            continue
        flip = _FLIPS.get(tag)
        if flip is None:
            stack.append(("</span>" if match.group(2) == "span" else f"</{match.group(2)}>", ()))
            out.append(tag)
            continue
        state, normal = flip
        if on[state]:
            out.append(normal)
            stack.append(("</span>", (state,)))
        else:
            out.append(tag)
            stack.append((f"</{match.group(2)}>", (state,)))
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
_PUNCT_PAIR = re.compile(  # an escape's own ";" ("&#62;" of "<https://…>.") is no punctuation
    r"(?<![.])(?<!&#\d\d)(?<!&#\d\d\d)([.,:;!?])((?:</[a-z]+>|[" + _MARK_CLASS + r"])*)"
    r"([.,:;!?])(?![.])"
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


_ENTITY_START = re.compile(r"&#?\w+$")


def _merge_punctuation(match: re.Match[str]) -> str:
    first, tags, second = match.group(1), match.group(2), match.group(3)
    before = match.string[max(0, match.start() - 10) : match.start()]
    if first == ";" and _ENTITY_START.search(before):
        return match.group(0)  # the end of an entity ("&#62;."), not a semicolon
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
