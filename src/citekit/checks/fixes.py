"""`citekit fix`: apply the safe fixes that findings carry, to the file's own bytes.

An `Edit` says "in note n, `old` becomes `new`". For text and Markdown, where notes have line
numbers, each edit must match exactly once between its note's first line and the next note's;
for HTML, where notes have no line (or notes that share one line), an edit is applied only when
`old` occurs in the file (that line) exactly as often as the edits replacing it (every
occurrence is a note being fixed). In HTML a character may be written as a character reference.
Anything else is left and reported. DOCX and ODT files are not rewritten. The file is written by
`citekit.writing.write_file` (atomic, refused if the file changed meanwhile) and not touched at
all when nothing changes; line endings and a BOM are kept because only the edited bytes change.
"""

from __future__ import annotations

import bisect
import functools
import html
import html.entities
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from attrs import evolve, frozen

from citekit._text import INVISIBLE
from citekit.checks import CheckConfig, check
from citekit.documents import read_file
from citekit.documents.html import legacy_encoding as page_encoding
from citekit.documents.wordpress import legacy_encoding as export_encoding
from citekit.links.results import LinkResult
from citekit.model import Document, Edit, Finding
from citekit.pipeline import read_bytes
from citekit.writing import write_file

__all__ = ["FixResult", "apply_fixes", "plan_edits", "plan_fixes", "write_atomically"]

_LINE_END = re.compile(rb"\r\n?|\n")


@frozen
class FixResult:
    """The file's bytes after the fixes, what was applied and what was left (with why)."""

    original: bytes
    fixed: bytes
    applied: tuple[Edit, ...]
    skipped: tuple[tuple[Edit, str], ...]
    encoding: str = "utf-8"  # what `original` and `fixed` are written in (an HTML page's charset)

    @property
    def changed(self) -> bool:
        """Whether the fixes change the file."""
        return self.fixed != self.original


def _line_starts(data: bytes) -> list[int]:
    """Where each line starts, lines ended as the readers end them: CR LF, LF or a lone CR
    (classic Mac files), so that a note's line is the reader's line."""
    return [0, *(found.end() for found in _LINE_END.finditer(data))]


def _line_spans(
    data: bytes, document: Document, edits: list[Edit], *, markup: bool = False
) -> tuple[list[tuple[int, int, Edit]], list[tuple[Edit, str]]]:
    """Each edit found exactly once between its note's line and the next note's. Notes that
    share a line (a one-line Google Docs export, inline notes of one paragraph) cannot be told
    apart by lines: their edits are matched by count within that line (`_count_spans`)."""
    starts = _line_starts(data)
    lines = {
        (n.section, n.number): n.location.line
        for n in document.notes
        if n.location.line is not None
    }
    ordered = sorted(set(lines.values()))
    shared = {line for line, count in Counter(lines.values()).items() if count > 1}
    spans: list[tuple[int, int, Edit]] = []
    skipped: list[tuple[Edit, str]] = []
    together: dict[int, list[Edit]] = {}
    for edit in edits:
        line = lines.get((edit.section, edit.note))
        if line is None or line > len(starts):
            skipped.append((edit, "the note's place in the file is not known"))
            continue
        later = [n for n in ordered if n > line]
        begin = starts[line - 1]
        end = starts[later[0] - 1] if later and later[0] - 1 < len(starts) else len(data)
        if line in shared:
            together.setdefault(line, []).append(edit)
            continue
        every = _all_read(data, edit.old, begin, end, markup=markup)
        found = [(a, b) for a, b in every if not _in_markup(data, a)]
        if not every:
            skipped.append((edit, f"{edit.old!r} is not written as such in the file"))
        elif not found:
            skipped.append((edit, f"{edit.old!r} is written only inside markup (a link target)"))
        elif len(found) > 1:
            skipped.append((edit, f"{edit.old!r} occurs more than once in the note"))
        else:
            start, stop = found[0]
            if markup:  # as written in the file, and the new text escaped for HTML
                written = data[start:stop].decode("utf-8", "surrogateescape")
                edit = evolve(edit, old=written, new=html.escape(edit.new, quote=False))
            spans.append((start, stop, edit))
    for line, group in together.items():
        later = [n for n in ordered if n > line]
        end = starts[later[0] - 1] if later and later[0] - 1 < len(starts) else len(data)
        counted, left = _count_spans(data, group, starts[line - 1], end, markup=markup)
        spans += counted
        skipped += left
    return spans, skipped


def _all_read(
    data: bytes, old: str, begin: int, end: int, *, markup: bool = False
) -> list[tuple[int, int]]:
    """Where `old` is written between `begin` and `end`, as such or with characters no reader
    sees inside it (`Исто\u00adрия`): the note parser reads them as absent
    (`citekit._text.visible`), so the values it reports lack them. In HTML (`markup`) any
    character may also be a character reference (`Eri&#351;im&nbsp;Tarihi`, `&shy;`).
    (start, end) byte offsets."""
    region = data[begin:end].decode("utf-8", "surrogateescape")
    pattern = _written(old, markup=markup)
    at = functools.partial(_byte_offset, region, begin)
    return [(at(m.start()), at(m.end())) for m in pattern.finditer(region)] if old else []


@functools.cache
def _written(old: str, *, markup: bool) -> re.Pattern[str]:
    """How `old` may be written: with invisible characters between its characters, and in
    HTML with any character (and an invisible one) as a named or numeric reference."""
    if not markup:
        return re.compile(f"{INVISIBLE.pattern}*".join(map(_letter, old)) + _UNMARKED)
    invisible = [INVISIBLE.pattern, *(_references(chr(c)) for c in (0xAD, 0x200B, 0x2060))]
    gap = f"(?:{'|'.join(invisible)})*"
    return re.compile(gap.join(f"(?:{_letter(c)}|{_references(c)})" for c in old) + _UNMARKED)


# no combining mark follows a match's last letter (`Eris` is not the `Eriş` of "s" + U+0327)
_UNMARKED = "(?![\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])"


def _letter(char: str) -> str:
    """A pattern of `char` composed or decomposed: the reader composes a note's letters
    (`citekit.pipeline`), so the values it reports are composed, whichever the file wrote."""
    apart = unicodedata.normalize("NFD", char)
    return re.escape(char) if apart == char else f"(?:{re.escape(char)}|{re.escape(apart)})"


@functools.cache
def _references(char: str) -> str:
    """A pattern of the HTML character references that write `char` (`&nbsp;`, `&#160;`)."""
    names = [name for name, value in html.entities.html5.items() if value == char]
    forms = [re.escape(f"&{name}") for name in sorted(names, key=len, reverse=True)]
    return "|".join([*forms, f"&#0*{ord(char)};", f"&#[xX]0*(?i:{ord(char):x});"])


def _byte_offset(region: str, begin: int, index: int) -> int:
    return begin + len(region[:index].encode("utf-8", "surrogateescape"))


def _count_spans(
    data: bytes, edits: list[Edit], begin: int = 0, end: int | None = None, *, markup: bool
) -> tuple[list[tuple[int, int, Edit]], list[tuple[Edit, str]]]:
    """Edits applied where `old` occurs between `begin` and `end` exactly as often as the
    edits replacing it (every occurrence is a note being fixed); else none of them."""
    stop = len(data) if end is None else end
    groups: dict[tuple[str, str], list[Edit]] = {}
    for edit in edits:
        groups.setdefault((edit.old, edit.new), []).append(edit)
    olds = Counter(old for old, _new in groups)
    spans: list[tuple[int, int, Edit]] = []
    skipped: list[tuple[Edit, str]] = []
    for (old, new), group in groups.items():
        found = [
            (a, b)
            for a, b in _all_read(data, old, begin, stop, markup=markup)
            if not _in_markup(data, a)
        ]
        if olds[old] > 1 or len(found) != len(group):
            why = f"{old!r} also occurs outside the notes being fixed"
            skipped.extend((edit, why) for edit in group)
            continue
        written_new = html.escape(new, quote=False) if markup else new
        for (start, finish), edit in zip(sorted(found), group, strict=True):
            if markup:
                written = data[start:finish].decode("utf-8", "surrogateescape")
                edit = evolve(edit, old=written, new=written_new)
            spans.append((start, finish, edit))
    return spans, skipped


_MARKUP_REACH = 4096  # how far back a tag's "<" is looked for


def _in_markup(data: bytes, pos: int) -> bool:
    """Whether `pos` is inside markup rather than the note's text.

    Inside an HTML tag or an autolink (``href="…"``, ``<https://…>``) or in a Markdown link
    target (``](…)``): a fix there would break the link, so only the text a reader sees is
    edited; nor a comment, a script or a style sheet (`_unseen`).
    """
    if _unseen(data, pos):
        return True
    floor = max(0, pos - _MARKUP_REACH)
    opened, closed = data.rfind(b"<", floor, pos), data.rfind(b">", floor, pos)
    if opened > closed and data[opened + 1 : opened + 2].isalpha():
        return True
    before = data[max(0, pos - 3) : pos]
    return before.endswith((b"](", b"](<"))


_UNSEEN = re.compile(
    rb"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE
)


@functools.lru_cache(maxsize=2)
def _unseen_spans(data: bytes) -> tuple[list[int], list[int]]:
    """Where HTML comments, scripts and style sheets start and end in `data` (once a file)."""
    spans = [found.span() for found in _UNSEEN.finditer(data)] if b"<" in data else []
    return [start for start, _ in spans], [end for _, end in spans]


def _unseen(data: bytes, pos: int) -> bool:
    """Whether `pos` is in text no reader sees: an HTML comment (one never closed runs to the
    end, as browsers read it), a script or a style sheet."""
    starts, ends = _unseen_spans(data)
    index = bisect.bisect_right(starts, pos) - 1
    return index >= 0 and pos < ends[index]


def _splice(
    data: bytes, spans: list[tuple[int, int, Edit]], skipped: list[tuple[Edit, str]]
) -> tuple[bytes, list[Edit], list[tuple[Edit, str]]]:
    spans.sort(key=lambda s: s[0])
    out, applied, cursor = bytearray(), list[Edit](), 0
    for start, end, edit in spans:
        if start < cursor:
            skipped.append((edit, "overlaps another fix"))
            continue
        out += data[cursor:start] + _as_written(edit.new, data[start:end]).encode()
        cursor = end
        applied.append(edit)
    out += data[cursor:]
    return bytes(out), applied, skipped


def _as_written(new: str, old: bytes) -> str:
    """`new` in the normal form of the text it replaces: a file that writes its letters
    decomposed (macOS, text copied from a PDF: "s" + U+0327 for "ş") gets decomposed letters."""
    written = old.decode("utf-8", "surrogateescape")
    return new if unicodedata.is_normalized("NFC", written) else unicodedata.normalize("NFD", new)


# formats whose notes are HTML: character references are text, and text written is escaped
_MARKUP = frozenset({"html", "wordpress"})
# zipped word-processor files: never rewritten (a wrong edit inside XML would corrupt them)
_WORD_PROCESSORS = {"docx": ("DOCX", "Word"), "odt": ("ODT", "LibreOffice Writer")}


def plan_fixes(data: bytes, document: Document, findings: Iterable[Finding]) -> FixResult:
    """Work out the fixed bytes of a document's file, without writing anything."""
    return plan_edits(data, document, [e for f in findings for e in f.fixes])


def plan_edits(data: bytes, document: Document, edits: Iterable[Edit]) -> FixResult:
    """Work out a document file's bytes after `edits`, without writing anything."""
    edits = [e for e in edits if e.old != e.new]
    if not edits:
        return FixResult(data, data, (), ())
    if document.format in _WORD_PROCESSORS:
        name, editor = _WORD_PROCESSORS[document.format]
        why = f"{name} files are not rewritten; make this change in {editor}"
        return FixResult(data, data, (), tuple((e, why) for e in edits))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = _utf16(data) or _LEGACY.get(document.format, _no_legacy)(data)
        if encoding is None:
            why = "the file is not UTF-8, so it is not rewritten"
            return FixResult(data, data, (), tuple((e, why) for e in edits))
        return _plan_in(encoding, data, document, edits)
    markup = document.format in _MARKUP
    if any(n.location.line is not None for n in document.notes):
        spans, skipped = _line_spans(data, document, edits, markup=markup)
    else:  # HTML notes without lines
        spans, skipped = _count_spans(data, edits, markup=True)
    fixed, applied, skipped = _splice(data, spans, skipped)
    return FixResult(data, fixed, tuple(applied), tuple(skipped))


def _no_legacy(data: bytes) -> None:
    return None


def _utf16(data: bytes) -> str | None:
    """The UTF-16 a file with a byte order mark is written in (Windows Notepad's "Unicode"),
    its mark read as a character and so written back: the reader reads such files."""
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    return "utf-16-be" if data.startswith(b"\xfe\xff") else None


# formats whose files declare a legacy encoding they are written back in: an HTML page's
# charset, a WordPress export's XML declaration (an old Russian site exports windows-1251)
_LEGACY: dict[str, Callable[[bytes], str | None]] = {
    "html": page_encoding,
    "wordpress": export_encoding,
}


def _unwritable(text: str, encoding: str) -> str:
    """The characters of `text` that `encoding` has no bytes for, named: '"ı" (U+0131)'."""
    lost = dict.fromkeys(c for c in text if not _encodable(c, encoding))
    return ", ".join(f'"{c}" (U+{ord(c):04X})' for c in lost)


def _encodable(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _plan_in(encoding: str, data: bytes, document: Document, edits: list[Edit]) -> FixResult:
    """`plan_edits` for an HTML page or WordPress export in the legacy encoding it declares
    (``windows-1251``):
    planned on its UTF-8 text and written back in its own encoding, so that only the edited
    bytes change. An edit writing a character the encoding lacks is left, naming it."""
    text = data.decode(encoding)  # the reader decoded it so
    if text.encode(encoding) != data:
        why = f"the file's {encoding} does not read back byte for byte, so it is not rewritten"
        return FixResult(data, data, (), tuple((e, why) for e in edits), encoding)
    kept: list[Edit] = []
    lacking: list[tuple[Edit, str]] = []
    for edit in edits:
        if lost := _unwritable(edit.new, encoding):
            why = f"{lost} cannot be written in {encoding}, the encoding the file declares"
            why += " (save it as UTF-8)"
            lacking.append((edit, why))
        else:
            kept.append(edit)
    plan = plan_edits(text.encode("utf-8"), document, kept)
    fixed = plan.fixed.decode("utf-8").encode(encoding)  # every written character checked
    return FixResult(data, fixed, plan.applied, plan.skipped + tuple(lacking), encoding)


def write_atomically(
    path: Path, data: bytes, *, original: bytes | None = None, force: bool = False
) -> None:
    """Replace a file's contents safely (see `citekit.writing.write_file`)."""
    write_file(path, data, original=original, force=force)


def apply_fixes(
    path: str | Path,
    *,
    config: CheckConfig | None = None,
    links: Iterable[LinkResult] | None = None,
    dry_run: bool = False,
) -> FixResult:
    """Check a document file and write its safe fixes in place, atomically (``citekit fix``).

    A file with nothing to change is not touched; with `dry_run` nothing is written. The result
    says what was applied and what was left, with why (DOCX and ODT files are never rewritten).
    Raises `DocumentError` when the file cannot be read or written.
    """
    data = read_file(path)
    document = read_bytes(data, path=str(path))
    plan = plan_fixes(data, document, check(document, config=config, links=links))
    if plan.changed and not dry_run:
        write_atomically(Path(path), plan.fixed, original=data)
    return plan
