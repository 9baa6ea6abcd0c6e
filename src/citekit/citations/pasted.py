"""What copying a note out of a PDF, a word processor or a page's source leaves in it, undone
before the note is read (the note keeps its text as written):

- a word broken at a line's end by a hyphen, its second part in small letters on the next line
  or after a space (`Sustain-\\nability`, `Yayın-\\nları`, `Pub- lishing`): one word (a
  compound's hyphen before a capital stays: `Tarih-\\nCoğrafya`; a suspended one before an
  "and" or "or" word too, or after a century's Roman number: `pre- and post-war`, `XIX-
  начале`); in an address or a DOI the hyphen is the address's own (`…/mfa-\\nastana/`);
- HTML's character references left in plain text (`&quot;`, `&amp;`, `&nbsp;`, `&#8220;`): the
  characters they name;
- UTF-8 read as Windows-1252 (`â€œWomen in Powerâ€`): the text as it was written, when the
  whole note so reads back;
- a note's number glued to its first word (`3Ahmet Davutoğlu, …`): no part of the note."""

from __future__ import annotations

import functools
import html
import re
from typing import Final

from citekit.languages import shipped_words

__all__ = ["as_written", "unpasted"]

_BROKEN: Final = re.compile(r"(?<=[^\W\d_])-(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)(?=([^\W\d_]+))")
_REFERENCE: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_MOJIBAKE: Final = re.compile(r"[âÃÐÑ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_WORD: Final = re.compile(r"[^\W\d_]+")
_HEAD: Final = 300  # characters looked back for the word a hyphen ends, at most
_ROMAN: Final = re.compile(r"[IVXLCDM]+")  # a century's number before a suspended hyphen
_GLUED_NUMBER: Final = re.compile(r"^(\s*)\d{1,3}(?=[^\W\d_][^\W\d_])")


def _unbroken(text: str) -> str:
    """`text` with a word broken at a line's end by a hyphen joined (see the module's doc),
    whether the break is still a line's or a space already (`Blackwell Pub- lishing`): a
    compound's hyphen before a capital stays, with a space after it as typed without the
    break; a suspended hyphen before an "and" word (`pre- and post-war`, `İç- ve dış`) stays."""
    if "-" not in text:
        return text

    def joined(found: re.Match[str]) -> str:
        after = found.group(1)
        head = text[max(0, found.start() - _HEAD) : found.start()].rsplit(None, 1)[-1]
        folded = head.casefold()
        if "://" in head or folded.startswith(("www.", "10.", "doi:")) or "/10." in head:
            return "-"  # the address goes on after the break
        if after[0].isupper():
            return "- "
        if after in _ands() or _ROMAN.fullmatch(head) is not None:  # `XIX- начале XX`
            return found.group()
        if after in _ors() and (len(after) >= _OR_WORD or _hyphened_next(text, found.end(1))):
            return found.group()  # `Sosyal- veya`, `pre- or post-war`; no `Alman-\nya İlişkileri`
        return ""

    return _BROKEN.sub(joined, text)


@functools.cache
def _ands() -> frozenset[str]:
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


@functools.cache
def _ors() -> frozenset[str]:
    return frozenset(w for w in shipped_words("or_") if w.replace("-", "").isalpha())


_OR_WORD: Final = 3  # letters of an "or" word no broken word ends on (`или`, `veya`; `ya`, `to`)


def _hyphened_next(text: str, at: int) -> bool:
    """Whether the word after the one ending at `at` is hyphenated (`or post-war`)."""
    rest = text[at : at + 60].split(None, 1)
    return bool(rest) and "-" in rest[0].strip(".,;:")


def _references(text: str) -> str:
    if "&" not in text:
        return text
    return _REFERENCE.sub(_character, text)


def _character(found: re.Match[str]) -> str:
    """The character a reference names; one naming none (`&#00;`, `&#xD800;`: HTML reads
    them as U+FFFD) or a control character stays as written."""
    read = html.unescape(found.group())
    if read == found.group() or "\ufffd" in read or not read.isprintable():
        return found.group()
    return read


def _byte(char: str) -> bytes:
    """The byte Windows-1252 (or, for its five holes, Latin-1) writes `char` with."""
    try:
        return char.encode("cp1252")
    except UnicodeError:
        return char.encode("latin-1")


def _mojibake(text: str) -> str:
    """`text` read back as UTF-8 when it is UTF-8 read as Windows-1252 throughout; when a
    quote's last byte was lost on the way (`â€` for `”`), the quotes and dashes so read."""
    if _MOJIBAKE.search(text) is None:
        return text
    try:
        return b"".join(_byte(c) for c in text).decode("utf-8")
    except UnicodeError:
        pass
    for read, char in _QUOTES:
        text = text.replace(read, char)
    return text


# UTF-8's quotes and dashes read as Windows-1252, longest first; `â€` alone lost its `\x9d`
_QUOTES: Final = (
    ("â€œ", "“"),
    ("â€\x9d", "”"),
    ("â€˜", "‘"),
    ("â€™", "’"),
    ("â€“", "–"),
    ("â€”", "—"),
    ("â€¦", "…"),
    ("â€", "”"),
)


def _glued_number(text: str) -> str:
    """`text` without a note number glued to its first word: a capital then a small letter,
    the word a name's, closed by a comma or followed by a capitalised word (`3Ahmet
    Davutoğlu, …`; no `2Pac: A Biography`, `1Corinthians in Context`)."""
    found = _GLUED_NUMBER.match(text)
    if found is None or not text[found.end()].isupper() or not text[found.end() + 1].islower():
        return text
    rest = text[found.end() :]
    word = _WORD.match(rest)
    tail = rest[word.end() :] if word is not None else ""
    named = tail.startswith(",") or (tail[:1].isspace() and tail.lstrip()[:1].isupper())
    return found.group(1) + rest if named else text


def unpasted(text: str) -> str:
    """`text` with what copying it left undone (see the module's doc)."""
    return _glued_number(_mojibake(_references(_unbroken(text))))


_RESYNC: Final = 12  # characters either text may run on alone before both agree again
_AGREE: Final = 4  # characters both texts share where they agree again


def _written_index(written: str, pasted: str) -> list[int] | None:
    """For each character of `pasted` (`unpasted(written)`), where it stands in `written`:
    the texts agree but for the short spans undoing changed (a joined break, a reference), so
    a walk that skips a few characters on either side where they differ aligns them in linear
    time; None where they do not so agree (mojibake read back)."""
    out = [0] * len(pasted)
    i = j = 0
    while j < len(pasted):
        if i < len(written) and written[i] == pasted[j]:
            out[j] = i
            i, j = i + 1, j + 1
            continue
        skip = _resync(written, pasted, i, j)
        if skip is None:
            return None
        di, dj = skip
        for k in range(j, j + dj):
            out[k] = min(i, max(len(written) - 1, 0))
        i, j = i + di, j + dj
    return out


def _resync(written: str, pasted: str, i: int, j: int) -> tuple[int, int] | None:
    """The fewest characters to skip in each text from `i` and `j` for both to agree again."""
    for total in range(1, 2 * _RESYNC + 1):
        for dj in range(min(total, _RESYNC) + 1):
            di = total - dj
            if di > _RESYNC:
                continue
            a, b = i + di, j + dj
            if b == len(pasted):
                return di, dj
            size = min(_AGREE, len(pasted) - b)
            if a + size <= len(written) and written[a : a + size] == pasted[b : b + size]:
                return di, dj
    return None


def as_written(piece: str, written: str, pasted: str) -> str:
    """`piece`, a part of `pasted` (`unpasted(written)`), as `written` has it: the span of the
    note as written that it was read from; the whole note when none can be told."""
    if pasted == written or piece in written:
        return piece
    at = pasted.find(piece) if piece else -1
    index = _written_index(written, pasted) if at >= 0 else None
    if index is None:
        return written
    start, last = index[at], index[at + len(piece) - 1]
    end = min(len(written), _reference_end(written, last))  # `&#40;` read as `(`: all of it
    found = written[start:end]
    return found if found else written


def _reference_end(written: str, at: int) -> int:
    """Where a character reference that `at` stands in ends (or `at + 1`)."""
    amp = written.rfind("&", max(0, at - 10), at + 1)
    if amp >= 0 and (found := _REFERENCE.match(written, amp)) is not None and found.end() > at:
        return found.end()
    return at + 1
