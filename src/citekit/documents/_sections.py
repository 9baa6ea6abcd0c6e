"""Note and reference sections among a document's blocks, in any of the languages' words.

A section opens at a heading: a Markdown heading, a bold pseudo-heading (``**Notlar:**``), an
HTML ``<h3>`` or a plain line, whose words are a language's ``notes_heading`` ("Dipnotlar",
"Примечания") or ``bibliography_heading`` ("Kaynakça", "Литература"). A wiki's edit link glued
to the heading ("Дереккөздер өңдеу") is dropped; a numbered line ("3 Примечания") is a contents
entry, never a heading. Sections may repeat, one per chapter, each with its own numbering or
one running numbering; entries may be numbered or not (then numbered by their place).

Reference lists are kept apart from notes, unless they are the only list the document has.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from enum import StrEnum

from attrs import evolve, frozen

from citekit._text import fold
from citekit.documents._blocks import Block, RawNote, entry
from citekit.languages import shipped_words

__all__ = ["Found", "SectionKind", "find_notes", "heading_kind"]

_YEAR = re.compile(r"\b\d{4}\b")

_TRIM = " \t#*_:.=-\u00a0"
_EDIT_LINK = re.compile(r"\s*\[[^\]\n]{1,40}\]\s*$")

_CONTENTS_ENTRY = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_CONTENTS_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_BULLET = re.compile(r"^[ \t\u00a0]*(?:↑|\^|[•·▪◦*+–—-])[ \t\u00a0]*")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Joiners of combined headings ("Kaynakça ve Dipnotlar") and Wikipedia's back links
    before a note cited more than once ("↑ 1 2 …", "^ a b …", "↑ Перейти обратно: 1 2 …"),
    from every language's ``and`` and ``backlink_words``."""
    joiners = {fold(w) for w in shipped_words("and_") if w.strip()}
    backlinks = {w for w in shipped_words("backlink_words") if w.strip()}
    ands = "|".join(re.escape(w) for w in sorted(joiners, key=len, reverse=True))
    jumps = "|".join(re.escape(w) for w in sorted(backlinks, key=len, reverse=True))
    joined = re.compile(rf"\s+(?:{ands})\s+|\s*[,/;]\s*", re.IGNORECASE)
    back = re.compile(
        rf"^[ \t\u00a0]*(?:↑|\^)[ \t\u00a0]*(?:(?:{jumps or '(?!)'})\s*)?"
        r"(?:(?:\d{1,2}|[a-zа-яё]{1,2})[ \t\u00a0]+){2,}(?=\S)"
    )
    return joined, back


def _clean(text: str) -> str:
    """A note's text without list bullets or Wikipedia's back links."""
    text = _patterns()[1].sub("", text)
    return _BULLET.sub("", text).strip()


_MAX_GAP = 5
_TERMINAL = frozenset('.!?)»”"]')
_CONTINUING = frozenset(",;:–—-(")
_MAX_HEADING = 80


class SectionKind(StrEnum):
    """What a heading opens: notes, a reference list, or another section that ends them."""

    NOTES = "notes"
    BIBLIOGRAPHY = "bibliography"
    OTHER = "other"


@frozen
class Found:
    """Notes and reference-list entries found, and the indexes of the body's blocks."""

    notes: tuple[RawNote, ...]
    bibliography: tuple[RawNote, ...]
    body: tuple[int, ...]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    notes, bibliography, other, edit = (
        {fold(w) for w in shipped_words(key)}
        for key in ("notes_heading", "bibliography_heading", "other_heading", "edit_words")
    )
    by_length = tuple(sorted(edit, key=len, reverse=True))
    return frozenset(notes), frozenset(bibliography), frozenset(other), by_length


def _key(text: str) -> str:
    key = fold(_EDIT_LINK.sub("", text.strip()).strip(_TRIM))
    for word in _words()[3]:
        if key.endswith(" " + word):
            key = key[: -len(word) - 1].strip(_TRIM)
            break
    return key


def _numbered_heading(block: Block) -> bool:
    text = block.text.strip()
    marked = block.heading or text.startswith("#") or (text.startswith("**") and len(text) > 4)
    return not marked and _CONTENTS_ENTRY.match(text) is not None


def heading_kind(block: Block, *, numbered: bool = False) -> SectionKind | None:
    """What section a block opens, if it is a heading at all.

    A numbered line ("3 Примечания") is a line of a contents list unless `numbered` says the
    caller has seen it is a numbered chapter heading.
    """
    text = block.text.strip()
    if not text or len(text) > _MAX_HEADING:
        return None
    if _numbered_heading(block):
        if not numbered:
            return None
        text = _CONTENTS_NUMBER.sub("", text)
    elif block.heading:
        text = _CONTENTS_NUMBER.sub("", text)  # a styled heading numbered by hand: "3 Kaynakça"
    notes, bibliography, other, _edit = _words()
    key = _key(text)
    if key in notes:
        return SectionKind.NOTES
    if key in bibliography:
        return SectionKind.BIBLIOGRAPHY
    parts = [p for p in _patterns()[0].split(key) if p]
    if len(parts) > 1 and all(p in notes or p in bibliography for p in parts):
        return SectionKind.NOTES if any(p in notes for p in parts) else SectionKind.BIBLIOGRAPHY
    if key in other:
        return SectionKind.OTHER
    if block.heading or (text.startswith("#") and text.lstrip("#").startswith(" ")):
        return SectionKind.OTHER
    if text.startswith("**") and text.rstrip(":").endswith("**"):
        return SectionKind.OTHER
    return None


def _numbered(
    blocks: Sequence[Block],
    start: int,
    end: int,
    continuation: bool,
    *,
    listed: bool = True,
    loose: bool = False,
) -> tuple[list[tuple[int, str, Block, list[str]]], int]:
    """Numbered entries from `start`: (number, text, first block, links), and where they end."""
    notes: list[tuple[int, str, Block, list[str]]] = []
    parts: list[str] = []
    links: list[str] = []
    first: Block | None = None
    number = 0
    ended = False
    last = start

    def flush() -> None:
        if first is not None:
            notes.append((number, _clean("\n".join(parts)), first, links))

    for i in range(start, end):
        block = blocks[i]
        found = entry(block, listed=listed, loose=loose)
        waiting = first is not None and not "".join(parts).strip()  # "1" alone: text follows
        if found is not None and (first is None or number <= found[0] <= number + _MAX_GAP):
            flush()
            number, first, ended = found[0], block, False
            parts, links = [block.text[found[1] :].strip()], list(block.links)
        elif not block.text.strip():
            ended = first is not None and not waiting
            continue
        elif first is not None and (waiting or (continuation and not ended)):
            parts.append(block.text.strip() if waiting else block.text.rstrip())
            links.extend(block.links)
        elif first is not None:
            break
        else:
            continue
        last = i + 1
    flush()
    return [n for n in notes if n[1]], last


def _unnumbered(
    blocks: Sequence[Block], start: int, end: int, continuation: bool
) -> list[tuple[str, Block, list[str]]]:
    """Entries of a list without numbers: paragraphs, or lines when no blank line parts them."""
    rows = [i for i in range(start, end) if blocks[i].text.strip()]
    if not rows:
        return []
    group = blocks[rows[0]].group
    if group is not None:  # a list's items, and nothing after the list
        rows = rows[: next((n for n, i in enumerate(rows) if blocks[i].group != group), None)]
    bulleted = [_BULLET.match(blocks[i].text) is not None for i in rows]
    if sum(bulleted) >= 2 and bulleted[0]:
        # "↑ …" or "• …" lines: one note each, and the list ends where the bullets do (a
        # pasted page's footer, "Категория: …", is not a note)
        rows = rows[: next((n for n, b in enumerate(bulleted) if not b), None)]
        by_line = True
    else:
        by_line = not continuation or rows[-1] - rows[0] + 1 == len(rows)
    entries: list[tuple[str, Block, list[str]]] = []
    previous = -2
    for i in rows:
        block = blocks[i]
        text = _clean(block.text)
        if not text:
            continue
        if by_line or i != previous + 1 or not entries or _ends_entry(entries[-1][0], text):
            entries.append((text, block, list(block.links)))
        else:
            old_text, old_block, old_links = entries[-1]
            entries[-1] = (f"{old_text}\n{text}", old_block, [*old_links, *block.links])
        previous = i
    return entries


def _ends_entry(previous: str, line: str) -> bool:
    """Whether a line after `previous` (no blank line between) starts another entry: the
    previous one ended a sentence and this one starts like a note, not a wrapped line."""
    return (
        previous.rstrip()[-1:] in _TERMINAL
        and line[:1] not in _CONTINUING
        and (not line[:1].islower())
    )


def _raw(
    number: int, text: str, block: Block, links: list[str], numbered: bool, section: int
) -> RawNote:
    return RawNote(number, text, block.line, block.paragraph, tuple(links), numbered, section)


def _next_list(
    blocks: Sequence[Block],
    found: list[tuple[int, str, Block, list[str]]],
    stop: int,
    end: int,
    continuation: bool,
    level: int,
) -> tuple[list[tuple[int, str, Block, list[str]]], int] | None:
    """The next list of notes right after a list that ended at `stop`: another list's items
    numbered from 1 again (each chapter's notes a list under the chapter's title, a heading
    below the notes' `level` or a short title). Returns its entries and the block after it,
    or None when no such list follows."""
    group = found[-1][2].group
    stop = _blank_after(blocks, stop, end)
    if stop + 1 < end and _level(blocks[stop]) > level and _chapter_title(blocks[stop]):
        stop = _blank_after(blocks, stop + 1, end)  # `### Глава 2` over its list (Markdown)
        first = entry(blocks[stop]) if stop < end else None
        if first is None or first[0] != 1:
            return None
        more, after = _numbered(blocks, stop, end, continuation)
        return (more, after) if more else None
    if stop + 1 < end and _chapter_title(blocks[stop]):  # `<p><b>Глава 2</b></p>`, its list
        stop += 1
    if stop >= end or group is None or blocks[stop].group in (None, group):
        return None
    first = entry(blocks[stop])
    if first is None or first[0] != 1:
        return None
    more, after = _numbered(blocks, stop, end, continuation)
    return (more, after) if more else None


def _chapter_title(block: Block) -> bool:
    """Whether a block between two lists of notes is a chapter's short title (`Глава 2`,
    `İkinci Bölüm`), not a note: a few words, no year, no number of an entry."""
    words = block.text.split()
    if not 0 < len(words) <= 6 or entry(block) is not None or _YEAR.search(block.text):
        return False
    return _key(block.text) not in _words()[2]  # `Содержание`, `See also`: a section's own


def _level(block: Block) -> int:
    """A heading's level: as the format says (`<h4>`), or a Markdown heading's `#` count."""
    if block.level:
        return block.level
    marks = len(block.text) - len(block.text.lstrip("#"))
    return marks if 0 < marks <= 6 and block.text[marks : marks + 1] == " " else 0


def _blank_after(blocks: Sequence[Block], at: int, end: int) -> int:
    """The first block from `at` (before `end`) that holds any text; `end` when none does."""
    while at < end and not blocks[at].text.strip():
        at += 1
    return at


def _notes_end(blocks: Sequence[Block], heads: list[tuple[int, SectionKind]], n: int) -> int:
    """Where the notes under heading `n` end: at the next heading, but for a heading below the
    notes' own (`<h3>Примечания</h3> … <h4>Глава 2</h4>`) that titles a chapter's list of
    notes numbered from 1."""
    level = _level(blocks[heads[n][0]])
    m = n + 1
    while m < len(heads) and heads[m][1] is SectionKind.OTHER:
        at = heads[m][0]
        title = blocks[at]
        after = _blank_after(blocks, at + 1, len(blocks))
        first = entry(blocks[after]) if after < len(blocks) else None
        if not (level and _level(title) > level and first is not None and first[0] == 1):
            break
        m += 1
    return heads[m][0] if m < len(heads) else len(blocks)


def _sections(
    blocks: Sequence[Block], heads: list[tuple[int, SectionKind]], continuation: bool
) -> tuple[list[RawNote], list[RawNote], set[int], list[int]]:
    notes: list[RawNote] = []
    bibliography: list[RawNote] = []
    starts: list[int] = []  # where each reference list starts in `bibliography`
    used: set[int] = set()
    section = -1
    highest = 0
    for n, (at, kind) in enumerate(heads):
        if kind is SectionKind.OTHER:
            continue
        end = heads[n + 1][0] if n + 1 < len(heads) else len(blocks)
        start = at + 1
        level = _level(blocks[at])
        if kind is SectionKind.NOTES:
            end = _notes_end(blocks, heads, n)
            title = _blank_after(blocks, start, end)
            heading = blocks[title] if title + 1 < end else None
            if heading is not None and _level(heading) > level > 0 and _chapter_title(heading):
                start = title + 1  # the first chapter's title right under the notes' heading
        found, stop = _numbered(blocks, start, end, continuation)
        if not found or found[0][0] != 1:
            loose, loose_stop = _numbered(blocks, start, end, continuation, loose=True)
            if loose and loose[0][0] == 1 and len(loose) > len(found):
                found, stop = loose, loose_stop
        out = notes if kind is SectionKind.NOTES else bibliography
        if found:
            if kind is SectionKind.BIBLIOGRAPHY:
                starts.append(len(bibliography))
            if kind is SectionKind.NOTES and (section < 0 or found[0][0] <= highest):
                section += 1
            index = max(section, 0) if kind is SectionKind.NOTES else 0
            out.extend(_raw(num, text, b, ln, True, index) for num, text, b, ln in found)
            if kind is SectionKind.NOTES:
                highest = max(num for num, *_ in found)
                while (
                    more := _next_list(blocks, found, stop, end, continuation, level)
                ) is not None:
                    found, stop = more  # a chapter's list of notes, numbered from 1 again
                    section += 1
                    out.extend(_raw(num, text, b, ln, True, section) for num, text, b, ln in found)
                    highest = max(num for num, *_ in found)
            used.update(range(at, stop))
            continue
        key = _key(blocks[at].text)
        if any(_key(blocks[a].text) == key for a, _k in heads[n + 1 :]):
            used.add(at)  # the same heading again later: this one is a contents list's line
            continue
        loose_entries = _unnumbered(blocks, at + 1, end, continuation)
        if loose_entries:
            if kind is SectionKind.BIBLIOGRAPHY:
                starts.append(len(bibliography))
            if kind is SectionKind.NOTES:
                section += 1
            index = max(section, 0) if kind is SectionKind.NOTES else 0
            first = 1 if kind is SectionKind.NOTES else len(bibliography) + 1
            out.extend(
                _raw(i, text, b, ln, False, index)
                for i, (text, b, ln) in enumerate(loose_entries, first)
            )
            used.update(range(at, end))
        else:
            used.add(at)
    return notes, bibliography, used, starts


def _fallback(blocks: Sequence[Block], continuation: bool) -> tuple[list[RawNote], set[int]]:
    """The last run of numbered entries that starts at 1, when no heading names a list."""
    for i in range(len(blocks) - 1, -1, -1):
        found = entry(blocks[i], listed=False)
        if found is not None and found[0] == 1:
            run, stop = _numbered(blocks, i, len(blocks), continuation, listed=False)
            if run:
                raws = [_raw(num, text, b, ln, True, 0) for num, text, b, ln in run]
                return raws, set(range(i, stop))
    return _loose_tail(blocks, continuation)


def _loose_tail(blocks: Sequence[Block], continuation: bool) -> tuple[list[RawNote], set[int]]:
    """``1 Text`` lines closing a document (a PDF's notes, copied): at least three, numbered
    1, 2, 3 … one after the other, and nothing but blank lines after them."""
    last = max((i for i, b in enumerate(blocks) if b.text.strip()), default=-1)
    for i in range(last, -1, -1):
        found = entry(blocks[i], listed=False, loose=True)
        if found is None or found[0] != 1:
            continue
        run, stop = _numbered(blocks, i, len(blocks), continuation, listed=False, loose=True)
        numbers = [num for num, *_ in run]
        lines = sum(1 for b in blocks[i:stop] if b.text.strip())
        if len(run) >= 3 and numbers == list(range(1, len(run) + 1)) and stop > last:
            if lines > len(run):  # lines between the entries: page notes amid the body
                break
            return [_raw(n, text, b, ln, True, 0) for n, text, b, ln in run], set(range(i, stop))
        break
    return _page_notes(blocks) if continuation else ([], set())


def _page_notes(blocks: Sequence[Block]) -> tuple[list[RawNote], set[int]]:
    """Footnotes left at the foot of each page when a PDF is copied as text: ``1 Text`` lines
    numbered 1, 2, 3 … in order among the body's lines (at least three). A note goes on over
    the next line while it has not ended a sentence."""
    notes: list[RawNote] = []
    used: set[int] = set()
    expected = 1
    i = 0
    while i < len(blocks):
        block = blocks[i]
        found = entry(block, listed=False, loose=True)
        text = block.text[found[1] :].strip() if found is not None else ""
        if found is None or found[0] != expected or len(text) < 10 or text[:1].islower():
            i += 1
            continue
        start = i
        while (
            text[-1:] not in _TERMINAL
            and i + 1 < len(blocks)
            and blocks[i + 1].text.strip()
            and i - start < 3
            and entry(blocks[i + 1], listed=False, loose=True) is None
        ):
            i += 1
            text = f"{text}\n{blocks[i].text.strip()}"
        notes.append(RawNote(expected, text, block.line, block.paragraph, block.links))
        used.update(range(start, i + 1))
        expected += 1
        i += 1
    return (notes, used) if len(notes) >= 3 else ([], set())


def _chapter_headings(
    blocks: Sequence[Block], heads: list[tuple[int, SectionKind]]
) -> list[tuple[int, SectionKind]]:
    """Numbered headings ("5. Kaynakça") that are not repeated later and either open a numbered
    list or repeat a contents list's line: a chapter heading, where the same line in a contents
    list opens nothing."""
    found: list[tuple[int, SectionKind]] = []
    taken = {i for i, _k in heads}
    for i, block in enumerate(blocks):
        if i in taken or not _numbered_heading(block):
            continue
        kind = heading_kind(block, numbered=True)
        if kind is None or kind is SectionKind.OTHER:
            continue
        key = _key(_CONTENTS_NUMBER.sub("", block.text.strip()))

        def same(b: Block) -> bool:
            return _key(_CONTENTS_NUMBER.sub("", b.text.strip())) == key  # noqa: B023

        if any(same(b) for b in blocks[i + 1 :]):
            continue  # a contents list's line: the heading itself comes later
        in_contents = any(_numbered_heading(b) and same(b) for b in blocks[:i])
        following = next((b for b in blocks[i + 1 :] if b.text.strip()), None)
        if not in_contents and (following is None or entry(following, loose=True) is None):
            continue
        found.append((i, kind))
    return found


def find_notes(blocks: Sequence[Block], *, continuation: bool = True) -> Found:
    """Find the notes, the reference list and the body among a document's blocks.

    `continuation` lets a note go on over the following non-blank blocks (wrapped lines of
    text); paragraphs never continue.
    """
    heads = [(i, k) for i, b in enumerate(blocks) if (k := heading_kind(b)) is not None]
    heads = sorted([*heads, *_chapter_headings(blocks, heads)])
    notes, bibliography, used, starts = _sections(blocks, heads, continuation)
    if not notes and not bibliography:
        notes, used = _fallback(blocks, continuation)
    elif not notes:  # no notes: the first reference list is them, numbered from 1
        cut = starts[1] if len(starts) > 1 else len(bibliography)
        notes, rest = bibliography[:cut], bibliography[cut:]
        bibliography = [evolve(n, number=i) if not n.numbered else n for i, n in enumerate(rest, 1)]
    body = tuple(i for i in range(len(blocks)) if i not in used)
    return Found(tuple(notes), tuple(bibliography), body)
