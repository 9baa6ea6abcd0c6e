"""Markdown: pandoc/CommonMark footnotes (``[^1]``, inline ``^[…]``) through markdown-it-py, or
a note list.

Footnote definitions and references come from the parse tree (markdown-it-py's footnote
plugin); a note's raw text is its source lines, without the ``[^1]:`` label and the
indentation that continues it. Documents without footnote syntax (``[1]`` markers and a
"Библиография" list) go through the same note-list finder as plain text, with front matter and
code left out.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from citekit.documents._blocks import Block, RawNote, find_markers, is_note_number
from citekit.documents._common import Extraction, decode
from citekit.documents._sections import find_notes
from citekit.documents._shortcodes import text_shortcodes
from citekit.errors import DocumentError

__all__ = ["read"]

_LABEL = re.compile(r"\s*\[\^[^\]]+\]:[ \t]?")
_LINK = re.compile(r"\]\((<[^>]*>|[^)\s]+)")
_CODE = frozenset({"fence", "code_block", "front_matter", "html_block"})


# markdown-it stops reading a document silently where quotes and lists nest deeper than this
# (its own default is 20); deeper than it can go, citekit says so instead of losing notes.
_MAX_NESTING = 400


def _parser() -> MarkdownIt:
    options = {"maxNesting": _MAX_NESTING}
    return MarkdownIt("commonmark", options).use(front_matter_plugin).use(footnote_plugin)


def _dedent(line: str) -> str:
    if line.startswith("\t"):
        return line[1:]
    return line[4:] if line.startswith("    ") else line.lstrip(" ")


def _key(meta: dict[str, object]) -> str:
    """A footnote's label; an inline note (``^[…]``, pandoc) has none, only its place."""
    label = meta.get("label")
    return str(label) if label is not None else f"^{meta.get('id')}"


def _footnotes(tokens: list[Token], lines: list[str]) -> tuple[list[RawNote], list[int]]:
    refs: list[str] = []
    cited: list[bool] = []  # False: a reference `_orphans` added after the text
    inline_lines: dict[str, int] = {}  # an inline note's line: the paragraph it stands in
    for token in tokens:
        added = token.map is not None and token.map[0] >= len(lines)
        for child in token.children or ():
            if child.type == "footnote_ref":
                key = _key(child.meta)
                refs.append(key)
                cited.append(not added)
                if token.map is not None and not added:
                    inline_lines.setdefault(key, token.map[0] + 1)
    defined = [_key(t.meta) for t in tokens if t.type == "footnote_open"]
    # Numeric labels are the note numbers; otherwise (``[^a]``, inline ``^[…]``) every note is
    # numbered by its first reference, as pandoc numbers them, so that no two share a number.
    numeric = all(is_note_number(k) for k in (*refs, *defined))
    labels: dict[str, int] = {}

    def number(label: str) -> int:
        if label not in labels:
            labels[label] = int(label) if numeric else len(labels) + 1
        return labels[label]

    markers = [n for n, real in zip(map(number, refs), cited, strict=True) if real]
    notes: list[RawNote] = []
    label: str | None = None
    span: list[int] = []
    inline: list[str] = []
    for token in tokens:
        if token.type == "footnote_open":
            label, span, inline = _key(token.meta), [], []
        elif token.type == "footnote_close" and label is not None:
            text = ""
            line = min(span) + 1 if span else inline_lines.get(label)
            if span:
                chunk = lines[min(span) : max(span)]
                first = _LABEL.sub("", chunk[0], count=1)
                text = "\n".join([first, *(_dedent(x) for x in chunk[1:])]).strip()
            elif inline:  # ^[…]: the note's text is in its paragraph, not on lines of its own
                text = "\n".join(inline).strip()
            links = tuple(m.group(1).strip("<>") for m in _LINK.finditer(text))
            notes.append(RawNote(number(label), text, line, None, links))
            label = None
        elif label is not None and token.map is not None:
            span.extend(token.map)
        elif label is not None and token.type == "inline":
            inline.append(token.content)
    notes.sort(key=lambda n: n.number)
    return notes, markers


_BRACKETS = re.compile(r"[\[\]]|\n[ \t]*\n")
_MAX_BRACKETS = 100  # markdown-it recurses once per open "[" of a paragraph


def _refuse_deep_brackets(text: str, path: str) -> None:
    """A DocumentError when a paragraph opens more than 100 "[" at once (linear scan).

    markdown-it parses link text recursively, so 330 nested brackets overflow Python's stack.
    """
    depth = 0
    for match in _BRACKETS.finditer(text):
        mark = match.group()
        if mark == "[":
            depth += 1
            if depth > _MAX_BRACKETS:
                line = text.count("\n", 0, match.start()) + 1
                raise DocumentError(
                    path, f"line {line}: more than {_MAX_BRACKETS} '[' open at once"
                )
        elif mark == "]":
            depth = max(depth - 1, 0)
        else:
            depth = 0  # a blank line ends the paragraph, and any link in it


def read(data: bytes, *, path: str) -> Extraction:
    """Read a Markdown document."""
    text = decode(data, path)
    shortcodes = text_shortcodes(text)
    if shortcodes is not None:
        return shortcodes
    lines = text.split("\n")
    _refuse_deep_brackets(text, path)
    try:
        env: dict[str, Any] = {}
        tokens = _parser().parse(text, env)
        orphans = [k[1:] for k, v in env.get("footnotes", {}).get("refs", {}).items() if v < 0]
        if orphans:  # the plugin drops a definition no marker cites: cite it after the text
            cites = "".join(f"[^{label}]" for label in orphans)
            tokens = _parser().parse(f"{text}\n\n{cites}\n", {})
    except RecursionError:
        raise DocumentError(path, "the Markdown nests too deeply to read") from None
    deepest = max(tokens, key=lambda t: t.level, default=None)
    if deepest is not None and deepest.level >= _MAX_NESTING - 1:
        line = deepest.map[0] + 1 if deepest.map else 1
        raise DocumentError(
            path, f"line {line}: quotes or lists nested more than {_MAX_NESTING} deep"
        )
    if any(t.type == "footnote_open" for t in tokens):
        notes, refs = _footnotes(tokens, lines)
        inline = "\n".join(_body_inlines(tokens))
        return Extraction(tuple(notes), tuple(refs), inline)
    hidden: set[int] = set()
    for token in tokens:
        if token.type in _CODE and token.map is not None:
            hidden.update(range(*token.map))
    blocks = [
        Block("" if i in hidden else line, line=i + 1, links=_links(line))
        for i, line in enumerate(lines)
    ]
    found = find_notes(blocks)
    body = [blocks[i].text for i in found.body]
    markers = find_markers(body, {n.number for n in found.notes})
    return Extraction(found.notes, tuple(markers), "\n".join(body), found.bibliography)


def _links(line: str) -> tuple[str, ...]:
    return tuple(m.group(1).strip("<>") for m in _LINK.finditer(line))


def _body_inlines(tokens: list[Token]) -> list[str]:
    """The body's inline text, without the footnotes' (the edition language is the body's)."""
    texts: list[str] = []
    depth = 0
    for token in tokens:
        if token.type == "footnote_block_open":
            depth += 1
        elif token.type == "footnote_block_close":
            depth -= 1
        elif token.type == "inline" and depth == 0:
            texts.append(token.content)
    return texts
