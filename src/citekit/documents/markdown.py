"""Markdown: pandoc/CommonMark footnotes (``[^1]``) through markdown-it-py, or a note list.

Footnote definitions and references come from the parse tree (markdown-it-py's footnote
plugin); a note's raw text is its source lines, without the ``[^1]:`` label and the
indentation that continues it. Documents without footnote syntax (``[1]`` markers and a
"Библиография" list) go through the same note-list finder as plain text, with front matter and
code left out.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from citekit.documents._blocks import Block, RawNote, find_markers, find_notes
from citekit.documents._common import Extraction, decode
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


def _footnotes(tokens: list[Token], lines: list[str]) -> tuple[list[RawNote], list[int]]:
    labels: dict[str, int] = {}
    markers: list[int] = []

    def number(label: str) -> int:
        if label not in labels:
            labels[label] = int(label) if label.isdigit() and len(label) <= 6 else len(labels) + 1
        return labels[label]

    for token in tokens:
        for child in token.children or ():
            if child.type == "footnote_ref":
                markers.append(number(str(child.meta["label"])))
    notes: list[RawNote] = []
    label: str | None = None
    span: list[int] = []
    for token in tokens:
        if token.type == "footnote_open":
            label, span = str(token.meta["label"]), []
        elif token.type == "footnote_close" and label is not None:
            text = ""
            if span:
                chunk = lines[min(span) : max(span)]
                first = _LABEL.sub("", chunk[0], count=1)
                text = "\n".join([first, *(_dedent(x) for x in chunk[1:])]).strip()
            links = tuple(m.group(1).strip("<>") for m in _LINK.finditer(text))
            line = min(span) + 1 if span else None
            notes.append(RawNote(number(label), text, line, None, links))
            label = None
        elif label is not None and token.map is not None:
            span.extend(token.map)
    notes.sort(key=lambda n: n.number)
    return notes, markers


def read(data: bytes, *, path: str) -> Extraction:
    """Read a Markdown document."""
    text = decode(data, path)
    lines = text.split("\n")
    tokens = _parser().parse(text, {})
    deepest = max(tokens, key=lambda t: t.level, default=None)
    if deepest is not None and deepest.level >= _MAX_NESTING - 1:
        line = deepest.map[0] + 1 if deepest.map else 1
        raise DocumentError(
            path, f"line {line}: quotes or lists nested more than {_MAX_NESTING} deep"
        )
    if any(t.type == "footnote_open" for t in tokens):
        notes, refs = _footnotes(tokens, lines)
        # the body is the text outside the footnotes: notes in other languages must not
        # decide the article's language
        body, inside = [], 0
        for token in tokens:
            inside += {"footnote_open": 1, "footnote_close": -1}.get(token.type, 0)
            if token.type == "inline" and not inside:
                body.append(token.content)
        return Extraction(tuple(notes), tuple(refs), "\n".join(body))
    hidden: set[int] = set()
    for token in tokens:
        if token.type in _CODE and token.map is not None:
            hidden.update(range(*token.map))
    blocks = [
        Block("" if i in hidden else line, line=i + 1, links=_links(line))
        for i, line in enumerate(lines)
    ]
    start, found = find_notes(blocks)
    body = [b.text for b in blocks[:start]]
    markers = find_markers(body, {n.number for n in found})
    return Extraction(tuple(found), tuple(markers), "\n".join(body))


def _links(line: str) -> tuple[str, ...]:
    return tuple(m.group(1).strip("<>") for m in _LINK.finditer(line))
