"""The CSL 1.0.2 engine: a style's layout applied to CSL-JSON items, as HTML fragments.

Rendering walks the style's element tree for each item. Each rendering element yields an HTML
fragment (text escaped, formatting as ``<i>``/``<b>``/``<span style=…>``); affixes sit outside
formatting, as citeproc-js puts them. A group whose variables all came out empty disappears.
`citekit.styles.render` turns the fragments into text, HTML or Markdown.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from babel import UnknownLocaleError
from babel.dates import get_month_names
from lxml import etree

from citekit.dates import parse_date
from citekit.languages import available_languages, language
from citekit.model import LabelledSpan, LabelledText
from citekit.styles.locale import (
    _DEFAULT_REGION,
    NS,
    CslLocale,
    StyleError,
    available_locales,
    known_locale,
    load_locale,
    localname,
)
from citekit.styles.output import render

__all__ = ["Cite", "Registry", "Style"]

_NAME_VARIABLES = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "executive-producer",
        "guest",
        "host",
        "interviewer",
        "illustrator",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
        "editortranslator",
    ]
)
_DATE_VARIABLES = frozenset(
    ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]
)
_NUMERIC = re.compile(
    r"^\s*[a-zA-Z]*\d+[a-zA-Z]*(?:\s*(?:[-–,&]|and)\s*[a-zA-Z]*\d+[a-zA-Z]*)*\s*$"
)
_PLURAL = re.compile(r"\d\s*(?:[-–,&]|and)\s*\d")
_NUMBERS = re.compile(r"\d+")


def _plural(value: str, locale: CslLocale) -> bool:
    """Whether a locator or page names more than one: two numbers joined by a range, a comma,
    "&" or the locale's "and" ("213 et 235", "S213-S235", "213, and 235")."""
    if _PLURAL.search(value) or _ROMAN_RANGE.search(value):
        return True
    if len(_NUMBERS.findall(value)) < 2:
        return False
    joiners = [
        "-",
        "–",
        ",",
        "&",
        "and",
        locale.term("and") or "",
        locale.term("and", "symbol") or "",
    ]
    return any(j and j in value for j in joiners)


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_INHERITABLE = frozenset(
    [
        "and",
        "delimiter-precedes-et-al",
        "delimiter-precedes-last",
        "et-al-min",
        "et-al-use-first",
        "et-al-use-last",
        "et-al-subsequent-min",
        "et-al-subsequent-use-first",
        "initialize",
        "initialize-with",
        "name-as-sort-order",
        "sort-separator",
        "name-form",
        "name-delimiter",
        "names-delimiter",
    ]
)
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "so",
        "the",
        "till",
        "to",
        "up",
        "via",
        "with",
        "yet",
    ]
)


class Cite:
    """One item cited, with where it is cited from."""

    def __init__(
        self,
        item: Mapping[str, Any],
        *,
        locator: str | None = None,
        label: str | None = None,
        position: str = "first",
        prefix: str = "",
        suffix: str = "",
        first_note: int | None = None,
    ) -> None:
        self.item = item
        self.first_note = first_note  # the note that first cited the item (note styles)
        self.locator = locator
        self.label = label or ("page" if locator else None)
        self.position = position
        self.prefix = prefix
        self.suffix = suffix


class Registry:
    """What one bibliography or notes run knows of its items, made by `Style.register`:
    citation numbers, year suffixes and the names shown to tell cites apart. A style keeps
    none of it, so two runs with one style never meet."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.suffixes: dict[str, str] = {}
        self.more_names: dict[str, int] = {}
        self.given: set[str] = set()
        self.flagged: set[str] = set()  # cites alike after names: disambiguate="true"
        self.expand: dict[tuple[str, str], int] = {}  # (family, given): 1 initials, 2 full
        self.given_names: dict[str, set[tuple[str, str]]] = {}  # by cite: names to expand
        self.full_given: set[str] = set()  # by cite: initials were not enough
        # sort keys of the registered items, per sort and mode: made once, not for each pass
        self.sort_keys: dict[
            tuple[Any, ...], dict[int, tuple[Mapping[str, Any], list[tuple[int, Any]]]]
        ] = {}

    def citation_number(self, item: Mapping[str, Any]) -> int | None:
        """The item's number: its place in the order registered, or in the sorted list."""
        return self.numbers.get(str(item.get("id")))

    def year_suffix(self, item: Mapping[str, Any]) -> str | None:
        """The year suffix ("a", "b", …) the item was given, if any."""
        return self.suffixes.get(str(item.get("id")))


class _Ctx:
    def __init__(
        self, style: Style, cite: Cite, mode: str, options: dict[str, str], run: Registry
    ) -> None:
        self.style = style
        self.run = run
        self.cite = cite
        self.item = cite.item
        self.mode = mode
        self.options = options
        self.called = 0
        self.rendered = 0
        self.substituted: set[str] = set()
        self.recording: set[str] | None = None  # variables read while a substitute renders
        self.sorting = False
        self.skip_names = False  # render all but the first <names> (collapsed cites)
        self.names_seen = False
        self.first_names: str | None = None  # what the first <names> rendered
        self.locale = style.locale
        self.language = str(self.item.get("language") or style.lang)
        self.english = self.language.lower().startswith("en")
        self.marks: list[str] | None = None  # labels of the variables marked (render_labelled)
        self.name_variable = ""  # the names variable being rendered, for its marks

    def mark(self, label: str, fragment: str) -> str:
        """The fragment between the marks of the variable that wrote it, when instrumenting."""
        if self.marks is None or not fragment:
            return fragment
        if label not in self.marks:
            if len(self.marks) >= _MARK_END_CODE - _MARK_BASE:
                return fragment
            self.marks.append(label)
        return chr(_MARK_BASE + self.marks.index(label)) + fragment + _MARK_END

    def peek(self, variable: str) -> Any:
        """The variable's value for a condition: reading it is not rendering it."""
        recording, self.recording = self.recording, None
        try:
            return self.value(variable)
        finally:
            self.recording = recording

    def value(self, variable: str) -> Any:
        if variable == "locator":
            return self.cite.locator
        if variable == "first-reference-note-number":
            return self.cite.first_note
        if variable == "year-suffix":
            return self.run.year_suffix(self.item)
        if variable == "citation-number":
            return self.run.citation_number(self.item)
        if variable in self.substituted:
            return None
        value = self.item.get(variable)
        if value is None and variable == "container-title-short":
            value = self.item.get("journalAbbreviation")  # Zotero's name for it
        if self.recording is not None and value not in (None, "", []):
            self.recording.add(variable)
        return value


# Instrumented rendering (`Style.render_labelled`) writes each variable's output between marks
# from the supplementary private use area: an opening mark (which variable) and a closing one.
# The finishing regexes (punctuation, quotes, spaces) look through them as through tags.
_MARK_BASE = 0x100000
_MARK_END_CODE = 0x10FFFD
_MARK_END = chr(_MARK_END_CODE)
_MARK_CLASS = "\U00100000-\U0010fffd"
_MARKS = re.compile(f"[{_MARK_CLASS}]")


def _labelled(text: str, labels: Sequence[str]) -> LabelledText:
    """Text with marks as plain text and spans: the innermost variable wins, and spans are
    trimmed of the spaces at their edges."""
    out: list[str] = []
    stack: list[int] = []  # indexes of the open marks, into `opened`
    opened: list[str] = []
    runs: list[list[Any]] = []  # [start, end, label, mark index]
    for char in text:
        code = ord(char)
        if code == _MARK_END_CODE:
            if stack:
                stack.pop()
            continue
        if _MARK_BASE <= code < _MARK_END_CODE:
            index = code - _MARK_BASE
            opened.append(labels[index] if index < len(labels) else "")
            stack.append(len(opened) - 1)
            continue
        at = len(out)
        out.append(char)
        if not stack or not opened[stack[-1]]:
            continue
        if runs and runs[-1][1] == at and runs[-1][3] == stack[-1]:
            runs[-1][1] = at + 1
        else:
            runs.append([at, at + 1, opened[stack[-1]], stack[-1]])
    plain = "".join(out)
    spans = []
    for start, end, label, _mark in runs:
        while start < end and plain[start].isspace():
            start += 1
        while end > start and plain[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(LabelledSpan(start, end, label))
    return LabelledText(plain, tuple(spans))


# Styles are read many times and never changed: an element's attributes and children are
# worked out once. The caches hold the elements, so lxml hands back the same objects.
_ATTRS: dict[etree._Element, dict[str, str]] = {}
_CHILDREN: dict[etree._Element, list[etree._Element]] = {}
_CACHED = 200_000  # elements; a program reading style after style starts again past this


def _attrs(el: etree._Element) -> dict[str, str]:
    """An element's attributes as plain strings (do not change the dict)."""
    found = _ATTRS.get(el)
    if found is None:
        if len(_ATTRS) > _CACHED:
            _ATTRS.clear()
        found = _ATTRS[el] = {str(k): str(v) for k, v in el.attrib.items()}
    return found


def _elements(parent: etree._Element) -> list[etree._Element]:
    """The child elements (comments and processing instructions left out)."""
    found = _CHILDREN.get(parent)
    if found is None:
        if len(_CHILDREN) > _CACHED:
            _CHILDREN.clear()
        # comments, PIs: their tags are functions
        found = _CHILDREN[parent] = [child for child in parent if not callable(child.tag)]
    return found


def _escape(text: str) -> str:
    return (
        html.escape(text, quote=False)
        .replace("&amp;", "&#38;")
        .replace("&lt;", "&#60;")
        .replace("&gt;", "&#62;")
    )


def _dotted(lang: str) -> bool:
    """Whether the language writes dotted İ and dotless ı (its data says `dotted_i`)."""
    code = lang.split("-")[0].lower()
    return code in available_languages() and language(code).dotted_i


def _upper(text: str, lang: str) -> str:
    """Upper case by the language's rules: Turkish i -> İ, ı -> I."""
    if _dotted(lang):
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def _lower(text: str, lang: str) -> str:
    """Lower case by the language's rules: Turkish İ -> i, I -> ı."""
    if _dotted(lang):
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def _case(text: str, mode: str | None, lang: str) -> str:
    if not mode or not text:
        return text
    if mode == "lowercase":
        return _lower(text, lang)
    if mode == "uppercase":
        return _upper(text, lang)
    if mode == "capitalize-first":
        return _upper(text[:1], lang) + text[1:]
    if mode == "capitalize-all":
        return " ".join(_upper(w[:1], lang) + w[1:] for w in text.split(" "))
    if mode == "sentence":
        return _sentence(text, first=True)
    if mode == "title":
        return _title_case(text) if lang.startswith("en") else text
    return text


_TITLE_PIECES = re.compile(r"([\s\u00a0/–—-]+)")


def _title_case(text: str) -> str:
    """English title case as citeproc-js writes it (see `_title_word`)."""
    piece = _TitleText(text, False)
    _title_case_pieces([piece], "en")
    return piece.text


def _title_word(word: str, opening: bool, last: bool, after_hyphen: bool) -> str:
    """One word of an English title: capitalised but for stop words inside a title ("of",
    "a"), which open it or a subtitle ("…: A Second Story") all the same; words with capitals
    of their own ("iPad", "UK") and words not opening with a Latin letter ("β", "07-x") as
    written; after a hyphen, a stop word or a single letter stays ("Out-of-Fashion")."""
    lead = len(word) - len(word.lstrip("“‘\"'([¿¡"))
    core = word[lead:]
    bare = core.rstrip(".,:;?!”’\"')]").lower()
    if any(c.isupper() for c in core[1:]) or not (core[:1].isascii() and core[:1].isalpha()):
        return word
    if after_hyphen and (bare in _STOP_WORDS or len(bare) == 1):
        return word
    if bare in _STOP_WORDS and not opening and not last and not lead:
        return word
    return word[:lead] + core[:1].upper() + core[1:]


def _sentence(text: str, *, first: bool) -> str:
    """Sentence case: a capital to start, words written as Title-case words lowered; acronyms
    and other inner capitals stay."""
    words = text.split(" ")
    out = []
    for word in words:
        if word[1:].islower() and word[:1].isupper():
            word = word.lower()
        out.append(word)
    result = " ".join(out)
    return result[:1].upper() + result[1:] if first else result


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


_OPEN_QUOTE, _CLOSE_QUOTE = "\x01", "\x02"
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


def _affix(el: etree._Element, fragment: str) -> str:
    if not fragment:
        return ""
    return _escape(el.get("prefix", "")) + _after(fragment, _escape(el.get("suffix", "")))


_ENDS_WITH_PERIOD = re.compile(r"\.(?:</[a-z]+>|[" + _MARK_CLASS + r"])*$")


def _after(fragment: str, following: str) -> str:
    """`following` written after the fragment: a period meeting the fragment's own closing
    period is one period ("ts." + ". " -> "ts. ", never "ts.. " or "ts... ")."""
    if following.startswith(".") and _ENDS_WITH_PERIOD.search(fragment):
        following = following[1:]
    return fragment + following


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


def _rich(text: str, case: str | None, lang: str, strip: bool) -> str:
    """Field text with its own markup kept, the rest escaped and cased (not inside nocase)."""
    out = []
    nocase = 0
    spans: list[str] = []
    first = True
    for piece in _MARKUP.split(text):
        if not piece:
            continue
        if _MARKUP.fullmatch(piece):
            if piece == "<sc>":
                piece = '<span style="font-variant:small-caps;">'
            elif piece == "</sc>":
                piece = "</span>"
            if piece.startswith("<span"):
                spans.append(piece)
                nocase += 1  # nocase, and small caps: both keep their own case
                if "nocase" in piece:
                    continue
            elif piece == "</span>" and spans:
                opened = spans.pop()
                nocase -= 1
                if "nocase" in opened:
                    continue
            elif piece in ("<sup>", "<sub>"):
                nocase += 1
            elif piece in ("</sup>", "</sub>"):
                nocase -= 1
            out.append(piece)
            continue
        if strip:
            piece = piece.replace(".", "")
        if case == "title":
            out.append(_TitleText(piece, bool(nocase)))  # cased below, as one title
            continue
        if not nocase and case == "sentence":
            piece = _sentence(piece, first=first)
        elif not nocase and case and (first or case != "capitalize-first"):
            piece = _case(piece, case, lang)
        first = False
        out.append(_escape(_typography(piece)))
    if case == "title":
        _title_case_pieces([p for p in out if isinstance(p, _TitleText)], lang)
        return "".join(
            _escape(_typography(p.text)) if isinstance(p, _TitleText) else p for p in out
        )
    return "".join(out)


class _TitleText:
    """A run of field text between markup, title-cased with the rest of its title."""

    __slots__ = ("keep", "text")

    def __init__(self, text: str, keep: bool) -> None:
        self.text, self.keep = text, keep


def _title_case_pieces(pieces: list[_TitleText], lang: str) -> None:
    """Title case across the runs of one title (markup between them), nocase runs kept."""
    if not lang.startswith("en") or not pieces:
        return
    split = [_TITLE_PIECES.split(p.text) for p in pieces]
    words = [(n, i) for n, parts in enumerate(split) for i in range(0, len(parts), 2) if parts[i]]
    last = words[-1] if words else None
    opening = True
    for n, parts in enumerate(split):
        for i in range(0, len(parts), 2):
            word = parts[i]
            if not word:
                continue
            after_hyphen = i > 0 and parts[i - 1] == "-"
            if not pieces[n].keep:
                parts[i] = _title_word(word, opening, (n, i) == last, after_hyphen)
            core = word.rstrip("”’\"')]")
            opening = core[-1:] in (":", "?", "!")
        pieces[n].text = "".join(parts)


def _plain_text(
    el: etree._Element, text: str, ctx: _Ctx, *, term: bool = False, label: str = ""
) -> str:
    """A piece of text through text-case, strip-periods, escaping, formatting, affixes.

    A `term` is in the locale's language and cased by its rules ("içinde" -> "İçinde" in
    Turkish, "in" -> "In" in English whatever the item's language); item text by the item's.
    """
    if not text:
        return ""
    case = el.get("text-case")
    lang = ctx.locale.lang if term else ctx.language
    if case == "title" and not lang.lower().startswith("en"):
        # CSL: title case only for English; a term of another language still opens with a
        # capital, as citeproc-js writes it ("(Ред.)")
        case = "capitalize-first" if term else None
    rich = _rich(text, case, lang, el.get("strip-periods") == "true")
    if label:
        rich = ctx.mark(label, rich)
    return _affix(el, _format(el, rich))


def _join(parts: Sequence[str], delimiter: str) -> str:
    shown = [p for p in parts if p]
    if not delimiter.startswith(".") or len(shown) < 2:
        return _escape(delimiter).join(shown)
    glue = _escape(delimiter)
    out = shown[0]
    for part in shown[1:]:
        out = _after(out, glue) + part
    return out


class Style:
    """A parsed CSL style, reusable for any number of items."""

    def __init__(
        self,
        source: str | bytes,
        *,
        name: str = "<style>",
        lang: str | None = None,
        item_terms: bool | None = None,
    ) -> None:
        """Parse a style. `item_terms`: each item's terms ("et al.", "P.") in its own language
        when citekit has a locale for it; by default only for GOST styles, whose standard
        describes every source in its language."""
        try:
            root = etree.fromstring(source.encode() if isinstance(source, str) else source)
        except etree.XMLSyntaxError as exc:
            raise StyleError(name, f"not valid XML: {exc}") from exc
        if localname(root) != "style":
            raise StyleError(name, f"the root element is <{localname(root)}>, not <style>")
        self.name = name
        _inherit_substitutes(root)
        self.root = root
        if lang is not None:
            known = known_locale(lang)
            if known is None:
                locales = ", ".join(available_locales())
                raise StyleError(name, f"unknown locale {lang!r} (known: {locales})")
            lang = known
        self.lang = lang or _style_language(root)
        self.locale: CslLocale = load_locale(self.lang, root.findall(f"{NS}locale"))
        self.macros = {m.get("name", ""): m for m in root.findall(f"{NS}macro")}
        self.citation = root.find(f"{NS}citation")
        self.bibliography = root.find(f"{NS}bibliography")
        self.demote = root.get("demote-non-dropping-particle", "display-and-sort")
        self.page_range_format = root.get("page-range-format")
        title = root.findtext(f"{NS}info/{NS}title") or ""
        self.item_terms = ("GOST" in title or "ГОСТ" in title) if item_terms is None else item_terms
        self._given_rule = (
            self.citation.get("givenname-disambiguation-rule", "by-cite")
            if self.citation is not None
            else "by-cite"
        )
        self._uses_condition = any(
            el.get("disambiguate") == "true" for el in root.iter(f"{NS}if", f"{NS}else-if")
        )
        self._locales: dict[str, CslLocale] = {}
        self._explicit_suffix = any(
            el.get("variable") == "year-suffix" for el in root.iter(f"{NS}text")
        )
        if self.citation is None:
            raise StyleError(name, "no <citation> element")
        self._dispatch: dict[str, Callable[[etree._Element, _Ctx], str]] = {
            "text": self._text,
            "group": self._group,
            "choose": self._choose,
            "names": self._names,
            "date": self._date,
            "number": self._number,
            "label": self._label,
        }
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError(f"a Style does not change once read (setting {name!r})")
        super().__setattr__(name, value)

    # -- entry points -----------------------------------------------------------------
    def register(self, items: Sequence[Mapping[str, Any]]) -> Registry:
        """A new registry of every item of a document: citation numbers, and cites that would
        read alike made distinct (more names, then given names, then year suffixes, as the
        citation element allows). The style itself does not change."""
        run = Registry()
        run.numbers = {str(item.get("id")): n for n, item in enumerate(items, 1)}
        if len(items) < 2:
            return run  # one item: nothing to sort, nothing can read alike
        if self._numbered_by_bibliography():
            # a citation number is the item's place in the bibliography when it is sorted
            # by other keys (a GOST list sorted by author numbers its cites that way)
            assert self.bibliography is not None
            ordered = self._sorted(
                items, self.bibliography, self._options(self.bibliography), "bibliography", run
            )
            run.numbers = {str(item.get("id")): n for n, item in enumerate(ordered, 1)}
        if self.citation is None:
            return run
        wants = {
            step
            for step in ("add-names", "add-givenname", "add-year-suffix")
            if self.citation.get(f"disambiguate-{step}") == "true"
        }
        if not wants and not self._uses_condition:
            return run
        section = self.bibliography if self.bibliography is not None else self.citation
        ordered = self._sorted(items, section, self._options(section), "bibliography", run)
        # only cites that read alike at first are worked on (as citeproc-js's ambiguity sets):
        # every later step renders those again, not the whole document
        ordered = [item for group in self._alike(ordered, run) for item in group]

        def same_names(group: list[Mapping[str, Any]]) -> bool:
            """More names or given names cannot tell apart cites by the very same people."""
            first = [group[0].get(role) for role in ("author", "editor")]
            return all([item.get(role) for role in ("author", "editor")] == first for item in group)

        if "add-names" in wants:
            for group in self._alike(ordered, run):
                if same_names(group):
                    continue
                most = max(len(item.get("author") or item.get("editor") or []) for item in group)
                by_cite = "add-givenname" in wants and self._given_rule == "by-cite"
                best, best_left = 0, len(group)  # names added, and cites still alike with them
                for extra in range(1, most):
                    for item in group:
                        run.more_names[str(item.get("id"))] = extra
                    left = sum(len(g) for g in self._alike(group, run))
                    if left == 0:
                        best, best_left = extra, 0
                        break
                    # the names added may differ only in their given names: show those
                    if by_cite and self._try_given_names(group, run):
                        best, best_left = extra, 0
                        break
                    if left < best_left:
                        best, best_left = extra, left  # fewer alike: worth the names
                for item in group:
                    if best:
                        run.more_names[str(item.get("id"))] = best
                    else:
                        run.more_names.pop(str(item.get("id")), None)
        if "add-givenname" in wants and self._given_rule != "by-cite":
            run.expand = _ambiguous_names(items, primary=self._given_rule.startswith("primary"))
        elif "add-givenname" in wants:
            for group in self._alike(ordered, run):
                if not same_names(group):
                    self._try_given_names(group, run)
        if self._uses_condition:
            # still alike: cs:choose's disambiguate="true" now holds for them
            for group in self._alike(ordered, run):
                run.flagged.update(str(item.get("id")) for item in group)
        if "add-year-suffix" in wants:
            for group in self._alike(ordered, run):
                for n, item in enumerate(group):
                    run.suffixes[str(item.get("id"))] = _suffix(n)
        return run

    def _try_given_names(self, group: list[Mapping[str, Any]], run: Registry) -> bool:
        """Show the given names that tell the cites of a group apart (a family name borne
        by different people within it); keep them if that makes the cites differ."""
        marks = _ambiguous_names(group, primary=False)
        for item in group:
            key = str(item.get("id"))
            run.given.add(key)
            run.given_names[key] = set(marks)
        if not self._alike(group, run):
            return True
        for item in group:  # initials did not tell them apart: the given names in full
            run.full_given.add(str(item.get("id")))
        if not self._alike(group, run):
            return True
        for item in group:
            key = str(item.get("id"))
            run.given.discard(key)
            run.full_given.discard(key)
            run.given_names.pop(key, None)
        return False

    def _alike(
        self, items: Sequence[Mapping[str, Any]], run: Registry
    ) -> list[list[Mapping[str, Any]]]:
        """Groups of items whose first citation reads the same."""
        by_text: dict[str, list[Mapping[str, Any]]] = {}
        for item in items:
            by_text.setdefault(self._citation([Cite(item)], None, run), []).append(item)
        return [group for group in by_text.values() if len(group) > 1]

    def _numbered_by_bibliography(self) -> bool:
        if self.bibliography is None:
            return False
        sort = self.bibliography.find(f"{NS}sort")
        if sort is None:
            return False
        for key in sort.findall(f"{NS}key"):
            if key.get("variable") == "citation-number":
                return False
            macro = self.macros.get(key.get("macro", ""))
            if macro is not None and any(
                el.get("variable") == "citation-number" for el in macro.iter()
            ):
                return False
        return True

    def _options(self, section: etree._Element) -> dict[str, str]:
        options = {k: v for k, v in _attrs(self.root).items() if k in _INHERITABLE}
        options.update({k: v for k, v in _attrs(section).items() if k in _INHERITABLE})
        return options

    def bibliography_entries(
        self, items: Sequence[Mapping[str, Any]], registry: Registry | None = None
    ) -> list[str]:
        """One HTML fragment per item, sorted by the bibliography's keys; `registry` from
        `register` (by default the items are registered as given)."""
        return [entry for _item, entry in self.bibliography_items(items, registry)]

    def bibliography_items(
        self, items: Sequence[Mapping[str, Any]], registry: Registry | None = None
    ) -> list[tuple[Mapping[str, Any], str]]:
        """Each item with its HTML fragment, in the bibliography's order."""
        run = self.register(items) if registry is None else registry
        return self._bibliography_items(items, None, run)

    def render_labelled(
        self, item: Mapping[str, Any], *, mode: str = "bibliography"
    ) -> LabelledText:
        """One item as plain text, with the CSL variable behind each span of it.

        `mode` is "bibliography" (the entry `format_bibliography` prints for the item alone)
        or "note" (its first citation: a full note in a note style). Spans cover what a
        variable wrote (each name of a name variable on its own), not affixes, labels or terms;
        where variables nest, the innermost wins.
        """
        if mode not in ("bibliography", "note"):
            raise ValueError(f"mode must be 'bibliography' or 'note', not {mode!r}")
        data = {
            key: _MARKS.sub("", value) if isinstance(value, str) else value
            for key, value in item.items()
        }
        data["id"] = data.get("id") or "item1"
        run = self.register([data])
        marks: list[str] = []
        if mode == "note":
            fragment = self._citation([Cite(data)], marks, run)
        else:
            if self.bibliography is None:
                raise StyleError(self.name, "no <bibliography> element")
            entries = self._bibliography_items([data], marks, run)
            fragment = "".join(entry for _item, entry in entries)
        return _labelled(render(fragment, "text"), marks)

    def _bibliography_items(
        self, items: Sequence[Mapping[str, Any]], marks: list[str] | None, run: Registry
    ) -> list[tuple[Mapping[str, Any], str]]:
        if self.bibliography is None:
            return []
        layout = self.bibliography.find(f"{NS}layout")
        if layout is None:
            raise StyleError(self.name, "<bibliography> has no <layout>")
        options = self._options(self.bibliography)
        ordered = self._sorted(items, self.bibliography, options, "bibliography", run)
        out: list[tuple[Mapping[str, Any], str]] = []
        substitute = self.bibliography.get("subsequent-author-substitute")
        previous_names: str | None = None
        for item in ordered:
            ctx = _Ctx(self, Cite(item), "bibliography", options, run)
            ctx.marks = marks
            chosen = self._layout_for(self.bibliography, item, ctx)
            if self.bibliography.get("second-field-align") in ("flush", "margin"):
                out.append((item, self._aligned(chosen, ctx)))
                continue
            body = self._children(chosen, ctx, chosen.get("delimiter", ""))
            names = ctx.first_names
            if substitute is not None and names and names == previous_names and names in body:
                body = body.replace(names, _escape(substitute), 1)  # "---. 1974b. …"
            previous_names = names
            entry = _tidy(_affix(chosen, _format(chosen, body)), ctx.locale) if body else ""
            out.append((item, entry))
        return out

    def _aligned(self, layout: etree._Element, ctx: _Ctx) -> str:
        """An entry whose first field (its number) hangs in the margin: citeproc-js's
        ``csl-left-margin`` and ``csl-right-inline`` divisions."""
        parts = [p for p in self._parts(layout, ctx) if p]
        if not parts:
            return ""
        left = _escape(layout.get("prefix", "")) + parts[0]
        right = _escape(layout.get("delimiter", "")).join(parts[1:])
        right = _format(layout, right) + _escape(layout.get("suffix", "")) if right else ""
        return _tidy(
            f'<div class="csl-left-margin">{left}</div><div class="csl-right-inline">{right}</div>',
            ctx.locale,
        )

    def _layout_for(
        self, section: etree._Element, item: Mapping[str, Any], ctx: _Ctx
    ) -> etree._Element:
        """The section's layout for the item: a CSL-M ``<layout locale="en">`` matching the
        item's language (whose terms it then uses), else the layout without a locale."""
        layouts = section.findall(f"{NS}layout")
        default = next((lay for lay in layouts if not lay.get("locale")), layouts[0])
        language = str(item.get("language") or "").split("-")[0].lower()
        if not language:
            return default
        for layout in layouts:
            wanted = (layout.get("locale") or "").split()
            if any(w.split("-")[0].lower() == language for w in wanted):
                ctx.locale = self._locale_for(wanted[0])
                return layout
        own = _DEFAULT_REGION.get(language)
        if self.item_terms and own is not None and language != self.lang.split("-")[0].lower():
            ctx.locale = self._locale_for(own)  # an English source in a GOST list: "et al.", "P."
        return default

    def _locale_for(self, lang: str) -> CslLocale:
        if lang not in self._locales:
            self._locales[lang] = load_locale(lang, self.root.findall(f"{NS}locale"))
        return self._locales[lang]

    def citation_text(self, cites: Sequence[Cite], registry: Registry | None = None) -> str:
        """One citation (one or more cites) as an HTML fragment; `registry` from `register`
        for the whole document (by default the cites' items alone are registered)."""
        run = self.register([c.item for c in cites]) if registry is None else registry
        return self._citation(cites, None, run)

    def _citation(self, cites: Sequence[Cite], marks: list[str] | None, run: Registry) -> str:
        assert self.citation is not None
        layout = self.citation.find(f"{NS}layout")
        if layout is None:
            raise StyleError(self.name, "<citation> has no <layout>")
        options = self._options(self.citation)
        ordered = cites
        if self.citation.find(f"{NS}sort") is not None:
            by_id = {id(c.item): c for c in cites}
            items = self._sorted([c.item for c in cites], self.citation, options, "citation", run)
            ordered = [by_id[id(item)] for item in items]
        rendered: list[tuple[Cite, str, str]] = []
        for cite in ordered:
            ctx = _Ctx(self, cite, "citation", options, run)
            ctx.marks = marks
            body = self._children(layout, ctx, "")
            # no prefix, or one that ends a sentence of two words or more ("Caps after.")
            opens = not cite.prefix or re.search(r"\s\S*[.?!]\s*$", cite.prefix.strip() + " ")
            if body and not rendered and opens:
                body = self._capitalize_leading_ibid(body, ctx.locale)  # a sentence opens
            if body:
                prefix = _rich(cite.prefix, None, self.lang, False)
                suffix = _rich(cite.suffix, None, self.lang, False)
                # cites are grouped by the names they show ("Aalto et al."), as citeproc-js
                key = self._names_key(layout, cite)
                if key and ctx.first_names:
                    key = ctx.first_names
                rendered.append((cite, prefix + body + suffix, key))
        joined = self._collapse(rendered, layout, options, run)
        # a citation's formatting takes in its affixes: "<b>([1]–[3])</b>" (citeproc-js)
        return _tidy(_format(layout, _affix(layout, joined)), self.locale) if joined else ""

    @staticmethod
    def _capitalize_leading_ibid(body: str, locale: CslLocale) -> str:
        """A citation opening with "ibid." opens a sentence: "Ibid." (as citeproc-js)."""
        plain = re.sub(r"^(?:<[^>]+>)*", "", body)
        for form in ("long", "short"):
            term = locale.term("ibid", form)
            if term and term[:1].islower() and plain.startswith(term):
                at = len(body) - len(plain)
                return body[:at] + _upper(body[at], locale.lang) + body[at + 1 :]
        return body

    def _names_key(self, layout: etree._Element, cite: Cite) -> str:
        """Who the cite names first (author, else editor), to group cites by it."""
        item = cite.item
        names = item.get("author") or item.get("editor") or []
        return repr(names) if names else ""

    def _collapse(
        self,
        rendered: list[tuple[Cite, str, str]],
        layout: etree._Element,
        options: dict[str, str],
        registry: Registry,
    ) -> str:
        """Join the cites, collapsing them as the citation's `collapse` asks."""
        delimiter = layout.get("delimiter", "")
        collapse = self.citation.get("collapse") if self.citation is not None else None
        texts = [text for _cite, text, _key in rendered]
        if collapse == "citation-number":
            return _escape(delimiter).join(self._number_ranges(rendered, registry))
        grouping = self.citation is not None and self.citation.get("cite-group-delimiter")
        if collapse not in ("year", "year-suffix", "year-suffix-ranged") and not grouping:
            return _escape(delimiter).join(texts)
        assert self.citation is not None
        group_delimiter = self.citation.get("cite-group-delimiter", ", ")
        # citeproc-js: the year suffixes of a group take the group's delimiter unless told
        suffix_delimiter = self.citation.get(
            "year-suffix-delimiter", self.citation.get("cite-group-delimiter", delimiter)
        )
        after = self.citation.get("after-collapse-delimiter", delimiter)
        # cites of the same names gather behind the first of them (CSL's cite grouping)
        groups: list[list[tuple[Cite, str, str]]] = []
        by_key: dict[str, list[tuple[Cite, str, str]]] = {}
        for entry in rendered:
            key = entry[2]
            if key and key in by_key and not entry[0].prefix:
                by_key[key].append(entry)
            else:
                groups.append([entry])
                if key:
                    by_key.setdefault(key, groups[-1])
        out = []
        for group in groups:
            if len(group) == 1:
                out.append(group[0][1])
                continue
            if collapse not in ("year", "year-suffix", "year-suffix-ranged"):
                out.append(_escape(group_delimiter).join(text for _c, text, _k in group))
                continue
            first_cite, first_text, _key = group[0]
            pieces = [first_text]
            previous_year = _issued_year(first_cite.item)
            shown = registry.year_suffix(first_cite.item) or ""  # the suffix a full cite shows
            run: list[str] = []  # suffixes written after it, without their year
            for cite, _text, _key in group[1:]:
                year = _issued_year(cite.item)
                suffix = registry.year_suffix(cite.item)
                if collapse != "year" and suffix and year == previous_year and not cite.locator:
                    run.append(suffix)
                else:
                    pieces.append(self._suffix_run(shown, run, collapse, suffix_delimiter))
                    run = []
                    pieces.append(
                        _escape(group_delimiter) + self._without_names(layout, cite, registry)
                    )
                    shown = suffix or ""
                previous_year = year
            pieces.append(self._suffix_run(shown, run, collapse, suffix_delimiter))
            out.append("".join(pieces))
        result = ""
        for n, text in enumerate(out):
            if n:
                result += _escape(after if len(groups[n - 1]) > 1 else delimiter)
            result += text
        return result

    @staticmethod
    def _suffix_run(shown: str, run: list[str], collapse: str | None, delimiter: str) -> str:
        """Year suffixes after a cite's own ("a", then ",b,c"); with ranges asked for, runs of
        three or more consecutive letters as "c–e" ("2000a,c–e")."""
        if not run:
            return ""
        if collapse != "year-suffix-ranged":
            return "".join(_escape(delimiter) + _escape(x) for x in run)
        chunks: list[list[str]] = []
        for letter in [shown, *run]:
            last = chunks[-1][-1] if chunks else ""
            if len(letter) == 1 and len(last) == 1 and ord(letter) - ord(last) == 1:
                chunks[-1].append(letter)
            else:
                chunks.append([letter])
        out = ""
        for n, chunk in enumerate(chunks):
            head = [] if n == 0 else [chunk[0]]  # the first chunk opens with the shown suffix
            if len(chunk) >= 3:
                out += "".join(_escape(delimiter) + _escape(x) for x in head)
                out += "–" + _escape(chunk[-1])
            else:
                rest = chunk if n else chunk[1:]
                out += "".join(_escape(delimiter) + _escape(x) for x in rest)
        return out

    def _without_names(self, layout: etree._Element, cite: Cite, run: Registry) -> str:
        """The cite rendered without its first names, stripped of leading separators."""
        section = self.citation if self.citation is not None else layout
        ctx = _Ctx(self, cite, "citation", self._options(section), run)
        ctx.skip_names = True
        text = self._children(layout, ctx, "")
        return re.sub(r"^(?:\s|[,;:.]|&#38;)+", "", text)

    def _number_ranges(
        self, rendered: list[tuple[Cite, str, str]], registry: Registry
    ) -> list[str]:
        """Cites whose text is their citation number, with runs of three or more as ranges."""
        out: list[str] = []
        run: list[tuple[int, str]] = []

        def flush() -> None:
            if len(run) >= 3:
                out.append(f"{run[0][1]}–{run[-1][1]}")
            else:
                out.extend(text for _n, text in run)
            run.clear()

        for cite, text, _key in rendered:
            number = registry.citation_number(cite.item)
            plain = re.fullmatch(r"(\D*)(\d+)(\D*)", text)  # "3", "[3]": the number alone
            if number is None or plain is None or int(plain[2]) != number:
                flush()
                out.append(text)
                continue
            if run and run[-1][0] != number - 1:
                flush()
            run.append((number, text))
        flush()
        return out

    # -- sorting --------------------------------------------------------------------------
    def _sorted(
        self,
        items: Sequence[Mapping[str, Any]],
        section: etree._Element,
        options: dict[str, str],
        mode: str,
        run: Registry,
    ) -> list[Mapping[str, Any]]:
        sort = section.find(f"{NS}sort")
        if sort is None:
            return list(items)
        keys = sort.findall(f"{NS}key")

        collate = _collator(self.lang)

        cache = run.sort_keys.setdefault((id(section), mode, tuple(sorted(options.items()))), {})

        def key_of(item: Mapping[str, Any]) -> list[tuple[int, Any]]:
            known = cache.get(id(item))
            if known is not None and known[0] is item:
                return known[1]
            values: list[tuple[int, Any]] = []
            for key in keys:
                value = self._sort_value(key, item, options, mode, run)
                descending = key.get("sort") == "descending"
                if value in ("", None):
                    values.append((1, ""))  # empty keys go last either way
                    continue
                # numbers before words, words in the language's alphabetical order
                if isinstance(value, int):
                    value = (0, value, b"")
                elif isinstance(value, tuple):
                    value = (1, 0, b"".join(collate(part) for part in value))
                else:
                    value = (1, 0, collate(value))
                if descending:
                    values.append((0, _Desc(value)))
                else:
                    values.append((0, value))
            cache[id(item)] = (item, values)  # the item is kept, so its id is not reused
            return values

        indexed = list(enumerate(items))
        indexed.sort(key=lambda pair: (key_of(pair[1]), pair[0]))
        return [item for _i, item in indexed]

    def _sort_value(
        self,
        key: etree._Element,
        item: Mapping[str, Any],
        options: dict[str, str],
        mode: str,
        run: Registry,
    ) -> Any:
        sort_options = dict(options)
        for attr in ("names-min", "names-use-first", "names-use-last"):
            if key.get(attr):
                sort_options[attr.replace("names", "et-al")] = key.get(attr, "")
        ctx = _Ctx(self, Cite(item), mode, sort_options, run)
        ctx.sorting = True
        variable = key.get("variable")
        if variable:
            if variable in _NAME_VARIABLES:
                names = item.get(variable) or []
                # each part its own key: "Dale, Jane" before "Dalebout, Ann"
                return tuple(part for n in names for part in self._sort_name(n).split("\x00"))
            if variable in _DATE_VARIABLES:
                return _date_key(item.get(variable))
            value = ctx.value(variable)
            if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
                return int(value)
            return str(value or "")
        macro = self.macros.get(key.get("macro", ""))
        if macro is None:
            return ""
        text = self._children(macro, ctx, "")
        return re.sub(r"<[^>]+>", "", html.unescape(text))

    def _sort_name(self, name: Mapping[str, Any]) -> str:
        if "literal" in name:
            return str(name["literal"])
        parts = [name.get("family", ""), name.get("dropping-particle", ""),
                 name.get("non-dropping-particle", ""), name.get("given", "")]  # fmt: skip
        return "\x00".join(str(p) for p in parts if p)  # the parts, each sorted on its own

    # -- rendering elements ---------------------------------------------------------------
    def _children(self, parent: etree._Element, ctx: _Ctx, delimiter: str) -> str:
        return _join(self._parts(parent, ctx), delimiter)

    def _parts(self, parent: etree._Element, ctx: _Ctx) -> list[str]:
        """Each child's output; a choose adds its branch's children one by one, so the
        enclosing delimiter falls between them too (as citeproc-js renders it)."""
        parts = []
        for child in _elements(parent):
            name = localname(child)
            if name == "choose":
                branch = self._branch(child, ctx)
                if branch is not None:
                    parts.extend(self._parts(branch, ctx))
                continue
            render = self._dispatch.get(name)
            if render is not None:
                parts.append(render(child, ctx))
        return parts

    def _text(self, el: etree._Element, ctx: _Ctx) -> str:
        if el.get("macro") is not None:
            macro = self.macros.get(el.get("macro", ""))
            if macro is None:
                raise StyleError(self.name, f"<text macro={el.get('macro')!r}> names no macro")
            inner = self._children(macro, ctx, "")
            if not inner:
                return ""
            return _affix(el, _format(el, _case_html(inner, el.get("text-case"), self.lang)))
        if el.get("value") is not None:
            return _plain_text(el, el.get("value", ""), ctx)
        if el.get("term") is not None:
            plural = el.get("plural") == "true"
            term = ctx.locale.term(el.get("term", ""), el.get("form", "long"), plural=plural)
            return _plain_text(el, term or "", ctx, term=True)
        variable = el.get("variable")
        if variable is None:
            return ""
        if variable != "year-suffix":
            # a year suffix is given after the entries are made (as citeproc-js does it), so an
            # empty one does not make a group ("n.d." + suffix) count as empty
            ctx.called += 1
        value = None
        source = variable  # the item's variable whose value is written (for its marks)
        if el.get("form") == "short":
            source = f"{variable}-short"
            value = ctx.value(source)
            if value is None and variable == "container-title":
                value = ctx.value("journalAbbreviation")
        if value is None:
            source = variable
            value = ctx.value(variable)
        if value in (None, ""):
            return ""
        ctx.rendered += 1
        text = str(value)
        if variable == "page" or (variable == "locator" and ctx.cite.label == "page"):
            dash = ctx.locale.term("page-range-delimiter") or "–"
            text = _page_ranges(text, self.page_range_format, dash)
        if variable in ("page", "locator") and " & " in text:
            symbol = ctx.locale.term("and", "symbol")
            if symbol and symbol != "&":
                text = text.replace(" & ", f" {symbol} ")  # the locale's own ampersand
        if variable in ("URL", "DOI") or variable == "url":
            return _affix(el, _format(el, ctx.mark(source, _escape(text))))
        return _plain_text(el, text, ctx, label=source)

    def _group(self, el: etree._Element, ctx: _Ctx) -> str:
        called, rendered = ctx.called, ctx.rendered
        inner = self._children(el, ctx, el.get("delimiter", ""))
        if ctx.called > called and ctx.rendered == rendered:
            return ""  # every variable it asked for was empty
        if not inner:
            return ""
        return _affix(el, _format(el, inner))

    def _choose(self, el: etree._Element, ctx: _Ctx) -> str:
        branch = self._branch(el, ctx)
        return "" if branch is None else self._children(branch, ctx, "")

    def _branch(self, el: etree._Element, ctx: _Ctx) -> etree._Element | None:
        for branch in _elements(el):
            if localname(branch) == "else" or self._test(branch, ctx):
                return branch
        return None

    def _test(self, branch: etree._Element, ctx: _Ctx) -> bool:
        results: list[bool] = []
        for attr, raw in _attrs(branch).items():
            values = raw.split()
            if attr == "type":
                results += [ctx.item.get("type") == v for v in values]
            elif attr == "variable":
                results += [ctx.peek(v) not in (None, "", []) for v in values]
            elif attr == "is-numeric":
                results += [_is_numeric(ctx.peek(v)) for v in values]
            elif attr == "is-uncertain-date":
                results += [bool((ctx.peek(v) or {}).get("circa")) for v in values]
            elif attr == "locator":
                results += [ctx.cite.label == v for v in values]
            elif attr == "position":
                results += [_position_matches(ctx, v) for v in values]
            elif attr == "disambiguate":
                flagged = str(ctx.item.get("id")) in ctx.run.flagged
                results.append(flagged if raw == "true" else not flagged)
        if not results:
            return False
        match = branch.get("match", "all")
        if match == "any":
            return any(results)
        if match == "none":
            return not any(results)
        return all(results)

    def _number(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        ctx.called += 1
        value = ctx.value(variable)
        if value in (None, ""):
            return ""
        ctx.rendered += 1
        text = str(value)
        form = el.get("form", "numeric")
        match = re.fullmatch(r"\s*(\d+)\s*", text)
        if match and form != "numeric":
            number = int(match.group(1))
            if form == "roman":
                text = _roman(number)
            elif form == "ordinal":
                text = f"{number}{self._ordinal_suffix(number, ctx)}"
            elif form == "long-ordinal":
                word = ctx.locale.term(f"long-ordinal-{number:02d}") if number <= 10 else None
                text = word or f"{number}{self._ordinal_suffix(number, ctx)}"
        else:
            if _NUMERIC.match(text):  # "3-5": a range of numbers takes the en dash
                text = re.sub(r"(?<=\d)\s*[-–]\s*(?=\d)", "–", re.sub(r"\s*-\s*", "-", text))
        return _plain_text(el, text, ctx, label=variable)

    def _ordinal_suffix(self, number: int, ctx: _Ctx) -> str:
        """The ordinal suffix: a two-digit term (11th), then a last-digit term (21st)."""
        for key in (f"ordinal-{number % 100:02d}", f"ordinal-{number % 10:02d}"):
            found = ctx.locale.term(key)
            if found is not None:
                return found
        return ctx.locale.term("ordinal") or ""

    def _label(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        if variable == "locator":
            value = ctx.cite.locator
            term_name = ctx.cite.label or "page"
        else:
            value = ctx.value(variable)
            term_name = variable
        if value in (None, ""):
            return ""
        plural_rule = el.get("plural", "contextual")
        if plural_rule == "always":
            plural = True
        elif plural_rule == "never":
            plural = False
        elif variable in ("number-of-pages", "number-of-volumes"):
            plural = _is_numeric(value) and str(value).strip() != "1"
        else:
            plural = _plural(str(value).replace("\\-", ""), ctx.locale)
        term = ctx.locale.term(term_name, el.get("form", "long"), plural=plural)
        return _plain_text(el, term or "", ctx, term=True)

    # -- names ----------------------------------------------------------------------------
    def _names(self, el: etree._Element, ctx: _Ctx) -> str:
        if ctx.skip_names and not ctx.names_seen:
            ctx.names_seen = True
            return ""
        variables = el.get("variable", "").split()
        name_el = el.find(f"{NS}name")
        options = dict(ctx.options)
        if name_el is not None:
            options.update(_attrs(name_el))
        et_al_el = el.find(f"{NS}et-al")
        label_el = el.find(f"{NS}label")
        if (
            "editor" in variables
            and "translator" in variables
            and ctx.value("editor")
            and ctx.value("editor") == ctx.value("translator")
        ):
            # the same people edited and translated: one list, one "ed. & trans." label
            variables = [v for v in variables if v != "translator"]
            variables[variables.index("editor")] = "editortranslator"
        rendered = []
        # CSL-M suppress-min: this many names or more are not listed here (GOST R 7.0.100
        # opens an entry with its title when a work has four or more authors)
        suppress_min = int(options.get("suppress-min", 0) or 0)
        for variable in variables:
            ctx.called += 1
            ctx.name_variable = "editor" if variable == "editortranslator" else variable
            names = ctx.value(ctx.name_variable)
            if not names:
                continue
            if suppress_min and len(names) >= suppress_min:
                return ""
            ctx.rendered += 1
            text = self._name_list(list(names), options, name_el, et_al_el, ctx)
            if name_el is not None and options.get("form") != "count":
                text = _affix(name_el, _format(name_el, text))
            if label_el is not None and options.get("form") != "count":
                rule = label_el.get("plural", "contextual")
                plural = rule == "always" or (rule == "contextual" and len(names) > 1)
                term = ctx.locale.term(variable, label_el.get("form", "long"), plural=plural)
                label = _plain_text(label_el, term or "", ctx, term=True)
                before = (
                    list(el).index(label_el) < list(el).index(name_el)
                    if name_el is not None
                    else False
                )
                text = label + text if before else text + label
            rendered.append(text)
        if rendered and ctx.first_names is None and not ctx.sorting:
            ctx.first_names = _join(
                rendered, el.get("delimiter", options.get("names-delimiter", ""))
            )
        if rendered:
            if options.get("form") == "count":
                return str(sum(int(re.sub(r"\D", "", r) or 0) for r in rendered))
            return _affix(
                el,
                _format(
                    el, _join(rendered, el.get("delimiter", options.get("names-delimiter", "")))
                ),
            )
        substitute = el.find(f"{NS}substitute")
        if substitute is not None:
            for child in _elements(substitute):
                render = self._dispatch.get(localname(child))
                if render is None:
                    continue
                outer, ctx.recording = ctx.recording, set()
                try:
                    result = render(child, ctx)
                    read = ctx.recording
                finally:
                    ctx.recording = outer
                if result:
                    # what stood in for the names is not repeated later (APA's title first)
                    ctx.substituted.update(child.get("variable", "").split(), read)
                    if outer is not None:
                        outer.update(read)
                    if ctx.first_names is None and not ctx.sorting:
                        ctx.first_names = result  # "———" may stand for it in the next entry
                    return _affix(el, result) if localname(child) != "names" else result
        return ""

    def _name_list(
        self,
        names: list[Mapping[str, Any]],
        options: Mapping[str, str],
        name_el: etree._Element | None,
        et_al_el: etree._Element | None,
        ctx: _Ctx,
    ) -> str:
        count = len(names)
        et_al_min = int(options.get("et-al-min", 0) or 0)
        use_first = int(options.get("et-al-use-first", 0) or 0)
        if ctx.mode == "citation" and ctx.cite.position != "first":
            et_al_min = int(options.get("et-al-subsequent-min", et_al_min) or et_al_min)
            use_first = int(options.get("et-al-subsequent-use-first", use_first) or use_first)
        use_first += (
            ctx.run.more_names.get(str(ctx.item.get("id")), 0) if ctx.mode == "citation" else 0
        )
        truncated = bool(et_al_min and use_first and count >= et_al_min and use_first < count)
        shown = names[:use_first] if truncated else names
        if options.get("form") == "count":
            return str(len(shown))
        delimiter = options.get("delimiter", options.get("name-delimiter", ", "))

        def shown_inverted(index: int) -> bool:
            name = shown[index]
            order = options.get("name-as-sort-order")
            by_order = order == "all" or (order == "first" and index == 0)
            return by_order and "literal" not in name and bool(name.get("given"))

        label = ctx.name_variable
        parts = [
            ctx.mark(label, self._one_name(n, i, options, name_el, ctx))
            for i, n in enumerate(shown)
        ]
        if truncated and options.get("et-al-use-last") == "true" and use_first < count - 1:
            last = ctx.mark(label, self._one_name(names[-1], count - 1, options, name_el, ctx))
            return _escape(delimiter).join(parts) + _escape(delimiter) + "… " + last
        if truncated:
            term_name = et_al_el.get("term", "et-al") if et_al_el is not None else "et-al"
            term = ctx.locale.term(term_name)
            if term is None:
                term = "et al."
            if not term:  # a locale or style that defines it empty wants no "et al."
                return _escape(delimiter).join(parts)
            et_al = (
                _plain_text(et_al_el, term, ctx, term=True)
                if et_al_el is not None
                else _escape(term)
            )
            rule = options.get("delimiter-precedes-et-al", "contextual")
            inverted = shown_inverted(len(parts) - 1)
            use_delim = (
                rule == "always"
                or (rule == "contextual" and len(parts) >= 2)
                or (rule == "after-inverted-name" and inverted)
            )
            return (
                _escape(delimiter).join(parts) + (_escape(delimiter) if use_delim else " ") + et_al
            )
        if len(parts) == 1:
            return parts[0]
        and_word = options.get("and")
        connector = None
        if and_word == "text":
            connector = ctx.locale.term("and") or "and"
        elif and_word == "symbol":
            connector = "&"
        rule = options.get("delimiter-precedes-last", "contextual")
        inverted = shown_inverted(len(parts) - 2)
        if connector is None:
            return _escape(delimiter).join(parts)
        use_delim = (
            rule == "always"
            or (rule == "contextual" and len(parts) >= 3)
            or (rule == "after-inverted-name" and inverted)
        )
        head = _escape(delimiter).join(parts[:-1])
        glue = _escape(delimiter) if use_delim else " "
        return f"{head}{glue}{_escape(connector)} {parts[-1]}"

    def _one_name(
        self,
        name: Mapping[str, Any],
        index: int,
        options: Mapping[str, str],
        name_el: etree._Element | None,
        ctx: _Ctx,
    ) -> str:
        part_styles = {}
        if name_el is not None:
            for part in name_el.findall(f"{NS}name-part"):
                part_styles[part.get("name", "")] = part
        if "literal" in name:
            return _escape(_typography(str(name["literal"])))
        family = str(name.get("family", "") or "")
        given = str(name.get("given", "") or "")
        particle = str(name.get("non-dropping-particle", "") or "")
        dropping = str(name.get("dropping-particle", "") or "")
        suffix = str(name.get("suffix", "") or "")
        comma_suffix = bool(name.get("comma-suffix"))
        after = given.split(",", 1)[1].strip() if "," in given else ""
        if not suffix and after and not after[:1].islower():
            # citeproc-js's name input: "John, III" has a suffix; "John,! Jr." one after a
            # comma ("abbé d’" after a comma is no suffix: it is lower case)
            given, suffix = given.split(",", 1)[0].strip(), after
            if suffix.startswith("!"):
                suffix, comma_suffix = suffix[1:].strip(), True
        if not family and given:
            family, given = given, ""
        initialize_with = options.get("initialize-with")
        full_given = given
        if initialize_with is not None and given:
            hyphen = self.root.get("initialize-with-hyphen", "true") != "false"
            whole = options.get("initialize", "true") != "false"
            given = _initials(given, initialize_with, hyphen=hyphen, names_too=whole)

        def styled(part: str, text: str) -> str:
            el = part_styles.get(part)
            if el is None or not text:
                return _escape(_typography(text))
            cased = _case(text, el.get("text-case"), self.lang)
            return _affix(el, _format(el, _escape(_typography(cased))))

        if not _romanesque(family + given):
            return styled("family", family) + styled(
                "given", given
            )  # 我妻栄: no space, family first
        family_full = " ".join(p for p in (particle, family) if p)
        if particle.endswith(("-", "’", "'")):
            family_full = particle + family  # al-One, d’Artagnan
        short = options.get("form", options.get("name-form")) == "short"
        rule = self._given_rule
        cite_id = str(ctx.item.get("id"))
        if short and ctx.mode == "citation" and full_given and rule != "by-cite":
            # all-names / primary-name: a family name that stands for several people shows
            # who is meant: initials when they tell them apart, else the given name
            level = ctx.run.expand.get((f"{particle} {family}".strip(), full_given))
            if rule.endswith("with-initials") and level == 2:
                level = None  # initials cannot tell them apart, and only initials may be shown
            if level and (rule.startswith("all") or index == 0):
                if rule.endswith("with-initials") or (initialize_with is not None and level == 1):
                    given = _initials(full_given, initialize_with or ". ")
                else:
                    given = full_given
                short = False
        elif short and ctx.mode == "citation" and given and cite_id in ctx.run.given:
            marked = ctx.run.given_names.get(cite_id)
            if not marked or (f"{particle} {family}".strip(), full_given) in marked:
                if initialize_with is None or cite_id in ctx.run.full_given:
                    given = full_given  # no initials asked for, or they were not enough
                short = False
        if short:
            return styled("family", family_full)
        sort_order = options.get("name-as-sort-order")
        inverted = sort_order == "all" or (sort_order == "first" and index == 0)
        if inverted and given:
            separator = options.get("sort-separator", ", ")
            if self.demote == "display-and-sort" and particle:
                front = styled("family", family)
                back = " ".join(
                    p for p in (given and styled("given", given), dropping, particle) if p
                )
            else:
                front = styled("family", family_full)
                back = " ".join(p for p in (styled("given", given), dropping) if p)
            text = front + _escape(separator) + back
            return text + (_escape(separator) + _escape(suffix) if suffix else "")
        first = " ".join(p for p in (styled("given", given), dropping) if p)
        if dropping.endswith(("’", "'")) and family_full:
            # "d’" is written close to the family name: "John d’Jones"
            return " ".join(
                p
                for p in (
                    styled("given", given),
                    _escape(_typography(dropping)) + styled("family", family_full),
                )
                if p
            )
        # initials ending in a no-break space ("С.&#160;П.&#160;") stay bound to the family name
        joiner = "\u00a0" if (initialize_with or "").endswith("\u00a0") and given else " "
        text = _escape(joiner).join(p for p in (first, styled("family", family_full)) if p)
        if suffix:
            text += (", " if comma_suffix else " ") + _escape(suffix)
        return text

    # -- dates ----------------------------------------------------------------------------
    def _date(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        ctx.called += 1
        value = ctx.value(variable)
        parts = _date_parts(value)
        if parts is None and isinstance(value, Mapping) and value.get("raw"):
            read = parse_date(str(value["raw"]))  # "25 октября 2021", "2021-10": read it
            if read is not None:
                parts = list(read.parts())
            else:
                value = {"literal": value["raw"]}  # "Bogus Date": written as it is
        if parts is None:
            if isinstance(value, Mapping) and value.get("literal"):
                ctx.rendered += 1
                return _affix(el, _format(el, ctx.mark(variable, _escape(str(value["literal"])))))
            return ""
        ctx.rendered += 1
        if len(parts) < 2 and isinstance(value, Mapping) and value.get("season"):
            parts = [*parts, 12 + int(str(value["season"])[:1] or 0)]  # a season stands for a month
        ends = [parts]
        second = _date_parts(value, 1)
        open_ended = second is not None and second[0] == 0  # "1987–": no end yet
        if second and second != parts and not open_ended:
            ends.append(second)
        form = el.get("form")
        if form:
            template = ctx.locale.dates.get(form)
            if template is None:
                return ""
            wanted = el.get("date-parts", "year-month-day").split("-")
            overrides = {p.get("name"): p for p in el.findall(f"{NS}date-part")}
            merged_parts = []
            for part in template.findall(f"{NS}date-part"):
                name = part.get("name", "")
                if name not in wanted:
                    continue
                merged = etree.Element("date-part", _attrs(part))
                override = overrides.get(name)
                if override is not None:
                    for k, v in _attrs(override).items():
                        if k not in ("prefix", "suffix"):
                            merged.set(k, v)
                merged_parts.append(merged)
            delimiter = template.get("delimiter", "")
        else:
            merged_parts = el.findall(f"{NS}date-part")
            delimiter = el.get("delimiter", "")
        day_shown = any(p.get("name") == "day" for p in merged_parts)
        if len(ends) == 2:
            ranged = self._date_range(merged_parts, ends[0], ends[1], delimiter, ctx, day_shown)
            if ranged is not None:
                return _affix(el, _format(el, ctx.mark(variable, ranged)))
        bodies = [
            _join(
                [self._date_part(p, end, ctx, after_day=day_shown) for p in merged_parts],
                delimiter,
            )
            for end in ends
        ]
        dashes = [p.get("range-delimiter") or "" for p in merged_parts]
        dash = next((d for d in dashes if d), "–")
        text = _escape(dash).join(b for b in bodies if b)
        text = ctx.mark(variable, text + (_escape(dash) if open_ended else ""))
        return _affix(el, _format(el, text))

    def _date_range(
        self,
        elements: list[etree._Element],
        start: list[int],
        end: list[int],
        delimiter: str,
        ctx: _Ctx,
        day_shown: bool,
    ) -> str | None:
        """A range written once where the dates agree: "2–4 January 1999", "January 2–March 4,
        1999"; the dash is the range-delimiter of the largest part that differs."""
        names = ["year", "month", "day"]
        if len(start) != len(end):
            return None  # uneven precision: written whole
        differing = next((names[i] for i in range(min(len(start), 3)) if start[i] != end[i]), None)
        shown = [e.get("name", "") for e in elements]
        if differing is None or differing not in shown:
            return None
        small = set(names[names.index(differing) :])
        inside = [i for i, name in enumerate(shown) if name in small]
        first, last = inside[0], inside[-1]
        if inside != list(range(first, last + 1)):
            return None  # the differing parts are not side by side
        dash = elements[shown.index(differing)].get("range-delimiter") or "–"

        def segment(parts: list[int], trim: str) -> str:
            pieces = []
            for i in range(first, last + 1):
                element = elements[i]
                if (trim == "suffix" and i == last) or (trim == "prefix" and i == first):
                    element = _without(element, trim)
                pieces.append(self._date_part(element, parts, ctx, after_day=day_shown))
            return _join(pieces, delimiter)

        before = [self._date_part(e, start, ctx, after_day=day_shown) for e in elements[:first]]
        after = [self._date_part(e, start, ctx, after_day=day_shown) for e in elements[last + 1 :]]
        middle = segment(start, "suffix") + _escape(dash) + segment(end, "prefix")
        return _join([*before, middle, *after], delimiter)

    def _date_part(
        self, el: etree._Element, parts: list[int], ctx: _Ctx, *, after_day: bool = False
    ) -> str:
        name = el.get("name", "")
        form = el.get("form")
        year = parts[0]
        month = parts[1] if len(parts) > 1 else 0
        day = parts[2] if len(parts) > 2 else 0
        if name == "year":
            text = str(abs(year)) if form != "short" else f"{abs(year) % 100:02d}"
            if year < 0:
                text += ctx.locale.term("bc") or "BC"
            elif 0 < year < 1000:
                text += ctx.locale.term("ad") or "AD"
            suffix = ctx.run.year_suffix(ctx.item)
            if suffix and not self._explicit_suffix and not ctx.sorting:
                text += suffix  # no <text variable="year-suffix">: it follows the year
        elif name == "month":
            if not month:
                return ""
            if 13 <= month <= 16 or 21 <= month <= 24:  # seasons: 13-16, or CSL-JSON's 21-24
                text = ctx.locale.term(f"season-{(month - 12) % 8 or 4:02d}") or ""
            elif form == "numeric":
                text = str(month)
            elif form == "numeric-leading-zeros":
                text = f"{month:02d}"
            else:
                width = "short" if form == "short" else "long"
                text = ctx.locale.term(f"month-{month:02d}", width) or ""
                if width == "long" and after_day and len(parts) > 2:
                    text = _genitive(text, month, self.lang)  # 25 октября, not 25 октябрь
        elif name == "day":
            if not day:
                return ""
            if form == "numeric-leading-zeros":
                text = f"{day:02d}"
            elif form == "ordinal" and (not ctx.locale.limit_ordinals or day == 1):
                text = f"{day}{self._ordinal_suffix(day, ctx)}"
            else:
                text = str(day)
        else:
            return ""
        return _plain_text(el, text, ctx)


_SORT_MARKUP = re.compile(r"</?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>")  # markup is not sorted


@functools.cache
def _collator(lang: str) -> Callable[[str], bytes]:
    """Sort keys in the alphabetical order of `lang`, from ICU (CLDR's collation rules):
    Turkish ı before i, Turkmen Ç before Ä, Kazakh Ә after А, and Russian's Cyrillic before
    Latin, which GOST lists want."""
    import icu  # type: ignore[import-untyped]  # PyICU ships no type information

    collator = icu.Collator.createInstance(icu.Locale(lang.replace("-", "_")))
    # punctuation does not order words ("“Simple title”", "[F]linders", "’t Horvath")
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    key = cast(Callable[[str], bytes], collator.getSortKey)
    return lambda text: key(_SORT_MARKUP.sub("", text))


class _Desc:
    """Reverses the order of a sort value."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


def _case_html(fragment: str, mode: str | None, lang: str) -> str:
    if not mode:
        return fragment
    pieces = re.split(r"(<[^>]+>|&#\d+;|[" + _MARK_CLASS + "])", fragment)
    out = []
    first = True
    for piece in pieces:
        if piece.startswith(("<", "&#")) or not piece or _MARKS.fullmatch(piece):
            out.append(piece)
            continue
        if mode in ("capitalize-first", "sentence") and not first:
            out.append(piece)  # only the first text piece starts the sentence
        else:
            out.append(_case(piece, mode, lang))
        first = False
    return "".join(out)


_WITHOUT: dict[tuple[str, tuple[tuple[str, str], ...], str], etree._Element] = {}


def _without(element: etree._Element, attribute: str) -> etree._Element:
    """A copy of a date part without one attribute (made once per kind of part)."""
    key = (
        str(element.tag),
        tuple(sorted((str(k), str(v)) for k, v in element.attrib.items())),
        attribute,
    )
    found = _WITHOUT.get(key)
    if found is None:
        found = _WITHOUT[key] = etree.fromstring(etree.tostring(element))
        if attribute in found.attrib:
            del found.attrib[attribute]
    return found


def _ambiguous_names(
    items: Sequence[Mapping[str, Any]], *, primary: bool
) -> dict[tuple[str, str], int]:
    """Family names borne by several people in the document (only first names with
    `primary`): 1 where initials tell them apart, 2 where the given name must be shown."""
    givens: dict[str, dict[str, set[str]]] = {}  # family -> person -> given names as written
    for item in items:
        for role in ("author", "editor", "translator", "director", "composer"):
            names = item.get(role) or []
            for name in names[:1] if primary else names:
                if isinstance(name, Mapping) and name.get("family") and name.get("given"):
                    particle = str(name.get("non-dropping-particle") or "")
                    family = f"{particle} {name['family']}".strip()
                    given = str(name["given"])
                    person = re.sub(r"[\s.]", "", given)  # "J.J." and "J. J." are one person
                    givens.setdefault(family, {}).setdefault(person, set()).add(given)
    levels: dict[tuple[str, str], int] = {}
    for family, people in givens.items():
        if len(people) < 2:
            continue
        initials = [_initials(next(iter(g)), ".") for g in people.values()]
        for written in people.values():
            unique = initials.count(_initials(next(iter(written)), ".")) == 1
            for given in written:
                levels[(family, given)] = 1 if unique else 2
    return levels


def _style_language(root: etree._Element) -> str:
    """The style's language: its ``default-locale``, else the one language other than English
    its own ``<locale>`` elements are written for (an İSNAD style's Turkish), else en-US."""
    declared = root.get("default-locale")
    if declared:
        return declared
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    langs = {el.get(xml_lang, "") for el in root.findall(f"{NS}locale")}
    others = {code.split("-")[0].lower() for code in langs if code}
    others.discard("en")
    if len(others) == 1:
        found = known_locale(others.pop())
        if found is not None:
            return found
    return "en-US"


def _inherit_substitutes(root: etree._Element) -> None:
    """A substitute's bare ``<names variable="editor"/>`` takes its parent's name options:
    written into the style once, when it is read."""
    for names in list(root.iter(f"{NS}names")):
        substitute = names.find(f"{NS}substitute")
        if substitute is None:
            continue
        for child in list(substitute):
            tag: object = child.tag  # a function for a comment
            if isinstance(tag, str) and localname(child) == "names" and not len(child):
                substitute.replace(child, _inherited(child, names))


def _inherited(child: etree._Element, parent: etree._Element) -> etree._Element:
    copy = etree.fromstring(etree.tostring(parent))
    if "variable" in copy.attrib:
        del copy.attrib["variable"]
    for sub in list(copy):
        if localname(sub) == "substitute":
            copy.remove(sub)
    copy.set("variable", child.get("variable", ""))
    return copy


def _initials(
    given: str, initialize_with: str, *, hyphen: bool = True, names_too: bool = True
) -> str:
    """ "John Paul" -> "J. P.", "Jean-Paul" -> "J.-P.", "M.E" -> "M. E."; lower-case particles
    ("de") stay. With `names_too` false only what is already an initial is normalised."""
    out = ""
    tokens = [t for t in re.split(r"(\s+|-|\.)", given.strip()) if t and not t.isspace()]
    for i, token in enumerate(tokens):
        if token == ".":
            continue
        if token == "-":
            out = out.rstrip() + ("-" if hyphen else "")
            continue
        abbreviated = i + 1 < len(tokens) and tokens[i + 1] == "."  # "Ph.", "Me.": kept whole
        if token[0].islower() or not token[0].isalpha():
            out += token + " "
        elif len(token) == 1 or abbreviated:
            out += token + initialize_with
        elif names_too:
            out += token[0] + initialize_with
        else:
            out += token + " "
    return out.strip()


def _romanesque(text: str) -> bool:
    """Whether a name is written in a script that separates given and family names."""
    return all(
        not char.isalpha() or ord(char) < 0x0590 or 0x1E00 <= ord(char) <= 0x1EFF for char in text
    )


# a page: an optional prefix ending in a letter ("N", "8n", "123N"), then its number
_RANGE = re.compile(
    r"(?<![\w])((?:[0-9A-Za-z]*[A-Za-z])?)(\d+)\s*[-–]\s*((?:[0-9A-Za-z]*[A-Za-z])?)(\d+)(?![\w])"
)
_ROMAN_RANGE = re.compile(
    r"(?<![\w])([ivxlcdm]+|[IVXLCDM]+)\s*[-–]\s*([ivxlcdm]+|[IVXLCDM]+)(?![\w])"
)


def _page_ranges(text: str, fmt: str | None, dash: str = "–") -> str:
    """Page ranges with the locale's dash, in the style's page-range-format. Prefixed pages
    ("N110-N115") are formatted when both have the same prefix, else kept as written."""

    def one(match: re.Match[str]) -> str:
        before, first, after, second = match.groups()
        if before != after and after:
            return f"{before}{first}-{after}{second}"  # different prefixes: as written
        if before and not after:
            return f"{before}{first}-{second}"  # a prefix on the first only: as written
        if fmt is None:
            return f"{before}{first}{dash}{after}{second}"  # no format: with the dash
        if len(second) < len(first):
            second = first[: len(first) - len(second)] + second  # 321-8 means 321-328
        if int(second) < int(first):
            return f"{before}{first}{dash}{after}{second}"
        shown = _second_number(first, second, fmt)
        return f"{before}{first}{dash}{after if shown == second else ''}{shown}"

    def roman(match: re.Match[str]) -> str:
        return f"{match.group(1)}{dash}{match.group(2)}"

    # "327\-30": an escaped hyphen is a hyphen, not a range
    parts = text.split("\\-")
    return "-".join(_ROMAN_RANGE.sub(roman, _RANGE.sub(one, part)) for part in parts)


def _second_number(first: str, second: str, fmt: str) -> str:
    if fmt == "expanded" or len(first) != len(second):
        return second
    same = 0
    while same < len(first) - 1 and first[same] == second[same]:
        same += 1
    minimal = second[same:]
    if fmt == "minimal":
        return minimal
    two = second[max(0, min(same, len(second) - 2)) :]
    if fmt == "minimal-two":
        return two
    number = int(first)  # chicago: the Chicago Manual of Style's rules (15th; 16th with -16)
    if number < 100 or number % 100 == 0:
        return second
    if number % 100 < 10:
        return minimal
    if fmt != "chicago-16" and len(first) == 4 and len(minimal) >= 3:
        return second
    return two


def _genitive(name: str, month: int, lang: str) -> str:
    """A month's name as CLDR writes it after a day, when that differs (Russian октября)."""
    code = lang.split("-")[0]
    try:
        stand_alone = str(get_month_names("wide", "stand-alone", code)[month])
        formatted = str(get_month_names("wide", "format", code)[month])
    except (UnknownLocaleError, ValueError, KeyError):
        return name
    if name.casefold() == stand_alone.casefold() and formatted.casefold() != name.casefold():
        return formatted
    return name


def _issued_year(item: Mapping[str, Any]) -> int | None:
    parts = _date_parts(item.get("issued"))
    return parts[0] if parts else None


def _suffix(n: int) -> str:
    """a, b, …, z, aa, ab, …: the n-th year suffix (0-based)."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _date_parts(value: Any, which: int = 0) -> list[int] | None:
    """The `which`-th date of a CSL date (the second is a range's end), as numbers."""
    if not isinstance(value, Mapping):
        return None
    raw = value.get("date-parts")
    if not raw or len(raw) <= which or not raw[which]:
        return None
    try:
        parts = [int(p) for p in raw[which] if str(p).strip() != ""]
    except (TypeError, ValueError):
        return None
    return parts or None


def _date_key(value: Any) -> str:
    """A sortable date; a range sorts by its start, then its end."""
    parts = _date_parts(value)
    if parts is None:
        return ""
    key = _one_date_key(parts)
    end = _date_parts(value, 1)
    return key + "-" + _one_date_key(end) if end else key


def _one_date_key(parts: list[int]) -> str:
    year, month, day = [*parts, 0, 0][:3]
    return f"{year + 10000:05d}{month:02d}{day:02d}"


def _is_numeric(value: Any) -> bool:
    if isinstance(value, (int, float)):
        return True
    return bool(value) and bool(_NUMERIC.match(str(value)))


def _position_matches(ctx: _Ctx, wanted: str) -> bool:
    if ctx.mode != "citation":
        return False
    position = ctx.cite.position
    if wanted == "first":
        return position == "first"
    if wanted == "subsequent":
        return position != "first"
    if wanted == "ibid":
        return position in ("ibid", "ibid-with-locator")
    if wanted == "ibid-with-locator":
        return position == "ibid-with-locator"
    return False


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
