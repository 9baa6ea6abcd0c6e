"""Rich text as CommonMark: italic and bold as ``*`` and ``**``, what Markdown has no syntax
for (small caps, underline, superscript) as inline HTML, and every character of the text that
Markdown would read as markup escaped, so that a title never becomes a link, emphasis or raw
HTML (``<script>``).

Emphasis follows CommonMark's flanking rules: where ``*`` could not open or close here (a
title in italics right after a letter and starting with a quote mark), the span is written as
``<em>``/``<strong>`` instead, which CommonMark passes through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from attrs import frozen

from citekit.styles.backends.html import tags
from citekit.styles.csl.richtext import Block, Display, Format, Node, Span, Text

__all__ = ["to_markdown"]

# ASCII punctuation CommonMark could read as markup or an entity; backslash-escaped
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LIST_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+])(?=\s|$)")
_EMPHASIS = {Format.ITALIC: ("*", "<em>", "</em>"), Format.BOLD: ("**", "<strong>", "</strong>")}
_UNDONE_BY = {
    Format.NORMAL_STYLE: Format.ITALIC,
    Format.NORMAL_WEIGHT: Format.BOLD,
    Format.NORMAL_VARIANT: Format.SMALL_CAPS,
}
_UNDOES = {undone: undoing for undoing, undone in _UNDONE_BY.items()}


@frozen
class _Mark:
    """One side of an emphasis, written as ``*`` or as an HTML tag once its neighbours are known."""

    pair: int
    opening: bool
    markdown: str
    html: str


def to_markdown(tree: Span) -> str:
    """The tree as one line of CommonMark."""
    pieces: list[str | _Mark] = []
    _walk(tree, pieces, frozenset(), [0])
    text = _resolve([p for p in pieces if p != ""])
    return _LIST_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


def _walk(
    node: Node,
    out: list[str | _Mark],
    active: frozenset[Format],
    pairs: list[int],
    *,
    after_block: bool = False,
) -> None:
    if isinstance(node, Text):
        out.append(_SPECIAL.sub(r"\\\1", node.text))
        return
    if isinstance(node, Block):
        inner: list[str | _Mark] = []
        _walk_children(node.children, inner, active, pairs)
        if node.display is Display.RIGHT_INLINE and after_block:
            # after the number in the margin, one space, as in the text output: "1. Smith"
            first = next((k for k, p in enumerate(inner) if isinstance(p, str) and p), None)
            if first is not None:
                inner[first] = str(inner[first]).lstrip()
            out.append(" ")
        out.extend(inner)
        return
    shown = node.format
    if (
        shown is None
        or shown is Format.BASELINE  # nothing to undo in Markdown
        or (shown in _EMPHASIS and shown in active)
        or (shown in _UNDONE_BY and _UNDONE_BY[shown] not in active)
    ):
        _walk_children(node.children, out, active, pairs)
        return
    inner_active = active - {_UNDONE_BY[shown]} if shown in _UNDONE_BY else active | {shown}
    if shown in _EMPHASIS:
        if all(isinstance(c, Span) and c.format is _UNDOES[shown] for c in node.children):
            for child in node.children:  # "<i><span style=font-style:normal>…": plain
                _walk(child, out, active, pairs)
            return
        markdown, html_open, html_close = _EMPHASIS[shown]
        pairs[0] += 1
        pair = pairs[0]
        inner = []
        _walk_children(node.children, inner, inner_active, pairs)
        lead, trail = _outer_spaces(inner)
        out += [lead, _Mark(pair, True, markdown, html_open), *inner]
        out += [_Mark(pair, False, markdown, html_close), trail]
        return
    opening, closing = tags(shown)
    out.append(opening)
    _walk_children(node.children, out, inner_active, pairs)
    out.append(closing)


def _walk_children(
    nodes: tuple[Node, ...], out: list[str | _Mark], active: frozenset[Format], pairs: list[int]
) -> None:
    for k, child in enumerate(nodes):
        _walk(child, out, active, pairs, after_block=k > 0 and isinstance(nodes[k - 1], Block))


def _outer_spaces(pieces: list[str | _Mark]) -> tuple[str, str]:
    """The spaces at either end of an emphasis, taken out of it (``*Title* 2021``, never
    ``*Title *2021``, which CommonMark would not read as emphasis)."""
    texts = [k for k, p in enumerate(pieces) if isinstance(p, str) and p.strip()]
    if not texts:
        return "", ""
    first, last = texts[0], texts[-1]
    if any(isinstance(p, _Mark) for p in pieces[:first]):
        lead = ""
    else:
        joined = "".join(str(p) for p in pieces[: first + 1])
        lead = joined[: len(joined) - len(joined.lstrip())]
        pieces[: first + 1] = [joined.lstrip()]
        last -= first
    if any(isinstance(p, _Mark) for p in pieces[last + 1 :]):
        return lead, ""
    joined = "".join(str(p) for p in pieces[last:])
    pieces[last:] = [joined.rstrip()]
    return lead, joined[len(joined.rstrip()) :]


def _resolve(pieces: list[str | _Mark]) -> str:
    """Each emphasis as ``*`` where CommonMark reads it so, else as HTML tags. Pairs are decided
    in the order they open; a pair next to a mark already written as ``*`` is written as HTML,
    so that two delimiter runs never merge."""
    where: dict[tuple[int, bool], int] = {
        (p.pair, p.opening): k for k, p in enumerate(pieces) if isinstance(p, _Mark)
    }
    written: dict[int, bool] = {}  # pair -> written as Markdown
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if isinstance(piece, str):
            out.append(piece)
            continue
        if piece.opening:
            close = where[(piece.pair, False)]
            if close == k + 1:  # an empty emphasis: nothing to show
                written[piece.pair] = False
                continue
            written[piece.pair] = _fits(pieces, k, written, _left_flanking) and _fits(
                pieces, close, written, _right_flanking
            )
        elif where[(piece.pair, True)] == k - 1:
            continue
        out.append(piece.markdown if written[piece.pair] else piece.html)
    return "".join(out)


def _fits(
    pieces: list[str | _Mark],
    k: int,
    written: dict[int, bool],
    flanking: Callable[[str, str], bool],
) -> bool:
    """Whether the mark at `k` can be a ``*`` delimiter run here."""
    before = _char(pieces[k - 1] if k else None, written, last=True)
    after = _char(pieces[k + 1] if k + 1 < len(pieces) else None, written, last=False)
    return before is not None and after is not None and flanking(before, after)


def _char(piece: str | _Mark | None, written: dict[int, bool], *, last: bool) -> str | None:
    """The character a neighbour shows: a space at the edge of the text, ``<``/``>`` for an
    HTML tag (or a mark yet to be decided, which will be one), None for a ``*`` run."""
    if piece is None:
        return " "
    if isinstance(piece, _Mark):
        if written.get(piece.pair, False):
            return None
        return ">" if last else "<"
    return piece[-1] if last else piece[0]


def _space(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Zs"


def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _left_flanking(before: str, after: str) -> bool:
    if _space(after):
        return False
    return not _punct(after) or _space(before) or _punct(before)


def _right_flanking(before: str, after: str) -> bool:
    if _space(before):
        return False
    return not _punct(before) or _space(after) or _punct(after)
