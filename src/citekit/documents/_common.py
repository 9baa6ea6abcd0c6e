"""What every reader returns: the notes it found, the body's markers and the body's text
(never the notes': the edition's language is read from it), and any reference list."""

from __future__ import annotations

from attrs import frozen

from citekit.documents._blocks import RawNote
from citekit.errors import DocumentError

__all__ = ["Extraction", "decode"]


@frozen
class Extraction:
    """A reader's result, before the notes are parsed into citations."""

    notes: tuple[RawNote, ...]
    markers: tuple[int, ...]
    body: str
    bibliography: tuple[RawNote, ...] = ()


def decode(data: bytes, path: str) -> str:
    """Decode text as UTF-8 (BOM allowed) or UTF-16 with a BOM; refuse binary junk."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "binary data, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1  # an editor goes to a line, not a byte
        raise DocumentError(
            path, f"not valid UTF-8 (line {line}, byte {exc.start}); save the file as UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
